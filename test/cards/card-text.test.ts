// Every card reads as written by a person, in both languages: rendered from the fixtures (one
// per builder, card-fixtures.ts) and read the way a person reads it. Fails on doubled
// punctuation ("tors 10 dec.."), a parenthetical tag said twice ("(förstudie) (förstudie)"),
// a word said twice, a placeholder left unfilled or a code shown instead of words
// ("ga1.direct_support.cases"), and English words in a Swedish card.
import { describe, expect, it } from 'vitest';
import { en } from '../../cards/i18n/en.js';
import { sv } from '../../cards/i18n/sv.js';
import { formatLocalDate } from '../../bot/format.js';
import { centreResultCard } from '../../cards/centre/centre-result.card.js';
import { seriesCreatedCard } from '../../cards/sessions/series-form.card.js';
import { sessionListCard } from '../../cards/sessions/session-list.card.js';
import { questionSentCard } from '../../cards/sessions/session-question.card.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { Messages } from '../../cards/i18n/catalogue.js';
import { NATIONAL_FALLBACK } from '../../services/directory/data/national-fallback.js';
import { DirectoryIndex } from '../../services/directory/lookup.js';
import { say } from '../helpers/catalogue.js';
import { cardFixtures, LANGUAGES } from './card-fixtures.js';

/** Everything a person reads on a card (inputs' placeholders and error messages too). */
function readable(card: AdaptiveCard): string[] {
  const out: string[] = [card.fallbackText ?? ''];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'label', 'placeholder', 'errorMessage', 'altText'] as const) if (typeof o[key] === 'string') out.push(o[key] as string);
    // A fact's value is read; a choice's value is a code and an input's is what the person typed.
    if (o.type === 'FactSet') for (const fact of o.facts as Array<{ value: string }>) out.push(fact.value);
    // Action data is routing, fallbacks repeat the action: neither is read.
    for (const [key, value] of Object.entries(o)) if (key !== 'data' && key !== 'fallback' && key !== 'refresh') walk(value);
  };
  walk(card.body);
  walk(card.actions);
  return out.filter((t) => t.trim() !== '');
}

/** Links and addresses are not prose: their dots and underscores are theirs. */
const withoutAddresses = (text: string) =>
  text.replace(/\bhttps?:\/\/\S+/giu, ' ').replace(/\S+@\S+/gu, ' ').replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:se|nu|com|org|net|eu)\b\/?\S*/giu, ' ');

