// Human references such as GBG-2026-0007: the RC's short code, the year in Sweden, and a
// sequence per RC and year. The reference is also the record's id, so creating the record is
// what takes the number (see consultation-repository.ts for why that gives no gaps or doubles).

import { zonedParts } from '../time/zoned-time.js';

/** The year a consultation counts towards: Stockholm's calendar, so New Year's night is not off by one. */
export function referenceYear(instant: Date): number {
  return zonedParts(instant).year;
}

/** Four digits at least; a busy year simply grows a fifth. */
export function formatReference(shortCode: string, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`sequence must be a positive integer, got ${seq}`);
  return `${shortCode}-${year}-${String(seq).padStart(4, '0')}`;
}
