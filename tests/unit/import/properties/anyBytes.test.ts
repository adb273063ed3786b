// Property: whatever bytes arrive, importBytes returns a result, never throws, and takes time in proportion to the file.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { PROPERTY_TIME_LIMIT_MS, propertyParameters } from './fcConfig';
import { anyFile } from './fileArbitraries';
import { expectWellFormed, importTimed, warmUp } from './importChecks';
import { tableFile } from './tableArbitraries';

describe('importBytes on any bytes', () => {
  beforeAll(warmUp);

  it(
    'returns a well-formed result in bounded time for random bytes, text, CSV-shaped noise and damaged fixtures',
    () => {
      fc.assert(
        fc.property(anyFile, (file) => {
          expectWellFormed(importTimed(file));
        }),
        propertyParameters(3000),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );

  it(
    'returns a well-formed result in bounded time for tables in every format, delimiter, quoting, line end and encoding',
    () => {
      fc.assert(
        fc.property(tableFile, (file) => {
          expectWellFormed(importTimed(file));
        }),
        propertyParameters(2000),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );
});
