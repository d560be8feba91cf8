// Valid-checksum personal identity numbers for the corpus, computed here instead of
// pasted so no real person's number ever sits in the repository. Every number uses a
// birth number (födelsenummer) in the 980–999 series, the series of Skatteverket's
// published test personnummer (e.g. 198611239883, 8501139995), which are not assigned
// to people.

/** Luhn check digit over the ten digits YYMMDDNNN (weights 2,1,2,1,…). */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

export interface TestNumber {
  /** 19850101-9804 */
  long: string;
  /** 198501019804 */
  longPlain: string;
  /** 850101-9804, or 850101+9804 for someone who has turned 100 */
  short: string;
  /** 8501019804 */
  shortPlain: string;
  /** 850101 9804 */
  shortSpaced: string;
}

/**
 * A test number for birth date `yyyymmdd`. `coordination` adds 60 to the day, as a
 * samordningsnummer does. `serial` must be 980–999.
 */
export function testNumber(yyyymmdd: string, serial: number, options: { coordination?: boolean } = {}): TestNumber {
  if (!/^\d{8}$/.test(yyyymmdd)) throw new Error(`not a date: ${yyyymmdd}`);
  if (serial < 980 || serial > 999) throw new Error('use the 980–999 test series');
  const day = Number(yyyymmdd.slice(6, 8)) + (options.coordination ? 60 : 0);
  const date = yyyymmdd.slice(0, 6) + String(day).padStart(2, '0');
  const nine = date.slice(2) + String(serial);
  const last4 = String(serial) + String(luhnCheckDigit(nine));
  const centenarian = Number(yyyymmdd.slice(0, 4)) <= new Date().getFullYear() - 100;
  return {
    long: `${date}-${last4}`,
    longPlain: date + last4,
    short: `${date.slice(2)}${centenarian ? '+' : '-'}${last4}`,
    shortPlain: date.slice(2) + last4,
    shortSpaced: `${date.slice(2)} ${last4}`,
  };
}
