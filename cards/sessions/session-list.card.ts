// The next network sessions of the user's networks: free places, the user's own booking, and
// what they can do: book, cancel, queue, send a question; leads also run agenda and attendance.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, fillCount, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface SessionListItem {
  networkId: string;
  networkName: string;
  sessionId: string;
  /** "tis 24 nov", "13:00", "15:00": formatted by the bot in Europe/Stockholm. */
  date: string;
  start: string;
  end: string;
  role: 'lead' | 'member' | 'deputy';
  /** Begun but not yet marked held: the lead records attendance now; nobody books any more. */
  started: boolean;
  freePlaces: number;
  booking: { state: 'booked' } | { state: 'org_booked'; by: string; org: string } | { state: 'waiting'; position: number } | { state: 'none' };
  orgName?: string;
  movedFrom?: { date: string; holiday: string };
  meetingUrl: string;
  calendarUrl?: string;
  /** The network's subscribable calendar feed: offered once per network, under the list. */
  feedUrl?: string;
  /** The lead's view: places booked and questions sent in for this session. */
  counts?: { bookings: number; questions: number };
}

export interface SessionListView {
  messages: Messages;
  items: SessionListItem[];
  /** Networks the user leads, for planning a new series. */
  ledNetworks: Array<{ id: string; name: string }>;
  notice?: { text: string; tone: 'good' | 'attention' };
}

/** At most five buttons per session: Teams shows no more in one set. */
function actionsFor(m: Messages, item: SessionListItem): CardAction[] {
  const l = m.sessions.list;
  const ids = { networkId: item.networkId, sessionId: item.sessionId };
  const act = (title: string, verb: Parameters<typeof executeAction>[1], style?: 'positive' | 'destructive') =>
    executeAction(title, verb, ids, { associatedInputs: 'none', ...(style ? { style } : {}) });
  const url = (title: string, target: string | undefined): CardAction[] => (target ? [{ type: 'Action.OpenUrl', title, url: target }] : []);
  const join = url(l.join, item.meetingUrl);
  const calendar = url(l.calendar, item.calendarUrl);
  if (item.role === 'lead') {
    if (item.started) return [act(l.agenda, VERBS.sessionAgendaShow), act(l.attendance, VERBS.sessionAttendanceOpen, 'positive'), ...join];
    return [act(l.agenda, VERBS.sessionAgendaShow), act(l.change, VERBS.sessionRescheduleOpen), act(l.cancel, VERBS.sessionCancelOpen, 'destructive'), ...join];
  }
  if (item.started) return join;
  const question = act(l.question, VERBS.sessionQuestionOpen);
  switch (item.booking.state) {
    case 'booked':
      return [question, act(l.unbook, VERBS.sessionUnbook), ...join, ...calendar];
    case 'org_booked':
      return [question, ...join, ...calendar];
    case 'waiting':
      return [question, act(l.leaveWaitlist, VERBS.sessionWaitlistLeave)];
    default:
      return [item.freePlaces > 0 ? act(l.book, VERBS.sessionBook, 'positive') : act(l.waitlist, VERBS.sessionWaitlist), question];
  }
}

function stateLine(m: Messages, item: SessionListItem): string {
  const l = m.sessions.list;
  switch (item.booking.state) {
    case 'booked':
      return fill(m.sessions.booking.booked, { org: item.orgName ?? '' });
    case 'org_booked':
      return fill(l.bookedBy, { org: item.booking.org, name: item.booking.by });
    case 'waiting':
      return fill(l.waiting, { position: item.booking.position });
    default:
      return item.role === 'lead' ? leadLine(m, item) : item.freePlaces > 0 ? fillCount(m, l.freePlaces, item.freePlaces) : l.full;
  }
}

/** "Du leder nätverket · 3 bokade platser · 1 fråga": what the lead prepares for. */
function leadLine(m: Messages, item: SessionListItem): string {
  const l = m.sessions.list;
  if (!item.counts) return l.lead;
  const { bookings, questions } = item.counts;
  const booked = fillCount(m, l.booked, bookings);
  const asked = fillCount(m, l.questions, questions);
  return `${l.lead} · ${booked} · ${asked}`;
}

/** One subscription per network, whatever the number of its sessions in the list. */
function feeds(m: Messages, items: readonly SessionListItem[]): CardAction[] {
  const seen = new Map<string, CardAction>();
  for (const item of items) {
    if (item.feedUrl && !seen.has(item.networkId)) seen.set(item.networkId, { type: 'Action.OpenUrl', title: fill(m.sessions.list.feedFor, { network: item.networkName }), url: item.feedUrl });
  }
  return [...seen.values()];
}

export function sessionListCard({ messages: m, items, ledNetworks, notice }: SessionListView): AdaptiveCard {
  const l = m.sessions.list;
  const body: CardElement[] = [heading(l.title)];
  if (notice) body.push(paragraph(notice.text, { color: notice.tone }));
  if (items.length === 0 && ledNetworks.length === 0) body.push(paragraph(l.empty));
  for (const item of items) {
    const lines: CardElement[] = [
      paragraph(`${item.networkName}: ${fill(l.when, { date: item.date, start: item.start, end: item.end })}`, { weight: 'bolder' }),
      paragraph(stateLine(m, item), { size: 'small', spacing: 'none' }),
    ];
    if (item.movedFrom) lines.push(paragraph(fill(l.moved, item.movedFrom), { size: 'small', isSubtle: true, spacing: 'none' }));
    lines.push({ type: 'ActionSet', actions: actionsFor(m, item) });
    body.push({ type: 'Container', separator: true, spacing: 'medium', items: lines });
  }
  const subscriptions = feeds(m, items);
  if (subscriptions.length > 0) body.push({ type: 'Container', separator: true, spacing: 'medium', items: [{ type: 'ActionSet', actions: subscriptions }] });
  if (ledNetworks.length > 0) body.push(paragraph(l.yourNetworks, { weight: 'bolder', spacing: 'large' }));
  for (const n of ledNetworks) {
    const network = { networkId: n.id };
    body.push({
      type: 'Container',
      separator: true,
      items: [
        paragraph(n.name),
        {
          type: 'ActionSet',
          // The network in every title: a screen reader's list of buttons tells them apart.
          actions: [
            executeAction(`${l.newSeries}: ${n.name}`, VERBS.sessionSeriesOpen, network, { associatedInputs: 'none', style: 'positive' }),
            executeAction(`${l.meetingLink}: ${n.name}`, VERBS.networkMeetingLinkOpen, network, { associatedInputs: 'none' }),
            executeAction(`${l.renewFeed}: ${n.name}`, VERBS.networkFeedRenew, network, { associatedInputs: 'none' }),
          ],
        },
      ],
    });
  }
  return adaptiveCard(body, [executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' })], { fallbackText: l.title });
}
