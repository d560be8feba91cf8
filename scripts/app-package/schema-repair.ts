/**
 * Makes the bundled Teams schemas compile under AJV's unicode regular
 * expressions. Every Localization schema from v1.8 to v1.30 has the key
 * `^activities.activityTypes\[\b(…)\b]\.description$`, with a "]" that was
 * meant to be escaped (MicrosoftDocs/msteams-docs#8858). Without the u flag a
 * lone "]" already matches a literal "]", so escaping it keeps the pattern's
 * meaning and only removes the compile error.
 */
export function repairSchemaPatterns<T>(schema: T): T {
  return repair(schema) as T;
}

function repair(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repair);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'pattern' && typeof value === 'string') {
      out[key] = escapeLoneBrackets(value);
    } else if (key === 'patternProperties' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([pattern, sub]) => [escapeLoneBrackets(pattern), repair(sub)]),
      );
    } else {
      out[key] = repair(value);
    }
  }
  return out;
}

/** Escapes each "]" that does not close a character class. */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else {
      out += c === ']' ? '\\]' : c;
    }
  }
  return out;
}
