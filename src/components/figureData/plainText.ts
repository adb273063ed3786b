// A table cell's words from the React node the view model's cell function returns, without the page: what the CSV writes for a cell given as markup.
import { isValidElement, type ReactNode } from 'react';

interface WithChildren {
  readonly children?: ReactNode;
  readonly 'aria-hidden'?: boolean | 'true' | 'false';
}

/**
 * Strings and numbers as they are; elements by their children, leaving out what is hidden from assistive technology
 * (a decorative dash); a component with children (a link) by its children, and one without by what it returns:
 * such table-cell components (a grade tag) are pure, so calling one gives what it would draw.
 */
export function plainText(node: ReactNode): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(collect).join('');
  if (!isValidElement<WithChildren>(node)) return '';
  const { props, type } = node;
  if (props['aria-hidden'] === true || props['aria-hidden'] === 'true') return '';
  // A component given children (a link) is its children's words: calling it could run hooks outside the page.
  if (typeof type === 'function' && props.children === undefined)
    return collect((type as (given: unknown) => ReactNode)(props));
  return collect(props.children);
}
