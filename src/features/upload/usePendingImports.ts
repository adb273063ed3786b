// The files being previewed, and the work of reading, re-reading and keeping them.
import { useCallback, useRef, useState } from 'react';
import type { ColumnRole } from '../../import';
import type { DuplicateChoice } from '../../data/storedDataset';
import { fileProblem } from '../../import/problem';
import { contentHash, readText, readUpload, reimportSheet, tooBig, MAX_UPLOAD_BYTES, type UploadRead } from './readUpload';
import { currentSheet, firstReadableSheet, type PendingImport } from './pendingImport';
import { isSpreadsheetName } from './spreadsheet';
import { readInWorker, workersAvailable, type ReadProgress, type WorkerOutcome } from './workerImport';

let counter = 0;

const UNREADABLE = 'The browser could not read this file: it may have been moved, changed or deleted since you chose it. Choose it again.';
const WORKER_FAILED =
  'The browser stopped while reading this file, most likely because it ran short of memory. Close other tabs and try again, or split the file into smaller files (for example one per year) and import each.';

/** A file being read in the worker, with what the progress bar shows. */
export interface Reading extends ReadProgress {
  readonly key: string;
  readonly fileName: string;
  readonly cancel: () => void;
}

const failedRead = (fileName: string, message: string): UploadRead => ({ kind: 'text', result: { ok: false, file: fileName, problems: [fileProblem(message)] } });

function outcomeRead(fileName: string, outcome: Exclude<WorkerOutcome, { kind: 'cancelled' }>): UploadRead {
  if (outcome.kind === 'read') return { kind: 'text', result: outcome.result };
  return failedRead(fileName, outcome.kind === 'unreadable' ? UNREADABLE : WORKER_FAILED);
}

export function usePendingImports() {
  const [pending, setPending] = useState<readonly PendingImport[]>([]);
  const [reading, setReading] = useState(0);
  const [readings, setReadings] = useState<readonly Reading[]>([]);
  /** The last file whose reading was cancelled, for the page to say nothing from it was kept. */
  const [stopped, setStopped] = useState<string | undefined>();
  const latest = useRef(pending);
  latest.current = pending;

  /** Runs one read in the worker with its progress shown; undefined when it was cancelled. */
  const inWorker = useCallback(async (key: string, file: Blob, fileName: string, columnRoles: ReadonlyMap<number, ColumnRole>) => {
    const read = readInWorker(file, fileName, columnRoles, (progress) =>
      setReadings((list) => list.map((entry) => (entry.key === key ? { ...entry, ...progress } : entry))),
    );
    setStopped(undefined);
    setReadings((list) => [...list, { key, fileName, rows: 0, fraction: 0, cancel: read.cancel }]);
    try {
      const outcome = await read.done;
      if (outcome.kind === 'cancelled') {
        setStopped(fileName);
        return undefined;
      }
      return outcome;
    } finally {
      setReadings((list) => list.filter((entry) => entry.key !== key));
    }
  }, []);

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      setReading((count) => count + files.length);
      for (const file of files) {
        counter += 1;
        const key = `file-${counter}`;
        try {
          // Refused before reading a byte, so a huge file cannot stall the tab.
          const oversized = file.size > MAX_UPLOAD_BYTES;
          if (!oversized && workersAvailable() && !isSpreadsheetName(file.name)) {
            // Text files are read in the worker; the page keeps only a handle to the file, never its rows.
            const outcome = await inWorker(key, file, file.name, new Map());
            if (!outcome) continue;
            const read = outcomeRead(file.name, outcome);
            const hash = outcome.kind === 'read' ? outcome.hash : '';
            setPending((list) => [...list, { key, fileName: file.name, fileSize: file.size, hash, bytes: new Uint8Array(), source: file, read, sheetIndex: 0, columnRoles: new Map(), onDuplicate: 'skip' }]);
            continue;
          }
          const bytes = oversized ? new Uint8Array() : new Uint8Array(await file.arrayBuffer());
          const read = oversized ? { kind: 'text' as const, result: tooBig(file.name, file.size) } : await readUpload(file.name, bytes);
          const hash = oversized ? '' : await contentHash(bytes);
          setPending((list) => [...list, { key, fileName: file.name, fileSize: file.size, hash, bytes, read, sheetIndex: firstReadableSheet(read), columnRoles: new Map(), onDuplicate: 'skip' }]);
        } catch {
          // The browser can refuse to read a file (moved or changed since it was chosen, or on a drive that went away):
          // say so in its preview rather than let it vanish, and go on with the other files.
          const read = failedRead(file.name, UNREADABLE);
          setPending((list) => [...list, { key, fileName: file.name, fileSize: file.size, hash: '', bytes: new Uint8Array(), read, sheetIndex: 0, columnRoles: new Map(), onDuplicate: 'skip' }]);
        } finally {
          setReading((count) => count - 1);
        }
      }
    },
    [inWorker],
  );

  const update = useCallback((key: string, change: (item: PendingImport) => PendingImport) => {
    setPending((list) => list.map((item) => (item.key === key ? change(item) : item)));
  }, []);

  const remap = useCallback(
    (key: string, index: number, role: ColumnRole) => {
      const item = latest.current.find((entry) => entry.key === key);
      if (!item) return;
      const columnRoles = new Map(item.columnRoles).set(index, role);
      if (item.read.kind === 'text' && item.source && workersAvailable()) {
        // Read again in the worker; a cancelled re-read leaves the preview as it was.
        void inWorker(`${key}-remap`, item.source, item.fileName, columnRoles).then((outcome) => {
          if (outcome) update(key, (current) => ({ ...current, columnRoles, read: outcomeRead(current.fileName, outcome) }));
        });
        return;
      }
      update(key, (current) => {
        if (current.read.kind === 'text') return { ...current, columnRoles, read: { kind: 'text', result: readText(current.fileName, current.bytes, { columnRoles }) } };
        const sheet = currentSheet(current);
        if (!sheet) return current;
        const sheets = current.read.sheets.map((entry, i) => (i === current.sheetIndex ? { sheet, result: reimportSheet(current.fileName, sheet, { columnRoles }) } : entry));
        return { ...current, columnRoles, read: { kind: 'spreadsheet', sheets } };
      });
    },
    [inWorker, update],
  );

  // A different sheet has different columns, so corrections made on another sheet do not carry over.
  const chooseSheet = useCallback((key: string, sheetIndex: number) => update(key, (item) => ({ ...item, sheetIndex, columnRoles: new Map() })), [update]);
  const chooseDuplicate = useCallback((key: string, onDuplicate: DuplicateChoice) => update(key, (item) => ({ ...item, onDuplicate })), [update]);
  const discard = useCallback((key: string) => setPending((list) => list.filter((item) => item.key !== key)), []);

  return { pending, reading: reading > 0 || readings.length > 0, readings, stopped, addFiles, remap, chooseSheet, chooseDuplicate, discard };
}
