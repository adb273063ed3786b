// Build step: our importer reads the default CSVs once, in Node, and the app receives its results as embedded JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import {
  DEFAULT_DATA_FOLDERS,
  DEFAULT_PROVIDER_FOLDER,
  importDefaultFiles,
  importDefaultProviders,
  orderDefaultFiles,
} from '../src/data/defaultFiles';
import { embedDefaults } from '../src/data/embeddedDefaults';
import { toJsonResult, type ImportResult } from '../src/import';

export const DEFAULT_IMPORTS_ID = 'virtual:default-imports';
const RESOLVED_ID = `\0${DEFAULT_IMPORTS_ID}`;
export const DEFAULT_PROVIDERS_ID = 'virtual:default-providers';
const RESOLVED_PROVIDERS_ID = `\0${DEFAULT_PROVIDERS_ID}`;

/** Every default CSV under `dataDir`, in import order, as absolute paths. */
export function defaultDataPaths(dataDir: string): string[] {
  const paths = DEFAULT_DATA_FOLDERS.flatMap((folder) =>
    readdirSync(join(dataDir, folder))
      .filter((name) => name.toLowerCase().endsWith('.csv'))
      .map((name) => join(dataDir, folder, name)),
  );
  return orderDefaultFiles(paths);
}

/**
 * The module the app imports: the import results as one JSON string, because JSON.parse reads a big literal faster than
 * the JavaScript parser reads the same object written as code, and because JSON cannot carry anything the importer's
 * plain records do not (tests/unit/data/defaultImports.test.ts checks the round trip is exact). Each result's
 * inspections are packed (src/import/inspectionCodec.ts), and the whole written compactly (src/data/embeddedDefaults.ts):
 * the chunk is part of what the first chart waits for, and so it is about half the size it was as plain packed results.
 */
export function defaultImportsModule(dataDir: string): { code: string; files: string[] } {
  const files = defaultDataPaths(dataDir);
  const results = importDefaultFiles(
    files.map((path) => ({ name: path.split(/[\\/]/).pop() ?? path, text: readFileSync(path, 'utf8') })),
  );
  const embedded = embedDefaults(results.map((result) => toJsonResult(withoutPreview(result))));
  return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(embedded))});\n`, files };
}

/**
 * The built-in files are never previewed: the rows a preview shows, the rows it offers as headers and the column mapping
 * it lets you correct are left out.
 */
export function withoutPreview(result: ImportResult): ImportResult {
  if (!result.ok) return result;
  const { headerCandidates: _candidates, ...rest } = result;
  return { ...rest, sampleRows: [], columns: [] };
}

/** The provider lists and national series (data/ofsted/providers/), read the same way into a chunk of their own. */
export function defaultProvidersModule(dataDir: string): { code: string; files: string[] } {
  const folder = join(dataDir, DEFAULT_PROVIDER_FOLDER);
  const files = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => join(folder, name));
  const read = importDefaultProviders(
    files.map((path) => ({ name: path.split(/[\\/]/).pop() ?? path, text: readFileSync(path, 'utf8') })),
  );
  return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(read))});\n`, files };
}

/**
 * `import results from 'virtual:default-imports'` in the build, the dev server and the unit tests alike. In the dev
 * server an edited, added or removed default file reloads the page with the data read again.
 */
export function defaultData(): Plugin {
  let dataDir = '';
  return {
    name: 'scrutiny-lens:default-data',
    configResolved(config) {
      dataDir = join(config.root, 'data');
    },
    resolveId: (id) =>
      id === DEFAULT_IMPORTS_ID ? RESOLVED_ID : id === DEFAULT_PROVIDERS_ID ? RESOLVED_PROVIDERS_ID : undefined,
    load(id) {
      if (id === RESOLVED_PROVIDERS_ID) {
        const { code, files } = defaultProvidersModule(dataDir);
        for (const file of files) this.addWatchFile(file);
        return { code, map: null };
      }
      if (id !== RESOLVED_ID) return undefined;
      const { code, files } = defaultImportsModule(dataDir);
      for (const file of files) this.addWatchFile(file);
      return { code, map: null };
    },
    configureServer(server) {
      const isDefaultFile = (path: string) => {
        const [folder, name, ...rest] = relative(dataDir, path).split(/[\\/]/);
        return (
          rest.length === 0 &&
          folder !== undefined &&
          DEFAULT_DATA_FOLDERS.includes(folder) &&
          !!name?.toLowerCase().endsWith('.csv')
        );
      };
      const reread = (path: string) => {
        if (!isDefaultFile(path)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      // Edits to a file already read come through addWatchFile; a new or removed file changes the list itself.
      server.watcher.on('add', reread);
      server.watcher.on('unlink', reread);
    },
  };
}
