// Text in a standalone SVG file: escaped for XML, and wrapped into lines, because SVG text never wraps by itself.

/** Makes any string safe as SVG text or an attribute value: user data (an authority's name from a file) can hold anything. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Control characters other than tab and line ends are not allowed in XML 1.0: the file would not parse.
      // eslint-disable-next-line no-control-regex -- these are the characters to remove
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

/** How wide `text` is at `fontSize` px. The browser passes a canvas measure; tests and the fallback use the estimate below. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/** A system sans-serif averages a little over half an em per character; bold is wider. Errs wide, so lines never overflow. */
export const estimateWidth: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.6 : 0.55);

/**
 * Greedy word wrap to `maxWidth`. A word longer than a line is broken at the width rather than overflowing;
 * an empty text gives no lines.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateWidth,
  bold = false,
): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line, fontSize, bold) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), fontSize, bold) > maxWidth) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A colour as SVG presentation attributes understand it: rgba(…, 0) and "transparent" are none. */
export function isTransparent(colour: string): boolean {
  return colour === '' || colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
}

/** Rounds to 2 decimals: enough for print, and keeps files small. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}
