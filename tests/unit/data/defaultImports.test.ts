// The default data as the app receives it (embedded at build time) is exactly what our importer makes of data/ today.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import embedded from 'virtual:default-imports';
import { describe, expect, it } from 'vitest';
import { defaultDataPaths, defaultImportsModule } from '../../../scripts/defaultDataPlugin';
import { readEmbeddedDefaults, type EmbeddedDefaults } from '../../../src/data/embeddedDefaults';
import { loadDefaultData } from '../../../src/data/useDefaultDataset';
import { buildDataset, fromJsonResult, importText, toJsonResult } from '../../../src/import';
import { DATA_DIR, OFSTED_FILES, WALSALL_FILES, readData } from '../../helpers/realData';

/** A fresh import of the files on disk, in the order the README and data/README.md give them, with nothing in between. */
const freshImport = () =>
  [...OFSTED_FILES, ...WALSALL_FILES].map((path) => importText(path.split('/').pop() ?? path, readData(path)));
/** The same, but for what only a preview shows (the built-in files are never previewed): rows, header rows, column mapping. */
const freshForViews = () =>
  freshImport().map((result) => {
    if (!result.ok) return result;
    const { headerCandidates: _candidates, ...rest } = result;
    return { ...rest, sampleRows: [], columns: [] };
  });

describe('the embedded default data', () => {
  it('is every file’s import result, in order, exactly as a fresh import of the files gives it but for what only a preview shows', () => {
    // Strict: a property left undefined, a Map, a Date or a NaN would not survive JSON and would fail here.
    expect(readEmbeddedDefaults(embedded).map(fromJsonResult)).toStrictEqual(freshForViews());
    // And, before the records are made, exactly the JSON form our importer gives them.
    expect(readEmbeddedDefaults(embedded)).toStrictEqual(freshForViews().map(toJsonResult));
  });

  it('is embedded as one JSON string, not as code, with each file’s inspections packed', () => {
    const { code } = defaultImportsModule(DATA_DIR);
    const literal = /^export default JSON\.parse\(("(?:[^"\\]|\\.)*")\);\n$/s.exec(code)?.[1];
    expect(literal).toBeDefined();
    const parsed = readEmbeddedDefaults(JSON.parse(JSON.parse(literal ?? '""') as string) as EmbeddedDefaults);
    expect(parsed.map(fromJsonResult)).toStrictEqual(freshForViews());
    const fresh = freshImport();
    parsed.forEach((result, index) => {
      expect(result).not.toHaveProperty('inspections');
      expect(result.ok && result.packed.count).toBe(fresh[index]!.ok && fresh[index]!.inspections.length);
    });
  });

  it('reads every CSV of Ofsted’s and Walsall’s, Ofsted’s history first, and not the template', () => {
    const onDisk = ['ofsted', 'walsall'].flatMap((folder) =>
      readdirSync(join(DATA_DIR, folder)).filter((name) => name.endsWith('.csv')),
    );
    expect(defaultDataPaths(DATA_DIR).map((path) => path.split(/[\\/]/).pop())).toEqual(
      [...OFSTED_FILES, ...WALSALL_FILES].map((path) => path.split('/').pop()),
    );
    expect(onDisk).toHaveLength(OFSTED_FILES.length + WALSALL_FILES.length);
  });

  it('is what the app’s default-data query loads, with the same merged dataset the files build', async () => {
    const loaded = await loadDefaultData();
    expect(loaded.results).toStrictEqual(freshForViews());
    const built = buildDataset(freshImport()).dataset;
    expect(loaded.dataset.inspections).toStrictEqual(built.inspections);
    expect(loaded.dataset.measures).toStrictEqual(built.measures);
    expect([...loaded.dataset.authorities]).toStrictEqual([...built.authorities]);
  });
});
