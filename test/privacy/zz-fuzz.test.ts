import { it } from 'vitest';
import { checkText } from '/work/main/services/privacy/index.js';
it('adversarial', () => {
  const cases: Record<string, string> = {
    digits: '1 '.repeat(5000),
    digitsDash: '0-'.repeat(5000),
    zeros: '070 '.repeat(2500),
    longDigits: '7'.repeat(10000),
    caps: 'Amina '.repeat(1700),
    capsUnknown: 'Xyzzy '.repeat(1700),
    emailish: 'a.'.repeat(5000) + '@',
    emailish2: 'a@' + 'b.'.repeat(5000),
    street: 'Storgatan '.repeat(1000),
    streetnum: 'Storgatan 1 '.repeat(800),
    schools: 'Abc Def Ghi '.repeat(800) + 'skola',
    company: 'Abc '.repeat(2500) + 'AB',
    born: 'född '.repeat(2000),
    dates: '3/5 '.repeat(2500),
    parens: '(0'.repeat(5000),
    plus: '+4'.repeat(5000),
  };
  for (const [name, text] of Object.entries(cases)) {
    const t = performance.now();
    const c = checkText(text);
    console.log(name, text.length, (performance.now() - t).toFixed(1), 'ms', c.blocking.length, c.warnings.length);
  }
});
