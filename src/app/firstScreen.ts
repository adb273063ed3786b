// Runs before the rest of the app: asks at once for what the first screen needs. It imports nothing heavy on purpose.
import { viewFrom } from '../components/viewProps';
import { defaultImports } from '../data/defaultImports';
import { loadView } from './viewModules';

// The view in the address (its chunk and those it imports, the chart library among them) and the default data (its
// own chunk) are requested side by side, while the browser is still compiling and running the main bundle, instead
// of one after another once React has rendered the shell. The build runs this file as its own small script ahead of
// the main one (see firstScreenFirst in vite.config.ts); main.tsx imports it too, which is how the dev server runs it.
loadView(viewFrom(new URLSearchParams(window.location.search)));
defaultImports().catch(() => undefined);
