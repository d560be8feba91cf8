// The VTIMEZONE for Europe/Stockholm that every calendar file carries. RFC 5545 requires one
// for each TZID used, and Outlook — what the resource centres' members open invitations in —
// reads the rules from it rather than knowing IANA names; Google and Apple use it too.
//
// The rules are the EU's since 1996: summer time from the last Sunday of March 02:00 CET to
// the last Sunday of October 03:00 CEST. A recurring rule (not a list of dates) is what Outlook
// maps best to its own "W. Europe Standard Time", and it stays right for any year. Should the
// EU ever stop changing clocks, Node's time-zone data (which zonedToInstant uses) will change
// first; the ics tests compare these rules with it year by year and will fail then.
//
// Built through ical.js's component model, like the rest of the file, not written as text.

import ICAL from 'ical.js';
import { STOCKHOLM } from '../../time/zoned-time.js';

interface Observance {
  kind: 'daylight' | 'standard';
  name: string;
  /** First transition under the rule, in the local time in force before it. */
  start: { year: number; month: number; day: number; hour: number };
  offsetFrom: string;
  offsetTo: string;
  month: number;
}

const OBSERVANCES: readonly Observance[] = [
  { kind: 'daylight', name: 'CEST', start: { year: 1996, month: 3, day: 31, hour: 2 }, offsetFrom: '+01:00', offsetTo: '+02:00', month: 3 },
  { kind: 'standard', name: 'CET', start: { year: 1996, month: 10, day: 27, hour: 3 }, offsetFrom: '+02:00', offsetTo: '+01:00', month: 10 },
];

export const STOCKHOLM_TZID = STOCKHOLM;

/** A fresh component each call: ical.js components belong to one parent. */
export function stockholmVtimezone(): InstanceType<typeof ICAL.Component> {
  const vtimezone = new ICAL.Component('vtimezone');
  vtimezone.addPropertyWithValue('tzid', STOCKHOLM_TZID);
  for (const o of OBSERVANCES) {
    const observance = new ICAL.Component(o.kind);
    observance.addPropertyWithValue('tzname', o.name);
    observance.addPropertyWithValue('dtstart', ICAL.Time.fromData({ ...o.start, minute: 0, second: 0, isDate: false }));
    observance.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromString(o.offsetFrom));
    observance.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromString(o.offsetTo));
    observance.addPropertyWithValue('rrule', ICAL.Recur.fromData({ freq: 'YEARLY', bymonth: [o.month], byday: ['-1SU'] }));
    vtimezone.addSubcomponent(observance);
  }
  return vtimezone;
}
