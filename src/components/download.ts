// Saving something the page made as a file, without it leaving the browser.

/** Offers `content` as a download named `fileName`; the object URL is released once the click has been handled. */
export function downloadFile(fileName: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chromium starts the download from the click's task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
