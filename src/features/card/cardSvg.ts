// The summary card as one standalone SVG: the same drawing is shown on the page, printed on A4, and downloaded as SVG or PNG.
import { svgDocument, type ComposedSvg } from '../../components/export/composeFigure';
import { estimateWidth, px, wrapText, type MeasureText } from '../../components/export/svgText';
import { GRADE_COLOURS, GRADE_TEXT_COLOURS } from '../../components/gradeColours';
import { GREY, heading, INK, paragraph, rule, table, text, type Cell, type Pen } from './cardDrawing';
import type { CardArea, CardBar, SummaryCard } from './summaryCard';

/** CSS pixels. At 840 wide the card prints on A4 (190 mm of width) with text of about 8 points, and its height stays under 277 mm even for an authority with five inspections since 2009 (a test checks every authority). */
export const CARD_WIDTH = 840;
const PAD = 24;
const INNER = CARD_WIDTH - 2 * PAD;

export function cardTitle(card: SummaryCard): string {
  return `${card.authorityName}: children’s services inspections at a glance`;
}

/** "Improved (was Requires improvement to be good)": the previous grade in words; the change comes first, as members read it. */
export function changeWords(area: CardArea): string {
  if (!area.change) return '–';
  // Only a move between two grades needs the earlier word; "Newly judged (was Not judged)" says nothing new.
  if (!area.previous?.grade || (area.change !== 'Improved' && area.change !== 'Declined')) return area.change;
  return `${area.change} (was ${area.previous.word})`;
}

function latestSection(pen: Pen, card: SummaryCard, top: number): number {
  let y = heading(pen, PAD, top, INNER, 'Latest inspection');
  const latest = card.latest;
  if (!latest) return paragraph(pen, PAD, y, INNER, `No judged inspection of ${card.authorityName} is held.`, 15) + 12;
  y = paragraph(pen, PAD, y, INNER, `${latest.date} · ${latest.type}`, 16, { bold: true }) + 8;
  const compared = latest.areas.some((area) => area.previous !== undefined);
  const columns = [
    { header: 'Judgement', width: 200 },
    { header: 'Grade', width: compared ? 300 : INNER - 200 },
    ...(compared ? [{ header: 'Change since the previous inspection', width: INNER - 500 }] : []),
  ];
  const rows = latest.areas.map((area): Cell[] => [
    { kind: 'text', words: area.area },
    { kind: 'grade', grade: area.latest },
    ...(compared ? [{ kind: 'text' as const, words: changeWords(area) }] : []),
  ]);
  y = table(pen, PAD, y, columns, rows);
  return paragraph(pen, PAD, y + 6, INNER, latest.changeNote, 13, { fill: GREY }) + 14;
}

function positionSection(pen: Pen, card: SummaryCard, top: number): number {
  const position = card.position;
  if (!position) return top;
  const named = `Against England and ${position.regionName}, as at ${position.asAt}`;
  // A long region's name would wrap the heading: its column names it anyway.
  const words =
    pen.measure(named, 19, true) <= INNER ? named : `Against England and the region, as at ${position.asAt}`;
  const y = heading(pen, PAD, top, INNER, words);
  const rows = position.rows.map((row): Cell[] => [
    { kind: 'text', words: row.area },
    { kind: 'grade', grade: row.own },
    { kind: 'text', words: row.england },
    { kind: 'text', words: row.region },
  ]);
  const bottom = table(
    pen,
    PAD,
    y,
    [
      { header: 'Judgement', width: 200 },
      // Wide enough for the longest grade's tag, "Requires improvement to be good".
      { header: card.authorityName, width: 300 },
      { header: 'England', width: 90 },
      { header: position.regionName, width: INNER - 590 },
    ],
    rows,
  );
  return (
    paragraph(
      pen,
      PAD,
      bottom + 6,
      INNER,
      'England and region: share of authorities good or better in that area, latest ILACS inspection (from 2018).',
      13,
      { fill: GREY },
    ) + 14
  );
}

function bar(pen: Pen, bar: CardBar, x: number, top: number, width: number, height: number): void {
  let left = x;
  for (const segment of bar.segments) {
    const segmentWidth = bar.judged > 0 ? (segment.count / bar.judged) * width : 0;
    pen.parts.push(
      `<rect x="${px(left)}" y="${px(top)}" width="${px(segmentWidth)}" height="${height}" fill="${GRADE_COLOURS[segment.grade]}" stroke="#ffffff" stroke-width="1"/>`,
    );
    const label = String(segment.count);
    if (segmentWidth > label.length * 9 + 6) {
      text(pen, left + segmentWidth / 2, top + height / 2 + 5, label, 14, {
        anchor: 'middle',
        fill: GRADE_TEXT_COLOURS[segment.grade],
      });
    }
    left += segmentWidth;
  }
}

