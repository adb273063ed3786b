// Other tabs of the app in this browser: tell them when the saved data changes, and hear when they change it.
// BroadcastChannel stays inside this browser and this origin (no request is made); a tab that missed a message, or a
// browser without it, catches up whenever the tab is shown or focused again.

const CHANNEL_NAME = 'scrutiny-lens:user-data';
const CHANGED = 'user-data-changed';

let channel: BroadcastChannel | null | undefined;

function sharedChannel(): BroadcastChannel | undefined {
  // One per page: a channel does not hear its own messages, so this tab is never told about its own changes.
  channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  return channel ?? undefined;
}

/** After a change to the saved data has been written. */
export function announceUserDataChanged(): void {
  sharedChannel()?.postMessage({ kind: CHANGED });
}

const isChange = (data: unknown) =>
  typeof data === 'object' && data !== null && 'kind' in data && data.kind === CHANGED;

/** Calls `onChange` when another tab changed the saved data, or when this tab comes back into view. Returns the unsubscribe. */
export function watchOtherTabs(onChange: () => void): () => void {
  const current = sharedChannel();
  const onMessage = (event: MessageEvent<unknown>) => {
    if (isChange(event.data)) onChange();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') onChange();
  };
  current?.addEventListener('message', onMessage);
  if (typeof window !== 'undefined') {
    window.addEventListener('focus', onChange);
    document.addEventListener('visibilitychange', onVisible);
  }
  return () => {
    current?.removeEventListener('message', onMessage);
    if (typeof window !== 'undefined') {
      window.removeEventListener('focus', onChange);
      document.removeEventListener('visibilitychange', onVisible);
    }
  };
}
