// When a request arrived, as every card about it shows it: Stockholm time to the minute,
// whatever the server's zone, the same text however often it is written.
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../bot/format.js';

describe('formatInstant', () => {
  it('shows the Stockholm day, hour and minute, seconds cut rather than rounded', () => {
    expect(formatInstant('2026-12-02T13:05:00.000Z', 'sv')).toBe('2 dec. 14:05');
    expect(formatInstant('2026-12-02T13:05:59.999Z', 'sv')).toBe('2 dec. 14:05');
    expect(formatInstant('2026-12-02T13:06:00.000Z', 'sv')).toBe('2 dec. 14:06');
  });

  it('follows summer time and the reader language, asked in any order', () => {
    expect(formatInstant('2026-07-01T12:30:10.000Z', 'en')).toBe('1 Jul, 14:30');
    expect(formatInstant('2026-07-01T12:30:40.000Z', 'sv')).toBe('1 juli 14:30');
    expect(formatInstant('2026-07-01T12:30:10.000Z', 'en')).toBe('1 Jul, 14:30');
  });

  it('reads an instant with an offset as that instant', () => {
    expect(formatInstant('2026-12-02T14:05:30+01:00', 'sv')).toBe('2 dec. 14:05');
  });

  it('refuses a time that does not exist, however often it is asked', () => {
    expect(() => formatInstant('2026-12-02T10:60:00Z', 'sv')).toThrow(RangeError);
    expect(() => formatInstant('2026-12-02T10:60:00Z', 'sv')).toThrow(RangeError);
  });
});
