import { describe, expect, it } from 'vitest';
import { checkText } from '../../services/privacy/index.js';
import { warnings } from './helpers.js';

describe('personal names', () => {
  it('finds a listed first name anywhere in the sentence, with offsets', () => {
    expect(checkText('Vi träffade Fatima i går.').warnings).toEqual([{ kind: 'personal_name', start: 12, end: 18 }]);
    expect(warnings('Amina berättade allt.')).toEqual([['personal_name', 'Amina']]);
    expect(warnings('Det gäller Yonas.')).toEqual([['personal_name', 'Yonas']]);
  });

  it('covers names of many origins', () => {
    for (const name of ['Elin', 'Mohammed', 'Hodan', 'Rawand', 'Shirin', 'Zeynep', 'Lejla', 'Semhar', 'Piotr']) {
      expect(warnings(`Eleven ${name} vill ha hjälp.`)).toEqual([['personal_name', name]]);
    }
  });

  it('finds the genitive and takes the surname along', () => {
    expect(warnings('Vi oroar oss för Saras syster.')).toEqual([['personal_name', 'Saras']]);
    expect(warnings('Pappan heter Ahmed Al-Rashid.')).toEqual([['personal_name', 'Ahmed Al-Rashid']]);
  });

  it('finds unlisted names after "heter", "kallas (för)", "familjen" and "efternamn är"', () => {
    expect(warnings('Flickan kallas Mimmi.')).toEqual([['personal_name', 'Mimmi']]);
    expect(warnings('Flickan kallas för Mimi.')).toEqual([['personal_name', 'Mimi']]);
    expect(warnings('Familjen Hodžić har flyttat.')).toEqual([['personal_name', 'Hodžić']]);
    expect(warnings('Elevens efternamn är Yilmaz.')).toEqual([['personal_name', 'Yilmaz']]);
  });

  it('finds surnames by their shape', () => {
    expect(warnings('Vi har pratat med Andersson.')).toEqual([['personal_name', 'Andersson']]);
  });

  it('reads names that are also Swedish words only when capitalised mid-sentence', () => {
    expect(warnings('Hans mamma har ringt. Mina kollegor undrar. Dina råd hjälpte. Per vecka två samtal.')).toEqual([]);
    expect(warnings('Klara besked saknas. Liv och hälsa. Tala med henne.')).toEqual([]);
    expect(warnings('Jag har pratat med Hans om det.')).toEqual([['personal_name', 'Hans']]);
    expect(warnings('Eleven Klara säger nej.')).toEqual([['personal_name', 'Klara']]);
  });

  it('does not take months, greetings, authorities or places for names', () => {
    expect(warnings('Hej! Vi ses i Maj. Socialtjänsten, Polisen, BUP och Barnahus deltar i Region Skåne.')).toEqual([]);
    expect(warnings('Hon bor i Nora och familjen kommer från Eda kommun.')).toEqual([]);
  });

  it('does not warn on a name inside an institution', () => {
    expect(warnings('Astrid Lindgrens barnsjukhus, Sankt Göran och Maria Ungdom.')).toEqual([]);
  });
});

describe('school names', () => {
  it.each([
    ['Flickan går på Kvarnbyskolan i Mölndal.', 'Kvarnbyskolan'],
    ['Hon har bytt till Rosendals gymnasium.', 'Rosendals gymnasium'],
    ['Kuratorn på Ekbackens förskola ringde.', 'Ekbackens förskola'],
    ['Hon gick på Internationella Engelska Skolan.', 'Internationella Engelska Skolan'],
    ['Pojken går på Ängby grundskola.', 'Ängby grundskola'],
    ['Eleven på Fryshusets gymnasium.', 'Fryshusets gymnasium'],
  ])('finds the school in %s', (text, school) => {
    expect(warnings(text)).toEqual([['school_name', school]]);
  });

  it('gives exact offsets', () => {
    expect(checkText('På Vasaskolan.').warnings).toEqual([{ kind: 'school_name', start: 3, end: 13 }]);
  });

  it.each([
    'Skolan har uppmärksammat det.',
    'Hon går på en skola i kommunen.',
    'Elevhälsan på skolan har haft samtal.',
    'Förskolan, Grundskolan och Gymnasieskolan samarbetar.',
    'Koranskolan och Kulturskolan är viktiga för henne.',
    'Den skolan har få elever. Flickans skola ringde. Förra skolan hade ingen kurator.',
  ])('does not warn on %s', (text) => {
    expect(warnings(text)).toEqual([]);
  });
});

