// What the first screen loads: the scripts and styles dist/index.html names, and every module they import statically, gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  readonly files: ReadonlyArray<{ readonly name: string; readonly gzipBytes: number }>;
  readonly scriptGzipBytes: number;
  readonly styleGzipBytes: number;
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function firstLoad(outDir: string): FirstLoad {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const queue = [...named];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    if (!name.endsWith('.js')) continue;
    const code = readFileSync(join(outDir, name), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`): dynamic import() is what loads lazily.
    for (const match of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      queue.push(`assets/${match[1]}`);
  }
  const files = [...seen].map((name) => ({ name, gzipBytes: gzipped(join(outDir, name)) }));
  const sum = (suffix: string) =>
    files.filter((file) => file.name.endsWith(suffix)).reduce((total, file) => total + file.gzipBytes, 0);
  return { files, scriptGzipBytes: sum('.js'), styleGzipBytes: sum('.css') };
}