/** Words that never occur in Swedish prose (none is also a Swedish word). */
const ENGLISH = [
  'the', 'and', 'with', 'your', 'you', 'please', 'request', 'requests', 'select', 'choose', 'submit', 'cancel', 'save', 'back',
  'error', 'found', 'network', 'networks', 'consultation', 'consultations', 'centre', 'center', 'municipality', 'yes', 'from',
  'this', 'that', 'which', 'will', 'booked', 'waiting', 'open', 'closed', 'none', 'unknown', 'required', 'invalid', 'answer', 'question',
  'statistics', 'sessions', 'should', 'would', 'here', 'there', 'not', 'could',
];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}-])(?:${ENGLISH.join('|')})(?![\\p{L}-])`, 'iu');

/** What is wrong with one text a person reads; empty when nothing is. */
export function textProblems(raw: string, locale: 'sv' | 'en'): string[] {
  const text = withoutAddresses(raw);
  const problems: string[] = [];
  if (/(?<!\.)\.\.(?!\.)|[,;:]\s*[,;:.]|[.!?]\s*[,;]|[!?]\./u.test(text)) problems.push('doubled punctuation');
  if (/\s[.,;:!?](?!\d)/u.test(text)) problems.push('space before punctuation');
  if (/(\([^()]+\))\s*\1/u.test(text)) problems.push('parenthetical twice');
  const twice = /(?<![\p{L}\d])(\p{L}{2,})\s+\1(?![\p{L}\d])/iu.exec(text);
  if (twice) problems.push(`word twice: ${twice[1]}`);
  if (/\{\w+\}/u.test(text)) problems.push('unfilled placeholder');
  if (/(?<![\p{L}\d])[a-z]+\d*(?:\.[a-z_\d]+){2,}(?![\p{L}\d])/u.test(text)) problems.push('dotted code');
  if (/(?<![\p{L}\d])[a-z]+(?:_[a-z\d]+)+(?![\p{L}\d])/u.test(text)) problems.push('snake_case code');
  if (/undefined|null|NaN|\[object Object\]/u.test(text)) problems.push('programming value');
  const english = locale === 'sv' ? ENGLISH_WORD.exec(text) : null;
  if (english) problems.push(`English in Swedish: ${english[0]}`);
  return problems;
}

describe('the text check itself', () => {
  it.each([
    ['Nästa träff tors 10 dec..', 'doubled punctuation'],
    ['Resurscentrum Skaraborg (förstudie) (förstudie)', 'parenthetical twice'],
    ['Kan inte beräknas ännu: ga1.direct_support.cases', 'dotted code'],
    ['Välkommen {name}', 'unfilled placeholder'],
    ['Boka plats plats', 'word twice: plats'],
    ['Välj network', 'English in Swedish: network'],
  ])('finds the fault in "%s"', (text, problem) => {
    expect(textProblems(text, 'sv')).toContain(problem);
  });

  it('leaves correct text, links and an ellipsis alone', () => {
    expect(textProblems('Ring 031-123 45 67 eller se www.hedersfortryck.se. Väntar…', 'sv')).toEqual([]);
    expect(textProblems('Se https://example.test/a_b.c.d?x=1 – klart.', 'sv')).toEqual([]);
  });
});

describe('every card, both languages', () => {
  for (const [locale, messages] of Object.entries(LANGUAGES) as Array<['sv' | 'en', typeof sv]>) {
    it.each(Object.entries(cardFixtures(messages)))(`%s reads correctly in ${locale}`, (_builder, render) => {
      const problems = render().flatMap((card, i) => readable(card).flatMap((t) => textProblems(t, locale).map((p) => `card ${i}: ${p}: "${t}"`)));
      expect(problems).toEqual([]);
    });
  }
});

const index = new DirectoryIndex();

/** The states where text went wrong before: one place, a date as the bot formats it ("tors 10 dec."), a centre whose name carries its status. */
function edgeCases(m: Messages, locale: 'sv' | 'en'): Record<string, AdaptiveCard[]> {
  const date = formatLocalDate('2026-12-10', locale);
  const item = { networkId: 'n', sessionId: 's', networkName: 'Nätverk Norr', date, start: '13:00', end: '15:00', role: 'member' as const, started: false, booking: { state: 'none' as const }, meetingUrl: 'https://teams.microsoft.com/l/x' };
  return {
    'one free place': [sessionListCard({ messages: m, items: [{ ...item, freePlaces: 1 }], ledNetworks: [] })],
    'a question sent to a session on a date ending in a full stop': [questionSentCard({ messages: m, networkId: 'n', questionId: 'q', date })],
    'one session planned': [seriesCreatedCard({ messages: m, networkName: 'Nätverk Norr', dates: [date], affected: [] })],
    'a municipality in Skaraborg, whose centre is a pre-study': [centreResultCard({ messages: m, kind: 'municipality', result: index.centresFor('1496')!, national: index.nationalFallback })],
  };
}

describe('the states where text went wrong before', () => {
  for (const [locale, messages] of Object.entries(LANGUAGES) as Array<['sv' | 'en', Messages]>) {
    it.each(Object.entries(edgeCases(messages, locale)))(`%s reads correctly in ${locale}`, (_name, cards) => {
      const problems = cards.flatMap((card) => readable(card).flatMap((t) => textProblems(t, locale).map((p) => `${p}: "${t}"`)));
      expect(problems).toEqual([]);
    });
  }

  it('says "1 ledig plats", not "1 lediga platser"', () => {
    const texts = edgeCases(sv, 'sv')['one free place']!.flatMap(readable);
    expect(texts).toContain('1 ledig plats');
  });

  it("describes NCH in English on an English card, not in the directory's Swedish", () => {
    const texts = edgeCases(en, 'en')['a municipality in Skaraborg, whose centre is a pre-study']!.flatMap(readable).join('\n');
    expect(texts).toContain(say(en.centre.nationalAbout, { short: 'NCH' }));
    expect(texts).not.toContain(NATIONAL_FALLBACK.description);
  });

  it("names a pre-study centre's status once", () => {
    const texts = edgeCases(sv, 'sv')['a municipality in Skaraborg, whose centre is a pre-study']!.flatMap(readable).join('\n');
    expect(texts).toContain('Skaraborg (förstudie)');
  });
});

describe('perspective', () => {
  it("the coordinators' card and log form speak of the asker, not to them", () => {
    const m = sv;
    const fixtures = cardFixtures(m);
    const readOnly = ['channelRequestCard', 'queueCard'].flatMap((name) => fixtures[name]!().flatMap(readable));
    for (const formLabel of [m.consultation.form.sector, m.consultation.form.question, m.consultation.form.violence, m.consultation.form.perpetrators]) {
      expect(readOnly).not.toContain(formLabel);
    }
    // The coordinator fills in the log form for someone else: "(välj alla som stämmer)" is theirs to do, "Du arbetar inom" is not.
    const log = fixtures.logFormCard!().flatMap(readable);
    for (const secondPerson of [m.consultation.form.sector, m.consultation.form.question]) expect(log).not.toContain(secondPerson);
    expect(fixtures.channelRequestCard!().flatMap(readable)).toContain(m.consultation.about.sector);
  });
});

/** Every leaf of a catalogue, by its path. */
function leaves(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('the catalogue', () => {
  it('every Swedish text reads correctly, also those no fixture shows', () => {
    const problems = leaves(sv).flatMap(([path, t]) => textProblems(t.replace(/\{\w+\}/gu, 'X'), 'sv').map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every English text is translated: no Swedish sentence left in it', () => {
    const SWEDISH = /(?<![\p{L}])(?:och|inte|eller|är|att|för|till|med|det|som|din|ditt|dina|ärende|träff|kommun)(?![\p{L}])/iu;
    // Examples of what to type are Swedish on purpose: the commands are Swedish words.
    const problems = leaves(en).filter(([, t]) => SWEDISH.test(t.replace(/hitta rc \p{L}+/giu, ''))).map(([path, t]) => `${path}: ${t}`);
    expect(problems).toEqual([]);
  });
});
