// The summary card as text: the same facts as the drawing, in GOV.UK summary lists, legible on a phone and read by screen readers.
import { changeWords, HOMES_NOTE } from './cardSvg';
import type { SummaryCard } from './summaryCard';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{term}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function CardText({ card }: { card: SummaryCard }) {
  return (
    <details className="govuk-details app-card-text">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Text version of the card</span>
      </summary>
      <div className="govuk-details__text">
        <h3 className="govuk-heading-s">
          Latest inspection{card.latest ? `: ${card.latest.date}, ${card.latest.type}` : ''}
        </h3>
        {card.latest ? (
          <>
            <dl className="govuk-summary-list">
              {card.latest.areas.map((area) => (
                <Row key={area.area} term={area.area}>
                  {area.latest.word}
                  {area.change ? `. Change since the previous inspection: ${changeWords(area)}` : ''}
                </Row>
              ))}
            </dl>
            <p className="govuk-body-s">{card.latest.changeNote}</p>
          </>
        ) : (
          <p className="govuk-body">No judged inspection of {card.authorityName} is held.</p>
        )}
        {card.position ? (
          <>
            <h3 className="govuk-heading-s">
              Against England and {card.position.regionName}, as at {card.position.asAt}
            </h3>
            <dl className="govuk-summary-list">
              {card.position.rows.map((row) => (
                <Row key={row.area} term={row.area}>
                  {card.authorityName}: {row.own.word}. Good or better: {row.england} of England, {row.region} of{' '}
                  {card.position!.regionName}.
                </Row>
              ))}
            </dl>
          </>
        ) : null}
        <h3 className="govuk-heading-s">Inspections over time</h3>
        {card.timeline.length > 0 ? (
          <dl className="govuk-summary-list">
            {card.timeline.map((bar) => (
              <Row key={bar.label} term={bar.label}>
                {bar.segments.map((segment) => `${segment.word}: ${segment.count}`).join('; ')} (of {bar.judged}{' '}
                judgements)
              </Row>
            ))}
          </dl>
        ) : (
          <p className="govuk-body">No judged inspections are held.</p>
        )}
        {card.measures.length > 0 ? (
          <>
            <h3 className="govuk-heading-s">Key measures</h3>
            <ul className="govuk-list govuk-list--bullet">
              {card.measures.map((measure) => (
                <li key={measure}>{measure}</li>
              ))}
            </ul>
          </>
        ) : null}
        {card.homes ? (
          <>
            <h3 className="govuk-heading-s">Children’s homes located in {card.authorityName}</h3>
            <p className="govuk-body">{card.homes.sentence}</p>
            <p className="govuk-body-s">{HOMES_NOTE}</p>
          </>
        ) : null}
        <p className="govuk-body-s">Sources: {card.sources}</p>
      </div>
    </details>
  );
}
