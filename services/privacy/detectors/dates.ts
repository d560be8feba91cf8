// Calendar checks shared by the number detectors: is this digit string a real date,
// with the coordination-number rule (day + 60) where asked.

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  // A month outside 1–12 has no days.
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/**
 * The year a date is written with ("2009", "09", "'09"), or 2000 when it has none: a leap
 * year, so 29 February without a year stays a date. A two-digit year yy is read as 20yy,
 * a leap year exactly when 19yy is (but 1900).
 */
export function yearOf(written: string | undefined): number {
  return Number((written?.replace("'", '') ?? '2000').padStart(4, '20'));
}

/**
 * `yymmdd` or `yyyymmdd` as written at the start of a personal identity number. A
 * six-digit date has no century, so it passes if it is a date in either 19yy or 20yy.
 */
export function isBirthDateDigits(digits: string, allowCoordination: boolean): boolean {
  const month = Number(digits.slice(-4, -2));
  const rawDay = Number(digits.slice(-2));
  // Only 29 February depends on the year, and 19yy is a leap year exactly when 20yy is, except
  // 1900 (not) and 2000 (is): the 19yy reading never decides, but says what is meant.
  const years =
    digits.length === 8
      ? [Number(digits.slice(0, 4))]
      : [
          // Stryker disable next-line ArithmeticOperator,MethodExpression: see above; the 20yy reading decides.
          1900 + Number(digits.slice(0, 2)),
          // Stryker disable next-line ArithmeticOperator: 2000 − yy is a leap year exactly when 2000 + yy is.
          2000 + Number(digits.slice(0, 2)),
        ];
  if (digits.length === 8 && !/^(18|19|20)/.test(digits)) return false;
  // Stryker disable next-line EqualityOperator: day 60 − 60 is day 0, which no month has. (Equivalent, left visible: `rawDay > 60` → true, since any day up to 60 less 60 is below 1; disabling it would hide the mutants of `allowCoordination` on this line.)
  const days = allowCoordination && rawDay > 60 ? [rawDay, rawDay - 60] : [rawDay];
  return years.some((y) => days.some((d) => isCalendarDate(y, month, d)));
}
