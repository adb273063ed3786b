// Draws what an element shows on screen — boxes, borders, text and any inline SVG (recharts) — as SVG markup, so an HTML
// table drawn as a chart exports as faithfully as a recharts chart, with the page's own fonts and colours and its text kept as text.
import type { SvgBlock } from './composeFigure';
import { escapeXml, isTransparent, px } from './svgText';

interface Origin {
  readonly x: number;
  readonly y: number;
}

interface Bounds {
  right: number;
  bottom: number;
}

/** Presentation attributes copied from computed styles, so the file needs no stylesheet (office software ignores most CSS). */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
const SVG_DRAWN = new Set(['rect', 'path', 'line', 'polyline', 'polygon', 'circle', 'ellipse', 'text', 'tspan']);
const SKIPPED_TAGS = new Set(['BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** The element's content box in page coordinates: where (0, 0) of the drawing is. */
function contentBox(element: HTMLElement): { x: number; y: number; width: number; height: number } {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const left = parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const top = parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
  const right = parseFloat(style.borderRightWidth) + parseFloat(style.paddingRight);
  const bottom = parseFloat(style.borderBottomWidth) + parseFloat(style.paddingBottom);
  return {
    x: rect.left + left,
    y: rect.top + top,
    width: rect.width - left - right,
    height: rect.height - top - bottom,
  };
}

/**
 * What is not part of the picture, found by our own markers and by computed style, never by another library's class
 * names: anything marked data-export="omit" (a chart's tooltip), anything invisible, and text kept for screen readers
 * (absolutely placed in a box of a pixel or less).
 */
function isHidden(element: HTMLElement, style: CSSStyleDeclaration): boolean {
  if (style.display === 'none' || style.visibility === 'hidden' || element.hidden) return true;
  if (element.dataset.export === 'omit') return true;
  const rect = element.getBoundingClientRect();
  return style.position === 'absolute' && (rect.width <= 1 || rect.height <= 1);
}

export function elementToSvg(root: HTMLElement): SvgBlock {
  const box = contentBox(root);
  const origin = { x: box.x, y: box.y };
  const bounds: Bounds = { right: box.width, bottom: box.height };
  const out: string[] = [];
  for (const child of root.childNodes) walk(child, origin, out, bounds);
  return { markup: out.join(''), width: Math.ceil(bounds.right), height: Math.ceil(bounds.bottom) };
}

function walk(node: Node, origin: Origin, out: string[], bounds: Bounds): void {
  if (node.nodeType === Node.TEXT_NODE) {
    drawText(node as Text, origin, out, bounds);
    return;
  }
  if (node instanceof SVGSVGElement) {
    out.push(svgMarkup(node, origin, bounds));
    return;
  }
  if (!(node instanceof HTMLElement) || SKIPPED_TAGS.has(node.tagName)) return;
  const style = getComputedStyle(node);
  if (isHidden(node, style)) return;
  if (style.visibility !== 'hidden') drawBox(node, style, origin, out, bounds);
  for (const child of node.childNodes) walk(child, origin, out, bounds);
}

function extend(bounds: Bounds, right: number, bottom: number): void {
  bounds.right = Math.max(bounds.right, right);
  bounds.bottom = Math.max(bounds.bottom, bottom);
}

function drawBox(
  element: HTMLElement,
  style: CSSStyleDeclaration,
  origin: Origin,
  out: string[],
  bounds: Bounds,
): void {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const x = rect.left - origin.x;
  const y = rect.top - origin.y;
  if (!isTransparent(style.backgroundColor)) {
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    out.push(
      `<rect x="${px(x)}" y="${px(y)}" width="${px(rect.width)}" height="${px(rect.height)}"${radius > 0 ? ` rx="${px(radius)}"` : ''} fill="${style.backgroundColor}"/>`,
    );
    extend(bounds, x + rect.width, y + rect.height);
  }
  const sides = [
    {
      width: style.borderTopWidth,
      colour: style.borderTopColor,
      line: style.borderTopStyle,
      from: [x, y],
      to: [x + rect.width, y],
    },
    {
      width: style.borderRightWidth,
      colour: style.borderRightColor,
      line: style.borderRightStyle,
      from: [x + rect.width, y],
      to: [x + rect.width, y + rect.height],
    },
    {
      width: style.borderBottomWidth,
      colour: style.borderBottomColor,
      line: style.borderBottomStyle,
      from: [x, y + rect.height],
      to: [x + rect.width, y + rect.height],
    },
    {
      width: style.borderLeftWidth,
      colour: style.borderLeftColor,
      line: style.borderLeftStyle,
      from: [x, y],
      to: [x, y + rect.height],
    },
  ] as const;
  for (const side of sides) {
    const width = parseFloat(side.width);
    if (!(width > 0) || side.line === 'none' || side.line === 'hidden' || isTransparent(side.colour)) continue;
    // A border is drawn inside the box edge, as CSS draws it.
    const inset = width / 2;
    const [x1, y1] = side.from;
    const [x2, y2] = side.to;
    const dx = x1 === x2 ? (x1 === x ? inset : -inset) : 0;
    const dy = y1 === y2 ? (y1 === y ? inset : -inset) : 0;
    const dash =
      side.line === 'dashed'
        ? ` stroke-dasharray="${px(width * 3)} ${px(width * 2)}"`
        : side.line === 'dotted'
          ? ` stroke-dasharray="${px(width)} ${px(width)}"`
          : '';
    out.push(
      `<line x1="${px(x1 + dx)}" y1="${px(y1 + dy)}" x2="${px(x2 + dx)}" y2="${px(y2 + dy)}" stroke="${side.colour}" stroke-width="${px(width)}"${dash}/>`,
    );
    extend(bounds, x + rect.width, y + rect.height);
  }
}

const ascentCache = new Map<string, number>();

/** Where the baseline sits within a line of text, from the font itself (canvas metrics), as a share of the line box. */
function ascentShare(font: string): number {
  const cached = ascentCache.get(font);
  if (cached !== undefined) return cached;
  const context = document.createElement('canvas').getContext('2d');
  let share = 0.8;
  if (context) {
    context.font = font;
    const metrics = context.measureText('Hg');
    const total = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
    if (total > 0) share = metrics.fontBoundingBoxAscent / total;
  }
  ascentCache.set(font, share);
  return share;
}

/** Each line of a text node as laid out on screen, found word by word, so wrapped text wraps in the same places. */
function drawText(node: Text, origin: Origin, out: string[], bounds: Bounds): void {
  const parent = node.parentElement;
  if (!parent || node.data.trim() === '') return;
  const style = getComputedStyle(parent);
  if (style.visibility === 'hidden') return;
  const range = document.createRange();
  interface Run {
    text: string;
    left: number;
    top: number;
    right: number;
    height: number;
  }
  const runs: Run[] = [];
  for (const match of node.data.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rect = range.getClientRects()[0];
    if (!rect || rect.width === 0) continue;
    const last = runs[runs.length - 1];
    if (last && Math.abs(last.top - rect.top) < 1 && rect.left >= last.right - 1) {
      last.text += ` ${match[0]}`;
      last.right = rect.right;
    } else runs.push({ text: match[0], left: rect.left, top: rect.top, right: rect.right, height: rect.height });
  }
  range.detach();
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const share = ascentShare(font);
  const attributes =
    `font-family="${escapeXml(style.fontFamily)}" font-size="${parseFloat(style.fontSize)}" fill="${style.color}"` +
    (Number(style.fontWeight) >= 600 ? ' font-weight="700"' : '') +
    (style.fontStyle === 'italic' ? ' font-style="italic"' : '');
  for (const run of runs) {
    const x = run.left - origin.x;
    const baseline = run.top - origin.y + run.height * share;
    out.push(`<text x="${px(x)}" y="${px(baseline)}" ${attributes}>${escapeXml(run.text)}</text>`);
    extend(bounds, run.right - origin.x, run.top - origin.y + run.height);
  }
}

/** An inline SVG (a recharts chart or a legend icon) with its computed styles written as attributes, placed where it sits. */
function svgMarkup(svg: SVGSVGElement, origin: Origin, bounds: Bounds): string {
  const rect = svg.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return '';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [...svg.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(original);
    copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
    if (style.display === 'none' || style.visibility === 'hidden') {
      copy.setAttribute('display', 'none');
      return;
    }
    if (!SVG_DRAWN.has(original.tagName.toLowerCase())) return;
    for (const property of SVG_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value !== '' && value !== 'auto' && value !== 'normal') copy.setAttribute(property, value);
    }
  });
  const serializer = new XMLSerializer();
  const inner = [...clone.childNodes].map((child) => serializer.serializeToString(child)).join('');
  const viewBox = svg.viewBox.baseVal;
  const scale = viewBox && viewBox.width > 0 ? rect.width / viewBox.width : 1;
  const x = rect.left - origin.x;
  const y = rect.top - origin.y;
  extend(bounds, x + rect.width, y + rect.height);
  const shift = viewBox && viewBox.width > 0 ? ` translate(${px(-viewBox.x)} ${px(-viewBox.y)})` : '';
  return `<g transform="translate(${px(x)} ${px(y)}) scale(${Math.round(scale * 10000) / 10000})${shift}">${inner}</g>`;
}
