// A from–to range of years: the date filter for timelines and the matrix.
import { SelectField } from './SelectField';

export interface YearRange {
  readonly from?: number;
  readonly to?: number;
}

export function YearRangeField({
  years,
  value,
  onChange,
  labels = { from: 'From', to: 'To' },
}: {
  years: readonly number[];
  value: YearRange;
  onChange: (value: YearRange) => void;
  /** The two fields' labels, where "From" and "To" alone would be unclear beside other filters. */
  labels?: { readonly from: string; readonly to: string };
}) {
  const options = years.map((year) => ({ value: String(year), label: String(year) }));
  return (
    <>
      <SelectField
        label={labels.from}
        value={value.from === undefined ? '' : String(value.from)}
        options={options}
        emptyLabel="Earliest"
        onChange={(from) => onChange({ ...value, ...(from ? { from: Number(from) } : { from: undefined }) })}
      />
      <SelectField
        label={labels.to}
        value={value.to === undefined ? '' : String(value.to)}
        options={options}
        emptyLabel="Latest"
        onChange={(to) => onChange({ ...value, ...(to ? { to: Number(to) } : { to: undefined }) })}
      />
    </>
  );
}

/** Reads from/to years from the URL, ignoring anything that is not a four-digit year. */
export function readYearRange(params: URLSearchParams): YearRange {
  const year = (key: string) => {
    const text = params.get(key);
    return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
  };
  const from = year('from');
  const to = year('to');
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}
