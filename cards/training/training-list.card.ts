// "Utbildningar": the trainings ahead, with a place to register, the waiting list, the calendar
// file and the meeting link; for the RC's coordinators also the buttons to run each one, the
// orders waiting, and planning a new one. A notice on top says what just happened.
import type { PlaceChoice } from '../centre/centre-search.card.js';
import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { VERBS } from '../verbs.js';
import { municipalityInput } from './request-form.card.js';

export interface TrainingItem {
  rcId: string;
  id: string;
  title: string;
  /** "Utbildning · Riskbedömning · Resurscentrum Väst" */
  subtitle: string;
  when: string;
  where: string;
  capacity: number;
  free: number;
  registered: number;
  waiting: number;
  mine: { state: 'registered' } | { state: 'waiting'; position: number } | { state: 'none' };
  invitedOnly: boolean;
  calendarUrl?: string;
  meetingUrl?: string;
  /** The viewer coordinates this RC: run buttons shown. */
  manage: boolean;
  /** Started: participants can be recorded. */
  started: boolean;
}

export interface TrainingListView {
  messages: Messages;
  items: TrainingItem[];
  municipalities: PlaceChoice[];
  /** The municipality last registered from, kept for the next click. */
  municipality?: string;
  /** The RC the viewer coordinates here (channel), for planning and orders. */
  coordinatorRc?: string;
  notice?: { text: string; tone: 'good' | 'attention' };
}

function itemActions(m: Messages, item: TrainingItem): CardAction[] {
  const l = m.training.list;
  const ref = { rcId: item.rcId, eventId: item.id };
  const own: CardAction[] = [];
  if (item.mine.state === 'registered') own.push(executeAction(l.unregister, VERBS.trainingUnregister, ref, { associatedInputs: 'none' }));
  else if (item.mine.state === 'waiting') own.push(executeAction(l.leaveWaitlist, VERBS.trainingWaitlistLeave, ref, { associatedInputs: 'none' }));
  else if (item.free > 0) own.push(executeAction(l.register, VERBS.trainingRegister, ref, { style: 'positive', associatedInputs: 'auto' }));
  else own.push(executeAction(l.waitlist, VERBS.trainingWaitlist, ref, { associatedInputs: 'auto' }));
  if (item.calendarUrl) own.push({ type: 'Action.OpenUrl', title: l.calendar, url: item.calendarUrl });
  if (item.meetingUrl && item.mine.state === 'registered') own.push({ type: 'Action.OpenUrl', title: l.join, url: item.meetingUrl });
  if (!item.manage) return own;
  const manage: CardAction[] = item.started
    ? [executeAction(l.participants, VERBS.trainingParticipantsOpen, ref, { associatedInputs: 'none' })]
    : [executeAction(l.change, VERBS.trainingRescheduleOpen, ref, { associatedInputs: 'none' }), executeAction(l.cancel, VERBS.trainingCancelOpen, ref, { style: 'destructive', associatedInputs: 'none' })];
  // Coordinators in the channel do not register themselves; they run the training.
  return manage;
}

function itemBlock(m: Messages, item: TrainingItem): CardElement {
  const l = m.training.list;
  const places = item.free > 0 ? fill(l.places, { free: item.free, capacity: item.capacity }) : l.full;
  const mine = item.mine.state === 'registered' ? l.registered : item.mine.state === 'waiting' ? fill(l.waiting, { position: item.mine.position }) : null;
  return {
    type: 'Container',
    separator: true,
    items: [
      paragraph(item.title, { weight: 'bolder' }),
      paragraph(item.subtitle, { isSubtle: true, size: 'small', spacing: 'none' }),
      paragraph(`${item.when} · ${item.where}`, { spacing: 'none' }),
      paragraph(item.manage ? `${places} · ${fill(l.registeredCount, { count: item.registered, waiting: item.waiting })}` : places, { size: 'small', spacing: 'none' }),
      ...(item.invitedOnly ? [paragraph(l.invitedOnly, { size: 'small', isSubtle: true, spacing: 'none' })] : []),
      ...(mine ? [paragraph(mine, { color: 'good', size: 'small' })] : []),
      { type: 'ActionSet', actions: itemActions(m, item) },
    ],
  };
}

export function trainingListCard(view: TrainingListView): AdaptiveCard {
  const { messages: m, items } = view;
  const l = m.training.list;
  const registering = items.some((i) => !i.manage && i.mine.state === 'none');
  return adaptiveCard(
    [
      heading(l.title),
      ...(view.notice ? [paragraph(view.notice.text, { color: view.notice.tone })] : []),
      ...(items.length === 0 ? [paragraph(l.empty)] : []),
      // One municipality for every registration button on the card (invited trainings check it).
      ...(registering ? municipalityInput(m, { values: { municipality: view.municipality }, errors: {} }, 'municipality', l.municipality, view.municipalities) : []),
      ...items.map((item) => itemBlock(m, item)),
    ],
    view.coordinatorRc
      ? [
          executeAction(l.plan, VERBS.trainingEventOpen, { rcId: view.coordinatorRc }, { associatedInputs: 'none' }),
          executeAction(l.requests, VERBS.trainingRequests, { rcId: view.coordinatorRc }, { associatedInputs: 'none' }),
        ]
      : [
          executeAction(m.training.order, VERBS.trainingRequestOpen, {}, { associatedInputs: 'none' }),
          executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
        ],
    { fallbackText: l.title },
  );
}
