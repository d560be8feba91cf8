// E-mail addresses, including the "name (at) domain.se" form people use to dodge
// spam filters. The domain must end in a dot and a letter TLD, so "@polisen" in a
// chat mention or "kl. 13@home" is not taken for an address.

import type { Finding } from '../types.js';

const LOCAL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}._%+\-]*[\p{L}\p{N}_])?`;
const AT = String.raw`(?:@|[ \u00a0]?[\[(][ \u00a0]?(?:at|snabel-a)[ \u00a0]?[\])][ \u00a0]?)`;
const DOMAIN = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?)*\.\p{L}{2,}`;
const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL}${AT}${DOMAIN}(?![\p{L}\p{N}])`, 'giu');

export function findEmailAddresses(text: string): Finding[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email_address' as const, start: m.index, end: m.index + m[0].length }));
}
