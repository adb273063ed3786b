// Measures: one row per figure, such as the share of children who said they felt safe.
import type { Measure } from '../../domain';
import { cell, readAuthority, readDate, report } from '../rowValues';
import { parseNumber } from '../values';
import type { FormatInput, FormatOutput } from './output';

export function readMeasures({ file, table, rows, problems }: FormatInput): FormatOutput {
  const measures: Measure[] = [];
  let rowsRejected = 0;
  for (const row of rows) {
    const context = { table, row, problems };
    const authority = readAuthority(context);
    const date = readDate(context, 'date', true);
    const name = cell(context, 'measure');
    if (name === '')
      report(
        context,
        'measure',
        '',
        'The measure is missing. Say what the figure is, for example "Children who said they felt safe".',
      );
    const valueText = cell(context, 'value');
    const value = parseNumber(valueText);
    if (!value.ok) report(context, 'value', valueText, value.message);
    if (!authority || !date || name === '' || !value.ok) {
      rowsRejected++;
      continue;
    }
    const unit = cell(context, 'unit') || value.value.unit || '';
    const note = cell(context, 'note');
    measures.push({
      authority,
      date,
      name,
      value: value.value.value,
      unit,
      ...(note ? { note } : {}),
      source: { file, line: row.line },
    });
  }
  return { inspections: [], measures, rowsImported: measures.length, rowsRejected };
}
