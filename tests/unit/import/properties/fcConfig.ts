// The settings every importer property shares: a fixed seed by default so a failure replays, and the env vars that change it.
//   FC_SEED=1234            run with another seed (fast-check prints the seed and path of any failure)
//   FC_SEED=1234 FC_PATH=…  replay exactly the failing case a run printed
//   FC_RUNS_FACTOR=20       run each property 20 times as many cases, for a long fuzzing session
import fc from 'fast-check';

export const DEFAULT_SEED = 20_251_126;

function envNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not '${text}'`);
  return value;
}

export const SEED = Math.trunc(envNumber('FC_SEED', DEFAULT_SEED));
const RUNS_FACTOR = envNumber('FC_RUNS_FACTOR', 1);

/**
 * How long one property may run, shrinking included, before it stops and reports what it has: each takes seconds,
 * but shrinking a pathologically slow case could take many minutes. The vitest timeout for a property test.
 */
export const PROPERTY_TIME_LIMIT_MS = 120_000 * RUNS_FACTOR;

/** fast-check parameters for a property that runs `numRuns` cases at the default factor. */
export function propertyParameters<T>(numRuns: number): fc.Parameters<T> {
  const path = process.env.FC_PATH;
  return {
    seed: SEED,
    numRuns: Math.max(1, Math.round(numRuns * RUNS_FACTOR)),
    ...(path ? { path } : {}),
    plugins: [fc.interruptAfterTimeLimit(PROPERTY_TIME_LIMIT_MS - 10_000, { failOnInterrupt: true }) as fc.Plugin<T>],
  };
}

/** The time a case may take: generous, so only a pathological slowdown (quadratic or worse) fails. */
export function timeBudgetMs(bytes: number): number {
  return 50 + 0.05 * bytes;
}
