// The embedded default dataset: the CSV files under data/, bundled as text and read by our own importer.

// Lazy so the data arrives as its own chunk after the page shell has painted.
const modules = import.meta.glob<string>(['/data/ofsted/*.csv', '/data/walsall/*.csv'], { query: '?raw', import: 'default' });

/** Ofsted's history first, so its wording of each inspection's type is the one kept when files overlap. */
const ORDER = ['ILACS_inspection_history', 'Inspections_as_at_31_March', 'In-year_inspections', 'walsall-'];

export interface TextFile {
  readonly name: string;
  readonly text: string;
}

const rank = (path: string) => {
  const index = ORDER.findIndex((part) => path.includes(part));
  return index < 0 ? ORDER.length : index;
};

export async function loadDefaultFiles(): Promise<TextFile[]> {
  const paths = Object.keys(modules).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return Promise.all(
    paths.map(async (path) => ({ name: path.split('/').pop() ?? path, text: await modules[path]!() })),
  );
}
