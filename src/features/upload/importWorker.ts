// The import worker's shell: a file in, progress while it is read, and a packed result out (never an object per row).
// The importer itself is pure and lives in src/import; only this file knows it runs in a worker.
import { importBytesPacked, type ImportOptions, packedBuffers, type PackedResult } from '../../import';

export interface ImportRequest {
  readonly file: Blob;
  readonly fileName: string;
  /** What the user said in the preview: maps and numbers only, which the browser copies into the worker. */
  readonly options: ImportOptions;
}

export type ImportMessage =
  | { readonly kind: 'progress'; readonly rows: number; readonly fraction: number }
  | { readonly kind: 'done'; readonly result: PackedResult; readonly hash: string; readonly millis: number }
  /** The browser could not read the file itself (moved or deleted since it was chosen). */
  | { readonly kind: 'unreadable' };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** Progress at most this often: enough for a smooth bar, few enough messages to cost the page nothing. */
const PROGRESS_EVERY_MS = 50;

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

scope.onmessage = (event) => {
  void (async () => {
    const started = performance.now();
    const { file, fileName, options } = event.data;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      scope.postMessage({ kind: 'unreadable' });
      return;
    }
    const hash = await sha256(bytes);
    let lastPost = 0;
    const packed = importBytesPacked(fileName, bytes, options, {
      onProgress: ({ rows, fraction }) => {
        const now = performance.now();
        if (now - lastPost < PROGRESS_EVERY_MS && fraction < 1) return;
        lastPost = now;
        scope.postMessage({ kind: 'progress', rows, fraction });
      },
    });
    scope.postMessage(
      { kind: 'done', result: packed, hash, millis: performance.now() - started },
      packed.ok ? packedBuffers(packed.packed) : [],
    );
  })();
};
