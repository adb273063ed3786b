// Which incoming inspections are inspections already held, found in slices after the preview shows, so a big file never freezes the page.
import { useEffect, useRef, useState } from 'react';
import type { Authority, Inspection } from '../../domain';
import { findHeldClashesInSlices, type Clash, type RecordGroup } from '../../import';

interface Search {
  /** Undefined until what is held is known (the default data still loading): nothing is searched meanwhile. */
  readonly held: readonly RecordGroup[] | undefined;
  readonly found: WeakMap<readonly Inspection[], readonly Clash[]>;
}

const searchFor = (held: readonly RecordGroup[] | undefined): Search => ({ held, found: new WeakMap() });

/**
 * Returns a lookup: the clashes of an import's inspections with held ones, or undefined while they are still being
 * looked for. Each import's inspections are searched once for each state of what is held.
 */
export function useHeldClashes(
  held: readonly RecordGroup[] | undefined,
  codeBook: readonly Authority[],
  incoming: ReadonlyArray<readonly Inspection[]>,
): (inspections: readonly Inspection[]) => readonly Clash[] | undefined {
  const [search, setSearch] = useState(() => searchFor(held));
  const [, setFinished] = useState(0);
  const current = search.held === held && held !== undefined ? search : undefined;

  useEffect(() => {
    if (search.held !== held) setSearch(searchFor(held));
  }, [held, search]);

  // A stable list of what to search, so the effect runs when an import arrives, not on every render.
  const lists = useRef(incoming);
  if (incoming.length !== lists.current.length || incoming.some((list, i) => list !== lists.current[i]))
    lists.current = incoming;
  const toSearch = lists.current;

  useEffect(() => {
    if (search.held !== held || held === undefined) return;
    const controller = new AbortController();
    for (const inspections of toSearch) {
      if (search.found.has(inspections)) continue;
      findHeldClashesInSlices(held, inspections, { codeBook, signal: controller.signal }).then(
        (clashes) => {
          search.found.set(inspections, clashes);
          setFinished((count) => count + 1);
        },
        // Stopped: a new search starts from the new state, or the page has gone.
        () => undefined,
      );
    }
    // Searches under way stop when what is held changes, another import arrives (they start again) or the page closes.
    return () => controller.abort();
  }, [held, search, toSearch, codeBook]);

  return (inspections) => current?.found.get(inspections);
}
