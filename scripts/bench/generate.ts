// The benchmark's input files, written to the system's temporary folder (never into the repository) and reused while unchanged.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

const OUT_DIR = join(tmpdir(), 'scrutiny-lens-bench');
const OFSTED = join(import.meta.dirname, '..', '..', 'data', 'ofsted');
const AS_AT = join(OFSTED, 'la_outcomes_2025__Inspections_as_at_31_March.csv');
const HISTORY = join(OFSTED, 'csc_in_england_2023__LA_inspections_2009-2023.csv');

/** Authorities as Ofsted names and codes them, taken from the real sheet so the files look like councils' own. */
function authorities(): Array<readonly [string, string, string]> {
  const rows = Papa.parse<string[]>(readFileSync(AS_AT, 'utf8'), { skipEmptyLines: true }).data.slice(3);
  const quoted = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows
    .map((cells) => cells.map(quoted))
    .filter((cells) => /^E\d{8}$/.test(cells[1] ?? ''))
    .map((cells) => [cells[2] ?? '', cells[1] ?? '', cells[3] ?? ''] as const);
}

// The four areas ILACS has judged since 2018, in the short words councils use.
const AREAS = ['Overall effectiveness', 'Help and protection', 'Children in care', 'Leaders'];
const GRADES = [
  'Good',
  'Requires improvement to be good',
  'Outstanding',
  'Good',
  'Inadequate',
  'Good',
  'Requires improvement to be good',
];
const DAY = 86_400_000;
const FIRST = Date.UTC(2018, 0, 2);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

export interface BenchFile {
  readonly label: string;
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
}

/** Our tidy format, one row per judgement (about 80 bytes a row); each inspection's four rows sit together. */
function tidy(rows: number): string {
  const councils = authorities();
  const parts: string[] = ['authority_name,authority_code,inspection_date,publication_date,judgement_area,grade\n'];
  for (let row = 0; row < rows; row++) {
    const inspection = Math.floor(row / AREAS.length);
    const [name, code] = councils[inspection % councils.length]!;
    // Each authority's inspections on successive days, so (authority, date) stays distinct up to 1,000,000 rows.
    const date = FIRST + Math.floor(inspection / councils.length) * DAY;
    parts.push(
      `${name},${code},${iso(date)},${iso(date + 49 * DAY)},${AREAS[row % AREAS.length]},${GRADES[(inspection * 3 + row) % GRADES.length]}\n`,
    );
  }
  return parts.join('');
}

/** Ofsted's published table as saved to CSV: two title rows, then one row per inspection with a column per area. */
function wide(rows: number): string {
  const councils = authorities();
  const parts = [
    'Local authority inspection judgements (generated for the benchmark),,,,,,,,,,\n',
    '"This worksheet contains one table with no blank rows or columns, like Ofsted\'s.",,,,,,,,,,\n',
    'Web link,Local authority area code,Local authority name,Ofsted region,Inspection date,Publication date,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers\n',
  ];
  for (let row = 0; row < rows; row++) {
    const [name, code, region] = councils[row % councils.length]!;
    const time = Date.UTC(2023, 0, 2) + Math.floor(row / councils.length) * DAY;
    const date = iso(time).split('-').reverse().join('/');
    const published = iso(time + 49 * DAY)
      .split('-')
      .reverse()
      .join('/');
    const grades = [0, 1, 2, 3, 4].map((area) => GRADES[(row + area) % GRADES.length]).join(',');
    parts.push(`Ofsted Local Authority Webpage,${code},${name},${region},${date},${published},${grades}\n`);
  }
  return parts.join('');
}

/**
 * Ofsted's history of every inspection since 2009 (several inspections on each row, a column per framework's event):
 * its title rows and header as published, then its first table's rows over and over, each pass with every date a day
 * later, so no two rows are the same inspection.
 */
function history(rows: number): string {
  const lines = Papa.parse<string[]>(readFileSync(HISTORY, 'utf8')).data;
  const header = lines.findIndex((cells) => cells[0] === 'Web link');
  const body: string[][] = [];
  for (const cells of lines.slice(header + 1)) {
    if (cells.every((text) => text === '')) break;
    body.push(cells);
  }
  const later = (text: string, days: number) => {
    const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
    if (!match) return text;
    const time = Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])) + days * DAY;
    return iso(time).split('-').reverse().join('/');
  };
  const out: string[][] = lines.slice(0, header + 1);
  for (let row = 0; row < rows; row++) {
    const days = Math.floor(row / body.length);
    out.push(body[row % body.length]!.map((text) => later(text, days)));
  }
  return `${Papa.unparse(out)}\n`;
}

