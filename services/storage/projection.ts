// What a query's `select` gives back, for both stores alike: each selected field path at its
// place in a nested object, only where the document has it. A path into a nested object
// ("times.created") returns that value alone, so a read that needs three instants of a record
// does not carry the other five, nor a person's name where only "is there a requester" counts.

/** Puts `value` at `path` in `out`, creating the objects on the way. */
export function setPath(out: Record<string, unknown>, path: string, value: unknown): void {
  if (!path.includes('.')) {
    out[path] = value;
    return;
  }
  const segments = path.split('.');
  let at = out;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i] as string;
    let next = at[key] as Record<string, unknown> | undefined;
    if (next === undefined) at[key] = next = {};
    at = next;
  }
  at[segments[segments.length - 1] as string] = value;
}

/**
 * The projection of a whole document, as the stores' query languages give it: a path is present
 * when every step on the way is an object (not an array, not null) that has the next field; a
 * null at the end is kept.
 */
export function projectDocument(doc: Record<string, unknown>, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of select) {
    let at: unknown = doc;
    let found = true;
    for (const key of path.split('.')) {
      if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, key)) {
        found = false;
        break;
      }
      at = (at as Record<string, unknown>)[key];
    }
    if (found) setPath(out, path, at);
  }
  return out;
}

/** True when one path lies inside the other ("times" and "times.created"): their values would overlap. */
export function pathsOverlap(a: string, b: string): boolean {
  // Asked for every pair of a select on every page read: no strings made.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long.length === short.length || long.charCodeAt(short.length) === 46);
}
