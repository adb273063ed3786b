// What the comparator picker's search hides: chosen authorities the search leaves out of the list are counted, not lost.

/** The chosen authorities that are not among the search's matches, in the order they were chosen. */
export function hiddenChosen(chosen: readonly string[], matchKeys: ReadonlySet<string>): string[] {
  return chosen.filter((key) => !matchKeys.has(key));
}

/** "2 chosen authorities are not in the list while it is searched; all are under Chosen comparators." */
export function hiddenChosenMessage(hidden: number): string {
  if (hidden === 0) return '';
  const subject = hidden === 1 ? '1 chosen authority is' : `${hidden} chosen authorities are`;
  return `${subject} not in the list while it is searched; all are under Chosen comparators.`;
}
