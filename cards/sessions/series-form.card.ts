// The lead plans a series: first date, weekday follows from it, time, length, cadence, end,
// meeting link, places, and what to do with holidays. On an error every value stays.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, fillCount, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface SeriesFormView {
  messages: Messages;
  networkId: string;
  networkName: string;
  values: Record<string, string | undefined>;
  /** Field → message already chosen by the bot from the catalogue. */
  errors: Record<string, string | undefined>;
  submissionKey: string;
}

export function seriesFormCard(view: SeriesFormView): AdaptiveCard {
  const { messages: m, values: v, errors } = view;
  const s = m.sessions.series;
  const err = (field: string): CardElement[] => (errors[field] ? [paragraph(errors[field], { color: 'attention', size: 'small', spacing: 'none' })] : []);
  const text = (id: string, label: string, extra: Record<string, unknown> = {}): CardElement[] => [
    { type: 'Input.Text', id, label, ...(v[id] ? { value: v[id] } : {}), ...extra } as CardElement,
    ...err(id),
  ];
  // Checked on the input too, so Teams says what is wrong before anything is sent.
  const whole = { regex: '^[1-9][0-9]{0,3}$', errorMessage: s.wholeNumber };
  const cadences = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ title: n === 1 ? s.everyWeek : n === 2 ? s.everyOtherWeek : fill(s.cadenceWeeks, { n }), value: String(n) }));
  return adaptiveCard(
    [
      heading(s.title),
      paragraph(`${s.network}: ${view.networkName}`, { isSubtle: true }),
      { type: 'Input.Date', id: 'firstDate', label: s.firstDate, isRequired: true, errorMessage: m.consultation.errors.required, ...(v.firstDate ? { value: v.firstDate } : {}) },
      ...err('firstDate'),
      { type: 'Input.Time', id: 'startTime', label: s.startTime, isRequired: true, errorMessage: m.consultation.errors.required, value: v.startTime ?? '13:00' },
      ...err('startTime'),
      ...text('durationMinutes', s.duration, { value: v.durationMinutes ?? '120', ...whole }),
      { type: 'Input.ChoiceSet', id: 'cadenceWeeks', label: s.cadence, style: 'compact', choices: cadences, value: v.cadenceWeeks ?? '2' },
      ...err('cadenceWeeks'),
      {
        type: 'Input.ChoiceSet',
        id: 'endKind',
        label: s.endKind,
        style: 'expanded',
        choices: [{ title: s.endByCount, value: 'count' }, { title: s.endByDate, value: 'date' }],
        value: v.endKind ?? 'count',
      },
      ...text('count', s.count, { value: v.count ?? '8', ...whole }),
      { type: 'Input.Date', id: 'lastDate', label: s.lastDate, ...(v.lastDate ? { value: v.lastDate } : {}) },
      ...err('lastDate'),
      ...err('end'),
      ...text('meetingUrl', s.meetingUrl, { placeholder: 'https://teams.microsoft.com/l/meetup-join/…' }),
      ...text('capacity', s.capacity, whole),
      {
        type: 'Input.ChoiceSet',
        id: 'holidayPolicy',
        label: s.holidayPolicy,
        style: 'expanded',
        choices: [{ title: s.move, value: 'move' }, { title: s.skip, value: 'skip' }],
        value: v.holidayPolicy ?? 'move',
      },
    ],
    [
      executeAction(s.create, VERBS.sessionSeriesSubmit, { networkId: view.networkId, submissionKey: view.submissionKey }, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: s.title },
  );
}

export interface SeriesCreatedView {
  messages: Messages;
  networkName: string;
  dates: string[];
  affected: Array<{ date: string; movedTo: string | null; reason: string }>;
}

/** What was planned, and which dates a holiday moved or skipped, and why. */
export function seriesCreatedCard({ messages: m, networkName, dates, affected }: SeriesCreatedView): AdaptiveCard {
  const s = m.sessions.series;
  // One date a line: a row of twelve comma-separated dates is hard to scan for a clash.
  const body: CardElement[] = [heading(networkName), paragraph(fillCount(m, s.created, dates.length), { color: 'good' }), ...dates.map((d) => paragraph(d, { size: 'small', spacing: 'none' }))];
  if (affected.length > 0) {
    body.push(
      paragraph(s.affected, { weight: 'bolder', spacing: 'medium' }),
      ...affected.map((a) => paragraph(a.movedTo ? fill(s.movedTo, { date: a.date, to: a.movedTo, reason: a.reason }) : fill(s.skipped, { date: a.date, reason: a.reason }), { size: 'small' })),
    );
  }
  return adaptiveCard(body, [executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' })], { fallbackText: fillCount(m, s.created, dates.length) });
}
