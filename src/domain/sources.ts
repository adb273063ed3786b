// How the records shown must be credited: each default source's citation and notes (the manifest), and the user's own files.
import type { SourceRef } from './inspection';
import { DEFAULT_SOURCES, defaultSourceOf, type DefaultSource } from './manifest';

/** Ofsted's attribution, for places that show Ofsted's data as a whole (the page's footer). */
export const OGL_ATTRIBUTION = 'Contains Ofsted data licensed under the Open Government Licence v3.0.';

/** The default sources the files belong to, in the manifest's order, and the user's own files by name. */
function sourcesOf(files: readonly string[]): { defaults: DefaultSource[]; own: string[] } {
  const distinct = [...new Set(files)];
  const found = new Set(distinct.map(defaultSourceOf));
  return {
    defaults: DEFAULT_SOURCES.filter((source) => found.has(source)),
    own: distinct.filter((file) => !defaultSourceOf(file)),
  };
}

/**
 * The Source line under a figure, from the files its records came from: each publication's citation (with the
 * attribution its licence requires), and the user's own files by name.
 */
export function sourceLineForFiles(files: readonly string[]): string {
  const { defaults, own } = sourcesOf(files);
  const parts = [
    ...defaults.map((source) => source.citation),
    ...(own.length > 0
      ? [`your ${own.length === 1 ? 'file' : 'files'} ${own.map((file) => `“${file}”`).join(', ')}`]
      : []),
  ];
  if (parts.length === 0) return 'No records shown.';
  const text = parts.join('; ');
  const attributions = [...new Set(defaults.flatMap((source) => (source.attribution ? [source.attribution] : [])))];
  return [`${text.charAt(0).toUpperCase()}${text.slice(1)}.`, ...attributions].join(' ');
}

export function sourceLine(sources: readonly SourceRef[]): string {
  return sourceLineForFiles(sources.map((source) => source.file));
}

/** The notes the manifest asks to be shown beside these records: only for the default sources among them. */
export function sourceNotes(sources: readonly SourceRef[]): string[] {
  return sourcesOf(sources.map((source) => source.file)).defaults.flatMap((source) => source.notes);
}
