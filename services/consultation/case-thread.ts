// The conversation on a case after the request: the RC's clarifying questions and the
// professional's replies, information either side adds, and the professional's new contact
// on a closed case. Every message passes the free-text cleaning and the identifier check
// before it is stored; every change is the repository's conditional write. Kept apart from
// ConsultationService, which handles the request's own life (claim, answer, close).
import type { DirectoryIndex } from '../directory/lookup.js';
import { coordinates, personOf, type Actor } from '../rights/actor.js';
import type { DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { realSleep, type Sleep } from '../time/sleep.js';
import { ChangeMarks } from './change-marks.js';
import { ConsultationRepository, type NotFound, type Updated } from './consultation-repository.js';
import type { Invalid } from './consultation-results.js';
import { choice, collect, freeText, ok, toggle, type FormInput, type Parsed, type RawInput } from './fields.js';
import { functionalContacts } from './functional-contacts.js';
import type { ConsultationRecord } from './record.js';
import { ReopenPeriods, type ReopenField, type SetReopenResult } from './reopen-periods.js';
import { COORDINATOR_KINDS, type CoordinatorKind } from './thread-message.js';
import * as rules from './thread-rules.js';

export const THREAD_FIELDS = ['kind', 'text', 'confirmWarnings'] as const;
export type ThreadField = (typeof THREAD_FIELDS)[number];

export type MessageResult = Updated<rules.MessageRefusal> | Invalid<ThreadField>;
export type NewContactResult = Updated<rules.NewContactRefusal> | Invalid<ThreadField>;
/** The professional's own case, with whether "Ny kontakt i samma ärende" is open now. */
export type CaseView = { ok: true; record: ConsultationRecord; mayStartNewContact: boolean };
export type CaseViewResult = CaseView | NotFound | { ok: false; reason: 'not_yours' };

export class CaseThread {
  private readonly repo: ConsultationRepository;
  private readonly periods: ReopenPeriods;

  constructor(
    store: DocumentStore,
    private readonly directory: () => DirectoryIndex,
    private readonly clock: Clock,
    options: { sleep?: Sleep } = {},
  ) {
    this.repo = new ConsultationRepository(store, options.sleep ?? realSleep, new ChangeMarks(store, clock));
    this.periods = new ReopenPeriods(store, clock);
  }

  /**
   * A message on a taken case. From the RC's bound channel it is the RC's (a question or
   * information, as the card says); from anyone else it must be the asker's, and it is the
   * reply when the RC's last question is still open.
   */
  async write(actor: Actor, rcId: string, id: string, input: FormInput<ThreadField>): Promise<MessageResult> {
    const asCoordinator = coordinates(actor, rcId);
    const parsed = this.parse(input, rcId, asCoordinator);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors, privacy: parsed.privacy };
    const author: rules.Author = asCoordinator
      ? { role: 'coordinator', person: personOf(actor), kind: parsed.value.kind ?? 'info' }
      : { role: 'requester', id: actor.id };
    return this.repo.update(rcId, id, (r) => rules.addMessage(r, author, parsed.value.text, this.nowIso()));
  }

  /** "Ny kontakt i samma ärende": the asker reopens a closed case with a message, within the RC's period. */
  async startNewContact(actor: Actor, rcId: string, id: string, input: FormInput<ThreadField>): Promise<NewContactResult> {
    const parsed = this.parse(input, rcId, false);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors, privacy: parsed.privacy };
    const days = await this.periods.forCentre(rcId);
    return this.repo.update(rcId, id, (r) => rules.newContact(r, actor.id, parsed.value.text, this.nowIso(), days));
  }

  /** The case as its asker sees it ("Mina konsultationer"): nobody else's. */
  async viewAsRequester(actor: Actor, rcId: string, id: string): Promise<CaseViewResult> {
    const stored = await this.repo.findById(rcId, id);
    if (!stored) return { ok: false, reason: 'not_found' };
    if (stored.item.requester?.id !== actor.id) return { ok: false, reason: 'not_yours' };
    return { ok: true, record: stored.item, mayStartNewContact: await this.mayStartNewContact(stored.item) };
  }

  /** Whether the asker may reopen this case now: closed, and within its RC's period. */
  async mayStartNewContact(record: ConsultationRecord): Promise<boolean> {
    return rules.mayStartNewContact(record, this.clock.now(), await this.periods.forCentre(record.rcId));
  }

  async reopenDays(rcId: string): Promise<number> {
    return this.periods.forCentre(rcId);
  }

  /** The RC's coordinators set how long after closing a case may be reopened. */
  async setReopenDays(actor: Actor, rcId: string, input: FormInput<ReopenField>): Promise<SetReopenResult> {
    return this.periods.set(actor, rcId, input);
  }

  private parse(raw: RawInput, rcId: string, asCoordinator: boolean): Parsed<{ text: string; kind: CoordinatorKind | undefined }, ThreadField> {
    const confirmWarnings = toggle(raw, 'confirmWarnings');
    const confirmed = confirmWarnings.ok && confirmWarnings.value;
    const parsed = collect({
      // The RC's published numbers and addresses are no identifiers, whoever writes them.
      text: freeText(raw, 'text', { required: true, confirmed, knownSafeTerms: functionalContacts(this.directory(), rcId) }),
      confirmWarnings,
      // The RC says whether it asks or informs; the asker's kind follows from the thread.
      kind: asCoordinator ? choice(raw, 'kind', COORDINATOR_KINDS) : ok(undefined),
    });
    if (!parsed.ok) return parsed;
    return { ok: true, value: { text: parsed.value.text, kind: parsed.value.kind } };
  }

  private nowIso(): string {
    return this.clock.now().toISOString();
  }
}
