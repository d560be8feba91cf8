// The statistics API behind the Teams tab: Teams SSO tokens verified against a key set,
// exact counts only for the RC's own coordinators, small cells hidden for everyone else,
// and a CSV export behind a short-lived unguessable link.
import { actor } from '../helpers/actors.js';
import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ssoTabAuth } from '../../bot/tab-auth.js';
import { messageActivity, postActivity } from '../helpers/activities.js';
import { en, say, sv } from '../helpers/catalogue.js';
import { cardTexts } from '../helpers/card-validator.js';
import { bindChannel, executeCounted, GBG, useBot } from './fixtures.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const AUDIENCE = 'api://rc-bot.example.se/66666666-7777-8888-9999-000000000000';
const COORDINATOR_OID = 'aaaaaaaa-0000-0000-0000-000000000001';
const OTHER_OID = 'aaaaaaaa-0000-0000-0000-000000000002';
let keys: ReturnType<typeof createLocalJWKSet>;
let sign: (oid: string, overrides?: { audience?: string }) => Promise<string>;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256' };
  sign = (oid, overrides = {}) =>
    new SignJWT({ oid })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(overrides.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
  keys = createLocalJWKSet({ keys: [jwk] });
});

const bot = useBot({ now: '2026-11-22T10:00:00Z', tabAuth: () => ssoTabAuth({ tenantId: TENANT, audiences: [AUDIENCE], keys }) });

/** Three phone consultations logged for Göteborg in 2026, and its coordinator known to the roster. */
beforeEach(async () => {
  const coordinator = actor({ id: '29:c', name: 'Koordinator', aadObjectId: COORDINATOR_OID }, { coordinatorOf: ['resursteam-heder-goteborg'] });
  for (let i = 0; i < 3; i++) {
    const logged = await bot().app.consultations.logConsultation(coordinator, 'resursteam-heder-goteborg', {
      channel: 'phone', municipality: '1480', sector: 'school', gender: 'girl_woman', ageBand: '13-17', violence: 'control',
      perpetrators: 'parents', questionType: 'hrv', urgent: 'false', question: '', answer: '', outcomes: 'conversation_advice', submissionKey: randomUUID(),
    });
    expect(logged.ok).toBe(true);
  }
  await bot().app.roster.remember(COORDINATOR_OID, GBG);
});

