// Medians and a printed table: the benchmark reports, it does not judge.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Target {
  readonly name: string;
  readonly ratio: number;
  readonly limit: number;
  readonly detail: string;
}

export function printTargets(targets: readonly Target[]): void {
  console.log('\nTargets (ratio against a baseline measured in this run):');
  for (const target of targets) {
    const verdict = target.ratio <= target.limit ? 'met' : 'NOT met';
    console.log(
      `  ${target.name}: ${target.ratio.toFixed(2)} (target ≤ ${target.limit}) ${verdict} — ${target.detail}`,
    );
  }
}
