import { describe, expect, it } from 'vitest';
import { frameworkFor, inspectionFamily, shortInspectionLabel } from '../../../src/domain/framework';

const june2013 = { precision: 'month', year: 2013, month: 6 } as const;

describe('frameworkFor', () => {
  it.each([
    ['Child Protection Inspections (CPI)', 'cpi'],
    ['Child Protection Re-Inspection (CPRI)', 'cpi'],
    ['Targeted Looked After Children (TLAC) inspection', 'tlac'],
    ['Safeguarding & Looked After Children (SLAC) Inspection', 'slac'],
    ['Single Inspection of LA Children\u2019s Services (SIF)', 'sif'],
    ['ILACS Short Inspection', 'ilacs'],
    ['LA Focused visit', 'ilacs-visit'],
  ])('reads %s as %s, whatever the year says', (type, framework) => {
    expect(frameworkFor(type, june2013).id).toBe(framework);
  });

  it('falls back on the date only when the type says nothing', () => {
    expect(frameworkFor('', june2013).id).toBe('sif');
    expect(frameworkFor('', { precision: 'year', year: 2010 }).id).toBe('slac');
  });
});

describe('inspectionFamily', () => {
  it('keeps a re-inspection apart from the first inspection of the same framework', () => {
    expect(inspectionFamily('cpi', 'Child Protection Re-Inspection (CPRI)')).not.toBe(
      inspectionFamily('cpi', 'Child Protection Inspections (CPI)'),
    );
    expect(inspectionFamily('sif', 'SIF Re-inspection')).not.toBe(inspectionFamily('sif', 'First SIF'));
  });

  it('puts short and standard ILACS inspections in one family', () => {
    expect(inspectionFamily('ilacs', 'ILACS Short Inspection')).toBe(
      inspectionFamily('ilacs', 'ILACS Standard Inspection'),
    );
  });
});

describe('shortInspectionLabel', () => {
  it.each([
    [{ precision: 'day', year: 2021, month: 10, day: 4 }, 'ILACS Standard Inspection', '4 October 2021: ILACS'],
    [june2013, 'Child Protection Re-Inspection (CPRI)', 'June 2013: CPI re-inspection'],
    [{ precision: 'year', year: 2008 }, 'Joint inspection', '2008: Joint inspection'],
  ] as const)('%j, %s → %s', (date, type, label) => {
    expect(shortInspectionLabel({ date, type, framework: frameworkFor(type, date).id })).toBe(label);
  });
});
