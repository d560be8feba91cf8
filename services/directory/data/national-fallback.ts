// NCH: the national fallback whenever no resource centre covers a place (brief; A-L180).
// The reports name the national support phone for professionals but print no number, so
// the number stays undefined for an admin to fill; the web address is from outside the
// sources and marked so.

import type { NationalFallback } from '../schema.js';

export const NATIONAL_FALLBACK: NationalFallback = {
  id: 'nch',
  shortName: 'NCH',
  name: 'Nationellt centrum mot hedersrelaterat våld och förtryck',
  host: 'Länsstyrelsen Östergötland',
  formerName: 'Nationella kompetensteamet mot hedersrelaterat våld och förtryck (till 1 oktober 2022)',
  description: 'Nationella stödtelefonen ger yrkesverksamma vägledning i enskilda ärenden.',
  channels: [
    {
      kind: 'support_line',
      origin: 'sources',
      sources: ['L1844-1846', 'L4688-4692', 'A-L180'],
      note: 'Nationella stödtelefonen för yrkesverksamma. Numret anges inte i källorna.',
    },
    {
      kind: 'web',
      value: 'https://www.hedersfortryck.se',
      origin: 'external',
      sources: [],
      note: 'Webbadressen finns inte i källorna och ska bekräftas av en administratör.',
    },
  ],
  sources: ['L96-100', 'L4684-4692', 'A-L33', 'A-L95', 'A-L180', 'A-L194'],
};
