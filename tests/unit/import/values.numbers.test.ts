// parseNumber and parseCount: figures as councils type them, and what is not a figure.
import { describe, expect, it } from 'vitest';
import { parseCount, parseNumber, type NumberWithUnit } from '../../../src/import/values';

describe('parseNumber', () => {
  it.each<[string, NumberWithUnit]>([
    ['94', { value: 94 }],
    ['0', { value: 0 }],
    ['94%', { value: 94, unit: '%' }],
    ['94 %', { value: 94, unit: '%' }],
    [' 94.5% ', { value: 94.5, unit: '%' }],
    ['0.5', { value: 0.5 }],
    ['.5', { value: 0.5 }],
    ['-3', { value: -3 }],
    ['-2.5%', { value: -2.5, unit: '%' }],
    ['1,234', { value: 1234 }],
    ['1,234,567.5', { value: 1234567.5 }],
    ['£1,200', { value: 1200, unit: '£' }],
    ['£ 1200', { value: 1200, unit: '£' }],
    ['£350', { value: 350, unit: '£' }],
  ])('%j is %j', (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '',
    '   ',
    'ninety',
    '94%%',
    '1,23',
    '12,34,567',
    '1.234,5',
    '5.',
    '+5',
    '94 percent',
    'N/A',
    '1e3',
    '$5',
    '£',
    '%',
    '1 234',
    '(5)',
    '12.5.3',
  ])('%j is not a number', (text) => {
    const parsed = parseNumber(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(/not a number.*94, 94% or 1,234/);
  });
});

describe('parseCount', () => {
  it.each<[string, number]>([
    ['', 0],
    ['  ', 0],
    ['0', 0],
    ['1', 1],
    ['12', 12],
    [' 3 ', 3],
    ['022', 22],
  ])('%j counts %i', (text, expected) => {
    expect(parseCount(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['-1', '2.5', 'three', '1,000', 'x', '3%', '+2'])('%j is not a count', (text) => {
    const parsed = parseCount(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(/whole number, 0 or more/);
  });
});
