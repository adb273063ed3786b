// What a figure shows in place of a chart with nothing to draw: the reason and what to do.
import type { ReactNode } from 'react';

export function EmptyChart({ children }: { children: ReactNode }) {
  return <p className="govuk-body govuk-inset-text app-england-empty">{children}</p>;
}
