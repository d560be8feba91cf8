// The files are read back with ts-ics, a parser independent of the writer (ical.js), which
// resolves TZID times through the file's own VTIMEZONE: so a DTSTART that comes back as the
// intended instant proves both the local time written and the time-zone rules shipped with it.
import ICAL from 'ical.js';
import { convertIcsCalendar, type IcsCalendar, type IcsEvent } from 'ts-ics';
import { describe, expect, it } from 'vitest';
import { eventIcs, feedIcs, type CalendarEvent } from '../../services/sessions/ics.js';
import { computeOccurrences } from '../../services/sessions/occurrences.js';
import { addDays, formatLocalDate, type LocalDate } from '../../services/time/local-date.js';
import { zonedToInstant } from '../../services/time/zoned-time.js';

const MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'net-1:series-1:0@rc-bot',
    sequence: 0,
    start: '2026-03-10T12:00:00.000Z',
    end: '2026-03-10T14:00:00.000Z',
    summary: 'Nätverksträff, Norrbotten',
    description: 'Frågor i förväg; rättsfall',
    url: MEETING,
    updatedAt: '2026-02-20T08:30:00.000Z',
    ...overrides,
  };
}

function parse(text: string): IcsCalendar {
  return convertIcsCalendar(undefined, text);
}

function onlyEvent(text: string): IcsEvent {
  const events = parse(text).events ?? [];
  expect(events).toHaveLength(1);
  const [first] = events;
  if (!first) throw new Error('no event');
  return first;
}

/** The wall-clock time as written, "YYYY-MM-DD HH:mm", and the zone it was written in. */
function local(e: IcsEvent, which: 'start' | 'end'): [string, string | undefined] {
  const value = which === 'start' ? e.start : e.end;
  const wall = value?.local?.date.toISOString().slice(0, 16).replace('T', ' ') ?? '';
  return [wall, value?.local?.timezone];
}

describe('eventIcs', () => {
  it('writes one event that reads back with its UID, SEQUENCE, instants, summary, URL and status', () => {
    const text = eventIcs(event());
    const calendar = parse(text);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.timezones?.map((tz) => tz.id)).toEqual(['Europe/Stockholm']);
    const e = onlyEvent(text);
    expect(e.uid).toBe('net-1:series-1:0@rc-bot');
    // ts-ics reads SEQUENCE:0 as absent (which RFC 5545 defines as 0), so the line is checked too.
    expect(text.split('\r\n')).toContain('SEQUENCE:0');
    expect(e.sequence ?? 0).toBe(0);
    expect(e.start.date.toISOString()).toBe('2026-03-10T12:00:00.000Z');
    expect(e.end?.date.toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(local(e, 'start')).toEqual(['2026-03-10 13:00', 'Europe/Stockholm']);
    expect(local(e, 'end')).toEqual(['2026-03-10 15:00', 'Europe/Stockholm']);
    expect(e.summary).toBe('Nätverksträff, Norrbotten');
    expect(e.url).toBe(MEETING);
    expect(e.status).toBe('CONFIRMED');
    expect(e.stamp.date.toISOString()).toBe('2026-02-20T08:30:00.000Z');
  });

  it('puts the meeting link in the description too, once', () => {
    expect(onlyEvent(eventIcs(event())).description).toBe(`Frågor i förväg; rättsfall\n\n${MEETING}`);
    expect(onlyEvent(eventIcs(event({ description: `Länk: ${MEETING}` }))).description).toBe(`Länk: ${MEETING}`);
    expect(onlyEvent(eventIcs(event({ description: '' }))).description).toBe(MEETING);
    const noLink = onlyEvent(eventIcs(event({ url: undefined })));
    expect(noLink.url).toBeUndefined();
    expect(noLink.description).toBe('Frågor i förväg; rättsfall');
  });

  it('writes local Stockholm time with a TZID, not UTC', () => {
    const text = eventIcs(event({ start: '2026-06-09T07:30:00.000Z', end: '2026-06-09T09:30:00.000Z' }));
    const lines = text.split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/Stockholm:20260609T093000');
    expect(lines).toContain('DTEND;TZID=Europe/Stockholm:20260609T113000');
    expect(lines).toContain('BEGIN:VTIMEZONE');
  });

  it('a re-issued event keeps the UID with a higher SEQUENCE, and a cancellation says CANCELLED', () => {
    const first = onlyEvent(eventIcs(event(), 'REQUEST'));
    const moved = event({ sequence: 1, start: '2026-03-12T12:00:00.000Z', end: '2026-03-12T14:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' });
    const second = onlyEvent(eventIcs(moved, 'REQUEST'));
    const cancelText = eventIcs({ ...moved, sequence: 2, updatedAt: '2026-03-05T10:00:00.000Z' }, 'CANCEL');
    const third = onlyEvent(cancelText);

    expect(new Set([first.uid, second.uid, third.uid]).size).toBe(1);
    expect([first.sequence ?? 0, second.sequence, third.sequence]).toEqual([0, 1, 2]);
    expect(second.start.date.toISOString()).toBe('2026-03-12T12:00:00.000Z');
    expect([first.status, second.status, third.status]).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
    expect(parse(cancelText).method).toBe('CANCEL');
    expect(onlyEvent(eventIcs(event({ status: 'CANCELLED' }))).status).toBe('CANCELLED');
  });

  it('writes ORGANIZER only with an address, with the name as CN', () => {
    const withAddress = onlyEvent(eventIcs(event({ organizerName: 'Una, RC Norrbotten', organizerEmail: 'una@example.se' }), 'REQUEST'));
    expect(withAddress.organizer).toMatchObject({ name: 'Una, RC Norrbotten', email: 'una@example.se' });
    expect(onlyEvent(eventIcs(event({ organizerName: 'Una' }))).organizer).toBeUndefined();
  });

  it('is the same file for the same event, with CRLF lines folded at 75 octets', () => {
    const long = event({ summary: 'Nätverksträff om hedersrelaterat våld och förtryck: rättsfall, skolans ansvar och åtgärder' });
    const text = eventIcs(long);
    expect(eventIcs(long)).toBe(text);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(onlyEvent(text).summary).toBe(long.summary);
  });

  it('keeps line breaks in the description as \\n and none in the summary, with no bare CR', () => {
    const text = eventIcs(event({ summary: 'Träff\r\nvår', description: 'Rad ett\r\nRad två\rRad tre\u0007' }));
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const e = onlyEvent(text);
    expect(e.summary).toBe('Träff vår');
    expect(e.description).toBe(`Rad ett\nRad två\nRad tre\n\n${MEETING}`);
  });

  it('refuses events that cannot be right', () => {
    expect(() => eventIcs(event({ end: '2026-03-10T12:00:00.000Z' }))).toThrow(RangeError);
    expect(() => eventIcs(event({ sequence: -1 }))).toThrow(RangeError);
    expect(() => eventIcs(event({ start: 'tisdag' }))).toThrow(RangeError);
    expect(() => eventIcs(event({ uid: ' ' }))).toThrow(RangeError);
    expect(() => eventIcs(event({ url: 'teams' }))).toThrow(RangeError);
  });
});

