// A figure as one standalone SVG file: title, filters as a subtitle, the chart, numbered notes and the Source line, on white.
import { escapeXml, estimateWidth, px, wrapText, type MeasureText } from './svgText';

/** SVG markup drawn from (0, 0), and the size it takes. */
export interface SvgBlock {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

export interface FigureExport {
  readonly title: string;
  /** The current filters, in words. */
  readonly subtitle?: string;
  readonly body: SvgBlock;
  readonly footnotes: readonly string[];
  /** Without the "Source: " prefix. */
  readonly source: string;
  /** The figure's width on screen in CSS pixels: the image is that wide, so 2× export means 2× what the reader saw. */
  readonly width: number;
  readonly fontFamily: string;
  readonly measure?: MeasureText;
}

export interface ComposedSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 20;
const TEXT = '#0b0c0c';
const SECONDARY = '#484949';

interface TextStyle {
  readonly size: number;
  readonly lineHeight: number;
  readonly bold?: boolean;
  readonly fill: string;
}

const TITLE: TextStyle = { size: 24, lineHeight: 30, bold: true, fill: TEXT };
const SUBTITLE: TextStyle = { size: 16, lineHeight: 22, fill: SECONDARY };
const NOTE: TextStyle = { size: 14, lineHeight: 20, fill: SECONDARY };

/** Lines of text from `y` (the top of the first line); returns the markup and the y below the last line. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  style: TextStyle,
  fontFamily: string,
): { markup: string; bottom: number } {
  const markup = lines
    .map((line, i) => {
      // The baseline sits about 0.8 em below the line's top: the same place a browser puts it.
      const baseline = y + i * style.lineHeight + (style.lineHeight - style.size) / 2 + style.size * 0.8;
      return `<text x="${px(x)}" y="${px(baseline)}" font-family="${escapeXml(fontFamily)}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${style.fill}">${escapeXml(line)}</text>`;
    })
    .join('');
  return { markup, bottom: y + lines.length * style.lineHeight };
}

export function composeFigureSvg(figure: FigureExport): ComposedSvg {
  const measure = figure.measure ?? estimateWidth;
  const width = Math.max(Math.ceil(figure.width), Math.ceil(figure.body.width) + 2 * PAD, 320);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const title = textLines(wrapText(figure.title, inner, TITLE.size, measure, true), PAD, y, TITLE, figure.fontFamily);
  parts.push(title.markup);
  y = title.bottom;
  if (figure.subtitle) {
    const subtitle = textLines(
      wrapText(figure.subtitle, inner, SUBTITLE.size, measure),
      PAD,
      y + 4,
      SUBTITLE,
      figure.fontFamily,
    );
    parts.push(subtitle.markup);
    y = subtitle.bottom;
  }
  y += 16;

  parts.push(`<g transform="translate(${px(PAD)} ${px(y)})">${figure.body.markup}</g>`);
  y += figure.body.height + 16;

  // Numbered like the page's list; later lines of a note hang under its text, not under the number.
  const indent = 28;
  figure.footnotes.forEach((note, i) => {
    const lines = wrapText(note, inner - indent, NOTE.size, measure);
    parts.push(textLines([`${i + 1}.`], PAD, y, NOTE, figure.fontFamily).markup);
    const block = textLines(lines, PAD + indent, y, NOTE, figure.fontFamily);
    parts.push(block.markup);
    y = block.bottom + 4;
  });
  const source = textLines(
    wrapText(`Source: ${figure.source}`, inner, NOTE.size, measure),
    PAD,
    y + 4,
    NOTE,
    figure.fontFamily,
  );
  parts.push(source.markup);
  const height = Math.ceil(source.bottom + PAD);

  return { svg: svgDocument(figure.title, width, height, parts.join('')), width, height };
}

/** The file around the drawing: a white page whatever the screen's surroundings, and the title for screen readers and file browsers. */
export function svgDocument(title: string, width: number, height: number, content: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    content +
    `</svg>\n`
  );
}
