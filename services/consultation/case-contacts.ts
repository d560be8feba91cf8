// Further contacts on the same case, and the case's stage at first contact. One case can take
// 20-30 calls (L7040-7042) and the RCs count unique cases and contacts apart (L6765-6767), so
// a new call, e-mail or meeting about a case is a contact on its record, never a new record.
// The stage answers the sources' complaint that the RC is brought in late (L7936-7955).
import type { DocumentStore } from '../storage/port.js';
import type { Clock } from '../time/clock.js';
import { realSleep, type Sleep } from '../time/sleep.js';
import { zonedDate } from '../time/zoned-time.js';
import { coordinates, personOf, type Actor } from '../rights/actor.js';
import { ChangeMarks } from './change-marks.js';
import { contactChannelSchema, stageSchema, type ContactChannel, type Stage } from './codes.js';
import { ConsultationRepository, type Decision } from './consultation-repository.js';
import { NOT_COORDINATOR, type ChangeResult, type NotCoordinator } from './consultation-results.js';
import type { ConsultationRecord, Person } from './record.js';

export const CONTACT_FIELDS = ['channel', 'on', 'contactKey'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactError = 'required' | 'invalid' | 'invalid_date' | 'future' | 'before_case';
export type ContactInvalid = { ok: false; reason: 'invalid'; errors: Partial<Record<'channel' | 'on', ContactError>> };

type Refusal<R extends string> = { ok: false; reason: R };
export type CaseWorkRefusal = Refusal<'not_claimed' | 'withdrawn' | 'transferred'>;
export type ContactResult = ChangeResult<CaseWorkRefusal> | ContactInvalid | NotCoordinator;
export type StageResult = ChangeResult<CaseWorkRefusal> | NotCoordinator | Refusal<'invalid_code'>;

/** A contact is recorded on a case someone works on: taken, answered or closed. */
function workable(record: ConsultationRecord): CaseWorkRefusal | undefined {
  if (record.status === 'withdrawn') return { ok: false, reason: 'withdrawn' };
  if (record.status === 'transferred') return { ok: false, reason: 'transferred' };
  if (record.status === 'new') return { ok: false, reason: 'not_claimed' };
  return undefined;
}

export function addContact(record: ConsultationRecord, entry: { channel: ContactChannel; on: string; key: string; by: Person }, now: string): Decision<CaseWorkRefusal> {
  const stop = workable(record);
  if (stop) return stop;
  const log = record.contactLog ?? [];
  // The same form sent twice (a double click, a retry) is one contact.
  if (log.some((e) => e.key === entry.key)) return { ok: true, next: record };
  return { ok: true, next: { ...record, contacts: record.contacts + 1, contactLog: [...log, { ...entry, at: now }] } };
}

/** Any coordinator may correct it while the case is theirs to work on; the last answer counts. */
export function setStage(record: ConsultationRecord, stage: Stage): Decision<CaseWorkRefusal> {
  if (record.status === 'withdrawn') return { ok: false, reason: 'withdrawn' };
  if (record.status === 'transferred') return { ok: false, reason: 'transferred' };
  return { ok: true, next: record.stage === stage ? record : { ...record, stage } };
}

export class CaseContacts {
  private readonly repo: ConsultationRepository;

  constructor(
    store: DocumentStore,
    private readonly clock: Clock,
    options: { sleep?: Sleep } = {},
  ) {
    this.repo = new ConsultationRepository(store, options.sleep ?? realSleep, new ChangeMarks(store, clock));
  }

  /** A further contact by phone, e-mail or meeting on the given day (Stockholm), not after today. */
  async addContact(actor: Actor, rcId: string, id: string, input: Partial<Record<ContactField, string>>): Promise<ContactResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const errors: ContactInvalid['errors'] = {};
    const channel = contactChannelSchema.safeParse(input.channel);
    if (!input.channel) errors.channel = 'required';
    else if (!channel.success) errors.channel = 'invalid';
    const today = zonedDate(this.clock.now());
    const on = input.on?.trim() ?? '';
    if (!on) errors.on = 'required';
    else if (!isCalendarDate(on)) errors.on = 'invalid_date';
    else if (on > today) errors.on = 'future';
    const key = input.contactKey?.trim();
    if (!key) errors.channel ??= 'invalid';
    if (Object.keys(errors).length > 0 || !channel.success || !key) return { ok: false, reason: 'invalid', errors };
    const by = personOf(actor);
    let early = false;
    const result = await this.repo.update(rcId, id, (r) => {
      early = on < zonedDate(new Date(r.times.created));
      return early ? { ok: false, reason: 'invalid' as const } : addContact(r, { channel: channel.data, on, key, by }, this.clock.now().toISOString());
    });
    if (!result.ok && result.reason === 'invalid') return { ok: false, reason: 'invalid', errors: { on: 'before_case' } };
    return result as ContactResult;
  }

  async setStage(actor: Actor, rcId: string, id: string, code: string | undefined): Promise<StageResult> {
    if (!coordinates(actor, rcId)) return NOT_COORDINATOR;
    const stage = stageSchema.safeParse(code);
    if (!stage.success) return { ok: false, reason: 'invalid_code' };
    return this.repo.update(rcId, id, (r) => setStage(r, stage.data));
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}
