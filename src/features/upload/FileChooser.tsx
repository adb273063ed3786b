// Choosing files: GOV.UK's file upload component, whose button opens the file picker and takes dropped files; without
// its JavaScript, the plain file input it wraps.
import { FileUpload } from 'govuk-frontend';
import { useEffect, useId, useRef } from 'react';
import { formatBytes, MAX_UPLOAD_BYTES } from './readUpload';

export const ACCEPTED = '.csv,.tsv,.txt,.ods,.xlsx,.xls';

/**
 * GOV.UK's component, with no support check: that check reads a class which GOV.UK's page template adds from an
 * inline script, which our Content Security Policy forbids; every browser that runs this app runs the component.
 */
class AppFileUpload extends FileUpload {
  static override checkSupport(): void {}
}

const WORDS = {
  chooseFilesButton: 'Choose files',
  dropInstruction: 'or drop files',
  noFileChosen: 'No file chosen',
  multipleFilesChosen: { one: '%{count} file chosen', other: '%{count} files chosen' },
};

export function FileChooser({ onFiles }: { onFiles: (files: File[]) => void }) {
  const id = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const latestOnFiles = useRef(onFiles);
  latestOnFiles.current = onFiles;

  useEffect(() => {
    const root = wrapper.current;
    const field = input.current;
    if (!root || !field) return;
    // Once per element: React runs effects twice while developing, and the component refuses a second start.
    if (!root.hasAttribute('data-govuk-file-upload-init')) {
      try {
        new AppFileUpload(root, { i18n: WORDS });
      } catch {
        // The plain input still works.
      }
    }
    // A native listener, added after the component's own so it has shown the file's name first: a dropped file
    // reaches the input through a change event that does not bubble, which React's onChange never hears.
    const choose = () => {
      const files = [...(field.files ?? [])];
      // Cleared so choosing the same file again still fires a change.
      field.value = '';
      if (files.length > 0) latestOnFiles.current(files);
    };
    field.addEventListener('change', choose);
    return () => field.removeEventListener('change', choose);
  }, []);

  return (
    <div className="govuk-form-group app-file-chooser" data-testid="drop-zone">
      <label className="govuk-label govuk-label--m" htmlFor={id}>
        Choose inspection files
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        CSV, TSV or text tables, or Ofsted’s spreadsheets as published (.ods, .xlsx), up to{' '}
        {formatBytes(MAX_UPLOAD_BYTES)} each. You can also drop files here. Nothing is kept until you confirm.
      </div>
      {/* The component adds its button inside the wrapper and a live region after it: this div holds nothing else. */}
      <div>
        <div ref={wrapper} className="govuk-file-upload-wrapper">
          <input
            ref={input}
            id={id}
            className="govuk-file-upload"
            type="file"
            multiple
            accept={ACCEPTED}
            aria-describedby={`${id}-hint`}
          />
        </div>
      </div>
    </div>
  );
}
