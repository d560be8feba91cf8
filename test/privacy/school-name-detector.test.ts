// The school-name detector on its own: ordinary words in front of a school's name are left
// out of the warning, however many and however spaced.
import { describe, expect, it } from 'vitest';
import { findSchoolNames } from '../../services/privacy/detectors/school-name.js';

const found = (text: string) => findSchoolNames(text).map((f) => text.slice(f.start, f.end));

describe('the school-name detector alone', () => {
  it.each([
    ['På Rosendals gymnasium trivs hon.', 'Rosendals gymnasium'],
    ['På  Rosendals gymnasium trivs hon.', 'Rosendals gymnasium'],
    ['Hon går. På Ekbackens förskola trivs hon.', 'Ekbackens förskola'],
  ])('warns about the name only, not the word before it: %s', (text, school) => {
    expect(found(text)).toEqual([school]);
  });
});
