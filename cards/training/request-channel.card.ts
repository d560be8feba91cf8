// A training order as the RC's coordinators see it in their channel, updated in place after
// each step, with only the buttons its state allows; and their list of orders waiting.
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';

export interface TrainingRequestView {
  rcId: string;
  id: string;
  topic: string;
  kind: string;
  status: 'new' | 'taken' | 'proposed' | 'declined' | 'planned';
  takenBy: string;
  professions: string;
  participants: number;
  period: string;
  format: string;
  municipality: string;
  text: string | null;
  proposals: string[];
  declineReason: string | null;
  received: string;
}

export interface TrainingRequestChannelView {
  messages: Messages;
  request: TrainingRequestView;
  /** Shown in the national channel because the RC has none. */
  national?: boolean;
  notice?: { text: string; tone: 'good' | 'attention' };
}

function facts(m: Messages, r: TrainingRequestView): CardElement {
  const c = m.training.channel;
  const rows = [
    { title: m.training.request.kind, value: r.kind },
    { title: c.professions, value: r.professions },
    { title: c.participants, value: String(r.participants) },
    { title: c.period, value: r.period },
    { title: c.format, value: r.format },
    { title: c.municipality, value: r.municipality },
    ...(r.text ? [{ title: c.text, value: r.text }] : []),
    ...(r.proposals.length > 0 ? [{ title: c.proposals, value: r.proposals.join(', ') }] : []),
    ...(r.declineReason ? [{ title: c.declineReason, value: r.declineReason }] : []),
  ];
  return { type: 'FactSet', facts: rows };
}

export function trainingRequestChannelCard({ messages: m, request: r, national, notice }: TrainingRequestChannelView): AdaptiveCard {
  const c = m.training.channel;
  const title = fill(c.title, { topic: r.topic });
  const open = r.status === 'new' || r.status === 'taken' || r.status === 'proposed';
  const ref = { rcId: r.rcId, requestId: r.id };
  return adaptiveCard(
    [
      heading(title),
      paragraph(`${c.from} · ${r.received} · ${fill(c.status[r.status], { name: r.takenBy })}`, { isSubtle: true, size: 'small' }),
      ...(national ? [paragraph(c.national, { color: 'attention' })] : []),
      ...(notice ? [paragraph(notice.text, { color: notice.tone })] : []),
      facts(m, r),
    ],
    open
      ? [
          ...(r.status === 'new' ? [executeAction(c.take, VERBS.trainingRequestTake, ref, { style: 'positive' })] : []),
          executeAction(c.propose, VERBS.trainingProposeOpen, ref),
          executeAction(c.plan, VERBS.trainingEventOpen, ref),
          executeAction(c.decline, VERBS.trainingDeclineOpen, ref, { style: 'destructive' }),
        ]
      : [],
    { fallbackText: title },
  );
}

export interface TrainingRequestsView {
  messages: Messages;
  requests: TrainingRequestView[];
}

/** The coordinators' orders still waiting for an answer, oldest first. */
export function trainingRequestsCard({ messages: m, requests }: TrainingRequestsView): AdaptiveCard {
  const c = m.training.channel;
  return adaptiveCard(
    [
      heading(c.queueTitle),
      ...(requests.length === 0 ? [paragraph(c.queueEmpty)] : []),
      ...requests.map(
        (r): CardElement => ({
          type: 'Container',
          separator: true,
          items: [
            paragraph(`${r.topic} · ${r.municipality} · ${r.period}`, { weight: 'bolder' }),
            paragraph(`${r.received} · ${fill(c.status[r.status], { name: r.takenBy })}`, { isSubtle: true, size: 'small' }),
            {
              type: 'ActionSet',
              actions: [
                executeAction(c.propose, VERBS.trainingProposeOpen, { rcId: r.rcId, requestId: r.id }),
                executeAction(c.plan, VERBS.trainingEventOpen, { rcId: r.rcId, requestId: r.id }),
                executeAction(c.decline, VERBS.trainingDeclineOpen, { rcId: r.rcId, requestId: r.id }),
              ],
            },
          ],
        }),
      ),
    ],
    [executeAction(m.training.list.title, VERBS.trainingList, {}, { associatedInputs: 'none' })],
    { fallbackText: c.queueTitle },
  );
}
