// Figures in a column of their own beside an inspection (a survey's "Felt safe (%)"): each a measure of that authority at that date.
import type { Measure } from '../../domain';
import type { ColumnMapping } from '../columns';
import type { Table } from '../table';
import { parseNumber } from '../values';
import type { InspectionHead, InspectionRowContext } from './inspectionRow';

const NOTHING = /^(|-|none|nan|n\/a|x|z)$/i;

export function measureColumns(table: Table): ColumnMapping[] {
  return table.columns.filter((column) => column.role.kind === 'measure');
}

/**
 * The row's figures as measures. A figure is optional: a blank is no measure, and one that is not a number is reported
 * on its own cell (a warning) without costing the row its inspection.
 */
export function readBesideMeasures(
  context: InspectionRowContext,
  head: InspectionHead,
  columns: readonly ColumnMapping[],
  file: string,
): Measure[] {
  const measures: Measure[] = [];
  for (const column of columns) {
    if (column.role.kind !== 'measure') continue;
    const text = (context.row.cells[column.index] ?? '').trim();
    if (NOTHING.test(text)) continue;
    const parsed = parseNumber(text);
    if (!parsed.ok) {
      context.problems.push({
        line: context.row.line,
        column: column.heading,
        value: text,
        message: `${parsed.message} The inspection on this row was kept; this figure was not.`,
        severity: 'warning',
      });
      continue;
    }
    measures.push({
      authority: head.authority,
      date: head.date,
      name: column.role.name,
      value: parsed.value.value,
      unit: parsed.value.unit ?? column.role.unit,
      source: { file, line: context.row.line },
    });
  }
  return measures;
}
