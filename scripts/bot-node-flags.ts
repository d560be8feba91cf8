// How the bot's Node process is started, wherever it is: `npm run start:bot`, `npm start`
// (scripts/start.ts), App Service's start command (deploy/modules/app-service.bicep,
// deploy/README.md) and the benchmarks' RC bot (scripts/bench-turns/pair.ts).
// test/deploy/templates.test.ts holds the literal command lines to this list.
//
// The heap (issue #14; npm run bench:memory, whose --rc-node-flags= runs the bot without them):
// --max-semi-space-size=4: the young generation's semi-spaces are 4 MB instead of up to 16 (V8
//   grows them to 16 while the bot loads): idle RSS about 139 → 117 MB, the echo's being 104.
// --max-old-space-size=512: below 2 GB, V8 also lets the old generation grow only to about 1.4×
//   its live size before collecting, instead of up to 4× on a machine with much memory: peak RSS
//   over 15 000 turns of every kind about 335 → 180 MB. The live heap is about 50 MB after
//   50 000 turns; the national yearly report over 100 000 consultations runs within 256 MB.
// The price is garbage collection, and it is the old-space cap's: V8 collects a heap with a low
//   limit more often. bench-turns' CPU per turn under load (quiet machine, 2026-12-02), welcome /
//   submit / claim / answer: 1.0 / 1.7-1.8 / 1.9-2.0 / 2.3-2.5 ms with these flags, 0.6-0.8 /
//   1.3-1.7 / 1.5-1.7 / 1.5-1.9 ms with none. A 1 024 MB cap, or 8 or 16 MB semi-spaces, cost the
//   same as these, for more memory. Kept: the peak and idle targets hold with a margin, and an
//   App Service instance has a fixed memory; fewer allocations per turn lower the cost.

// DEP0111: restify 11 pulls in spdy, whose http-deceiver touches a deprecated Node binding on
// load: harmless, and restify 12 (which drops it) needs Node 22. Silence that one warning only.
export const BOT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--max-old-space-size=512', '--disable-warning=DEP0111'];

/** The flags as written on a command line. */
export const botNodeCommand = (main: string): string => ['node', ...BOT_NODE_FLAGS, main].join(' ');
