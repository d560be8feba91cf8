// A consultation as it starts: what the request or the log form gave, and everything else in
// its first state. One place, so a request and a logged consultation begin alike.
import type { RecordDraft } from './consultation-repository.js';

export type DraftFields = Pick<
  RecordDraft,
  | 'rcId' | 'municipality' | 'sector' | 'gender' | 'ageBand' | 'violence' | 'perpetrators' | 'questionType' | 'urgent'
  | 'channel' | 'question' | 'answer' | 'outcomes' | 'contacts' | 'requester' | 'submissionKey'
>;

// Copied onto `{}` rather than spread first: Node 20's optimised code gives each object made
// by a leading spread plus new keys a hidden class of its own (a map on the heap per submit).
export function newRecordDraft(fields: DraftFields, createdAt: string): RecordDraft {
  return Object.assign({}, fields, {
    status: 'new' as const,
    adviceFollowed: null,
    helpfulness: null,
    claimedBy: null,
    answeredBy: null,
    channelActivityId: null,
    nationalActivityId: null,
    requesterConversation: null,
    reannouncements: 0,
    followUp: 'none' as const,
    thread: [],
    times: { created: createdAt, claimed: null, answered: null, closed: null, withdrawn: null, erased: null, reannounced: null, followUpAsked: null },
  });
}
