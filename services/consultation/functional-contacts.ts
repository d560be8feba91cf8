// The contacts a coordinator may give in an answer: the functional phone numbers and e-mail
// addresses the directory publishes for their own RC and for NCH. Staff stay anonymous behind
// functional contacts (sources L1068, L6263); every other number or address is still blocked.
import type { DirectoryIndex } from '../directory/lookup.js';

type Channel = { kind: string; value?: string };

/** As published, and a phone number also as bare digits ("031-123 45 67" and "0311234567"). */
export function functionalContacts(directory: DirectoryIndex, rcId: string): string[] {
  const channels: Channel[] = [...(directory.centre(rcId)?.channels ?? []), ...directory.nationalFallback.channels];
  const terms = channels.flatMap((c) => {
    if (!c.value) return [];
    if (c.kind === 'email') return [c.value];
    if (c.kind === 'phone' || c.kind === 'support_line') return [c.value, c.value.replace(/[\s-]/g, '')];
    return [];
  });
  return [...new Set(terms)];
}
