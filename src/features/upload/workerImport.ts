// Reading a text file in the import worker: progress as it goes, Cancel that stops it, and the result rebuilt between frames.
import { type ImportOptions, type ImportResult, inspectionDecoder, type PackedResult } from '../../import';
import type { ImportMessage, ImportRequest } from './importWorker';

export interface ReadProgress {
  readonly rows: number;
  readonly fraction: number;
}

export type WorkerOutcome =
  | { readonly kind: 'read'; readonly result: ImportResult; readonly hash: string }
  | { readonly kind: 'cancelled' }
  /** The file could not be read from disk. */
  | { readonly kind: 'unreadable' }
  /** The worker stopped on its own: out of memory on a huge file, most likely. */
  | { readonly kind: 'failed' };

export interface WorkerRead {
  readonly done: Promise<WorkerOutcome>;
  /** Stops the worker at once; nothing read so far is kept. */
  readonly cancel: () => void;
}

/** jsdom (the component tests) and very old browsers have no module workers: there the page reads on its own thread. */
export const workersAvailable = (): boolean => typeof Worker !== 'undefined';

/** Inspections rebuilt per slice: a slice takes a few milliseconds, so the page keeps answering between them. */
const INSPECTIONS_PER_SLICE = 4000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function unpackBetweenFrames(packed: PackedResult, cancelled: () => boolean): Promise<ImportResult | undefined> {
  if (!packed.ok) return packed;
  const { packed: columns, ...report } = packed;
  const decode = inspectionDecoder(columns);
  const inspections = [];
  for (let from = 0; from < columns.count; from += INSPECTIONS_PER_SLICE) {
    for (const inspection of decode(from, from + INSPECTIONS_PER_SLICE)) inspections.push(inspection);
    await nextTask();
    if (cancelled()) return undefined;
  }
  return { ...report, inspections };
}

export function readInWorker(
  file: Blob,
  fileName: string,
  options: ImportOptions,
  onProgress: (progress: ReadProgress) => void,
): WorkerRead {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
  let cancelled = false;
  let settle: (outcome: WorkerOutcome) => void = () => undefined;
  const done = new Promise<WorkerOutcome>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    const message = event.data;
    if (message.kind === 'progress') {
      if (!cancelled) onProgress({ rows: message.rows, fraction: message.fraction });
      return;
    }
    worker.terminate();
    if (message.kind === 'unreadable') {
      settle({ kind: 'unreadable' });
      return;
    }
    void unpackBetweenFrames(message.result, () => cancelled).then((result) =>
      settle(result ? { kind: 'read', result, hash: message.hash } : { kind: 'cancelled' }),
    );
  };
  worker.onerror = (event) => {
    // A worker that fails to start or crashes (out of memory on a huge file) must not leave the page waiting.
    event.preventDefault();
    worker.terminate();
    settle({ kind: 'failed' });
  };
  const request: ImportRequest = { file, fileName, options };
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      cancelled = true;
      worker.terminate();
      settle({ kind: 'cancelled' });
    },
  };
}