const report = (token?: string, scope = 'rc:resursteam-heder-goteborg') =>
  fetch(`${bot().botUrl}/api/stats/report?scope=${scope}&period=year:2026`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const cases = (body: unknown) => (body as { report: { figures: Array<{ indicator: string; display: string }> } }).report.figures.find((f) => f.indicator === 'ga2.cases')?.display;

describe('statistics API', () => {
  it('refuses callers without a valid Teams SSO token', async () => {
    expect((await report()).status).toBe(401);
    expect((await report('not-a-token')).status).toBe(401);
    expect((await report(await sign(COORDINATOR_OID, { audience: 'api://someone-else' }))).status).toBe(401);
  });

  it("gives an RC's own coordinator exact counts, and anyone else '<5'", async () => {
    const own = await report(await sign(COORDINATOR_OID));
    expect(own.status).toBe(200);
    expect(cases(await own.json())).toBe('3');
    const other = await report(await sign(OTHER_OID));
    expect(cases(await other.json())).toBe('<5');
    const national = await report(await sign(COORDINATOR_OID), 'all');
    expect(cases(await national.json())).toBe('<5');
  });

  it('exports a CSV for Excel behind a short-lived link', async () => {
    const res = await fetch(`${bot().botUrl}/api/stats/export?scope=rc:resursteam-heder-goteborg&period=year:2026`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await sign(COORDINATOR_OID)}` },
    });
    const { url } = (await res.json()) as { url: string };
    expect(url).toMatch(/^\/api\/stats\/export\/[A-Za-z0-9_-]{43}\.csv$/);
    const csv = await fetch(`${bot().botUrl}${url}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // UTF-8 with BOM, so Excel in Swedish settings reads å, ä and ö (fetch's text() would hide it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(';');
    expect(text).toContain(';ga2.cases;Ärenden;3\r\n');
    expect(text).toContain(';ga2.violence.control.share;Våldsform: Kontroll, begränsat livsutrymme (andel) (flerval);100\r\n');
    bot().clock.advance(11 * 60_000);
    expect((await fetch(`${bot().botUrl}${url}`)).status).toBe(404);
  });
});

describe('"statistik" in chat', () => {
  const gbgChannel = (locale?: string) => ({ serviceUrl: bot().stub.url, conversationType: 'channel' as const, conversationId: '19:gbg@thread.tacv2', ...(locale ? { locale } : {}), from: { id: '29:x', name: 'X', aadObjectId: 'x' } });

  it('answers at once that the figures are being counted, then gives the RC channel its own exact figures in that card\'s place', async () => {
    await bindChannel(bot(), GBG, '19:gbg@thread.tacv2');
    const { now, later } = await executeCounted(bot(), 'stats.show', { period: 'year:2026' }, gbgChannel());
    expect(cardTexts(now).join('\n')).toContain(say(sv.stats.counting, { scope: 'Resursteam heder, Göteborgs Stad', period: '2026' }));
    const text = cardTexts(later).join('\n');
    expect(text).toContain(say(sv.stats.title, { scope: 'Resursteam heder, Göteborgs Stad', period: '2026' }));
    expect(text).toContain('Ärenden\n3\n');
    expect(JSON.stringify(later)).toMatch(/"url":"http:\/\/localhost:\d+\/api\/stats\/export\/[A-Za-z0-9_-]{43}\.csv"/);
  });

  it('gives someone who coordinates no RC the national view with small cells hidden', async () => {
    const { later } = await executeCounted(bot(), 'stats.show', { period: 'year:2026' }, { serviceUrl: bot().stub.url, from: { id: '29:y', name: 'Y', aadObjectId: 'y' } });
    const text = cardTexts(later).join('\n');
    expect(text).toContain(say(sv.stats.title, { scope: sv.stats.national, period: '2026' }));
    expect(text).toContain('Ärenden\n<5\n');
  });

  it('opens on the year to date, names every figure in words with its unit, and lists what cannot be computed by name', async () => {
    await bindChannel(bot(), GBG, '19:gbg@thread.tacv2');
    const { now, later } = await executeCounted(bot(), 'stats.show', {}, gbgChannel());
    expect(cardTexts(now).join('\n')).toContain(say(sv.stats.counting, { scope: 'Resursteam heder, Göteborgs Stad', period: say(sv.stats.yearToDate, { year: 2026 }) }));
    const text = cardTexts(later).join('\n');
    expect(text).toContain(say(sv.stats.title, { scope: 'Resursteam heder, Göteborgs Stad', period: say(sv.stats.yearToDate, { year: 2026 }) }));
    expect(text).toContain('Ärenden\n3\n');
    expect(text).toContain('Tid till tagen, median (timmar)\n');
    expect(text).toContain('Kan inte beräknas ännu: Direkt stöd till utsatta (ärenden), Direkt stöd till utsatta (kontakter)');
    expect(text).not.toMatch(/\bga\d\./);
    // "Kommuner som nåtts" once: a figure among the key numbers, not also a heading over itself
    // (whole lines: the trainings' "Kommuner som nåtts av utbildning" is another figure).
    expect(text.split('\n').filter((line) => line === 'Kommuner som nåtts')).toHaveLength(1);
    expect(JSON.stringify(later)).toContain('"value":"range:2026-01-01:2026-11-22"');
  });

  it('speaks English to an English client, in the counting card, the figures and the CSV they link to', async () => {
    await bindChannel(bot(), GBG, '19:gbg@thread.tacv2');
    const { now, later } = await executeCounted(bot(), 'stats.show', { period: 'year:2026' }, gbgChannel('en-GB'));
    expect(cardTexts(now).join('\n')).toContain(say(en.stats.counting, { scope: 'Resursteam heder, Göteborgs Stad', period: '2026' }));
    const text = cardTexts(later).join('\n');
    expect(text).toContain(say(en.stats.title, { scope: 'Resursteam heder, Göteborgs Stad', period: '2026' }));
    expect(text).toContain('Cases\n3\n');
    expect(text).toContain('Time to answer, median (hours)\n');
    expect(text).toContain('Not computable yet: Direct support to exposed people (cases)');
    const path = /"url":"http:\/\/localhost:\d+(\/api\/stats\/export\/[A-Za-z0-9_-]{43}\.csv)"/.exec(JSON.stringify(later))![1]!;
    const csv = await (await fetch(`${bot().botUrl}${path}`)).text();
    expect(csv).toContain(';ga2.cases;Cases;3\r\n');
    expect(csv).toContain(';ga2.sector.school;Sector: School/pupil health;3\r\n');
  });

  it('replaces the card a typed "statistik" posted with the figures, in place', async () => {
    await bindChannel(bot(), GBG, '19:gbg@thread.tacv2');
    bot().stub.clear();
    const res = await postActivity(bot().botUrl, messageActivity('statistik', gbgChannel()));
    expect(res.status).toBe(200);
    const posted = bot().stub.calls.filter((c) => c.method === 'POST');
    expect(posted).toHaveLength(1);
    expect(cardTexts(bot().cardsIn(posted[0]!.body)[0]).join('\n')).toContain(say(sv.stats.counting, { scope: 'Resursteam heder, Göteborgs Stad', period: say(sv.stats.yearToDate, { year: 2026 }) }));
    const update = await vi.waitFor(() => bot().stub.calls.find((c) => c.method === 'PUT') ?? Promise.reject(new Error('no update yet')), { timeout: 5_000, interval: 10 });
    // The card the turn posted is updated (the stub gives its POSTs ids "stub-activity-N"); no second card.
    expect(update.activityId).toMatch(/^stub-activity-\d+$/);
    expect(bot().stub.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(cardTexts(bot().cardsIn(update.body)[0]).join('\n')).toContain('Ärenden\n3\n');
  });

  it('ends in a clear message, in either language, when the figures cannot be counted', async () => {
    for (const [locale, m] of [['sv-SE', sv], ['en-GB', en]] as const) {
      vi.spyOn(bot().app.statistics, 'report').mockRejectedValueOnce(new Error('disk I/O error'));
      const { now, later } = await executeCounted(bot(), 'stats.show', { period: 'year:2026' }, { serviceUrl: bot().stub.url, locale, from: { id: '29:y', name: 'Y', aadObjectId: 'y' } });
      expect(cardTexts(now).join('\n')).toContain(say(m.stats.counting, { scope: m.stats.national, period: '2026' }));
      expect(cardTexts(later).join('\n')).toContain(m.stats.countFailed);
    }
    // The next ask counts again and gets the figures.
    const { later } = await executeCounted(bot(), 'stats.show', { period: 'year:2026' }, { serviceUrl: bot().stub.url, from: { id: '29:y', name: 'Y', aadObjectId: 'y' } });
    expect(cardTexts(later).join('\n')).toContain('Ärenden\n<5\n');
  });
});
