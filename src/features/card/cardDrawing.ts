// Drawing pieces for the summary card as SVG strings: headings, wrapped text, grade tags and simple tables. Presentation attributes only, no
// style elements or attributes, so the card can sit inline in the page under its Content-Security-Policy and opens in office software.
import { GRADE_COLOURS, GRADE_TEXT_COLOURS } from '../../components/gradeColours';
import { escapeXml, px, wrapText, type MeasureText } from '../../components/export/svgText';
import type { CardGrade } from './summaryCard';

/** The app's own font stack (see govuk.scss): system fonts, so nothing is fetched and the card matches the page. */
export const CARD_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const INK = '#0b0c0c';
export const GREY = '#484949';
export const RULE = '#b1b4b6';

export interface Pen {
  readonly parts: string[];
  readonly measure: MeasureText;
}

export function text(
  pen: Pen,
  x: number,
  baseline: number,
  words: string,
  size: number,
  options: { bold?: boolean; fill?: string; anchor?: 'start' | 'middle' | 'end' } = {},
): void {
  pen.parts.push(
    `<text x="${px(x)}" y="${px(baseline)}" font-family="${escapeXml(CARD_FONT)}" font-size="${size}"${options.bold ? ' font-weight="700"' : ''}` +
      `${options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : ''} fill="${options.fill ?? INK}">${escapeXml(words)}</text>`,
  );
}

/** Wrapped text from `top`; returns the y under the last line. */
export function paragraph(
  pen: Pen,
  x: number,
  top: number,
  width: number,
  words: string,
  size: number,
  options: { bold?: boolean; fill?: string } = {},
): number {
  const lineHeight = Math.round(size * 1.35);
  const lines = wrapText(words, width, size, pen.measure, options.bold === true);
  lines.forEach((line, i) => text(pen, x, top + i * lineHeight + size * 1.05, line, size, options));
  return top + lines.length * lineHeight;
}

export function rule(pen: Pen, x: number, y: number, width: number, colour = RULE, thickness = 1): void {
  pen.parts.push(`<rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${thickness}" fill="${colour}"/>`);
}

/** A section heading with a rule above it; returns the y under it. */
export function heading(pen: Pen, x: number, top: number, width: number, words: string): number {
  rule(pen, x, top, width);
  return paragraph(pen, x, top + 8, width, words, 19, { bold: true }) + 2;
}

/** The grade's word on its colour, as on the page; not judged is a dashed outline. Returns the tag's width. */
export function gradeTag(pen: Pen, x: number, top: number, grade: CardGrade, size = 14): number {
  const width = pen.measure(grade.word, size, grade.grade !== undefined) + 16;
  const height = Math.round(size * 1.6);
  if (grade.grade) {
    pen.parts.push(
      `<rect x="${px(x)}" y="${px(top)}" width="${px(width)}" height="${height}" rx="2" fill="${GRADE_COLOURS[grade.grade]}"/>`,
    );
    text(pen, x + 8, top + height / 2 + size * 0.36, grade.word, size, {
      bold: true,
      fill: GRADE_TEXT_COLOURS[grade.grade],
    });
  } else {
    pen.parts.push(
      `<rect x="${px(x + 0.5)}" y="${px(top + 0.5)}" width="${px(width - 1)}" height="${height - 1}" fill="#ffffff" stroke="#505a5f" stroke-width="1" stroke-dasharray="3 2"/>`,
    );
    text(pen, x + 8, top + height / 2 + size * 0.36, grade.word, size);
  }
  return width;
}

export type Cell =
  | { readonly kind: 'text'; readonly words: string; readonly bold?: boolean }
  | { readonly kind: 'grade'; readonly grade: CardGrade };

/** A table: a header row, then rows whose height grows with wrapped text. Returns the y under it. */
export function table(
  pen: Pen,
  x: number,
  top: number,
  columns: readonly { header: string; width: number }[],
  rows: readonly (readonly Cell[])[],
): number {
  const size = 14;
  const lineHeight = Math.round(size * 1.35);
  let y = top;
  let left = x;
  let headerBottom = y;
  for (const column of columns) {
    headerBottom = Math.max(
      headerBottom,
      paragraph(pen, left, y, column.width - 10, column.header, 13, { bold: true, fill: GREY }),
    );
    left += column.width;
  }
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  y = headerBottom + 4;
  rule(pen, x, y, total, INK);
  for (const row of rows) {
    const height = Math.max(
      Math.round(size * 1.6) + 8,
      ...row.map((cell, i) =>
        cell.kind === 'text'
          ? wrapText(cell.words, (columns[i]?.width ?? 100) - 10, size, pen.measure).length * lineHeight + 10
          : 0,
      ),
    );
    left = x;
    row.forEach((cell, i) => {
      if (cell.kind === 'text')
        paragraph(pen, left, y + 5, (columns[i]?.width ?? 100) - 10, cell.words, size, cell.bold ? { bold: true } : {});
      else gradeTag(pen, left, y + 4, cell.grade, size);
      left += columns[i]?.width ?? 100;
    });
    y += height;
    rule(pen, x, y, total);
  }
  return y;
}
