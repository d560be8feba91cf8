// The period choices of "statistik" are made once a day, and the day is Stockholm's: a request
// a minute after Stockholm's midnight on New Year's Eve (still 31 December in UTC) offers the
// new year to date, in the "Räknar…" card and in the figures that replace it.
import { describe, expect, it } from 'vitest';
import { say, sv } from '../helpers/catalogue.js';
import { executeCounted, GBG, inChannel, bindChannel, coordinator, text, useBot } from './fixtures.js';

const bot = useBot({ now: '2026-12-31T22:59:00Z' });

describe('statistics in chat, period choices', () => {
  it('offers the new year to date from Stockholm\'s midnight on, not from UTC\'s', async () => {
    await bindChannel(bot(), GBG);
    const scope = 'Resursteam heder, Göteborgs Stad';
    const before = await executeCounted(bot(), 'stats.show', {}, inChannel(bot(), coordinator(1)));
    expect(text(before.now)).toContain(say(sv.stats.counting, { scope, period: say(sv.stats.yearToDate, { year: 2026 }) }));
    expect(text(before.later)).toContain(say(sv.stats.yearToDate, { year: 2026 }));

    bot().clock.set('2026-12-31T23:01:00Z');
    const after = await executeCounted(bot(), 'stats.show', {}, inChannel(bot(), coordinator(1)));
    expect(text(after.now)).toContain(say(sv.stats.counting, { scope, period: say(sv.stats.yearToDate, { year: 2027 }) }));
    expect(text(after.later)).toContain(say(sv.stats.yearToDate, { year: 2027 }));
    expect(text(after.later)).not.toContain(say(sv.stats.yearToDate, { year: 2026 }));
  });
});
