// The import's peak memory on one file, run in a fresh Node process with --expose-gc (run by index.ts as a child).
import { readFileSync } from 'node:fs';
import { importBytesPacked } from '../../src/import/chunkedImport';

/**
 * Browsers only report a worker's memory under cross-origin isolation (performance.measureUserAgentSpecificMemory),
 * which this app does not have, so the worker's code runs here instead: the same bytes, the same chunked import and
 * packing the worker does, sampling the heap and array buffers as it goes. Prints one line of JSON.
 */
const gc = (globalThis as { gc?: () => void }).gc;
const path = process.argv[2] ?? '';
gc?.();
const before = process.memoryUsage();
const baseline = before.heapUsed + before.arrayBuffers;
let peak = 0;
const sample = () => {
  const now = process.memoryUsage();
  peak = Math.max(peak, now.heapUsed + now.arrayBuffers - baseline);
};
// readFileSync's Buffer is itself a Uint8Array: one copy of the file, as the worker holds one.
const bytes: Uint8Array = readFileSync(path);
sample();
const packed = importBytesPacked(path, bytes, {}, { onProgress: sample });
sample();
process.stdout.write(
  `${JSON.stringify({ fileBytes: bytes.length, peakBytes: peak, inspections: packed.ok ? packed.packed.count : 0 })}\n`,
);
