// Who `npm start` opens a Playground for: one window per person of the mock world, so a request
// sent in the social worker's window can be claimed in the coordinator's. The names are the
// `currentUser`/`users` of .m365agentsplayground.yml.

export interface PlaygroundRole {
  /** What to pass to --as. */
  key: string;
  /** Other words accepted for it (Swedish first). */
  aliases: readonly string[];
  name: string;
  sv: string;
  en: string;
  /** Where this person starts, shown next to the address. */
  hintSv: string;
  hintEn: string;
}

export const ROLES: readonly PlaygroundRole[] = [
  {
    key: 'socialworker', aliases: ['socialsekreterare', 'social-worker', 'sw'], name: 'Sara Exempelsson', sv: 'socialsekreterare', en: 'social worker',
    hintSv: 'Personal Chat: skriv "hej"', hintEn: 'Personal Chat: say "hej"',
  },
  {
    key: 'coordinator', aliases: ['koordinator', 'rc'], name: 'Lina Testberg', sv: 'koordinator, Resursteam heder Göteborg', en: 'coordinator, Göteborg',
    hintSv: 'Teams Channel › Koordinatorer: @RC-boten', hintEn: 'Teams Channel › Koordinatorer: @RC-boten',
  },
  {
    key: 'lead', aliases: ['ledare', 'natverksledare', 'nätverksledare'], name: 'Maja Fiktivsdotter', sv: 'nätverksledare', en: 'network lead',
    hintSv: 'Personal Chat: "nätverksträffar"', hintEn: 'Personal Chat: "nätverksträffar"',
  },
  {
    key: 'admin', aliases: ['administrator', 'administratör'], name: 'Olle Låtsasson', sv: 'administratör', en: 'administrator',
    hintSv: 'Teams Channel › Koordinatorer: @RC-boten koppla kanalen', hintEn: 'Teams Channel › Koordinatorer: @RC-boten koppla kanalen',
  },
];

/**
 * The roles named in "--as socialworker,coordinator" (or RC_PLAYGROUND_AS), in the order given;
 * every role when nothing is named. An unknown word is an error naming the valid ones.
 */
export function chooseRoles(argv: readonly string[], env: string | undefined): { ok: true; roles: PlaygroundRole[] } | { ok: false; message: string } {
  const index = argv.findIndex((a) => a === '--as' || a.startsWith('--as='));
  const raw = index >= 0 ? (argv[index]!.startsWith('--as=') ? argv[index]!.slice(5) : argv[index + 1] ?? '') : env ?? '';
  const words = raw.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (words.length === 0) return { ok: true, roles: [...ROLES] };
  const roles: PlaygroundRole[] = [];
  for (const word of words) {
    const role = ROLES.find((r) => r.key === word || r.aliases.includes(word));
    if (!role) return { ok: false, message: `--as: okänd roll / unknown role "${word}". Välj bland / choose from: ${ROLES.map((r) => r.key).join(', ')}.` };
    if (!roles.includes(role)) roles.push(role);
  }
  return { ok: true, roles };
}