describe('workplace names', () => {
  it('finds a company name ending in AB', () => {
    expect(warnings('Pappan arbetar på Bygg och Montage Svensson AB.')).toEqual([
      ['workplace_name', 'Bygg och Montage Svensson AB'],
    ]);
    expect(warnings('Pappan driver Pizzeria Milano HB.')).toEqual([['workplace_name', 'Pizzeria Milano HB']]);
  });

  it('finds trading and limited partnerships, joined names and initials, and takes at most five words', () => {
    expect(warnings('Mamman arbetar på Svensson Bygg KB.')).toEqual([['workplace_name', 'Svensson Bygg KB']]);
    expect(warnings('Han jobbar på Bygg & Montage AB.')).toEqual([['workplace_name', 'Bygg & Montage AB']]);
    expect(warnings('Han jobbar på Bröderna Svensson i Lund AB.')).toEqual([['workplace_name', 'Bröderna Svensson i Lund AB']]);
    expect(warnings("Han jobbar på J.A. O'Leary Bygg AB.")).toEqual([['workplace_name', "J.A. O'Leary Bygg AB"]]);
    expect(warnings('Pappan säljer bilar på Bil-Centrum AB, numera.')).toEqual([['workplace_name', 'Bil-Centrum AB']]);
    expect(warnings('Han jobbar på Alfa Beta Gamma Delta Epsilon Zeta AB.')).toEqual([['workplace_name', 'Beta Gamma Delta Epsilon Zeta AB']]);
    expect(warnings('Han jobbar på Hos  Bygg  och  Montage  AB.')).toEqual([['workplace_name', 'Bygg  och  Montage  AB']]);
  });

  it('starts the name after a sentence opener, and needs AB, HB or KB as a word of its own', () => {
    expect(checkText('Hos Svensson AB fick han jobb.').warnings).toEqual([{ kind: 'workplace_name', start: 4, end: 15 }]);
    expect(warnings('Vi läste Bamse ABC i klassen. SvenssonAB anställde henne. Det gäller AB.')).toEqual([]);
  });

  // De-identified texts name people by their initials; "AB" there is a person, not a company form.
  it.each([
    'Vårdnadshavare AB och CD kom till mötet.',
    'Socialsekreterare KB, HB och EF deltog.',
    'Handläggare AB samt CD ringde.',
    'Kontaktperson AB eller CD svarar.',
    'Föräldrar: Mamma AB & pappa CD.',
    'Vårdnadshavarna CD och AB kom till mötet.',
    'Vi träffade Elev X & AB i dag.',
  ])('does not read initials in a list as a company: %s', (text) => {
    expect(warnings(text)).toEqual([]);
  });

  it('still finds a company named beside initials or another company', () => {
    expect(warnings('Handläggare CD ringde Svensson Bygg AB och Nilsson KB.')).toEqual([['workplace_name', 'Svensson Bygg AB och Nilsson KB']]);
    expect(warnings('Pappan jobbar på SJ AB.')).toEqual([['workplace_name', 'SJ AB']]);
    expect(warnings('Pappan jobbar på Svensson Bygg AB, CDE ringde.')).toEqual([['workplace_name', 'Svensson Bygg AB']]);
    expect(warnings('Pappan jobbar på Svensson Bygg AB och CDfirma.')).toEqual([['workplace_name', 'Svensson Bygg AB']]);
    expect(warnings('Pappan jobbar på AB Bygg och Svensson AB.')).toEqual([['workplace_name', 'AB Bygg och Svensson AB']]);
  });

  it('does not warn on authorities', () => {
    expect(warnings('Hela Sverige AB vet om det.')).toEqual([]);
  });
});
