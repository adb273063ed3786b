// Tables we recognise but do not read (providers and places without inspections, national counts, reference lists): refused with a message
// that says what the file is, rather than a misleading "no column for authority".
import { normaliseHeading } from './columns';
import { HEADER_SEARCH_ROWS } from './table';

export interface OtherTable {
  /** The spreadsheet row that shows what the table is (its header, or its title). */
  readonly line: number;
  readonly message: string;
}

const PROVIDERS =
  'social care providers (children’s homes, fostering and adoption agencies, residential schools and others), each inspected by Ofsted in its own right';
const ONLY_LA = 'Scrutiny Lens reads inspections of local authority children’s services';
const NOT_YET = `${ONLY_LA} and Ofsted’s lists of providers with their inspections; this table holds neither, so nothing from this file was imported.`;
/** The national provider series are built in (the Providers view), read by src/import/providerSeries.ts, not uploaded. */
const BUILT_IN_SERIES =
  'The Providers view already shows this publication’s national series (tables 8a to 8n and 9a to 9e) as built-in data; a national series is not taken from a file, so nothing from this file was imported.';

interface Signature {
  /** Whether the row (its cells' normalised headings, and the text above it) shows this kind of table. */
  readonly matches: (headings: ReadonlySet<string>, above: string) => boolean;
  readonly message: string;
}

const has = (headings: ReadonlySet<string>, ...wanted: string[]) => wanted.every((heading) => headings.has(heading));
const providerList = (headings: ReadonlySet<string>) =>
  headings.has('urn') && (headings.has('provision type') || headings.has('provider type'));
const gradeCounts = (headings: ReadonlySet<string>) => has(headings, 'outstanding', 'good', 'inadequate');

/** Checked in order: the first that matches names the table. */
const SIGNATURES: readonly Signature[] = [
  {
    matches: (headings) => providerList(headings) && [...headings].some((heading) => /joiner|leaver/.test(heading)),
    message: `This is Ofsted’s list of social care providers that joined or left the register (“leavers and joiners”): ${PROVIDERS}. It holds no local authority inspections. ${NOT_YET}`,
  },
  // A list of providers with their inspections is read (src/import/formats/providerList.ts): not refused here.
  {
    matches: (headings) =>
      providerList(headings) &&
      ![...headings].some((heading) =>
        /inspection date|inspection event|overall experiences|overall effectiveness/.test(heading),
      ),
    message: `This is Ofsted’s list of ${PROVIDERS}, with their places: it holds no local authority inspections. ${NOT_YET}`,
  },
  {
    matches: (headings) =>
      headings.has('data type') && [...headings].some((heading) => /children s homes|fostering|adoption/.test(heading)),
    message: `This is Ofsted’s national count of children’s social care providers and places by type of provision, year by year: national totals for ${PROVIDERS}, not local authority inspections. ${NOT_YET}`,
  },
  {
    matches: (headings, above) =>
      gradeCounts(headings) &&
      (headings.has('period as at') || headings.has('period')) &&
      /provider|children s home|inspections between/.test(above),
    message: `This is Ofsted’s national count of ${PROVIDERS}, by overall effectiveness grade, year by year (one table per type of provider): not local authority inspections. ${BUILT_IN_SERIES}`,
  },
  {
    matches: (headings) => has(headings, 'sn1') && (headings.has('closeness1') || headings.has('snp')),
    message: `This is DfE’s list of statistical neighbours (each authority’s ten most similar authorities), not inspections. ${ONLY_LA} and measures; it does not import statistical neighbours from a file, so nothing from this file was imported.`,
  },
  {
    matches: (headings) =>
      (headings.has('old la code') && headings.has('new la code')) ||
      (headings.has('la code') && headings.has('la code new') && !gradeCountsOrGrades(headings)),
    message: `This is a list of local authority codes (DfE LA numbers against ONS area codes), not inspections. ${ONLY_LA} and measures; authorities in them are matched by these codes already, so nothing from this file was imported.`,
  },
];

function gradeCountsOrGrades(headings: ReadonlySet<string>): boolean {
  return gradeCounts(headings) || [...headings].some((heading) => /grade|judgement|effectiveness/.test(heading));
}

/** The kind of table these first rows show, when it is one we know and do not read. */
export function otherTable(rows: readonly (readonly string[])[]): OtherTable | undefined {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let above = '';
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] ?? [];
    const headings = new Set(cells.map((cell) => normaliseHeading(cell)).filter((heading) => heading !== ''));
    const signature = SIGNATURES.find((candidate) => candidate.matches(headings, above));
    if (signature) return { line: i + 1, message: signature.message };
    above += ` ${cells
      .join(' ')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')}`;
  }
  return undefined;
}
