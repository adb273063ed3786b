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
