// @vitest-environment jsdom
// The column list speaks our words: every option, every chosen value and every hint is a phrase for people, never an
// importer's internal id, for real files of every layout the importer reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ColumnMapping } from '../../../src/features/upload/ColumnMapping';
import { choiceValue } from '../../../src/features/upload/columnChoices';
import { importText } from '../../../src/import';
import { FIXTURES } from './uploadHelpers';

/** An internal id: "field:grade", "area:help-and-protection@3", "count:good", "help-and-protection", "authorityCode". */
const INTERNAL =
  /(^|\s)(field|area|count|provider|event-date|event-type):|\b[a-z]+(-[a-z]+){1,}\b|\b[a-z]+[A-Z][a-zA-Z]*\b|@\d/;

const FILES = [
  'upload/d2i-ilacs-history.csv',
  'upload/walsall-history-row.csv',
  'upload/counts-with-survey-percent.csv',
  'upload/council-own-headings.csv',
  'upload/noted-area-headings.csv',
  'real/ofsted/csc-in-england-2023/csc_in_england_2023__Provider_level_at_31_Mar_2023.csv',
];

describe('the column list', () => {
  it.each(FILES)('%s: options, chosen values and hints are in our words', (path) => {
    const result = importText(path, readFileSync(join(FIXTURES, path), 'utf-8'));
    const columns = result.columns ?? [];
    expect(columns.length).toBeGreaterThan(3);
    render(<ColumnMapping columns={columns} onChange={() => {}} />);
    const selects = screen.getAllByRole('combobox') as HTMLSelectElement[];
    expect(selects).toHaveLength(columns.length);
    selects.forEach((select, index) => {
      const column = columns[index]!;
      // The value shown is the role the importer gave: the option exists, so the select does not fall back to another.
      expect(select.value, column.heading).toBe(choiceValue(column.role));
      const chosen = select.selectedOptions[0]?.textContent ?? '';
      expect(chosen, `${column.heading} → ${chosen}`).not.toMatch(INTERNAL);
      // A hint quotes the file's own headings in “…”; outside the quotes it is ours.
      const hint = select.getAttribute('aria-describedby');
      const words = hint ? (document.getElementById(hint)?.textContent ?? '') : '';
      expect(words.replace(/“[^”]*”/g, '“…”'), column.heading).not.toMatch(INTERNAL);
    });
    const options = within(selects[0]!)
      .getAllByRole('option')
      .map((option) => option.textContent ?? '');
    expect(options.filter((option) => INTERNAL.test(option))).toEqual([]);
  });
});
