// Choosing files: a real file input (keyboard and screen readers) inside a zone that also takes dropped files.
import { useId, useState, type DragEvent } from 'react';
import { formatBytes, MAX_UPLOAD_BYTES } from './readUpload';

export const ACCEPTED = '.csv,.tsv,.txt,.ods,.xlsx,.xls';

export function FileChooser({ onFiles }: { onFiles: (files: File[]) => void }) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      className={`govuk-form-group app-drop-zone${dragging ? ' app-drop-zone--active' : ''}`}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label className="govuk-label govuk-label--m" htmlFor={id}>
        Choose inspection files
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        CSV, TSV or text tables, or Ofsted’s spreadsheets as published (.ods, .xlsx), up to{' '}
        {formatBytes(MAX_UPLOAD_BYTES)} each. You can also drop files here. Nothing is kept until you confirm.
      </div>
      <input
        id={id}
        className="govuk-file-upload"
        type="file"
        multiple
        accept={ACCEPTED}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
