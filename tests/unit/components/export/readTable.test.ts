// @vitest-environment jsdom
// Reading a figure's table off the page: spans spread out, decorative text left out, whitespace as a reader sees it.
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../src/components/export/readTable';

function tableFrom(html: string): HTMLTableElement {
  document.body.innerHTML = `<table>${html}</table>`;
  return document.querySelector('table')!;
}

describe('readTable', () => {
  it('reads header and body rows, without the caption', () => {
    const table = tableFrom(`<caption>Walsall’s inspections</caption>
      <thead><tr><th>Inspection</th><th>Good</th></tr></thead>
      <tbody><tr><th scope="row">2021</th><td>3</td></tr></tbody>`);
    expect(readTable(table)).toEqual([
      ['Inspection', 'Good'],
      ['2021', '3'],
    ]);
  });

  it('writes a spanning cell once and leaves the cells it covers empty', () => {
    const table = tableFrom(`<tbody>
      <tr><th>Area</th><td rowspan="2" colspan="2">Known only by its counts</td><td>Good</td></tr>
      <tr><th>Leaders</th><td>Inadequate</td></tr></tbody>`);
    expect(readTable(table)).toEqual([
      ['Area', 'Known only by its counts', '', 'Good'],
      ['Leaders', '', '', 'Inadequate'],
    ]);
  });

  it('keeps visually hidden words for meaning but drops aria-hidden decoration', () => {
    const table = tableFrom(`<tbody><tr>
      <td><span aria-hidden="true">—</span><span class="govuk-visually-hidden">No judgement</span></td>
      <td>  Not   judged<span class="govuk-visually-hidden"> (not yet inspected)</span> </td></tr></tbody>`);
    expect(readTable(table)).toEqual([['No judgement', 'Not judged (not yet inspected)']]);
  });

  it('keeps words in separate elements apart, as the page shows them, without a space before punctuation', () => {
    const table = tableFrom(`<tbody><tr>
      <th>Walsall (chosen)<span class="app-matrix__subheading">Standard Inspection, 4 October 2021</span></th>
      <td><strong>Good</strong>, then <em>Outstanding</em>.</td></tr></tbody>`);
    expect(readTable(table)).toEqual([
      ['Walsall (chosen) Standard Inspection, 4 October 2021', 'Good, then Outstanding.'],
    ]);
  });
});
