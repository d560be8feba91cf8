// The name warning, rule by rule: one realistic sentence per naming word, label, linking
// word, place preposition and surname shape, so a rule that drops one of them is noticed.
// "Warsame" is on no list, so only the words around it can make it a name.
import { describe, expect, it } from 'vitest';
import { warnings } from './helpers.js';

const name = (text: string, found: string) => expect(warnings(text)).toEqual([['personal_name', found]]);

describe('a name the words before it point out', () => {
  it.each([
    ['heter', 'Pappan heter Warsame.'],
    ['hette', 'Flickan hette Warsame förut.'],
    ['kallas', 'Hon kallas Warsame av kompisarna.'],
    ['kallad', 'En man kallad Warsame ringde.'],
    ['kallades', 'Han kallades Warsame i skolan.'],
    ['kallar', 'Kusinerna kallar Warsame för kungen.'],
    ['namn', 'En pojke med namn Warsame sökte hjälp.'],
    ['namnet', 'En pojke med namnet Warsame sökte hjälp.'],
    ['förnamn', 'Hon uppgav förnamn Warsame men inget mer.'],
    ['efternamn', 'Ett barn med efternamn Warsame är placerat.'],
    ['tilltalsnamn', 'Pojkens tilltalsnamn Warsame används i skolan.'],
    ['familjen', 'Socialtjänsten har träffat familjen Warsame.'],
    ['familj', 'Barnet bor hos familj Warsame.'],
    ['släkten', 'Hela släkten Warsame var där.'],
  ])('after "%s"', (_word, text) => {
    name(text, 'Warsame');
  });

  it.each([
    ['är', 'Hans namn är Warsame.'],
    ['var', 'Hennes förnamn var Warsame.'],
    ['blir', 'Barnets efternamn blir Warsame.'],
    ['blev', 'Hennes efternamn blev Warsame.'],
    ['för', 'Hon kallas för Warsame.'],
  ])('after a naming word and "%s"', (_word, text) => {
    name(text, 'Warsame');
  });

  it.each([
    'Namn: Warsame',
    'Efternamn : Warsame',
    'Förnamn:Warsame',
    'Smeknamn:\u00a0Warsame',
    'Uppgifter om barnet. Tilltalsnamn: Warsame. Ålder: 12.',
  ])('after a form label: %s', (text) => {
    name(text, 'Warsame');
  });

  it('not after other words, nor after a naming word that is not right before it', () => {
    expect(warnings('Pappan ringde Warsame i går.')).toEqual([]);
    expect(warnings('Pappan heter inte Warsame.')).toEqual([]);
    expect(warnings('Hon är Warsame.')).toEqual([]);
    expect(warnings('Namn saknas. Warsame ringde.')).toEqual([]);
    expect(warnings('Namn: okänt. Adress: Warsame kommun.')).toEqual([]);
  });

  it('not after a linking word that opens the text', () => {
    expect(warnings('Var Warsame där i går?')).toEqual([]);
  });

  it('not when the word after a naming word is an everyday word', () => {
    expect(warnings('Flickan heter Flickan i rapporten.')).toEqual([]);
  });
});

describe('a listed first name', () => {
  it('in the genitive, and an ambiguous one only mid-sentence', () => {
    name('Vi träffade Saras mamma.', 'Saras');
    name('Vi träffade Linas mamma.', 'Linas');
    expect(warnings('Linas mamma ringde i går.')).toEqual([]);
  });

  it('only whole or with a genitive s, not inside a longer word', () => {
    expect(warnings('Idag har vi möte. Annan hjälp behövs inte.')).toEqual([]);
  });

  it('after a place preposition when it is no place', () => {
    name('Hon skickade pengar till Amina.', 'Amina');
    name('Pengarna kom från Amina.', 'Amina');
  });
});

describe('surnames by their shape, anywhere in the sentence', () => {
  it.each(['Olsson', 'Andersson', 'Babić', 'Kovačević', 'Jovanovic', 'Kovacevic', 'Al-Hassan', 'El-Sayed', 'Abu-Salem', 'Abd-Elrahman', 'Bin-Zayed', 'Ibn-Rushd'])(
    '%s',
    (surname) => {
      name(`Vi har pratat med ${surname} om oron.`, surname);
    },
  );

  it.each(['Lektion', 'Sson', 'Kic', 'Al-', 'Alhassan', 'Anderssonska', 'Babićevo'])('but not %s', (word) => {
    expect(warnings(`Vi har pratat om ${word} i dag.`)).toEqual([]);
  });
});

describe('a first name that is also a place', () => {
  it.each(['i', 'från', 'till', 'in', 'mot', 'utanför', 'nära', 'kring'])('is a place after "%s"', (preposition) => {
    expect(warnings(`Familjen har bott ${preposition} Nora en tid.`)).toEqual([]);
  });

  it('is a place before "kommun" and a name elsewhere', () => {
    expect(warnings('Vi ringde Nora kommun i går.')).toEqual([]);
    expect(warnings('Vi ringde Nora Kommun i går.')).toEqual([]);
    name('Vi ringde Nora i går.', 'Nora');
  });
});

describe('what a name takes along', () => {
  it('takes the capitalised words one space after it, and stops at two spaces, a comma or an everyday word', () => {
    name('Vi träffade Amina Warsame Hassan i går.', 'Amina Warsame Hassan');
    name('Vi träffade Amina\u00a0Warsame i går.', 'Amina\u00a0Warsame');
    expect(warnings('Vi träffade Amina  Warsame i går.')).toEqual([['personal_name', 'Amina']]);
    expect(warnings('Vi träffade Amina, Warsame i går.')).toEqual([['personal_name', 'Amina']]);
    expect(warnings('Vi träffade Amina Socialtjänsten i går.')).toEqual([['personal_name', 'Amina']]);
  });

  it('reads a name with an apostrophe or a double-barrelled name as one word', () => {
    name("Hon heter Ma'ruf.", "Ma'ruf");
    name('Hon heter Ma’ruf.', 'Ma’ruf');
    name('Hon heter Warsame-Hassan.', 'Warsame-Hassan');
  });
});
