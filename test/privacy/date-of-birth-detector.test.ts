// The date-of-birth detector on its own: a date after a person, each written form, and the
// dates that must pass because they are more likely the day of the conversation.
import { describe, expect, it } from 'vitest';
import { findDatesOfBirth } from '../../services/privacy/detectors/date-of-birth.js';

const found = (text: string) => findDatesOfBirth(text).map((f) => text.slice(f.start, f.end));

describe('the date-of-birth detector alone', () => {
  it.each([
    ['Farmor (19230815) bestämmer.', '19230815'],
    ['Farmor (15 augusti 1923) bestämmer.', '15 augusti 1923'],
    ['Farmor (15.08.1923) bestämmer.', '15.08.1923'],
    ['Amina (2009-05-03) går i åttan.', '2009-05-03'],
    [`Barnet (${new Date().getFullYear() - 2}-01-15) går på förskolan.`, `${new Date().getFullYear() - 2}-01-15`],
  ])('finds a full date set off after a person: %s', (text, date) => {
    expect(found(text)).toEqual([date]);
  });

  it.each([
    ['Rapporten (2009-05-03) kom i går.', 'after a word that is no person'],
    ['Samtal med mamman (3/12) om resan.', 'a date without a year'],
    ['Samtal med mamman (14.09.25) om resan.', 'a two-digit year'],
  ])('lets %s through (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('lets an impossible leap day written with the century pass', () => {
    expect(found('Född 20090229 enligt en felskrivning.')).toEqual([]);
    expect(found('Född 20080229.')).toEqual(['20080229']);
  });
});
