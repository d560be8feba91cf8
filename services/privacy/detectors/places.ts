// Municipality and county names from the directory, for the detectors that need to
// know a place when they see one ("Malmö 211 45", "i Nora", "Eda kommun").

import { COUNTIES } from '../../directory/data/counties.js';
import { MUNICIPALITIES } from '../../directory/data/municipalities.js';

export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...MUNICIPALITIES.map((m) => m.name),
  // Stryker disable next-line ArrayDeclaration: a made-up entry for a municipality without a seat is never a word of a text (dropping the seats is pinned by the postcode test with "åkersberga").
  ...MUNICIPALITIES.flatMap((m) => (m.seat ? [m.seat] : [])),
  ...COUNTIES.map((c) => c.shortName),
]);
