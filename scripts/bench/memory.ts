// The import's peak memory on one file, run in a fresh Node process with --expose-gc (run by index.ts as a child).
import { readFileSync } from 'node:fs';
import { importBytesInChunks } from '../../src/import/chunkedImport';
import { packResult } from '../../src/import/packedResult';

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
const bytes = new Uint8Array(readFileSync(path));
sample();
const result = importBytesInChunks(path, bytes, {}, { onProgress: sample });
sample();
const packed = packResult(result);
sample();
process.stdout.write(`${JSON.stringify({ fileBytes: bytes.length, peakBytes: peak, inspections: result.ok ? result.inspections.length : 0, packed: packed.ok })}\n`);
