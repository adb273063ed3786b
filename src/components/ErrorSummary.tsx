// GOV.UK's error summary: what went wrong, at the top of what it is about, and focused when it appears so a keyboard or screen reader user meets it first.
import { useEffect, useRef, type ReactNode } from 'react';

export interface ErrorSummaryProps {
  readonly title: string;
  /** The heading's level where the summary sits (a preview's h2 holds an h3). */
  readonly headingLevel?: 2 | 3;
  readonly children: ReactNode;
}

export function ErrorSummary({ title, headingLevel = 2, children }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, []);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div ref={summary} className="govuk-error-summary" role="alert" tabIndex={-1}>
      <Heading className="govuk-error-summary__title">{title}</Heading>
      <div className="govuk-error-summary__body">{children}</div>
    </div>
  );
}
