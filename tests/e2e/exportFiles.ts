// Reading exported files in browser tests: downloads as bytes, PNG size from its header, pixels and SVG checked by the browser itself.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

export async function download(page: Page, button: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many different colours a sample of the image's pixels holds: a blank or failed drawing has one. */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, png.toString('base64'));
}

export interface ParsedSvg {
  readonly parses: boolean;
  readonly width: number;
  readonly height: number;
  /** Every <text> element's words joined by spaces. */
  readonly text: string;
  /** The size the browser gives the file opened as an image (0 when it cannot draw it). */
  readonly imageWidth: number;
  readonly hasStyle: boolean;
}

/** Parsed and opened as an image by the browser, as a reader's browser would open the file. */
export async function parseSvg(page: Page, svg: Buffer): Promise<ParsedSvg> {
  return page.evaluate(async (source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = document.documentElement;
    const image = new Image();
    const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    const imageWidth = await new Promise<number>((resolve) => {
      image.onload = () => resolve(image.naturalWidth);
      image.onerror = () => resolve(0);
      image.src = url;
    });
    URL.revokeObjectURL(url);
    return {
      parses: document.querySelector('parsererror') === null && root.localName === 'svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: [...document.querySelectorAll('text')].map((node) => node.textContent ?? '').join(' '),
      imageWidth,
      hasStyle: document.querySelector('style, [style]') !== null,
    };
  }, svg.toString('utf8'));
}

/** Title text as the SVG holds it: wrapped lines are joined by spaces. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
