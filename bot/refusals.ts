// The one place where what went wrong becomes words: typed domain refusals and failures of
// the store or of our own code, each to its own catalogue message. Internal text (an error's
// message, a store's host) never reaches a person.
import { fill, type Messages } from '../cards/i18n/catalogue.js';
import { noticeCard } from '../cards/notice.card.js';
import type { AdaptiveCard } from '../cards/types.js';
import type { PrivacyKinds } from '../services/consultation/fields.js';
import type { Refusal, RefusalReason } from '../services/refusal.js';
import { StoreUnavailableError } from '../services/storage/errors.js';

// Compile-time: the catalogue has a text for every reason a service can give.
type Covered = Record<RefusalReason, string>;
const covers = (refusals: Messages['refusals']): Covered => refusals;

/** Why the person's action was not done, in their language. */
export function refusalText(m: Messages, refusal: Pick<Refusal, 'reason' | 'by' | 'max'>, context: { withdrawing?: boolean } = {}): string {
  const texts = covers(m.refusals);
  if (refusal.reason === 'already_claimed' && context.withdrawing) return m.refusals.already_claimed_withdraw;
  if (refusal.reason === 'already_answered' && context.withdrawing) return m.refusals.already_answered_withdraw;
  return fill(texts[refusal.reason], { name: refusal.by?.name ?? '–', max: refusal.max ?? '' });
}

/** A refusal as a card of its own, when there is no form or list to show it on. */
export function refusalCard(m: Messages, refusal: Pick<Refusal, 'reason' | 'by' | 'max'>): AdaptiveCard {
  return noticeCard({ messages: m, text: refusalText(m, refusal), tone: 'attention' });
}

/** A notice to show on the card the person is looking at (a list, a form). */
export function refusalNotice(m: Messages, refusal: Pick<Refusal, 'reason' | 'by' | 'max'>): { text: string; tone: 'attention' } {
  return { text: refusalText(m, refusal), tone: 'attention' };
}

/** What a person is told when the turn failed rather than was refused. */
export function failureText(m: Messages, error: unknown): string {
  return error instanceof StoreUnavailableError ? m.failures.storeUnavailable : m.failures.generic;
}

export function failureCard(m: Messages, error: unknown): AdaptiveCard {
  return noticeCard({ messages: m, text: failureText(m, error), tone: 'attention' });
}

/** Field error codes (and what the identifier check found) as the message next to each field. */
export function fieldErrorTexts(m: Messages, errors: Readonly<Record<string, string | undefined>>, privacy: Readonly<Record<string, PrivacyKinds | undefined>> = {}): Record<string, string> {
  const texts = m.consultation.errors as Record<string, string>;
  return Object.fromEntries(
    Object.entries(errors).flatMap(([field, code]) => {
      if (!code) return [];
      const found = privacy[field];
      const kinds = found ? [...found.blocking, ...found.warnings].map((k) => m.consultation.findingKinds[k]).join(', ') : '';
      return [[field, fill((Object.hasOwn(texts, code) ? texts[code] : undefined) ?? texts.invalid ?? '', { kinds })]];
    }),
  );
}
