// Turns what a user typed into a municipality or county: exact names first, then
// prefixes, then typos. Built once; a query scans ~330 short keys with a bit-parallel
// edit distance, which costs about as much as a string comparison.

import { QueryDistance, typoAllowance } from './edit-distance.js';
import { analysePlace, type NormalizedPlace } from './normalize.js';
import type { County, Municipality } from './schema.js';

export type PlaceMatch =
  | { kind: 'municipality'; code: string; name: string; countyCode: string; countyName: string }
  | { kind: 'county'; code: string; name: string; shortName: string; letterCode: string };

export type MatchType = 'exact' | 'prefix' | 'fuzzy' | 'none';

export interface PlaceSearchResult {
  query: string;
  normalized: string;
  best: PlaceMatch | null;
  matchType: MatchType;
  /** Up to five other places the user may have meant; five whenever `best` is null. */
  suggestions: PlaceMatch[];
}

export interface TypeaheadItem {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
}

const SUGGESTIONS = 5;
/** Queries shorter than this only match whole names or letter codes: "go" is too vague. */
const MIN_PREFIX_FOR_BEST = 3;
/** Names further than this from an unknown query are ranked as equally far. */
const MAX_SUGGESTION_DISTANCE = 64;

const enum Form { Name, ShortName, Seat }
const enum Tier { Exact, Prefix, WordPrefix, Fuzzy, Far }

interface Key {
  entry: number;
  form: Form;
  compact: string;
  /** Folded words separated by single spaces. */
  spaced: string;
  faithful: string;
}

/** What a query is compared by; computed once per query. */
interface Query extends NormalizedPlace {
  /** The key without a genitive s ("goteborgs" → "goteborg"), or null. */
  stripped: string | null;
  distance: QueryDistance;
  strippedDistance: QueryDistance | null;
}

const collator = new Intl.Collator('sv');

