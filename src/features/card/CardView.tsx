// "Summary card": one authority on one page for committee papers — shown here, downloaded as PNG or SVG, or printed on A4.
import { useMemo, useState } from 'react';
import { downloadFile } from '../../components/download';
import { exportFileName } from '../../components/export/fileName';
import { canvasMeasure, svgToPng, type PngScale } from '../../components/export/rasterise';
import { authorityOptions, chosenAuthority } from '../../components/filters/options';
import { SelectField } from '../../components/filters/SelectField';
import { useUrlParams } from '../../components/url/useUrlParams';
import type { ViewProps } from '../../components/viewProps';
import { openingList, useShownProviders } from '../../data/useProviders';
import { formatIso, type PartialDate } from '../../domain';
import { CARD_FONT } from './cardDrawing';
import { CardText } from './CardText';
import { cardSvg, cardTitle } from './cardSvg';
import { summaryCard } from './summaryCard';
import './card.css';

function today(): PartialDate {
  const now = new Date();
  return { precision: 'day', year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export default function CardView({ dataset }: ViewProps) {
  const [params, navigate] = useUrlParams();
  const [scale, setScale] = useState<PngScale>(2);
  const [message, setMessage] = useState('');
  const authorities = useMemo(() => authorityOptions(dataset), [dataset]);
  const key = chosenAuthority(dataset, params.get('authority') ?? '');
  const madeOn = useMemo(today, []);
  // The card waits for the provider list, so the drawing shown is the one downloaded; without it, the card has no homes line.
  // Ofsted's built-in list; with "Your data only", the latest list the user keeps, if any.
  const { lists, defaultHidden, waiting, failed } = useShownProviders();
  const list = openingList(lists);
  const card = useMemo(
    () => (key && !waiting ? summaryCard(dataset, key, madeOn, list) : undefined),
    [dataset, key, madeOn, list, waiting],
  );
  const drawn = useMemo(() => (card ? cardSvg(card, canvasMeasure(CARD_FONT)) : undefined), [card]);
  if (key && waiting) return <p className="govuk-body">Making the card…</p>;
  if (!key || !card || !drawn)
    return <p className="govuk-body">No authorities are held: load a file of inspections to begin.</p>;

  const fileParts = [card.authorityName, 'summary-card', formatIso(madeOn)];
  // The inline copy drops the XML declaration, which HTML does not allow mid-page; the file keeps it.
  const inline = drawn.svg.replace(/^<\?xml[^>]*>\s*/, '');

  const savePng = async () => {
    try {
      downloadFile(exportFileName(fileParts, 'png'), await svgToPng(drawn.svg, drawn.width, drawn.height, scale));
      setMessage(`PNG saved at ${scale}× (${exportFileName(fileParts, 'png')}).`);
    } catch (error) {
      setMessage(
        `Download PNG failed: ${error instanceof Error ? error.message : 'the browser could not make the file'}.`,
      );
    }
  };

  return (
    <div className="app-card-view">
      <p className="govuk-body app-card-view__intro">
        One authority on one page, for committee papers and slides: its latest inspection, the change since the one
        before, its position against England and its region, its inspections over time, key measures and the children’s
        homes located there. Print it (it fits one A4 page) or download it.
      </p>
      <div className="app-filters app-card-view__controls" role="group" aria-label="Summary card">
        <SelectField
          label="Authority"
          value={key}
          options={authorities}
          onChange={(authority) => navigate({ authority })}
        />
        <div className="govuk-form-group app-filter">
          <label className="govuk-label govuk-label--s" htmlFor="card-png-scale">
            PNG resolution
          </label>
          <select
            id="card-png-scale"
            className="govuk-select"
            value={String(scale)}
            onChange={(event) => setScale(event.target.value === '3' ? 3 : 2)}
          >
            <option value="2">2× (screens and slides)</option>
            <option value="3">3× (print)</option>
          </select>
        </div>
      </div>
      <div className="govuk-button-group app-card-view__buttons">
        <button type="button" className="govuk-button" onClick={() => void savePng()}>
          Download card as PNG
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            downloadFile(exportFileName(fileParts, 'svg'), drawn.svg, 'image/svg+xml;charset=utf-8');
            setMessage(`SVG saved (${exportFileName(fileParts, 'svg')}).`);
          }}
        >
          Download card as SVG
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print card
        </button>
      </div>
      <p className="govuk-body-s app-card-view__status" aria-live="polite">
        {message}
      </p>
      {failed ? (
        <p className="govuk-body-s">
          Ofsted’s list of providers could not be loaded, so the card has no line on children’s homes.
        </p>
      ) : defaultHidden && !list ? (
        <p className="govuk-body-s">
          “Your data only” is chosen and you hold no list of providers, so the card has no line on children’s homes.
        </p>
      ) : null}
      <CardText card={card} />
      {/* Built by cardSvg from escaped text and numbers only: no markup from the data reaches the page. */}
      <figure className="app-card" aria-label={cardTitle(card)} dangerouslySetInnerHTML={{ __html: inline }} />
    </div>
  );
}
