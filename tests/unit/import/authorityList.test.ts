// A user's list of authorities read against the register: names, codes and numbers, every unknown row listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, readAuthorityList } from '../../../src/import';

const bytes = (text: string) => new TextEncoder().encode(text);
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'upload', 'comparator-group.csv');

describe('readAuthorityList', () => {
  it('reads names (any case, “Council” aside), ONS codes and LA numbers under a heading, and lists every unknown row with its value', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const lines = text.split('\n');
    const list = readAuthorityList(bytes(text));
    expect(list.authorities.map((authority) => authority.name)).toEqual([
      'Rochdale',
      'Stoke-on-Trent',
      'Sandwell',
      'Walsall',
      'Derby',
    ]);
    // Rows counted by hand: every non-blank line after the heading.
    expect(list.rowsRead).toBe(lines.slice(1).filter((line) => line.trim() !== '').length);
    const messages = list.problems.map(describeProblem);
    expect(messages).toEqual([
      expect.stringMatching(
        /^Row 4, column Authority: 'Wolverhamton'\. This is not an English local authority we know\. Did you mean Wolverhampton/,
      ),
      expect.stringMatching(
        /^Row 9, column Authority: 'rochdale'\. Rochdale is already on row 2: it is in the group once\./,
      ),
      expect.stringMatching(/^Row 10, column Authority: 'Narnia'\. This is not an English local authority we know\./),
    ]);
    expect(lines[3]).toBe('Wolverhamton');
    expect(lines[9]).toBe('Narnia');
  });

  it('reads a bare list with no heading, and a name beside its code', () => {
    expect(readAuthorityList(bytes('Walsall\nE06000065\n')).authorities.map((authority) => authority.name)).toEqual([
      'Walsall',
      'North Yorkshire',
    ]);
    const both = readAuthorityList(bytes('la_name,la_code\nSomerset,E10000027\nWalsall,E08000031\n'));
    expect(both.authorities.map((authority) => authority.name)).toEqual(['Somerset']);
    expect(both.problems.map(describeProblem)).toEqual([
      expect.stringMatching(
        /^Row 3, column la_name: 'Walsall'\. The name is Walsall's but the code is Wolverhampton's/,
      ),
    ]);
  });

  it('says an empty file is empty', () => {
    expect(readAuthorityList(bytes('')).problems.map(describeProblem)).toEqual([expect.stringMatching(/empty/)]);
  });
});
