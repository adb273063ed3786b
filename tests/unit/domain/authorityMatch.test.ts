// Matching a file's name and code against the register, and the names offered for one it does not know.
import { describe, expect, it } from 'vitest';
import { closestAuthorityNames, editDistanceWithin, matchAuthority } from '../../../src/domain/authorityMatch';

describe('matchAuthority', () => {
  it.each([
    ['Walsall', '', 'Walsall'],
    ['', 'E08000030', 'Walsall'],
    ['', '335', 'Walsall'],
    ['walsall', 'e08000030', 'Walsall'],
    ['North Yorkshire', 'E10000023', 'North Yorkshire'],
    ['Dorset (Pre LG)', '835', 'Dorset'],
    ['Bournemouth', 'E06000028', 'Bournemouth'],
  ])('%j with code %j is %s', (name, code, expected) => {
    const match = matchAuthority(name, code);
    expect(match.kind).toBe('known');
    if (match.kind === 'known') {
      expect(match.authority.name).toBe(expected);
      expect(match.nameUnknown).toBeUndefined();
    }
  });

  it('says when a name and a code are two different authorities, or the code is none we know', () => {
    expect(matchAuthority('Walsall', 'E08000031')).toMatchObject({
      kind: 'disagree',
      byName: { name: 'Walsall' },
      byCode: { name: 'Wolverhampton' },
    });
    expect(matchAuthority('Bournemouth', 'E06000058')).toMatchObject({
      kind: 'disagree',
      byCode: { name: 'Bournemouth, Christchurch & Poole' },
    });
    expect(matchAuthority('Walsall', 'E08000099')).toMatchObject({
      kind: 'disagree',
      byName: { name: 'Walsall' },
      byCode: undefined,
    });
  });

  it('trusts a known code over a name it does not know, and says so', () => {
    expect(matchAuthority('Walsall MBC children’s services', 'E08000030')).toMatchObject({
      kind: 'known',
      authority: { name: 'Walsall' },
      nameUnknown: true,
    });
  });

  it('knows neither formulas, markup nor new bodies, and offers the nearest names', () => {
    for (const name of ['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>', '+SUM(1+1)', 'Testshire']) {
      expect(matchAuthority(name, '').kind, name).toBe('unknown');
    }
    expect(matchAuthority('Walsal', '')).toEqual({ kind: 'unknown', suggestions: ['Walsall'] });
    expect(matchAuthority('', 'E08000099')).toEqual({ kind: 'unknown', suggestions: [] });
  });
});

describe('closestAuthorityNames', () => {
  it('offers the nearest names, nearest first, each authority once by the name the app shows', () => {
    expect(closestAuthorityNames('Wolverhamton')).toEqual(['Wolverhampton']);
    expect(closestAuthorityNames('Kingston upon Hul')[0]).toBe('Kingston upon Hull');
    expect(closestAuthorityNames('Country Durham')[0]).toBe('Durham');
    expect(closestAuthorityNames('Walsall Children’s Services')).toContain('Walsall');
    expect(closestAuthorityNames('Northamptonshir')[0]).toBe('Northamptonshire');
  });

  it('offers nothing for text that is no authority’s misspelling', () => {
    expect(closestAuthorityNames('+SUM(1+1)')).toEqual([]);
    expect(closestAuthorityNames('x'.repeat(500))).toEqual([]);
    expect(closestAuthorityNames('')).toEqual([]);
  });

  it('is fast enough to run once per distinct cell of a big file', () => {
    const started = performance.now();
    for (let i = 0; i < 2000; i++) closestAuthorityNames(`Unknown body number ${i}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('editDistanceWithin', () => {
  it.each([
    ['kitten', 'sitting', 5, 3],
    ['kitten', 'sitting', 2, undefined],
    ['', 'abc', 3, 3],
    ['walsall', 'walsall', 0, 0],
    ['ab', 'abcdef', 2, undefined],
  ])('%s to %s within %i is %j', (a, b, limit, expected) => {
    expect(editDistanceWithin(a, b, limit)).toBe(expected);
  });
});
