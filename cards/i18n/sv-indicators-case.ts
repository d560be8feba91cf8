// Swedish names of the indicators for cases worked over time: contacts per case, stage at
// first contact, transfers between RCs (services/statistics/indicators.ts). Indicator code to
// label, for the statistics card, the tab and the CSV; the shares read "(andel)".
const STAGES = {
  not_known_to_social_services: 'inte känt av socialtjänsten',
  report_made: 'orosanmälan gjord',
  investigation_under_way: 'utredning pågår',
  protective_measures_in_place: 'skyddsåtgärder på plats',
  after_decision: 'efter beslut',
  unknown: 'okänt',
} as const;
const BANDS = { '1': '1 kontakt', '2_4': '2–4 kontakter', '5_9': '5–9 kontakter', '10_plus': '10 eller fler kontakter' } as const;
const CHANNELS = { teams: 'Teams', phone: 'telefon', email: 'e-post', meeting: 'möte', network_session: 'nätverksträff' } as const;

const withShares = (entries: Array<[string, string]>): Array<[string, string]> => entries.flatMap(([code, label]) => [[code, label], [`${code}.share`, `${label} (andel)`]]);

export const svIndicatorsCase: Record<string, string> = Object.fromEntries([
  ...withShares(Object.entries(BANDS).map(([band, label]) => [`ga2.contacts_per_case.${band}`, `Ärenden med ${label}`])),
  ...withShares(Object.entries(STAGES).map(([stage, label]) => [`ga2.stage.${stage}`, `Skede vid första kontakt: ${label}`])),
  ['ga2.stage.recorded', 'Ärenden med skede vid första kontakt registrerat'],
  ['ga2.transfers.sent', 'Ärenden överförda till annat resurscentrum'],
  ['ga2.transfers.received', 'Ärenden mottagna från annat resurscentrum'],
  ['ga2.contacts.mean', 'Kontakter per ärende (medelvärde)'],
  ...Object.entries(CHANNELS).map(([channel, label]): [string, string] => [`ga2.contacts.by_channel.${channel}`, `Kontakter via ${label}`]),
]);
