// Copying a PNG to the clipboard where the browser allows it, and saying plainly when it does not.

export type CopyResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

export async function copyPng(png: () => Promise<Blob>): Promise<CopyResult> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard || typeof navigator.clipboard.write !== 'function') {
    return { ok: false, message: 'This browser does not let web pages copy images. Use Download PNG instead.' };
  }
  try {
    // The item takes the PNG as a promise: Safari requires the write to start within the click, before the image is made.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })]);
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: 'The browser refused to copy the image (it may need your permission). Use Download PNG instead.',
    };
  }
}

/** Copies tables as HTML and as tab-separated text; where the browser takes only text, as text. */
export async function copyTables(html: string, text: string): Promise<CopyResult & { readonly asText?: boolean }> {
  const clipboard = navigator.clipboard;
  try {
    if (typeof ClipboardItem !== 'undefined' && clipboard && typeof clipboard.write === 'function') {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return { ok: true };
    }
    if (clipboard && typeof clipboard.writeText === 'function') {
      await clipboard.writeText(text);
      return { ok: true, asText: true };
    }
  } catch {
    return {
      ok: false,
      message: 'The browser refused to copy the table (it may need your permission). Use Download data (CSV) instead.',
    };
  }
  return { ok: false, message: 'This browser does not let web pages copy. Use Download data (CSV) instead.' };
}
