// A month's change mark moves when a write reaches the figures (a claim changes status and
// times) and stays when it cannot (the channel card's id), so a stored tally stays in use.
// Within a minute of a mark further writes need none of their own (services/consultation/change-marks.ts).

import { describe, expect, it } from 'vitest';
import { monthOf } from '../../services/consultation/change-marks.js';
import type { Document, DocumentStore } from '../../services/storage/port.js';
import { asRequester, coordinating, harness, validInput } from '../fixtures/consultations.js';
import { GBG } from '../fixtures/directory.js';
import { useStores } from '../helpers/stores.js';

const stores = useStores();

async function markToken(store: DocumentStore, created: string): Promise<unknown> {
  return (await store.collection<Document>('statistics').get(`mark:${monthOf(created)}`, GBG))?.item.token;
}

describe.each(stores.kinds)('change marks (%s)', (kind) => {
  it('moves the mark on a claim, not on recording where the channel card is', async () => {
    const { service, store, clock } = harness(await stores.open(kind));
    const submitted = await service.submit(asRequester, validInput());
    if (!submitted.ok) throw new Error('submit failed');
    const created = submitted.record.times.created;
    const afterSubmit = await markToken(store, created);
    expect(afterSubmit).toBeDefined();
    // Past the minute in which the submit's own mark covers further writes.
    clock.advanceMinutes(2);
    expect(await service.setChannelActivity(GBG, submitted.record.id, 'channel-activity-1')).toMatchObject({ ok: true });
    expect(await markToken(store, created)).toBe(afterSubmit);
    expect(await service.claim(coordinating(1), GBG, submitted.record.id)).toMatchObject({ ok: true });
    expect(await markToken(store, created)).not.toBe(afterSubmit);
  });
});
