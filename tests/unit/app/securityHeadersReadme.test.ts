// The README tells a council's web team which headers to send: the block it shows must be exactly what our own server sends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../src/app/securityPolicy';

const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

/** The lines of the README's fenced block that starts with the Content-Security-Policy header. */
function headerBlock(): string[] {
  const block = /```\w*\n(Content-Security-Policy: [\s\S]*?)```/.exec(README)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
}

describe('the hosting headers in the README', () => {
  it('are the headers src/app/securityPolicy.ts defines, each once, with the same values', () => {
    expect(headerBlock()).toEqual(Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`));
  });
});
