// Network sessions in chat: the list with booking, the waiting list and questions in advance
// for members and deputies; series, agenda, attendance and cancelling for leads. Every action
// goes to NetworkService, which checks the caller's role against the stored network.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { agendaCard, type AgendaEntryView } from '../../cards/sessions/agenda.card.js';
import { attendanceCard, cancelSessionCard, rescheduleCard, sessionRatingCard } from '../../cards/sessions/attendance.card.js';
import { seriesCreatedCard, seriesFormCard } from '../../cards/sessions/series-form.card.js';
import { sessionListCard } from '../../cards/sessions/session-list.card.js';
import { sessionQuestionCard } from '../../cards/sessions/session-question.card.js';
import { fill, type Messages } from '../../cards/i18n/catalogue.js';
import { noticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { VERBS } from '../../cards/verbs.js';
import { MAX_FREE_TEXT } from '../../services/consultation/codes.js';
import type { NetworkService } from '../../services/sessions/network-service.js';
import type { Clock } from '../../services/time/clock.js';
import type { ActionHandler, ActionRequest } from '../actions/action-request.js';
import { fieldState } from '../consultation/views.js';
import { formatLocalDate } from '../format.js';
import type { SessionNotifier } from './notifier.js';
import { listItem } from './views.js';

const ids = z.object({ networkId: z.string().min(1), sessionId: z.string().min(1) });
type Notice = { text: string; tone: 'good' | 'attention' };

/** Sessions that began this long ago still show, so the lead can record attendance. */
const RECENTLY_STARTED_MS = 3 * 24 * 3_600_000;

export interface SessionDeps {
  networks: NetworkService;
  clock: Clock;
  sessionNotifier: SessionNotifier;
  /** The network's calendar link (feed token URL), or undefined when no public URL is configured. */
  calendarUrl: (token: string, sessionId?: string) => string | undefined;
}

type Verbs =
  | 'session.list'
  | 'session.book'
  | 'session.unbook'
  | 'session.waitlist'
  | 'session.question.submit'
  | 'session.agenda'
  | 'session.attendance'
  | 'session.rate'
  | 'session.series.create'
  | 'session.cancel'
  | 'session.reschedule';

function refusal(m: Messages, reason: string): Notice {
  const b = m.sessions.booking;
  const text: Record<string, string> = {
    full: b.full,
    not_member: b.notMember,
    not_lead: m.sessions.errors.notLead,
    cancelled: b.closed,
    past: b.closed,
    held: b.closed,
    not_started: m.sessions.attendance.notStarted,
  };
  return { text: text[reason] ?? m.common.unknownAction, tone: 'attention' };
}

export function sessionActions({ networks, sessionNotifier: notifier, calendarUrl, clock }: SessionDeps): Record<Verbs, ActionHandler> {
  const person = (r: ActionRequest) => ({ id: r.user.id, aadObjectId: r.user.aadObjectId, name: r.user.name });

  const list = async (r: ActionRequest, notice?: Notice): Promise<AdaptiveCard> => {
    const now = clock.now();
    const upcoming = await networks.upcoming(r.user.id, new Date(now.getTime() - RECENTLY_STARTED_MS));
    const mine = await networks.networksOf(r.user.id);
    const byId = new Map(mine.map((n) => [n.networkId, n]));
    const items = await Promise.all(
      upcoming.map(async (u) => {
        const token = await networks.feedToken(person(r), u.network.id);
        return listItem(u, byId.get(u.network.id), r.locale, now, token.ok ? { calendarUrl: calendarUrl(token.token, u.session.id), feedUrl: calendarUrl(token.token) } : {});
      }),
    );
    const ledNetworks = mine.filter((n) => networks.roleOf(n, r.user.id) === 'lead').map((n) => ({ id: n.networkId, name: n.name }));
    return sessionListCard({ messages: r.messages, items, ledNetworks, notice });
  };

  const withSession = (act: (r: ActionRequest, networkId: string, sessionId: string) => Promise<AdaptiveCard>): ActionHandler => async (r) => {
    const parsed = ids.safeParse(r.data);
    return parsed.success ? act(r, parsed.data.networkId, parsed.data.sessionId) : noticeCard({ messages: r.messages, text: r.messages.common.unknownAction });
  };

  const dateOf = async (r: ActionRequest, networkId: string, sessionId: string) => {
    const session = await networks.session(networkId, sessionId);
    return { session, date: session ? formatLocalDate(session.date, r.locale) : '' };
  };

  const agenda = async (r: ActionRequest, networkId: string, sessionId: string, notice?: Notice): Promise<AdaptiveCard> => {
    const result = await networks.agenda(person(r), networkId, sessionId);
    if (!result.ok) return list(r, refusal(r.messages, result.reason));
    const network = await networks.network(networkId);
    const orgName = (id: string) => network?.organisations.find((o) => o.id === id)?.name ?? '';
    const entries: AgendaEntryView[] = result.entries.map((e) =>
      e.kind === 'question'
        ? { kind: 'question', id: e.id, text: e.question.text, status: e.question.status, questionType: e.question.questionType, orgName: orgName(e.question.orgId) }
        : { kind: 'item', id: e.id, title: e.item.title, itemKind: e.item.kind },
    );
    return agendaCard({ messages: r.messages, networkId, sessionId, date: formatLocalDate(result.session.date, r.locale), entries, notice });
  };

  return {
    [VERBS.sessionList]: async (r) => list(r),

    [VERBS.sessionBook]: withSession(async (r, networkId, sessionId) => {
      const result = await networks.book(person(r), networkId, sessionId);
      const org = async (orgId: string | undefined) => (await networks.network(networkId))?.organisations.find((o) => o.id === orgId)?.name ?? '';
      if (result.ok) return list(r, { text: fill(r.messages.sessions.booking.booked, { org: await org(result.booking.orgId) }), tone: 'good' });
      if (result.reason === 'already_booked') {
        return list(r, { text: fill(r.messages.sessions.booking.alreadyBooked, { name: result.by.name ?? '', org: await org(undefined) }), tone: 'attention' });
      }
      return list(r, refusal(r.messages, result.reason));
    }),

    [VERBS.sessionWaitlist]: withSession(async (r, networkId, sessionId) => {
      const result = await networks.joinWaitingList(person(r), networkId, sessionId);
      if (result.ok) return list(r, { text: fill(r.messages.sessions.booking.queued, { position: result.position }), tone: 'good' });
      return list(r, refusal(r.messages, result.reason));
    }),

    [VERBS.sessionUnbook]: withSession(async (r, networkId, sessionId) => {
      const result = await networks.unbook(person(r), networkId, sessionId);
      if (!result.ok) return list(r, refusal(r.messages, result.reason));
      const network = await networks.network(networkId);
      for (const promoted of result.promoted) {
        const org = network?.organisations.find((o) => o.id === promoted.orgId)?.name ?? '';
        await notifier.promoted(promoted.person.id, result.session, org);
      }
      return list(r, { text: r.messages.sessions.booking.unbooked, tone: 'good' });
    }),

    [VERBS.sessionQuestionSubmit]: withSession(async (r, networkId, sessionId) => {
      const { date } = await dateOf(r, networkId, sessionId);
      const form = (errors = {}, privacy = {}, notice?: Notice) =>
        sessionQuestionCard({ messages: r.messages, ...fieldState(notice ? {} : r.data, errors, privacy), networkId, sessionId, date, maxLength: MAX_FREE_TEXT, notice });
      if (r.data.step !== 'submit') return form();
      const result = await networks.submitQuestion(person(r), networkId, sessionId, { ...r.data, submissionKey: r.data.submissionKey ?? randomUUID() });
      if (result.ok) return list(r, { text: fill(r.messages.sessions.question.sent, { date }), tone: 'good' });
      if (result.reason === 'invalid') return form(result.errors, result.privacy);
      return list(r, refusal(r.messages, result.reason));
    }),

    [VERBS.sessionAgenda]: withSession(async (r, networkId, sessionId) => {
      const op = r.data.op;
      const questionId = typeof r.data.questionId === 'string' ? r.data.questionId : '';
      if (op === 'discussed') await networks.markDiscussed(person(r), networkId, sessionId, questionId);
      if (op === 'carry_over') await networks.carryOver(person(r), networkId, sessionId, questionId);
      if (op === 'up') {
        const current = await networks.agenda(person(r), networkId, sessionId);
        if (current.ok) {
          const order = current.entries.map((e) => e.id);
          const at = order.indexOf(questionId);
          if (at > 0) [order[at - 1], order[at]] = [order[at]!, order[at - 1]!];
          await networks.reorder(person(r), networkId, sessionId, order);
        }
      }
      if (op === 'add') {
        const added = await networks.addAgendaItem(person(r), networkId, sessionId, { kind: String(r.data.itemKind ?? ''), title: String(r.data.itemTitle ?? '') });
        if (!added.ok && added.reason === 'invalid') return agenda(r, networkId, sessionId, { text: r.messages.consultation.errors.required, tone: 'attention' });
      }
      return agenda(r, networkId, sessionId);
    }),

    [VERBS.sessionAttendance]: withSession(async (r, networkId, sessionId) => {
      const network = await networks.network(networkId);
      const { session, date } = await dateOf(r, networkId, sessionId);
      if (!network || !session) return list(r, refusal(r.messages, 'not_found'));
      const card = (notice?: Notice) =>
        attendanceCard({
          messages: r.messages,
          networkId,
          sessionId,
          date,
          organisations: network.organisations.map((o) => ({ id: o.id, name: o.name, booked: session.bookings.some((b) => b.orgId === o.id) })),
          notice,
        });
      if (r.data.step !== 'submit') return card();
      const present = network.organisations.filter((o) => r.data[`org_${o.id}`] === 'true').map((o) => o.id);
      const result = await networks.recordAttendance(person(r), networkId, sessionId, present);
      if (!result.ok) return card(refusal(r.messages, result.reason));
      for (const participant of result.participants) await notifier.askRating(participant.person.id, networkId, result.session);
      const carried = 'moved' in result.questions ? (result.questions as { moved: unknown[] }).moved.length : 0;
      return card({ text: fill(r.messages.sessions.attendance.saved, { carried }), tone: 'good' });
    }),

    [VERBS.sessionRate]: withSession(async (r, networkId, sessionId) => {
      const result = await networks.rateSession(person(r), networkId, sessionId, Number(r.data.rating));
      const { date } = await dateOf(r, networkId, sessionId);
      return sessionRatingCard({ messages: r.messages, networkId, sessionId, date, rated: result.ok || result.reason === 'already_rated' });
    }),

    [VERBS.sessionCancel]: withSession(async (r, networkId, sessionId) => {
      const { date } = await dateOf(r, networkId, sessionId);
      const reason = typeof r.data.reason === 'string' ? r.data.reason : '';
      if (r.data.step !== 'submit') return cancelSessionCard({ messages: r.messages, networkId, sessionId, date });
      const result = await networks.cancelSession(person(r), networkId, sessionId, reason);
      if (!result.ok) {
        const kinds = result.reason === 'invalid' ? [...(result.privacy.reason?.blocking ?? []), ...(result.privacy.reason?.warnings ?? [])] : [];
        const error =
          result.reason !== 'invalid'
            ? refusal(r.messages, result.reason).text
            : kinds.length > 0
              ? fill(r.messages.consultation.errors.identifying, { kinds: kinds.map((k) => r.messages.consultation.findingKinds[k]).join(', ') })
              : r.messages.consultation.errors.required;
        return cancelSessionCard({ messages: r.messages, networkId, sessionId, date, reason, error });
      }
      const told = [...result.notify.booked.map((b) => b.person.id), ...result.notify.waiting.map((w) => w.person.id)];
      for (const userId of told) await notifier.cancelled(userId, result.session, reason);
      await notifier.toChannel(await networks.network(networkId), (m) =>
        fill(m.sessions.cancel.notice, { date: formatLocalDate(result.session.date, 'sv'), start: result.session.start, reason }),
      );
      return list(r, { text: fill(r.messages.sessions.cancel.done, { count: result.notify.booked.length }), tone: 'good' });
    }),

    [VERBS.sessionReschedule]: withSession(async (r, networkId, sessionId) => {
      const { session, date } = await dateOf(r, networkId, sessionId);
      if (!session) return list(r, refusal(r.messages, 'not_found'));
      const values = { date: String(r.data.date ?? session.date), startTime: String(r.data.startTime ?? session.start), meetingUrl: typeof r.data.meetingUrl === 'string' ? r.data.meetingUrl : undefined };
      const card = (error?: string) => rescheduleCard({ messages: r.messages, networkId, sessionId, date, values, error });
      if (r.data.step !== 'submit') return card();
      const change = { date: values.date, startTime: values.startTime, ...(values.meetingUrl ? { meetingUrl: values.meetingUrl } : {}) };
      const result = await networks.rescheduleSession(person(r), networkId, sessionId, change);
      if (!result.ok) return card(result.reason === 'invalid' ? r.messages.consultation.errors.invalid : refusal(r.messages, result.reason).text);
      const network = await networks.network(networkId);
      const s = result.session;
      const text = { network: network?.name ?? '', date: formatLocalDate(s.date, 'sv'), start: s.start, url: s.meetingUrl ?? network?.meetingUrl ?? '' };
      if (result.changed) {
        for (const b of result.notify.booked) await notifier.tell(b.person.id, (m) => fill(m.sessions.reschedule.notice, text));
        await notifier.toChannel(network, (m) => fill(m.sessions.reschedule.notice, text));
      }
      return list(r, { text: fill(r.messages.sessions.reschedule.done, { count: result.changed ? result.notify.booked.length : 0 }), tone: 'good' });
    }),

    [VERBS.sessionSeriesCreate]: async (r) => {
      const networkId = typeof r.data.networkId === 'string' ? r.data.networkId : '';
      const network = await networks.network(networkId);
      if (!network || networks.roleOf(network, r.user.id) !== 'lead') return list(r, refusal(r.messages, 'not_lead'));
      const submissionKey = typeof r.data.submissionKey === 'string' ? r.data.submissionKey : randomUUID();
      const form = (errors: Record<string, string | undefined> = {}) =>
        seriesFormCard({ messages: r.messages, networkId, networkName: network.name, values: fieldState(r.data).values, errors, submissionKey });
      if (r.data.step !== 'submit') return form();
      const result = await networks.createSeries(person(r), networkId, { ...r.data, meetingUrl: r.data.meetingUrl || network.meetingUrl, submissionKey });
      if (result.ok) {
        if (!result.duplicate) {
          const dates = result.sessions.map((s) => `${formatLocalDate(s.date, 'sv')} ${s.start}`).join(', ');
          await notifier.toChannel(network, (m) => fill(m.sessions.network.channelSeries, { network: network.name, dates }));
        }
        return seriesCreatedCard({
          messages: r.messages,
          networkName: network.name,
          dates: result.sessions.map((s) => `${formatLocalDate(s.date, r.locale)} ${s.start}`),
          affected: result.affected.map((a) => ({ date: formatLocalDate(a.scheduledDate, r.locale), movedTo: a.movedTo ? formatLocalDate(a.movedTo, r.locale) : null, reason: a.reason })),
        });
      }
      if (result.reason === 'invalid') {
        const e = r.messages.consultation.errors;
        const texts: Record<string, string> = { required: e.required, invalid: e.invalid, out_of_range: e.invalid };
        return form(Object.fromEntries(Object.entries(result.errors).map(([field, code]) => [field, texts[code as string] ?? e.invalid])));
      }
      return form({ end: refusal(r.messages, result.reason).text });
    },
  };
}
