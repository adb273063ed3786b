// The README's examples of each format it reads import as the README says: its "File formats it reads" section stays true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasNoProblems, importText } from '../../../src/import';

const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const section = README.slice(README.indexOf('## File formats it reads'), README.indexOf('### Bad rows'));
// Examples cut short with "..." show only a header's start.
const examples = [...section.matchAll(/```csv\n([\s\S]*?)```/g)]
  .map((match) => match[1]!)
  .filter((text) => !text.includes('...'));

describe('the README’s format examples', () => {
  it('are there, one for each complete example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((text) => [text.split('\n')[0]!.slice(0, 60), text]))(
    '%s… imports every row, with no error',
    (_heading, text) => {
      const result = importText('readme.csv', text);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.rowsImported).toBe(text.trim().split('\n').length - 1);
      expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    },
  );

  it('the counts example with a survey percentage gives its measure, and no problems', () => {
    const text = examples.find((example) => example.startsWith('Inspection,Authority,Date'))!;
    const result = importText('readme.csv', text);
    expect(result.ok && result.measures.map((measure) => [measure.name, measure.value, measure.unit])).toEqual([
      ['Felt safe', 94, '%'],
    ]);
    expect(hasNoProblems(result)).toBe(true);
  });
});
