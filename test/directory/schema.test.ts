import { describe, expect, it } from 'vitest';
import { SHIPPED_DIRECTORY } from '../../services/directory/data/shipped.js';
import { directoryDataSchema, resourceCentreSchema } from '../../services/directory/schema.js';

const goteborg = SHIPPED_DIRECTORY.centres.find((c) => c.id === 'resursteam-heder-goteborg')!;

describe('stored directory documents', () => {
  it('accepts an admin filling in a functional phone number', () => {
    const edited = { ...goteborg, channels: [{ kind: 'phone', value: '031-000 00 00', origin: 'admin', sources: [] }] };
    expect(resourceCentreSchema.safeParse(edited).success).toBe(true);
  });

  it.each([
    ['a citation past the end of the 2022 report', { sources: { ...goteborg.sources, name: ['A-L464'] } }],
    ['a citation that is not a line reference', { sources: { ...goteborg.sources, status: ['page 12'] } }],
    ['a backwards line range', { sources: { ...goteborg.sources, host: ['L1299-1295'] } }],
    ['a case-reference code in lower case', { shortCode: 'gbg' }],
    ['a three-digit municipality code', { coverage: { kind: 'municipalities', codes: ['148'], origin: 'sources' } }],
    ['an age range upside down', { targetAges: { kind: 'range', min: 26, max: 10 } }],
    ['an unknown status', { status: 'closed' }],
  ])('rejects %s', (_label, change) => {
    expect(resourceCentreSchema.safeParse({ ...goteborg, ...change }).success).toBe(false);
  });

  it('rejects a document without a data version', () => {
    expect(directoryDataSchema.safeParse({ ...SHIPPED_DIRECTORY, version: '' }).success).toBe(false);
  });
});