/** Code-unit order, the order `startsWith` ranges follow. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of the first item whose text is >= `target` (binary search). */
function firstAtLeast<T>(items: readonly T[], target: string, text: (item: T) => string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (text(items[mid]!) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class PlaceSearch {
  private readonly entries: PlaceMatch[] = [];
  private readonly keys: Key[] = [];
  private readonly exact = new Map<string, Key[]>();
  private readonly letterCodes = new Map<string, number>();
  /** Keys sorted by `compact`, and word starts inside names sorted by the rest of the name. */
  private readonly byCompact: Key[];
  private readonly byWordStart: { tail: string; key: Key }[] = [];
  // Per-query scratch space, reused: the best candidate seen for each entry.
  private readonly tier: Uint8Array;
  private readonly distance: Uint8Array;
  private readonly penaltyOf: Uint8Array;
  private readonly stamp: Uint32Array;
  private generation = 0;
  private touched: number[] = [];

  constructor(municipalities: readonly Municipality[], counties: readonly County[]) {
    const countyNames = new Map(counties.map((c) => [c.code, c.name]));
    for (const m of [...municipalities].sort((a, b) => collator.compare(a.name, b.name))) {
      const countyName = countyNames.get(m.countyCode) ?? m.countyCode;
      const entry = this.entries.push({ kind: 'municipality', code: m.code, name: m.name, countyCode: m.countyCode, countyName }) - 1;
      this.addKey(entry, Form.Name, m.name);
      if (m.seat !== undefined) this.addKey(entry, Form.Seat, m.seat);
    }
    for (const c of counties) {
      const entry = this.entries.push({ kind: 'county', ...c }) - 1;
      this.addKey(entry, Form.Name, c.name);
      this.addKey(entry, Form.ShortName, c.shortName);
      this.letterCodes.set(c.letterCode, entry);
    }
    this.byCompact = [...this.keys].sort((a, b) => compareText(a.compact, b.compact));
    for (const key of this.keys) {
      const words = key.spaced.trim().split(' ');
      for (let i = 1; i < words.length; i++) this.byWordStart.push({ tail: words.slice(i).join(''), key });
    }
    this.byWordStart.sort((a, b) => compareText(a.tail, b.tail));
    const size = this.entries.length;
    this.tier = new Uint8Array(size);
    this.distance = new Uint8Array(size);
    this.penaltyOf = new Uint8Array(size);
    this.stamp = new Uint32Array(size);
  }

  findPlace(query: string): PlaceSearchResult {
    const q = this.prepare(query);
    const respond = (best: number | undefined, matchType: MatchType, ranked: number[]): PlaceSearchResult => ({
      query,
      normalized: q.text,
      best: best === undefined ? null : this.entries[best]!,
      matchType,
      suggestions: ranked.filter((e) => e !== best).slice(0, SUGGESTIONS).map((e) => this.entries[e]!),
    });

    this.reset();
    if (q.key.length > 0) {
      for (const key of this.exact.get(q.key) ?? []) this.keep(key.entry, Tier.Exact, 0, this.penalty(q, key, false));
      for (const key of (q.stripped && this.exact.get(q.stripped)) || []) {
        this.keep(key.entry, Tier.Exact, 0, this.penalty(q, key, true));
      }
    }
    if (this.touched.length > 0) {
      this.scan(q, false);
      const ranked = this.ranked(SUGGESTIONS + 1);
      return respond(ranked[0], 'exact', ranked);
    }
    const letter = this.letterCodes.get(query.trim().toUpperCase());
    if (letter !== undefined) return respond(letter, 'exact', []);

    if (q.key.length > 0) this.scan(q, true);
    const ranked = this.ranked(SUGGESTIONS + 1);
    const top = ranked[0];
    if (top !== undefined) {
      const tier = this.tier[top]!;
      if (tier === Tier.Fuzzy) return respond(top, 'fuzzy', ranked);
      if (q.key.length >= MIN_PREFIX_FOR_BEST) return respond(top, 'prefix', ranked);
    }
    // Prefixes of a too-short query stay first among the suggestions.
    return respond(undefined, 'none', this.suggest(q));
  }

  /** Municipalities only, for the Adaptive Cards search box: prefixes first, then typos. */
  typeahead(query: string, limit = 8): TypeaheadItem[] {
    const q = this.prepare(query);
    if (q.key.length === 0 || limit <= 0) return [];
    const allowance = typoAllowance(q.key.length);
    this.reset();
    this.visitPrefixes(q, (key, tier) => {
      if (this.entries[key.entry]!.kind === 'municipality') this.keep(key.entry, tier, 0, this.penalty(q, key, false));
    });
    if (allowance > 0) {
      for (const key of this.keys) {
        if (this.entries[key.entry]!.kind !== 'municipality' || this.matchedByPrefix(key.entry)) continue;
        const distance = q.distance.to(key.compact, allowance, true);
        if (distance <= allowance) this.keep(key.entry, Tier.Fuzzy, distance, this.penalty(q, key, false));
      }
    }
    return this.ranked(limit).map((e) => {
      const m = this.entries[e] as Extract<PlaceMatch, { kind: 'municipality' }>;
      return { code: m.code, name: m.name, countyCode: m.countyCode, countyName: m.countyName };
    });
  }

  private addKey(entry: number, form: Form, label: string): void {
    const a = analysePlace(label);
    const key: Key = { entry, form, compact: a.key, spaced: a.text, faithful: a.faithfulKey };
    this.keys.push(key);
    const list = this.exact.get(key.compact);
    if (list) list.push(key);
    else this.exact.set(key.compact, [key]);
  }

  private prepare(input: string): Query {
    const a = analysePlace(input);
    const stripped = a.key.length > 3 && a.key.endsWith('s') ? a.key.slice(0, -1) : null;
    return {
      ...a,
      stripped,
      distance: new QueryDistance(a.key),
      strippedDistance: stripped === null ? null : new QueryDistance(stripped),
    };
  }

  /** Prefix matches, and with `fuzzy` also names within the typo allowance. */
  private scan(q: Query, fuzzy: boolean): void {
    this.visitPrefixes(q, (key, tier) => this.keep(key.entry, tier, 0, this.penalty(q, key, false)));
    const allowance = typoAllowance(q.key.length);
    if (!fuzzy || allowance === 0) return;
    for (const key of this.keys) {
      if (this.matchedByPrefix(key.entry)) continue;
      let distance = q.distance.to(key.compact, allowance);
      if (q.strippedDistance !== null && distance > 1) {
        distance = Math.min(distance, q.strippedDistance.to(key.compact, allowance) + 1);
      }
      if (distance <= allowance) this.keep(key.entry, Tier.Fuzzy, distance, this.penalty(q, key, false));
    }
  }

  /** Names starting with the query, then names with a later word starting with it. */
  private visitPrefixes(q: Query, visit: (key: Key, tier: Tier) => void): void {
    if (q.key.length === 0) return;
    for (let i = firstAtLeast(this.byCompact, q.key, (k) => k.compact); i < this.byCompact.length; i++) {
      const key = this.byCompact[i]!;
      if (!key.compact.startsWith(q.key)) break;
      visit(key, key.compact.length === q.key.length ? Tier.Exact : Tier.Prefix);
    }
    for (let i = firstAtLeast(this.byWordStart, q.key, (w) => w.tail); i < this.byWordStart.length; i++) {
      const word = this.byWordStart[i]!;
      if (!word.tail.startsWith(q.key)) break;
      visit(word.key, Tier.WordPrefix);
    }
  }

  private matchedByPrefix(entry: number): boolean {
    return this.stamp[entry] === this.generation && this.tier[entry]! <= Tier.WordPrefix;
  }

  /** Five places for a query that matched nothing: the closest names by edit distance. */
  private suggest(q: Query): number[] {
    for (const key of this.keys) {
      const distance = q.distance.to(key.compact, MAX_SUGGESTION_DISTANCE);
      this.keep(key.entry, Tier.Far, distance, this.penalty(q, key, false));
    }
    return this.ranked(SUGGESTIONS);
  }

  private penalty(q: Query, key: Key, stripped: boolean): number {
    const kind = this.entries[key.entry]!.kind;
    let penalty = 0;
    if (q.kind !== undefined && q.kind !== kind) penalty += 16;
    if (stripped) penalty += 8;
    // Without a hint a bare name means the municipality ("Jönköping", "Gotland").
    if (q.kind === undefined && kind === 'county') penalty += 4;
    if (q.faithfulKey.length > 0 && !key.faithful.startsWith(q.faithfulKey)) penalty += 2;
    if (key.form === Form.Seat) penalty += 1;
    return penalty;
  }

  private reset(): void {
    this.generation = (this.generation + 1) >>> 0 || 1;
    this.touched = [];
  }

  private keep(entry: number, tier: Tier, distance: number, penalty: number): void {
    if (this.stamp[entry] !== this.generation) {
      this.stamp[entry] = this.generation;
      this.touched.push(entry);
    } else if (this.compare(tier, distance, penalty, entry) >= 0) return;
    this.tier[entry] = tier;
    this.distance[entry] = Math.min(distance, 255);
    this.penaltyOf[entry] = penalty;
  }

  private compare(tier: number, distance: number, penalty: number, entry: number): number {
    return tier - this.tier[entry]! || distance - this.distance[entry]! || penalty - this.penaltyOf[entry]!;
  }

  /** The best `limit` entries seen, best first: a partial insertion sort, as `limit` is small. */
  private ranked(limit: number): number[] {
    const top: number[] = [];
    for (const entry of this.touched) {
      let at = top.length;
      while (at > 0 && this.before(entry, top[at - 1]!)) at--;
      if (at >= limit) continue;
      top.splice(at, 0, entry);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  // Entries are numbered in Swedish alphabetical order (municipalities, then counties), so
  // the entry number is the final, stable tie-break.
  private before(a: number, b: number): boolean {
    return (this.compare(this.tier[a]!, this.distance[a]!, this.penaltyOf[a]!, b) || a - b) < 0;
  }
}