describe('feedIcs', () => {
  it('holds several events, one VTIMEZONE, and the feed name', () => {
    const { occurrences } = computeOccurrences({
      firstDate: '2026-03-27',
      startTime: '13:00',
      durationMinutes: 120,
      cadenceWeeks: 1,
      end: { kind: 'count', count: 3 },
      holidayPolicy: 'move',
    });
    const events = occurrences.map((o) =>
      event({ uid: `net-1:series-1:${o.index}@rc-bot`, start: o.start, end: o.end, status: o.index === 2 ? 'CANCELLED' : 'CONFIRMED' }),
    );
    const text = feedIcs('Nätverksträffar Norrbotten', events);
    const calendar = parse(text);
    expect(calendar.name).toBe('Nätverksträffar Norrbotten');
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.timezones).toHaveLength(1);
    const parsed = calendar.events ?? [];
    expect(parsed.map((e) => e.uid)).toEqual(['net-1:series-1:0@rc-bot', 'net-1:series-1:1@rc-bot', 'net-1:series-1:2@rc-bot']);
    // 27 March is winter time; långfredagen's session moved to 7 April and 10 April are summer time.
    expect(parsed.map((e) => [e.start.date.toISOString(), local(e, 'start')[0], e.status])).toEqual([
      ['2026-03-27T12:00:00.000Z', '2026-03-27 13:00', 'CONFIRMED'],
      ['2026-04-07T11:00:00.000Z', '2026-04-07 13:00', 'CONFIRMED'],
      ['2026-04-10T11:00:00.000Z', '2026-04-10 13:00', 'CANCELLED'],
    ]);
  });

  it('escapes the name (read here with ical.js, as ts-ics leaves calendar names escaped)', () => {
    const calendar = new ICAL.Component(ICAL.parse(feedIcs('Nätverk, Norrbotten; vår', [event()])));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Nätverk, Norrbotten; vår');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Stockholm');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('an empty feed is still a calendar', () => {
    const calendar = parse(feedIcs('Tom', []));
    expect(calendar.events ?? []).toEqual([]);
    expect(calendar.name).toBe('Tom');
  });

  it('the VTIMEZONE agrees with Node time-zone data around every clock change 2026–2040', () => {
    const days: LocalDate[] = [];
    for (let year = 2026; year <= 2040; year += 1) {
      for (const month of [3, 10]) {
        const lastOfMonth = new Date(Date.UTC(year, month, 0));
        const lastSunday = formatLocalDate({ year, month, day: lastOfMonth.getUTCDate() - lastOfMonth.getUTCDay() });
        days.push(addDays(lastSunday, -1), lastSunday, addDays(lastSunday, 1));
      }
    }
    const at = (day: LocalDate, time: string): CalendarEvent => {
      const start = zonedToInstant(day, time);
      return event({ uid: `${day}T${time}`, start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() });
    };
    // Sessions' own hours, read with ts-ics: right on the Saturday, the Sunday and the Monday.
    const afternoons = days.map((day) => at(day, '13:00'));
    const parsed = parse(feedIcs('DST', afternoons)).events ?? [];
    expect(parsed.map((e) => [e.uid, e.start.date.toISOString()])).toEqual(afternoons.map((e) => [e.uid, e.start]));
    // The hour of the change itself, read with ical.js's VTIMEZONE expansion (ts-ics applies the
    // new offset from midnight of the change day, so it cannot judge the night's hours).
    const nights = days.flatMap((day) => [at(day, '01:30'), at(day, '03:30')]);
    const viaIcalJs = new ICAL.Component(ICAL.parse(feedIcs('DST', nights)))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
    expect(viaIcalJs).toEqual(nights.map((e) => e.start));
  });
});
