// How the bot's Node process is started, wherever it is: `npm run start:bot`, `npm start`
// (scripts/start.ts), App Service's start command (deploy/modules/app-service.bicep,
// deploy/README.md) and the benchmarks' RC bot (scripts/bench-turns/pair.ts).
// test/deploy/templates.test.ts holds the literal command lines to this list.
//
// The heap (issue #14; npm run bench:memory and bench:turns, whose --rc-node-flags= replaces these):
// --max-semi-space-size=4: the young generation's semi-spaces are 4 MB instead of up to 16 (V8
//   grows them to 16 while the bot loads): idle RSS about 139 → 117 MB, the echo's being 104.
// --heap-growing-percent=100: after a full collection the old generation may grow to 2× its live
//   size before the next one. V8's own factor depends on the machine (up to 4× with much memory,
//   about 1.4-1.6× on App Service's B1 with 1.75 GB), so without it memory and CPU would differ
//   between a laptop and production: peak RSS over 50 000 turns of every kind 211 MB with it,
//   371-378 MB with no flags; the live heap is about 50-70 MB.
// No --max-old-space-size: any cap, 512 or 1 024 MB, even with the growing factor fixed, cost
//   20-40 % more CPU per write turn (bench-turns' CPU column, 2026-12-02: claim 3.0× echo with
//   a 512 MB cap, 3.1× with 1 024 MB and this factor, 2.5× with this factor alone, 2.5× with no
//   flags). V8's default limit (a quarter of the machine's memory, at most 4 GB) still stops a
//   runaway heap; the national yearly report over 100 000 consultations runs within 256 MB.

// DEP0111: restify 11 pulls in spdy, whose http-deceiver touches a deprecated Node binding on
// load: harmless, and restify 12 (which drops it) needs Node 22. Silence that one warning only.
export const BOT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=100', '--disable-warning=DEP0111'];

/** The flags as written on a command line. */
export const botNodeCommand = (main: string): string => ['node', ...BOT_NODE_FLAGS, main].join(' ');
