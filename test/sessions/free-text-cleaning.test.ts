// Every free-text field of the session domain is stored as the identifier check saw it:
// without control, bidi and invisible characters, with a lone surrogate replaced and markup
// kept as text (cards render text as text). One reader does it for all (consultation/fields.ts).

import { describe, expect, it } from 'vitest';
import { useStores } from '../helpers/stores.js';
import { lead, memberB, nth, ok, questionRaw, world } from './helpers.js';

const stores = useStores();
const HOSTILE = 'Samordnaren\u0000 är \u001b[31msjuk\u202E idag \uD800<script>alert(1)</script>';
const STORED = 'Samordnaren är [31msjuk idag \uFFFD<script>alert(1)</script>';

describe.each(stores.kinds)('free text in sessions is cleaned before it is checked and stored (%s)', (kind) => {
  it('stores a cancel reason, a question and an agenda title without control or bidi characters', async () => {
    const w = await world(await stores.open(kind));
    const id = w.network.networkId;
    const [first, second] = [nth(w, 0), nth(w, 1)];

    const question = ok(await w.service.submitQuestion(memberB, id, second.id, questionRaw({ question: `Fråga: ${HOSTILE}` }))).question;
    expect(ok(await w.service.agenda(lead, id, second.id)).entries.find((e) => e.id === question.id)).toMatchObject({ question: { text: `Fråga: ${STORED}` } });

    const item = ok(await w.service.addAgendaItem(lead, id, second.id, { kind: 'court_ruling', title: `\u2066${HOSTILE}\u2069` })).item;
    expect(item.title).toBe(STORED);

    ok(await w.service.cancelSession(lead, id, first.id, HOSTILE));
    expect((await w.service.session(id, first.id))?.cancelReason).toBe(STORED);
  });
});
