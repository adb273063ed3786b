// A real link to another page state: it opens in a new tab as a link should, and navigates in place on a plain click.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { applyUpdate, type ParamUpdate } from './urlParams';
import { navigate, useUrlParams } from './useUrlParams';

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  readonly to: ParamUpdate;
  /** Start from an empty query instead of keeping the current parameters. */
  readonly fresh?: boolean;
}

export function AppLink({ to, fresh = false, onClick, children, ...rest }: AppLinkProps) {
  const [params] = useUrlParams();
  const href = applyUpdate(fresh ? '' : params.toString(), to) || '?';
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    if (fresh) {
      const clear = Object.fromEntries([...params.keys()].map((key) => [key, null]));
      navigate({ ...clear, ...to });
    } else navigate(to);
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
