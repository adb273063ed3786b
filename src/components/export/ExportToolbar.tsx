// A figure's exports: PNG (2× or 3×), SVG, the image or the table copied to the clipboard, and the table as CSV — all
// made in the browser.
import { useId, useState, type RefObject } from 'react';
import { downloadFile } from '../download';
import { copyPng, copyTables } from './clipboard';
import { figureCsvRows, type FigureTable } from '../figureData/figureData';
import { exportFileName } from './fileName';
import type { PngScale } from './rasterise';
import { tablesAsHtml, tablesAsText } from './tableClipboard';

/** The drawing code (and the CSV writer, below) load on the first export, not with the first chart. */
const drawing = () => import('./figureDrawing');

export interface ExportToolbarProps {
  readonly figure: RefObject<HTMLElement | null>;
  readonly title: string;
  readonly subtitle?: string;
  /** What the file holds, one part each: ["Walsall", "inspections", "2008-2021"]. */
  readonly fileParts: readonly string[];
  /** The figure's tables as data, for the CSV. */
  readonly tables: () => readonly FigureTable[];
}

export function ExportToolbar({ figure, title, subtitle, fileParts, tables }: ExportToolbarProps) {
  const [scale, setScale] = useState<PngScale>(2);
  const [message, setMessage] = useState('');
  const scaleId = useId();

  const run = async (what: string, action: (element: HTMLElement) => Promise<string>) => {
    const element = figure.current;
    if (!element) return;
    try {
      setMessage(await action(element));
    } catch (error) {
      setMessage(`${what} failed: ${error instanceof Error ? error.message : 'the browser could not make the file'}.`);
    }
  };
  const png = async (element: HTMLElement) => {
    const { figureSvg, svgToPng } = await drawing();
    const composed = figureSvg(element, subtitle);
    return svgToPng(composed.svg, composed.width, composed.height, scale);
  };

  return (
    <div className="app-export" role="group" aria-label={`Export: ${title}`}>
      <div className="govuk-form-group app-export__scale">
        <label className="govuk-label govuk-label--s" htmlFor={scaleId}>
          PNG resolution
        </label>
        <select
          id={scaleId}
          className="govuk-select"
          value={String(scale)}
          onChange={(event) => setScale(event.target.value === '3' ? 3 : 2)}
        >
          <option value="2">2× (screens and slides)</option>
          <option value="3">3× (print)</option>
        </select>
      </div>
      <div className="govuk-button-group app-export__buttons">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            void run('Download PNG', async (element) => {
              downloadFile(exportFileName(fileParts, 'png'), await png(element));
              return `PNG saved at ${scale}× (${exportFileName(fileParts, 'png')}).`;
            })
          }
        >
          Download PNG
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            void run('Download SVG', async (element) => {
              const { figureSvg } = await drawing();
              downloadFile(
                exportFileName(fileParts, 'svg'),
                figureSvg(element, subtitle).svg,
                'image/svg+xml;charset=utf-8',
              );
              return `SVG saved (${exportFileName(fileParts, 'svg')}).`;
            })
          }
        >
          Download SVG
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            void run('Copy image', async (element) => {
              const result = await copyPng(() => png(element));
              return result.ok ? 'Image copied: paste it into your document or slide.' : result.message;
            })
          }
        >
          Copy image
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            void run('Copy table', async () => {
              const figureTables = tables();
              if (figureTables.length === 0) return 'This figure has no table to copy.';
              const result = await copyTables(tablesAsHtml(figureTables), tablesAsText(figureTables));
              if (!result.ok) return result.message;
              return result.asText
                ? 'Table copied as text, its columns split by tabs: paste it into a spreadsheet.'
                : 'Table copied: paste it into your document or spreadsheet.';
            })
          }
        >
          Copy table
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            void run('Download data', async () => {
              const rows = figureCsvRows(tables());
              if (rows.length === 0) return 'This figure has no table to download.';
              // The CSV writer (papaparse's unparse) loads when first asked for, not with the first chart.
              const { toCsv } = await import('../csv');
              downloadFile(exportFileName(fileParts, 'csv'), toCsv(rows));
              return `Data saved as CSV (${exportFileName(fileParts, 'csv')}).`;
            })
          }
        >
          Download data (CSV)
        </button>
      </div>
      <p className="govuk-body-s app-export__status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
