// Reads and rewrites scripts/playground/.m365agentsplayground.yml without a YAML library
// (npm start and the e2e harness).
// Playground 0.2.28 has no way to switch user in its UI: the signed-in user is the config's
// `currentUser`, read once at start-up. So "switch user" means: swap `currentUser` with one
// of `users` (the schema wants exactly 5 of those) and restart the Playground.
// This relies on the file's shape: two-space indents, one `key: value` per line.

export interface WorldConfig {
  botName: string;
  currentUser: string;
  users: string[];
  groupChat: string;
  team: string;
  channels: string[];
}

type Block = { start: number; lines: string[] };

const valueOf = (lines: string[], key: string): string | undefined => {
  for (const line of lines) {
    const match = /^\s*(?:- )?([A-Za-z]+):\s*(.*)$/.exec(line);
    if (match?.[1] === key) return unquote(match[2] ?? '');
  }
  return undefined;
};

function unquote(raw: string): string {
  const value = raw.replace(/\s+#.*$/, '').trim();
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** The lines of a top-level section, e.g. `currentUser:` up to the next unindented line. */
function section(lines: string[], key: string): Block {
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) throw new Error(`Playground config has no "${key}:" section`);
  let end = start + 1;
  while (end < lines.length && (/^\s/.test(lines[end] ?? '') || (lines[end] ?? '') === '')) end++;
  return { start: start + 1, lines: lines.slice(start + 1, end) };
}

/** Splits the `users:` list into one block per `- ` item (indices into the whole file). */
function userItems(lines: string[]): Block[] {
  const users = section(lines, 'users');
  const items: Block[] = [];
  users.lines.forEach((line, i) => {
    if (/^\s*- /.test(line)) items.push({ start: users.start + i, lines: [] });
    const current = items.at(-1);
    if (current && /\S/.test(line) && !/^\s*#/.test(line)) current.lines.push(line);
  });
  return items;
}

const fields = (block: Block): string[] => block.lines.map((line) => line.replace(/^\s*(- )?/, ''));

export function readWorldConfig(yaml: string): WorldConfig {
  const lines = yaml.split('\n');
  const need = (value: string | undefined, what: string): string => {
    if (!value) throw new Error(`Playground config: cannot read ${what}`);
    return value;
  };
  const team = section(lines, 'team').lines;
  const named = (pattern: RegExp): string[] => team.filter((l) => pattern.test(l)).map((l) => unquote(l.replace(/^.*?name:/, '')));
  return {
    botName: need(valueOf(section(lines, 'bot').lines, 'name'), 'bot.name'),
    currentUser: need(valueOf(section(lines, 'currentUser').lines, 'name'), 'currentUser.name'),
    users: userItems(lines).map((item) => need(valueOf(item.lines, 'name'), 'users[].name')),
    groupChat: need(valueOf(section(lines, 'groupChat').lines, 'name'), 'groupChat.name'),
    team: need(named(/^ {2}name:/)[0], 'team.name'),
    channels: named(/^ {4}(- | {2})name:/),
  };
}

/**
 * The same config with `name` as the signed-in user and the previous one moved into `users`.
 * The personal chat id gets the user's id appended, because in Teams every user has their own
 * 1:1 conversation with the bot and the bot may key state on it.
 */
export function withCurrentUser(yaml: string, name: string): string {
  const lines = yaml.split('\n');
  const current = section(lines, 'currentUser');
  const currentFields = fields({ start: current.start, lines: current.lines.filter((l) => /\S/.test(l) && !/^\s*#/.test(l)) });
  if (valueOf(current.lines, 'name') === name) return yaml;
  const items = userItems(lines);
  const target = items.find((item) => valueOf(item.lines, 'name') === name);
  if (!target) {
    const known = items.map((item) => valueOf(item.lines, 'name')).join(', ');
    throw new Error(`No user "${name}" in the Playground config (users: ${known})`);
  }
  const targetFields = fields(target);
  const out = [...lines];
  // Replace the target list item first: it comes after currentUser, so its indices stay valid.
  out.splice(target.start, target.lines.length, ...currentFields.map((f, i) => (i === 0 ? `  - ${f}` : `    ${f}`)));
  const currentLines = current.lines.filter((l) => /\S/.test(l) && !/^\s*#/.test(l)).length;
  out.splice(current.start, currentLines, ...targetFields.map((f) => `  ${f}`));
  const personal = section(out, 'personalChat');
  const idLine = personal.lines.findIndex((l) => /^\s+id:/.test(l));
  if (idLine < 0) throw new Error('Playground config: personalChat has no id');
  const userId = valueOf(target.lines, 'id') ?? name;
  out[personal.start + idLine] = `  id: ${valueOf(personal.lines, 'id') ?? 'a:personal'}-${userId.replace(/^\d+:/, '')}`;
  return out.join('\n');
}
