// A coordinator may give their own RC's and NCH's published functional contacts in an answer;
// every other number and address is still blocked (issue #13 item 6).
import { describe, expect, it } from 'vitest';
import { SHIPPED_DIRECTORY } from '../../services/directory/data/shipped.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import { SqliteStore } from '../../services/storage/sqlite/sqlite-store.js';
import { asRequester, coordinating, harness, validInput } from '../fixtures/consultations.js';
import { FYR, GBG } from '../fixtures/directory.js';

/** Göteborg and NCH with the functional contacts an administrator would have entered. */
const directory = new DirectoryIndex({
  centres: SHIPPED_DIRECTORY.centres.map((c) =>
    c.id === GBG ? { ...c, channels: [...c.channels, { kind: 'phone' as const, value: '031-123 45 67', origin: 'external' as const, sources: [] }, { kind: 'email' as const, value: 'heder@goteborg.example.se', origin: 'external' as const, sources: [] }] } : c,
  ),
  nationalFallback: { ...SHIPPED_DIRECTORY.nationalFallback, channels: [{ kind: 'support_line', value: '010-223 57 60', origin: 'external', sources: [] }] },
});

async function claimedRequest(rcId = GBG) {
  const store = new SqliteStore({ file: ':memory:' });
  await store.init();
  const { service } = harness(store, { directory });
  const submitted = await service.submit(asRequester, validInput(rcId === GBG ? {} : { municipality: '1485', rcId }));
  if (!submitted.ok) throw new Error('submit failed');
  await service.claim(coordinating(1), rcId, submitted.record.id);
  return { service, id: submitted.record.id };
}

describe('functional contacts in answers', () => {
  it('accepts the RC’s own published phone number and e-mail address, and NCH’s support line', async () => {
    const { service, id } = await claimedRequest();
    const answer = 'Ring oss på 031-123 45 67 eller 0311234567, skriv till heder@goteborg.example.se, eller ring NCH på 010-223 57 60.';
    expect(await service.answer(coordinating(1), GBG, id, { answer })).toMatchObject({ ok: true, record: { answer } });
  });

  it('still blocks any other number or address', async () => {
    const { service, id } = await claimedRequest();
    const result = await service.answer(coordinating(1), GBG, id, { answer: 'Ring oss på 031-123 45 67 eller mamman på 070-123 45 67.' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: { answer: 'identifying' } });
  });

  it('does not lend one RC’s number to another RC’s answer', async () => {
    const { service, id } = await claimedRequest(FYR);
    const result = await service.answer(coordinating(1), FYR, id, { answer: 'Ring Göteborg på 031-123 45 67.' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: { answer: 'identifying' } });
  });
});
