// A report as a CSV file that Excel in Swedish settings opens straight into columns: UTF-8
// with a byte-order mark (without it Excel guesses Windows-1252 and breaks å, ä, ö),
// semicolons (the comma is the decimal sign), CRLF, decimal comma. One row per figure, the
// stable code beside its name in the reader's language (spreadsheets join on the code).
// The column names are the file's format, fixed like the indicator codes.

import { csvNumber } from './format.js';
import type { Figure, StatisticsReport } from './types.js';

export const CSV_COLUMNS = ['RC', 'Period', 'Målområde', 'Indikator', 'Benämning', 'Värde'] as const;
/** In the RC column of a national report. */
export const ALL_RCS = 'Alla RC';
/** After a multi-select indicator's name: its shares may sum past 100 %. */
export const MULTI_SELECT_NOTE = ' (flerval)';

const BOM = '\uFEFF';
const CRLF = '\r\n';

export interface CsvOptions {
  /** Names for indicator codes from the bot's catalogue; the code itself when absent. */
  indicatorLabel?: (indicator: string) => string | undefined;
  /** The multi-select note in the names' language; MULTI_SELECT_NOTE when absent. */
  multiSelectNote?: string;
}

export function toCsv(report: StatisticsReport, options: CsvOptions = {}): string {
  const rc = report.scope.kind === 'rc' ? report.scope.name : ALL_RCS;
  const lines = [CSV_COLUMNS.map(cell).join(';')];
  for (const figure of report.figures) {
    const name = options.indicatorLabel?.(figure.indicator) ?? figure.indicator;
    const label = figure.multiSelect ? name + (options.multiSelectNote ?? MULTI_SELECT_NOTE) : name;
    lines.push([text(rc), text(report.period.label), String(figure.goalArea), text(figure.indicator), text(label), value(figure)].join(';'));
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/**
 * The number as Excel reads it (percent as 54,1, not "54 %", which would be text); the mark
 * for a hidden figure ("<5", ".."); empty when there is nothing to compute from.
 */
function value(figure: Figure): string {
  if (figure.suppressed) return cell(figure.display);
  if (figure.value === null) return '';
  return csvNumber(figure.value);
}

/**
 * Free text (a centre's name, a catalogue label): a leading = + - @ would make Excel run it
 * as a formula, so such a cell gets an apostrophe first, which Excel shows as plain text.
 */
function text(s: string): string {
  return cell(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
}

/** Quoted when it holds the separator, a quote or a line break; quotes doubled. */
function cell(s: string): string {
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
