// The provider lists' chunk (embedded by scripts/defaultDataPlugin.ts), asked for once, and only by the Providers view.
import type { DefaultProviders } from './defaultFiles';

let embedded: Promise<DefaultProviders> | undefined;

export function defaultProviders(): Promise<DefaultProviders> {
  embedded ??= import('virtual:default-providers').then(
    (module) => module.default,
    (error: unknown) => {
      embedded = undefined;
      throw error;
    },
  );
  return embedded;
}
