// Runs before the build in `npm test`: the end-to-end tests drive Debian's Chromium through
// playwright-core (never a downloaded browser), so make sure /usr/bin/chromium is there.
// Plain JS on purpose: it must work before TypeScript has been compiled.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is installed`);
  process.exit(0);
}

if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
  console.error(`ensure-chromium: ${CHROMIUM} is missing and this is not a Debian-like system with apt-get. Install Chromium so that ${CHROMIUM} exists.`);
  process.exit(1);
}

if (process.getuid?.() !== 0) {
  console.error(`ensure-chromium: ${CHROMIUM} is missing. Installing it needs root: run "sudo apt-get update && sudo apt-get install -y chromium", then try again.`);
  process.exit(1);
}

console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package with apt-get`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`ensure-chromium: "apt-get ${args.join(' ')}" failed (${result.error?.message ?? `exit code ${result.status}`})`);
    process.exit(1);
  }
}

if (!existsSync(CHROMIUM)) {
  console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} is still missing`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${CHROMIUM}`);
