// The files being previewed, and the work of reading, re-reading and keeping them.
import { useCallback, useState } from 'react';
import type { ColumnRole } from '../../import';
import type { DuplicateChoice } from '../../data/storedDataset';
import { fileProblem } from '../../import/problem';
import { contentHash, readText, readUpload, reimportSheet, tooBig, MAX_UPLOAD_BYTES } from './readUpload';
import { currentSheet, firstReadableSheet, type PendingImport } from './pendingImport';

let counter = 0;

const UNREADABLE = 'The browser could not read this file: it may have been moved, changed or deleted since you chose it. Choose it again.';

export function usePendingImports() {
  const [pending, setPending] = useState<readonly PendingImport[]>([]);
  const [reading, setReading] = useState(0);

  const addFiles = useCallback(async (files: readonly File[]) => {
    setReading((count) => count + files.length);
    for (const file of files) {
      counter += 1;
      const key = `file-${counter}`;
      try {
        // Refused before reading a byte, so a huge file cannot stall the tab.
        const oversized = file.size > MAX_UPLOAD_BYTES;
        const bytes = oversized ? new Uint8Array() : new Uint8Array(await file.arrayBuffer());
        const read = oversized ? { kind: 'text' as const, result: tooBig(file.name, file.size) } : await readUpload(file.name, bytes);
        const hash = oversized ? '' : await contentHash(bytes);
        setPending((list) => [...list, { key, fileName: file.name, fileSize: file.size, hash, bytes, read, sheetIndex: firstReadableSheet(read), columnRoles: new Map(), onDuplicate: 'replace' }]);
      } catch {
        // The browser can refuse to read a file (moved or changed since it was chosen, or on a drive that went away):
        // say so in its preview rather than let it vanish, and go on with the other files.
        const read = { kind: 'text' as const, result: { ok: false as const, file: file.name, problems: [fileProblem(UNREADABLE)] } };
        setPending((list) => [...list, { key, fileName: file.name, fileSize: file.size, hash: '', bytes: new Uint8Array(), read, sheetIndex: 0, columnRoles: new Map(), onDuplicate: 'replace' }]);
      } finally {
        setReading((count) => count - 1);
      }
    }
  }, []);

  const update = useCallback((key: string, change: (item: PendingImport) => PendingImport) => {
    setPending((list) => list.map((item) => (item.key === key ? change(item) : item)));
  }, []);

  const remap = useCallback(
    (key: string, index: number, role: ColumnRole) =>
      update(key, (item) => {
        const columnRoles = new Map(item.columnRoles).set(index, role);
        if (item.read.kind === 'text') return { ...item, columnRoles, read: { kind: 'text', result: readText(item.fileName, item.bytes, { columnRoles }) } };
        const sheet = currentSheet(item);
        if (!sheet) return item;
        const sheets = item.read.sheets.map((entry, i) => (i === item.sheetIndex ? { sheet, result: reimportSheet(item.fileName, sheet, { columnRoles }) } : entry));
        return { ...item, columnRoles, read: { kind: 'spreadsheet', sheets } };
      }),
    [update],
  );

  // A different sheet has different columns, so corrections made on another sheet do not carry over.
  const chooseSheet = useCallback((key: string, sheetIndex: number) => update(key, (item) => ({ ...item, sheetIndex, columnRoles: new Map() })), [update]);
  const chooseDuplicate = useCallback((key: string, onDuplicate: DuplicateChoice) => update(key, (item) => ({ ...item, onDuplicate })), [update]);
  const discard = useCallback((key: string) => setPending((list) => list.filter((item) => item.key !== key)), []);

  return { pending, reading: reading > 0, addFiles, remap, chooseSheet, chooseDuplicate, discard };
}
