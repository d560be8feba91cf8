import type { PackageConfig } from './config.js';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Placeholder name in the template → the config value that replaces it. */
export function placeholderValues(config: PackageConfig): Record<string, string> {
  return {
    BOT_ID: config.botId,
    BOT_DOMAIN: config.botDomain,
    TEAMS_APP_ID: config.teamsAppId,
    TAB_APP_ID: config.tabAppId ?? config.botId,
  };
}

/**
 * Replaces ${{NAME}} in the template text and parses the result. Filling the
 * text rather than walking the object keeps placeholders inside longer strings
 * (URLs, the api:// resource) working; values are JSON-escaped so they cannot
 * break out of the string they land in.
 */
export function fillTemplate(templateText: string, values: Record<string, string>): unknown {
  const unknown = new Set<string>();
  const filled = templateText.replace(PLACEHOLDER, (match, name: string) => {
    const replacement = values[name];
    if (replacement === undefined) {
      unknown.add(name);
      return match;
    }
    return JSON.stringify(replacement).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new Error(`The template uses placeholders with no value: ${[...unknown].map((n) => `\${{${n}}}`).join(', ')}`);
  }
  return JSON.parse(filled) as unknown;
}