function timelineSection(pen: Pen, card: SummaryCard, top: number): number {
  let y = heading(pen, PAD, top, INNER, 'Inspections over time');
  if (card.timeline.length === 0) return paragraph(pen, PAD, y, INNER, 'No judged inspections are held.', 15) + 12;
  // The legend: each grade's colour with its word, never colour alone.
  let left = PAD;
  for (const entry of card.legend) {
    pen.parts.push(
      `<rect x="${px(left)}" y="${px(y + 2)}" width="14" height="14" fill="${GRADE_COLOURS[entry.grade]}"/>`,
    );
    text(pen, left + 20, y + 14, entry.word, 14);
    left += 20 + pen.measure(entry.word, 14, false) + 18;
  }
  y += 26;
  const labelWidth = 230;
  const barWidth = INNER - labelWidth;
  for (const entry of card.timeline) {
    const lines = wrapText(entry.label, labelWidth - 12, 13, pen.measure);
    const rowHeight = Math.max(30, lines.length * 16 + 8);
    lines.forEach((line, i) =>
      text(pen, PAD + labelWidth - 12, y + rowHeight / 2 + (i - (lines.length - 1) / 2) * 16 + 4, line, 13, {
        anchor: 'end',
      }),
    );
    bar(pen, entry, PAD + labelWidth, y + 5, barWidth, rowHeight - 10);
    y += rowHeight;
  }
  rule(pen, PAD + labelWidth, y, barWidth, INK);
  const earlier =
    card.earlierLeftOut > 0
      ? ` The ${card.earlierLeftOut} earlier ${card.earlierLeftOut === 1 ? 'inspection is' : 'inspections are'} not drawn here: the authority view shows every one.`
      : '';
  return (
    paragraph(
      pen,
      PAD,
      y + 6,
      INNER,
      `Each bar is one inspection’s judgements as shares; the numbers are counts of judgements.${earlier}`,
      13,
      { fill: GREY },
    ) + 14
  );
}

function measuresSection(pen: Pen, card: SummaryCard, top: number): number {
  if (card.measures.length === 0) return top;
  let y = heading(pen, PAD, top, INNER, 'Key measures');
  for (const measure of card.measures) y = paragraph(pen, PAD, y, INNER, measure, 15) + 4;
  return y + 10;
}

/** Said wherever the card counts homes (the text version too). */
export const HOMES_NOTE = 'Located means where the home is, not the council that places children there.';

function homesSection(pen: Pen, card: SummaryCard, top: number): number {
  const homes = card.homes;
  if (!homes) return top;
  const y = heading(pen, PAD, top, INNER, `Children’s homes located in ${card.authorityName}`);
  return (
    paragraph(pen, PAD, paragraph(pen, PAD, y, INNER, homes.sentence, 14) + 2, INNER, HOMES_NOTE, 13, { fill: GREY }) +
    14
  );
}

/** `measure` gives text widths (the browser passes its canvas; tests use the estimate). */
export function cardSvg(card: SummaryCard, measure: MeasureText = estimateWidth): ComposedSvg {
  const pen: Pen = { parts: [], measure };
  let y = PAD;
  y = paragraph(pen, PAD, y, INNER, card.authorityName, 32, { bold: true });
  y = paragraph(
    pen,
    PAD,
    y + 2,
    INNER,
    // Scrutiny Lens is named in the footer: the line keeps to one line for the longest region's name.
    `Ofsted inspections of children’s services${card.regionName ? ` · ${card.regionName}` : ''}`,
    16,
    { fill: GREY },
  );
  rule(pen, PAD, y + 10, INNER, '#1d70b8', 4);
  y += 26;
  y = latestSection(pen, card, y);
  y = positionSection(pen, card, y);
  y = timelineSection(pen, card, y);
  y = measuresSection(pen, card, y);
  y = homesSection(pen, card, y);
  rule(pen, PAD, y, INNER);
  y = paragraph(
    pen,
    PAD,
    y + 8,
    INNER,
    `Made on ${card.madeOn} with Scrutiny Lens, in the browser. Sources: ${card.sources}`,
    12,
    { fill: GREY },
  );
  const height = Math.ceil(y + PAD);
  return { svg: svgDocument(cardTitle(card), CARD_WIDTH, height, pen.parts.join('')), width: CARD_WIDTH, height };
}
