// English names of the indicators for cases worked over time (see sv-indicators-case.ts).
const STAGES = {
  not_known_to_social_services: 'not known to social services',
  report_made: 'report of concern made',
  investigation_under_way: 'investigation under way',
  protective_measures_in_place: 'protective measures in place',
  after_decision: 'after a decision',
  unknown: 'unknown',
} as const;
const BANDS = { '1': '1 contact', '2_4': '2–4 contacts', '5_9': '5–9 contacts', '10_plus': '10 or more contacts' } as const;
const CHANNELS = { teams: 'Teams', phone: 'phone', email: 'e-mail', meeting: 'meeting', network_session: 'network session' } as const;

const withShares = (entries: Array<[string, string]>): Array<[string, string]> => entries.flatMap(([code, label]) => [[code, label], [`${code}.share`, `${label} (share)`]]);

export const enIndicatorsCase: Record<string, string> = Object.fromEntries([
  ...withShares(Object.entries(BANDS).map(([band, label]) => [`ga2.contacts_per_case.${band}`, `Cases with ${label}`])),
  ...withShares(Object.entries(STAGES).map(([stage, label]) => [`ga2.stage.${stage}`, `Stage at first contact: ${label}`])),
  ['ga2.stage.recorded', 'Cases with the stage at first contact recorded'],
  ['ga2.transfers.sent', 'Cases transferred to another resource centre'],
  ['ga2.transfers.received', 'Cases received from another resource centre'],
  ['ga2.contacts.mean', 'Contacts per case (mean)'],
  ...Object.entries(CHANNELS).map(([channel, label]): [string, string] => [`ga2.contacts.by_channel.${channel}`, `Contacts by ${label}`]),
]);
