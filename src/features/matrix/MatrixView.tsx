// Placeholder until the view is built.
import type { ViewProps } from '../../components/viewProps';

export default function MatrixView({ dataset }: ViewProps) {
  return <p className="govuk-body">{dataset.inspections.length} inspections held.</p>;
}
