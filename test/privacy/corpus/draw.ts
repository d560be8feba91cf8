// Drawing values from a seeded generator (test/helpers/seeded-random.ts) for the corpora.
export type Rand = () => number;
export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
export const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
