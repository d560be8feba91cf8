// From a case's record to the thread's view models: who sees which names, which buttons the
// case allows now, and the case card the professional opens from "Mina konsultationer".
import { caseCard } from '../../cards/consultation/case.card.js';
import type { MineView } from '../../cards/consultation/mine.card.js';
import type { ThreadButton, ThreadView } from '../../cards/consultation/thread.card.js';
import type { CaseThread } from '../../services/consultation/case-thread.js';
import type { Locale, Messages } from '../../cards/i18n/catalogue.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import { awaitsReply } from '../../services/consultation/thread-rules.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { formatInstant } from '../format.js';
import { consultationView } from './views.js';

/** "Mina konsultationer" says what a case was about in this many characters of the question. */
export const SUMMARY_LENGTH = 200;

export function summaryOf(question: string | null): string | null {
  if (question === null) return null;
  return question.length <= SUMMARY_LENGTH ? question : `${question.slice(0, SUMMARY_LENGTH).trimEnd()}…`;
}

/** The RC writes on a taken case until it is closed. */
export function coordinatorButtons(record: ConsultationRecord): ThreadButton[] {
  return record.status === 'claimed' || record.status === 'answered' ? ['ask', 'info'] : [];
}

/** The professional replies to an open question or writes; on a closed case, a new contact while the period runs. */
export function requesterButtons(record: ConsultationRecord, mayStartNewContact: boolean): ThreadButton[] {
  if (record.status === 'claimed' || record.status === 'answered') return [awaitsReply(record) ? 'reply' : 'write'];
  return record.status === 'closed' && mayStartNewContact ? ['new_contact'] : [];
}

export function threadView(directory: DirectoryIndex, record: ConsultationRecord, locale: Locale, audience: ThreadView['audience'], buttons: ThreadButton[]): ThreadView {
  return {
    audience,
    rcId: record.rcId,
    id: record.id,
    requesterSector: record.sector,
    buttons,
    entries: record.thread.map((m) => ({
      from: m.from,
      kind: m.kind,
      centreName: directory.centre(m.rcId)?.name ?? m.rcId,
      // Never a coordinator's name to the professional: the RC answers as a centre.
      ...(audience === 'coordinators' && m.by?.name ? { byName: m.by.name } : {}),
      at: formatInstant(m.at, locale),
      text: m.text,
    })),
  };
}

export function caseCardFor(
  directory: DirectoryIndex,
  record: ConsultationRecord,
  messages: Messages,
  locale: Locale,
  mayStartNewContact: boolean,
  notice?: { text: string; tone: 'good' | 'attention' },
): AdaptiveCard {
  return caseCard({
    messages,
    consultation: consultationView(directory, record, locale),
    summary: summaryOf(record.question),
    thread: threadView(directory, record, locale, 'requester', requesterButtons(record, mayStartNewContact)),
    ...(notice ? { notice } : {}),
  });
}

/** One case in "Mina konsultationer": what it was about, the latest of its thread and what can be done now. */
export async function mineEntry(
  directory: DirectoryIndex,
  record: ConsultationRecord,
  locale: Locale,
  caseThread: Pick<CaseThread, 'mayStartNewContact'>,
  handedOnFrom?: { rcId: string; reference: string },
): Promise<MineView['consultations'][number]> {
  const buttons = requesterButtons(record, await caseThread.mayStartNewContact(record));
  const from = handedOnFrom && { centreName: directory.centre(handedOnFrom.rcId)?.name ?? handedOnFrom.rcId, reference: handedOnFrom.reference };
  return { ...consultationView(directory, record, locale), summary: summaryOf(record.question), thread: threadView(directory, record, locale, 'requester', buttons), ...(from ? { handedOnFrom: from } : {}) };
}
