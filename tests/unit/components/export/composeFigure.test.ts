// @vitest-environment jsdom
// A figure as one SVG file: it parses, keeps its text as text, carries title, filters, notes and source, and grows to fit them.
import { describe, expect, it } from 'vitest';
import { composeFigureSvg, type FigureExport } from '../../../../src/components/export/composeFigure';

const FONT = "system-ui, 'Segoe UI', Arial, sans-serif";

const base: FigureExport = {
  title: 'Walsall’s inspections, 2008 to 2021: judgements by grade',
  subtitle: 'Walsall · All inspection types · All years',
  body: { markup: '<rect x="0" y="0" width="600" height="200" fill="#3f8ad8"/>', width: 600, height: 200 },
  footnotes: ['Bars show each inspection’s judgements as shares.', 'The care leavers judgement exists only from 2023.'],
  source: 'Ofsted, Local authority inspection outcomes as at 31 March 2025',
  width: 800,
  fontFamily: FONT,
};

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

const texts = (document: Document) => [...document.querySelectorAll('text')].map((node) => node.textContent ?? '');

describe('composeFigureSvg', () => {
  it('holds the title, the filters, numbered notes and the source as SVG text on a white page', () => {
    const composed = composeFigureSvg(base);
    const document = parse(composed.svg);
    const words = texts(document).join(' ');
    expect(words).toContain('Walsall’s inspections, 2008 to 2021');
    expect(words).toContain('Walsall · All inspection types · All years');
    expect(texts(document)).toEqual(expect.arrayContaining(['1.', '2.']));
    expect(words).toContain('Source: Ofsted, Local authority inspection outcomes as at 31 March 2025');
    expect(document.querySelector('title')?.textContent).toBe(base.title);
    const background = document.querySelector('svg > rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    expect(document.documentElement.getAttribute('width')).toBe(String(composed.width));
    expect(document.documentElement.getAttribute('height')).toBe(String(composed.height));
  });

  it('is as wide as the figure on screen, or wider when the drawing is', () => {
    expect(composeFigureSvg(base).width).toBe(800);
    expect(composeFigureSvg({ ...base, width: 799.6 }).width).toBe(800);
    expect(composeFigureSvg({ ...base, body: { ...base.body, width: 1200 } }).width).toBe(1240);
  });

  it('grows to fit longer notes instead of cutting them off', () => {
    const short = composeFigureSvg(base).height;
    const long = composeFigureSvg({
      ...base,
      footnotes: [...base.footnotes, 'A much longer note. '.repeat(30)],
    }).height;
    expect(long).toBeGreaterThan(short + 60);
  });

  it('keeps a hostile title as text: the file still parses and holds no script', () => {
    const title = '</text><script>alert(1)</script> & "Council"';
    const document = parse(composeFigureSvg({ ...base, title, subtitle: '<b>x</b>' }).svg);
    expect(document.querySelector('script')).toBeNull();
    expect(texts(document).join(' ')).toContain('<script>alert(1)</script>');
  });

  it('leaves out the subtitle line when there are no filters', () => {
    const { subtitle: _omitted, ...withoutSubtitle } = base;
    const words = texts(parse(composeFigureSvg(withoutSubtitle).svg));
    expect(words.some((line) => line.includes('·'))).toBe(false);
  });
});
