// Runs before the rest of the app: asks at once for what the first screen needs. It imports nothing heavy on purpose.
import { viewFrom } from '../components/viewProps';
import { defaultImports } from '../data/defaultImports';
import { userStore } from '../data/openUserStore';
import { storeAbsent } from '../data/storeAbsent';
import { loadView } from './viewModules';

// The view in the address (its chunk and those it imports, the chart library among them) and the default data (its
// own chunk) are requested side by side, while the browser is still compiling and running the main bundle, instead
// of one after another once React has rendered the shell. The build runs this file as its own small script ahead of
// the main one (see firstScreenFirst in vite.config.ts); main.tsx imports it too, which is how the dev server runs it.
// The user's store is opened here too: unless the page knows the store holds nothing (storeFlag.ts, or no database of
// ours at all: storeAbsent.ts, asked before the store creates one), the first view waits for it.
loadView(viewFrom(new URLSearchParams(window.location.search)));
defaultImports().catch(() => undefined);
storeAbsent().catch(() => undefined);
userStore().catch(() => undefined);
