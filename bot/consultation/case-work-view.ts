// From a record to what the channel card shows of its handing on and further contacts
// (cards/consultation/case-work.ts): centre names from the directory, times in Stockholm.
import type { CaseWorkView } from '../../cards/consultation/case-work.js';
import type { ConsultationRecord } from '../../services/consultation/record.js';
import type { DirectoryIndex } from '../../services/directory/lookup.js';
import { formatInstant, formatLocalDate } from '../format.js';

export function caseWorkView(directory: DirectoryIndex, record: ConsultationRecord): CaseWorkView {
  const centreName = (rcId: string) => directory.centre(rcId)?.name ?? rcId;
  const name = (p: { id: string; name?: string }) => p.name ?? '–';
  const to = record.transferredTo;
  const from = record.transferredFrom;
  return {
    ...(to ? { sentTo: { rcId: to.rcId, centreName: centreName(to.rcId), reference: to.reference, reason: to.reason } } : {}),
    ...(from ? { cameFrom: { centreName: centreName(from.rcId), reference: from.reference } } : {}),
    stage: record.stage ?? null,
    contacts: record.contacts,
    contactLog: (record.contactLog ?? []).map((e) => ({ on: formatLocalDate(e.on, 'sv'), channel: e.channel })),
    history: (record.handovers ?? []).map((h) => {
      const when = formatInstant(h.at, 'sv');
      if (h.kind === 'pass') return { kind: 'pass' as const, when, byName: name(h.by), toName: h.to ? name(h.to) : '–' };
      if (h.kind === 'transfer') return { kind: 'transfer' as const, when, byName: name(h.by), centreName: centreName(h.toRcId ?? '') };
      return { kind: 'release' as const, when, byName: name(h.by) };
    }),
  };
}
