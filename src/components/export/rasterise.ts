// An SVG file drawn onto a canvas at 2× or 3× its size and saved as PNG: sharp on high-density screens, slides and paper.
import type { MeasureText } from './svgText';

export type PngScale = 2 | 3;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The browser could not draw the image.'));
    image.src = url;
  });
}

/**
 * The PNG is exactly width × scale by height × scale pixels, whatever the page's zoom or the screen's density:
 * the scale is ours, not devicePixelRatio. The SVG is loaded as an image (from a blob: URL, which the CSP allows),
 * and as an image it cannot fetch anything, so nothing leaves the browser.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: PngScale): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser has no canvas to draw the image on.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not make the PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Text widths in the page's own font, for wrapping titles and notes where the screen would. */
export function canvasMeasure(fontFamily: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  return (text, fontSize, bold) => {
    if (!context) return text.length * fontSize * (bold ? 0.6 : 0.55);
    context.font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}
