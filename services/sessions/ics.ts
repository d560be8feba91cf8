// Network sessions as iCalendar (RFC 5545): one event to attach to an invitation, or a feed a
// member subscribes to. Written with ical.js (Mozilla's iCalendar library), never as text.
//
// Times are local Stockholm times with TZID=Europe/Stockholm and a VTIMEZONE, not UTC: a
// calendar then shows "13:00" as the lead chose it, and a client that moves the event keeps it
// in Swedish time. The instants the caller gives are turned into Stockholm wall-clock time with
// the same Intl data as the rest of the bot (zonedParts).
//
// Updates: the UID is the caller's stable id for one session, so a re-issued file after a
// change (a higher SEQUENCE) replaces the calendar entry instead of adding a second one, and a
// cancelled session is the same UID with STATUS:CANCELLED.

import ICAL from 'ical.js';
import { zonedParts } from '../time/zoned-time.js';
import { STOCKHOLM_TZID, stockholmVtimezone } from './ics/stockholm-vtimezone.js';

export interface CalendarEvent {
  /** Stable for one session across every change, e.g. "<networkId>:<seriesId>:<index>@<domain>". */
  uid: string;
  /** 0 when first issued; raise it with every change (reschedule, cancel) so clients replace the event. */
  sequence: number;
  /** ISO instants. */
  start: string;
  end: string;
  summary: string;
  description: string;
  /** The Teams meeting link: written as URL and, when not already there, at the end of the description. */
  url?: string;
  /** Default CONFIRMED; METHOD:CANCEL always writes CANCELLED. */
  status?: 'CONFIRMED' | 'CANCELLED';
  organizerName?: string;
  /**
   * The organiser's address. ORGANIZER needs a calendar address, so it is written only with
   * one (and organizerName as its CN); a name alone is not written.
   */
  organizerEmail?: string;
  /** ISO instant of the last change: DTSTAMP and LAST-MODIFIED, so the same event gives the same file. */
  updatedAt: string;
}

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

const PRODID = '-//Resurscentrum mot hedersrelaterat våld//RC bot//SV';

type Component = InstanceType<typeof ICAL.Component>;

// ical.js knows neither RFC 7986's NAME nor the X-WR- names: it would write them unescaped, or
// with VALUE=TEXT if typed per property. Declared as text once, they are escaped and plain.
const designProperties = ICAL.design.icalendar.property as Record<string, { defaultType: string } | undefined>;
for (const name of ['name', 'x-wr-calname', 'x-wr-timezone']) designProperties[name] ??= { defaultType: 'text' };

/** A calendar file with one event. PUBLISH (default) adds it; REQUEST is an invitation; CANCEL withdraws it. */
export function eventIcs(event: CalendarEvent, method: IcsMethod = 'PUBLISH'): string {
  const calendar = newCalendar(method);
  calendar.addSubcomponent(vevent(event, method === 'CANCEL' ? 'CANCELLED' : undefined));
  return serialise(calendar);
}

/** A subscribable feed of a network's sessions; cancelled ones stay in it marked CANCELLED. */
export function feedIcs(name: string, events: CalendarEvent[]): string {
  const calendar = newCalendar('PUBLISH');
  calendar.addPropertyWithValue('name', name);
  // Outlook, Google and Apple read these two rather than RFC 7986's NAME.
  calendar.addPropertyWithValue('x-wr-calname', name);
  calendar.addPropertyWithValue('x-wr-timezone', STOCKHOLM_TZID);
  for (const event of events) calendar.addSubcomponent(vevent(event));
  return serialise(calendar);
}

function newCalendar(method: IcsMethod): Component {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', method);
  calendar.addSubcomponent(stockholmVtimezone());
  return calendar;
}

function vevent(event: CalendarEvent, forcedStatus?: 'CANCELLED'): Component {
  const checked = checkEvent(event);
  const v = new ICAL.Component('vevent');
  v.addPropertyWithValue('uid', event.uid);
  v.addPropertyWithValue('sequence', event.sequence);
  v.addPropertyWithValue('dtstamp', utcTime(checked.updatedAt));
  v.addPropertyWithValue('last-modified', utcTime(checked.updatedAt));
  v.addProperty(stockholmTime('dtstart', checked.start));
  v.addProperty(stockholmTime('dtend', checked.end));
  v.addPropertyWithValue('summary', icsText(event.summary, false));
  v.addPropertyWithValue('description', icsText(describe(event), true));
  if (event.url !== undefined) v.addPropertyWithValue('url', event.url);
  v.addPropertyWithValue('status', forcedStatus ?? event.status ?? 'CONFIRMED');
  if (event.organizerEmail !== undefined) {
    const organizer = v.addPropertyWithValue('organizer', `mailto:${event.organizerEmail}`);
    if (event.organizerName) organizer.setParameter('cn', event.organizerName);
  }
  return v;
}

/** The description with the meeting link last, so it is there in clients that ignore URL. */
function describe(event: CalendarEvent): string {
  const { description, url } = event;
  if (url === undefined || description.includes(url)) return description;
  return description.trim() === '' ? url : `${description}\n\n${url}`;
}

/**
 * RFC 5545 text allows no control characters but tab, and ical.js writes a CR as it is, which
 * breaks the line structure; Teams' multi-line inputs send CRLF. Line breaks become \n (escaped
 * by ical.js) in a description, and a space in a summary, which clients show on one line.
 */
function icsText(value: string, multiline: boolean): string {
  const lines = value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  return multiline ? lines : lines.replace(/\n+/g, ' ');
}

function checkEvent(event: CalendarEvent): { start: Date; end: Date; updatedAt: Date } {
  // These come from stored sessions, not from users: a bad one is a bug, so it throws.
  const instant = (field: 'start' | 'end' | 'updatedAt'): Date => {
    const date = new Date(event[field]);
    if (!Number.isFinite(date.getTime())) throw new RangeError(`calendar event ${field} is not an instant: ${event[field]}`);
    return date;
  };
  if (event.uid.trim() === '') throw new RangeError('calendar event needs a uid');
  if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new RangeError(`calendar event sequence: ${event.sequence}`);
  const start = instant('start');
  const end = instant('end');
  if (end.getTime() <= start.getTime()) throw new RangeError('calendar event ends before it starts');
  if (event.url !== undefined && !URL.canParse(event.url)) throw new RangeError('calendar event url is not a URL');
  return { start, end, updatedAt: instant('updatedAt') };
}

function utcTime(instant: Date): InstanceType<typeof ICAL.Time> {
  return ICAL.Time.fromJSDate(instant, true);
}

/** DTSTART/DTEND as Stockholm wall-clock time, labelled with the VTIMEZONE's TZID. */
function stockholmTime(name: 'dtstart' | 'dtend', instant: Date): InstanceType<typeof ICAL.Property> {
  const { year, month, day, hour, minute, second } = zonedParts(instant);
  const property = new ICAL.Property(name);
  property.setValue(ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate: false }));
  property.setParameter('tzid', STOCKHOLM_TZID);
  return property;
}


/**
 * RFC 5545 ends every line, the last one too, with CRLF, and keeps lines to 75 octets. ical.js
 * counts its fold length without the space that starts a continuation line, so 74 gives 75.
 * Set and restored around the synchronous call, so no other user of ical.js sees it.
 */
function serialise(calendar: Component): string {
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}
