import { executeAction } from './actions.js';
import { adaptiveCard, heading, paragraph } from './card.js';
import type { Messages } from './i18n/catalogue.js';
import type { AdaptiveCard } from './types.js';
import { VERBS } from './verbs.js';

export interface WelcomeView {
  messages: Messages;
  /** Administrators also see the way into the directory corrections. */
  isAdmin?: boolean;
  /** RC coordinators (and administrators) also see their statistics. */
  showStatistics?: boolean;
  /** RC coordinators see their open cases ("Öppna ärenden"; their own taken ones in personal chat). */
  showQueue?: boolean;
}

/** The menu: the three jobs professionals come for. */
export function welcomeCard({ messages: m, isAdmin = false, showStatistics = false, showQueue = false }: WelcomeView): AdaptiveCard {
  return adaptiveCard(
    [
      heading(m.welcome.title),
      paragraph(m.welcome.intro),
      {
        type: 'Container',
        style: 'emphasis',
        items: [paragraph(m.welcome.privacy, { size: 'small' })],
      },
      paragraph(m.welcome.chooseJob, { weight: 'bolder', spacing: 'medium' }),
      {
        type: 'FactSet',
        facts: [
          { title: m.welcome.consultation, value: m.welcome.consultationHint },
          { title: m.welcome.findCentre, value: m.welcome.findCentreHint },
          { title: m.welcome.sessions, value: m.welcome.sessionsHint },
        ],
      },
      // In the body, not the card's actions: Teams shows at most five of those.
      ...(showQueue ? [{ type: 'ActionSet' as const, actions: [executeAction(m.consultation.queue.open, VERBS.consultationQueue)] }] : []),
      // Professionals order trainings; the RC's coordinators run theirs from "Utbildningar".
      { type: 'ActionSet', actions: [showQueue ? executeAction(m.training.menu, VERBS.trainingList) : executeAction(m.training.order, VERBS.trainingRequestOpen)] },
      paragraph(m.common.emergency, { size: 'small', isSubtle: true, spacing: 'medium' }),
    ],
    [
      executeAction(m.welcome.consultation, VERBS.consultationStart, {}, { style: 'positive' }),
      executeAction(m.welcome.findCentre, VERBS.centreFind),
      executeAction(m.welcome.sessions, VERBS.sessionList),
      ...(showStatistics ? [executeAction(m.welcome.statistics, VERBS.statsShow)] : []),
      ...(isAdmin ? [executeAction(m.welcome.editDirectory, VERBS.centrePick)] : []),
    ],
    { fallbackText: `${m.welcome.title}. ${m.welcome.chooseJob}` },
  );
}
