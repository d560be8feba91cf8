// Calendar checks shared by the number detectors: is this digit string a real date,
// with the coordination-number rule (day + 60) where asked.

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * `yymmdd` or `yyyymmdd` as written at the start of a personal identity number. A
 * six-digit date has no century, so it passes if it is a date in either 19yy or 20yy.
 */
export function isBirthDateDigits(digits: string, allowCoordination: boolean): boolean {
  const month = Number(digits.slice(-4, -2));
  const rawDay = Number(digits.slice(-2));
  const years =
    digits.length === 8
      ? [Number(digits.slice(0, 4))]
      : [1900 + Number(digits.slice(0, 2)), 2000 + Number(digits.slice(0, 2))];
  if (digits.length === 8 && !/^(18|19|20)/.test(digits)) return false;
  const days = allowCoordination && rawDay > 60 ? [rawDay, rawDay - 60] : [rawDay];
  return years.some((y) => days.some((d) => isCalendarDate(y, month, d)));
}
