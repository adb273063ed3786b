// Property: very long lines, huge numbers of cells and of rows are imported (or refused) in time proportional to their size.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { PROPERTY_TIME_LIMIT_MS, propertyParameters } from './fcConfig';
import { hugeFile } from './hugeArbitraries';
import { expectWellFormed, importTimed, warmUp } from './importChecks';

describe('importBytes on huge inputs', () => {
  beforeAll(warmUp);

  it(
    'returns a well-formed result in time proportional to the size',
    () => {
      fc.assert(
        fc.property(hugeFile, (file) => {
          expectWellFormed(importTimed(file));
        }),
        propertyParameters(40),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );
});
