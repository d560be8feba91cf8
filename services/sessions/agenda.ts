// A session's agenda: the questions sent in for it plus the lead's non-case items (court
// rulings, methods). The lead's order comes first; anything not yet placed follows, questions
// carried over from an earlier session ahead of new ones, because they have waited longest.

import type { AgendaItem, Question, Session } from './model.js';

export type AgendaEntry = { kind: 'question'; id: string; question: Question } | { kind: 'item'; id: string; item: AgendaItem };

/** Withdrawn questions are not on the agenda; discussed ones stay, marked, so the lead sees what is done. */
export function agendaEntries(session: Session, questions: readonly Question[]): AgendaEntry[] {
  const onAgenda = questions.filter((q) => q.sessionId === session.id && q.status !== 'withdrawn');
  const byId = new Map<string, AgendaEntry>();
  for (const question of onAgenda) byId.set(question.id, { kind: 'question', id: question.id, question });
  for (const item of session.agendaItems) byId.set(item.id, { kind: 'item', id: item.id, item });

  const placed: AgendaEntry[] = [];
  for (const id of session.agendaOrder) {
    const entry = byId.get(id);
    if (entry) {
      placed.push(entry);
      byId.delete(id);
    }
  }
  const rest = [...byId.values()].sort((a, b) => rank(a) - rank(b) || timeOf(a).localeCompare(timeOf(b)));
  return [...placed, ...rest];
}

function rank(entry: AgendaEntry): number {
  if (entry.kind === 'item') return 2;
  return entry.question.status === 'carried_over' ? 0 : 1;
}

function timeOf(entry: AgendaEntry): string {
  return entry.kind === 'item' ? entry.item.at : entry.question.times.submitted;
}

/** An order the lead may set: every id known to the agenda, none twice. */
export function checkOrder(orderedIds: unknown, entries: readonly AgendaEntry[]): string[] | null {
  if (!Array.isArray(orderedIds) || orderedIds.length > entries.length) return null;
  const known = new Set(entries.map((e) => e.id));
  const seen = new Set<string>();
  for (const id of orderedIds) {
    if (typeof id !== 'string' || !known.has(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return orderedIds as string[];
}
