// The guard rails fail on a violation: each fixture breaks one rule, linted as if it stood at a path inside src/, and
// the same imports done as the rules ask lint clean. `npm test` runs `eslint .` and `prettier --check .` on the tree.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => readFileSync(`${root}tests/fixtures/lint/${name}`, 'utf8');
const eslint = new ESLint({ cwd: root });

async function lintAs(name: string, path: string) {
  const [result] = await eslint.lintText(fixture(name), { filePath: `${root}${path}` });
  return result!.messages.map((message) => ({ rule: message.ruleId, text: message.message }));
}

describe('the lint guard rails', { timeout: 60_000 }, () => {
  it('refuses React in the domain layer', async () => {
    expect(await lintAs('domainUsesReact.ts', 'src/domain/useCount.ts')).toEqual([
      { rule: 'no-restricted-imports', text: expect.stringContaining('No React or page code') },
    ]);
  });

  it('refuses an import from a layer above', async () => {
    expect(await lintAs('domainImportsFeature.ts', 'src/domain/view.ts')).toEqual([
      {
        rule: 'import-x/no-restricted-paths',
        text: expect.stringContaining('domain must not import from a layer above'),
      },
    ]);
  });

  it('refuses one feature importing another', async () => {
    expect(await lintAs('featureImportsFeature.ts', 'src/features/england/view.ts')).toEqual([
      { rule: 'import-x/no-restricted-paths', text: expect.stringContaining('No feature imports another feature') },
    ]);
  });

  it('refuses a deep import past a public entry', async () => {
    expect(await lintAs('deepImport.ts', 'src/features/england/label.ts')).toEqual([
      { rule: 'import-x/no-restricted-paths', text: expect.stringContaining('through its public entry') },
    ]);
  });

  it('lets the same imports through their entries pass, and lets a feature import its own files', async () => {
    expect(await lintAs('cleanComponent.ts', 'src/features/england/parts.ts')).toEqual([]);
    expect(await lintAs('featureImportsFeature.ts', 'src/features/authority/view.ts')).toEqual([]);
  });

  it('finds code Prettier would rewrite, and none in a file written as Prettier writes it', async () => {
    const options = (await prettier.resolveConfig(`${root}src/x.ts`)) ?? {};
    const bad = fixture('badlyFormatted.ts');
    expect(await prettier.check(bad, { ...options, filepath: 'x.ts' })).toBe(false);
    const settled = await prettier.format(bad, { ...options, filepath: 'x.ts' });
    expect(settled).not.toBe(bad);
    expect(await prettier.check(settled, { ...options, filepath: 'x.ts' })).toBe(true);
  });
});
