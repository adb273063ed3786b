// The files being previewed, and the work of reading, re-reading and keeping them.
import { useCallback, useRef, useState } from 'react';
import { type ColumnRole, type ImportOptions, type ValueMeaning, fileProblem, isSpreadsheetName } from '../../import';
import type { DuplicateChoice } from '../../data/storedDataset';
import {
  contentHash,
  readText,
  readUpload,
  reimportSheet,
  tooBig,
  MAX_UPLOAD_BYTES,
  type UploadRead,
} from './readUpload';
import { currentSheet, firstReadableSheet, optionsOf, type PendingImport, type PreviewChoices } from './pendingImport';
import { readInWorker, workersAvailable, type ReadProgress, type WorkerOutcome } from './workerImport';

let counter = 0;
let rereads = 0;

const UNREADABLE =
  'The browser could not read this file: it may have been moved, changed or deleted since you chose it. Choose it again.';
const WORKER_FAILED =
  'The browser stopped while reading this file, most likely because it ran short of memory. Close other tabs and try again, or split the file into smaller files (for example one per year) and import each.';

/** A file being read in the worker, with what the progress bar shows. */
export interface Reading extends ReadProgress {
  readonly key: string;
  readonly fileName: string;
  readonly cancel: () => void;
}

const failedRead = (fileName: string, message: string): UploadRead => ({
  kind: 'text',
  result: { ok: false, file: fileName, problems: [fileProblem(message)] },
});

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
  const inWorker = useCallback(async (key: string, file: Blob, fileName: string, options: ImportOptions) => {
    const read = readInWorker(file, fileName, options, (progress) =>
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
            const outcome = await inWorker(key, file, file.name, {});
            if (!outcome) continue;
            const read = outcomeRead(file.name, outcome);
            const hash = outcome.kind === 'read' ? outcome.hash : '';
            setPending((list) => [
              ...list,
              {
                key,
                fileName: file.name,
                fileSize: file.size,
                hash,
                bytes: new Uint8Array(),
                source: file,
                read,
                sheetIndex: 0,
                columnRoles: new Map(),
                keepUnknownAuthorities: false,
                onDuplicate: 'skip',
              },
            ]);
            continue;
          }
          const bytes = oversized ? new Uint8Array() : new Uint8Array(await file.arrayBuffer());
          const read = oversized
            ? { kind: 'text' as const, result: tooBig(file.name, file.size) }
            : await readUpload(file.name, bytes);
          const hash = oversized ? '' : await contentHash(bytes);
          setPending((list) => [
            ...list,
            {
              key,
              fileName: file.name,
              fileSize: file.size,
              hash,
              bytes,
              read,
              sheetIndex: firstReadableSheet(read),
              columnRoles: new Map(),
              keepUnknownAuthorities: false,
              onDuplicate: 'skip',
            },
          ]);
        } catch {
          // The browser can refuse to read a file (moved or changed since it was chosen, or on a drive that went away):
          // say so in its preview rather than let it vanish, and go on with the other files.
          const read = failedRead(file.name, UNREADABLE);
          setPending((list) => [
            ...list,
            {
              key,
              fileName: file.name,
              fileSize: file.size,
              hash: '',
              bytes: new Uint8Array(),
              read,
              sheetIndex: 0,
              columnRoles: new Map(),
              keepUnknownAuthorities: false,
              onDuplicate: 'skip',
            },
          ]);
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

  /** Reads the file again with the preview's choices changed, in the worker for text files. */
  const reread = useCallback(
    (key: string, change: (item: PendingImport) => PreviewChoices) => {
      const item = latest.current.find((entry) => entry.key === key);
      if (!item) return;
      const choices = change(item);
      const options = optionsOf(choices);
      if (item.read.kind === 'text' && item.source && workersAvailable()) {
        // The choices are kept at once, so a second choice made while the worker reads builds on the first; only the
        // read of the latest choices is shown, and a cancelled re-read leaves the preview as it was.
        const chosen = {
          columnRoles: choices.columnRoles,
          ...(choices.valueMeanings ? { valueMeanings: choices.valueMeanings } : {}),
          ...(choices.headerLine !== undefined ? { headerLine: choices.headerLine } : {}),
          keepUnknownAuthorities: choices.keepUnknownAuthorities,
        };
        latest.current = latest.current.map((entry) => (entry.key === key ? { ...entry, ...chosen } : entry));
        update(key, (current) => ({ ...current, ...chosen }));
        void inWorker(`${key}-reread-${++rereads}`, item.source, item.fileName, options).then((outcome) => {
          const latestChoice = (current: PendingImport) =>
            current.columnRoles === chosen.columnRoles &&
            current.valueMeanings === chosen.valueMeanings &&
            current.headerLine === chosen.headerLine &&
            current.keepUnknownAuthorities === chosen.keepUnknownAuthorities;
          if (outcome)
            update(key, (current) =>
              latestChoice(current) ? { ...current, read: outcomeRead(current.fileName, outcome) } : current,
            );
        });
        return;
      }
      update(key, (current) => {
        if (current.read.kind === 'text')
          return {
            ...current,
            ...choices,
            read: { kind: 'text', result: readText(current.fileName, current.bytes, options) },
          };
        const sheet = currentSheet(current);
        if (!sheet) return current;
        // Keeping unknown names is a choice about the whole file, so every sheet is read again with it; the other choices are the current sheet's.
        const everySheet = choices.keepUnknownAuthorities !== current.keepUnknownAuthorities;
        const sheets = current.read.sheets.map((entry, i) =>
          i === current.sheetIndex
            ? { sheet, result: reimportSheet(current.fileName, sheet, options) }
            : everySheet
              ? {
                  sheet: entry.sheet,
                  result: reimportSheet(
                    current.fileName,
                    entry.sheet,
                    optionsOf({ columnRoles: new Map(), keepUnknownAuthorities: choices.keepUnknownAuthorities }),
                  ),
                }
              : entry,
        );
        return { ...current, ...choices, read: { kind: 'spreadsheet', sheets } };
      });
    },
    [inWorker, update],
  );

  const remap = useCallback(
    (key: string, index: number, role: ColumnRole) =>
      reread(key, (item) => ({
        columnRoles: new Map(item.columnRoles).set(index, role),
        ...(item.valueMeanings ? { valueMeanings: item.valueMeanings } : {}),
        ...(item.headerLine !== undefined ? { headerLine: item.headerLine } : {}),
        keepUnknownAuthorities: item.keepUnknownAuthorities,
      })),
    [reread],
  );

  const keepUnknownAuthorities = useCallback(
    (key: string, keep: boolean) =>
      reread(key, (item) => ({
        columnRoles: item.columnRoles,
        ...(item.valueMeanings ? { valueMeanings: item.valueMeanings } : {}),
        ...(item.headerLine !== undefined ? { headerLine: item.headerLine } : {}),
        keepUnknownAuthorities: keep,
      })),
    [reread],
  );

  // Another header row has other columns: corrections made to the old ones do not carry over.
  const chooseHeader = useCallback(
    (key: string, headerLine: number) =>
      reread(key, (item) => ({
        columnRoles: new Map(),
        ...(item.valueMeanings ? { valueMeanings: item.valueMeanings } : {}),
        headerLine,
        keepUnknownAuthorities: item.keepUnknownAuthorities,
      })),
    [reread],
  );

  /** Says what every cell holding an unrecognised value means; the file is read again at once. */
  const giveMeaning = useCallback(
    (key: string, valueKey: string, value: string, meaning: ValueMeaning) =>
      reread(key, (item) => ({
        columnRoles: item.columnRoles,
        valueMeanings: new Map(item.valueMeanings).set(valueKey, { value, meaning }),
        ...(item.headerLine !== undefined ? { headerLine: item.headerLine } : {}),
        keepUnknownAuthorities: item.keepUnknownAuthorities,
      })),
    [reread],
  );

  // A different sheet has different columns, so corrections made on another sheet do not carry over.
  const chooseSheet = useCallback(
    (key: string, sheetIndex: number) =>
      update(key, ({ headerLine: _otherSheets, ...item }) => ({
        ...item,
        sheetIndex,
        columnRoles: new Map(),
        valueMeanings: new Map(),
      })),
    [update],
  );
  const chooseDuplicate = useCallback(
    (key: string, onDuplicate: DuplicateChoice) => update(key, (item) => ({ ...item, onDuplicate })),
    [update],
  );
  const discard = useCallback((key: string) => setPending((list) => list.filter((item) => item.key !== key)), []);

  return {
    pending,
    reading: reading > 0 || readings.length > 0,
    readings,
    stopped,
    addFiles,
    remap,
    keepUnknownAuthorities,
    chooseHeader,
    giveMeaning,
    chooseSheet,
    chooseDuplicate,
    discard,
  };
}