const PROVISION = [
  "Children's home",
  'Independent Fostering Agency',
  "Children's Home",
  'Residential Special School',
  'Voluntary Adoption Agency',
];
const SECTORS = ['Private', 'Local Authority', 'Voluntary', 'Private'];

/** Ofsted's provider list at 31 March as saved to CSV: three title rows, then one row per provider, names REDACTED. */
function providers(rows: number): string {
  const councils = authorities();
  const parts = [
    'Children’s social care providers (generated for the benchmark),,,,,,,,,,,,,,\n',
    '"This worksheet contains one table, like Ofsted\'s.",,,,,,,,,,,,,,\n',
    'Some cells in this table are empty.,,,,,,,,,,,,,,\n',
    'Web link,URN,Provision type,Registration status,Name,Town,Ofsted region,Government Office Region,Local authority,Sector,Places,Latest full inspection event type,Latest full inspection date,Latest full inspection publication date,Overall experiences and progress of children and young people,How well children and young people are helped and protected,The effectiveness of leaders and managers\n',
  ];
  for (let row = 0; row < rows; row++) {
    const [name, , region] = councils[row % councils.length]!;
    const time = Date.UTC(2019, 0, 2) + (row % 1500) * DAY;
    const date = iso(time).split('-').reverse().join('/');
    const published = iso(time + 42 * DAY)
      .split('-')
      .reverse()
      .join('/');
    const grades = [0, 1, 2].map((area) => GRADES[(row + area) % GRADES.length]).join(',');
    const urn = row % 2 === 0 ? `SC${String(100_000 + row).padStart(6, '0')}` : String(1_000_000 + row);
    parts.push(
      `Ofsted Social Care Provider Webpage,${urn},${PROVISION[row % PROVISION.length]},Active,REDACTED,REDACTED,${region},${region},${name},${SECTORS[row % SECTORS.length]},${(row % 8) + 1},Full inspection,${date},${published},${grades}\n`,
    );
  }
  return parts.join('');
}

/** One million tidy rows in under 50 MB (the app's limit per file): codes for names and grades as the numbers 1 to 4. */
function narrow(rows: number): string {
  const councils = authorities();
  const parts: string[] = ['authority_code,inspection_date,judgement_area,grade\n'];
  for (let row = 0; row < rows; row++) {
    const inspection = Math.floor(row / AREAS.length);
    const code = councils[inspection % councils.length]![1];
    const date = FIRST + Math.floor(inspection / councils.length) * DAY;
    parts.push(`${code},${iso(date)},${AREAS[row % AREAS.length]},${1 + ((inspection * 3 + row) % 4)}\n`);
  }
  return parts.join('');
}

function write(label: string, name: string, rows: number, make: (rows: number) => string): BenchFile {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, name);
  if (!existsSync(path)) writeFileSync(path, make(rows));
  return { label, path, rows, bytes: statSync(path).size };
}

export function benchFiles(): {
  tidy: BenchFile[];
  wide: BenchFile;
  history: BenchFile;
  providers: BenchFile;
  upload: BenchFile;
} {
  return {
    upload: write('tidy 1,000,000 rows, narrow (for upload)', 'tidy-narrow-1000000-v2.csv', 1_000_000, narrow),
    tidy: [10_000, 100_000, 1_000_000].map((rows) =>
      write(`tidy ${rows.toLocaleString('en-GB')} rows`, `tidy-${rows}-v2.csv`, rows, tidy),
    ),
    wide: write('Ofsted-style wide 50,000 rows', 'ofsted-wide-50000-v2.csv', 50_000, wide),
    history: write('Ofsted history, 50,000 rows', 'ofsted-history-50000-v1.csv', 50_000, history),
    providers: write('Ofsted-style provider list 50,000 rows', 'provider-list-50000-v1.csv', 50_000, providers),
  };
}
