// The default data's chunk (embedded by scripts/defaultDataPlugin.ts), asked for once: kept apart so the page's entry can start it.
import { fromJsonResult, type ImportResult } from '../import';
import { readEmbeddedDefaults } from './embeddedDefaults';

let embedded: Promise<readonly ImportResult[]> | undefined;

/** Each default file's import result, in import order. */
export function defaultImports(): Promise<readonly ImportResult[]> {
  embedded ??= import('virtual:default-imports').then(
    // Embedded compactly, with the inspections packed (a smaller chunk); made into records once, here.
    (module) => readEmbeddedDefaults(module.default).map(fromJsonResult),
    (error: unknown) => {
      // Forgotten when it fails, so a later attempt asks again rather than repeating the failure.
      embedded = undefined;
      throw error;
    },
  );
  return embedded;
}
