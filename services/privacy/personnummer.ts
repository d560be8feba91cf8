// The personnummer package is CommonJS whose module.exports is the class itself, while
// its typings describe an ES default export. Under nodenext TypeScript therefore types
// the default import as `{ default: class }`, but Node and vitest hand us the class.
// Accept both shapes here so the rest of the module sees one typed function.
import personnummerModule from 'personnummer';

type PersonnummerClass = typeof personnummerModule.default;

const Personnummer: PersonnummerClass =
  (personnummerModule as unknown as { default?: PersonnummerClass }).default ??
  (personnummerModule as unknown as PersonnummerClass);

/**
 * Checksum and date check of a compact number: 10 or 12 digits, optionally with `-`
 * or `+` before the last four. Coordination numbers (day + 60) count as valid.
 */
export function isValidPersonnummer(compact: string): boolean {
  return Personnummer.valid(compact, { allowCoordinationNumber: true, allowInterimNumber: false });
}
