// The lead's agenda: questions sent in advance in the lead's order, plus non-case items.
// Each question can be moved up, marked discussed, or carried over to the next session.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { codeLabels } from '../consultation/choices.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS, type Verb } from '../verbs.js';

export type AgendaEntryView =
  | { kind: 'question'; id: string; /** Null once erased by retention. */ text: string | null; status: 'submitted' | 'discussed' | 'carried_over' | 'withdrawn'; questionType: string; orgName: string }
  | { kind: 'item'; id: string; title: string; itemKind: 'court_ruling' | 'method' | 'other' };

export interface AgendaView {
  messages: Messages;
  networkId: string;
  sessionId: string;
  date: string;
  entries: AgendaEntryView[];
  notice?: { text: string; tone: 'good' | 'attention' };
}

export function agendaCard(view: AgendaView): AdaptiveCard {
  const { messages: m } = view;
  const a = m.sessions.agenda;
  const ids = { networkId: view.networkId, sessionId: view.sessionId };
  const body: CardElement[] = [heading(fill(a.title, { date: view.date }))];
  if (view.notice) body.push(paragraph(view.notice.text, { color: view.notice.tone }));
  if (view.entries.length === 0) body.push(paragraph(a.empty, { isSubtle: true }));
  view.entries.forEach((entry, position) => {
    if (entry.kind === 'item') {
      body.push({ type: 'Container', separator: true, items: [paragraph(`${position + 1}. ${a.itemKinds[entry.itemKind]}: ${entry.title}`)] });
      return;
    }
    const open = entry.status === 'submitted' || entry.status === 'carried_over';
    const act = (title: string, verb: Verb) => executeAction(title, verb, { ...ids, questionId: entry.id }, { associatedInputs: 'none' });
    body.push({
      type: 'Container',
      separator: true,
      items: [
        entry.text === null ? paragraph(`${position + 1}. ${a.erased}`, { isSubtle: true }) : paragraph(`${position + 1}. ${entry.text}`),
        paragraph(`${entry.orgName} · ${codeLabels(m, 'questionType', [entry.questionType])} · ${a.statuses[entry.status]}`, { size: 'small', isSubtle: true, spacing: 'none' }),
        ...(open ? [{ type: 'ActionSet' as const, actions: [act(a.discussed, VERBS.sessionAgendaDiscussed), act(a.carryOver, VERBS.sessionAgendaCarryOver), ...(position > 0 ? [act(a.up, VERBS.sessionAgendaMoveUp)] : [])] }] : []),
      ],
    });
  });
  body.push(
    { type: 'Input.ChoiceSet', id: 'itemKind', label: a.itemKind, style: 'compact', value: 'court_ruling', choices: (['court_ruling', 'method', 'other'] as const).map((k) => ({ title: a.itemKinds[k], value: k })), spacing: 'large' },
    { type: 'Input.Text', id: 'itemTitle', label: a.itemTitle, maxLength: 300 },
  );
  return adaptiveCard(
    body,
    [
      executeAction(a.addItem, VERBS.sessionAgendaAddItem, ids, { associatedInputs: 'auto' }),
      executeAction(m.sessions.list.title, VERBS.sessionList, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: fill(a.title, { date: view.date }) },
  );
}
