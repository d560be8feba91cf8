// Street addresses, rule by rule, through the whole check: one realistic sentence per
// street ending, separate street word, prefix and exception, so a rule that drops one of
// them is noticed. "Brevet kom tillbaka från …" names the street with no word before it
// that says someone lives there, so only the street's own shape can catch it.
import { describe, expect, it } from 'vitest';
import { blocking } from './helpers.js';

const address = (text: string, found: string) => expect(blocking(text)).toEqual([['street_address', found]]);

describe('a street known by its ending', () => {
  it.each([
    'Storgatan', 'Kyrkogata', 'Björkvägen', 'Ekväg', 'Kyrkgränden', 'Storgränd', 'Solbacken', 'Solbacke', 'Stortorget', 'Fisktorg',
    'Lindallén', 'Lindallé', 'Lindalle', 'Ekstigen', 'Ekstig', 'Kungsleden', 'Lärkgången', 'Strandpromenaden', 'Skeppsbrokajen',
    'Stadsesplanaden', 'Kungsplatsen', 'Ekslingan', 'Lindstråket', 'Solliden', 'Björkhöjden', 'Solringen',
  ])('%s 4', (street) => {
    address(`Brevet kom tillbaka från ${street} 4.`, `${street} 4`);
  });

  it.each(['Lilla', 'Stora', 'Gamla', 'Nya', 'Norra', 'Södra', 'Östra', 'Västra', 'Övre', 'Nedre', 'Sankt', 'S:t'])(
    'with the prefix %s',
    (prefix) => {
      address(`Brevet kom tillbaka från ${prefix} Nygatan 4.`, `${prefix} Nygatan 4`);
    },
  );

  it.each([
    ['Hon bor på STORGATAN 12.', 'STORGATAN 12'],
    ['Adress: KUNGSVÄGEN 3B', 'KUNGSVÄGEN 3B'],
    ['Brevet kom tillbaka från LINDALLÉ 4.', 'LINDALLÉ 4'],
    ['Hon bor på SKOGSBRYNET 22.', 'SKOGSBRYNET 22'],
    ['Hon bor på BRYNET 4.', 'BRYNET 4'],
    ['Hon bor på Storgatan 12 A.', 'Storgatan 12 A'],
  ])('typed in capitals: %s', (text, found) => {
    address(text, found);
  });

  it('in lower case only after a word that says someone lives there', () => {
    for (const lives of ['bor på', 'bodde på', 'är boende på', 'är bosatt på', 'är bosatta på', 'har adress', 'har adressen', 'adr', 'gjorde hembesök på', 'har flyttat till', 'flyttade till']) {
      address(`Familjen ${lives} storgränd 4 nu.`, 'storgränd 4');
    }
    expect(blocking('Hon gick längs storgränd 4 varv.')).toEqual([]);
    expect(blocking('Kören övar på storgränd 4 kvällar.')).toEqual([]);
    expect(blocking('Eleverna övade på att skriva storgatan 12 med stor bokstav.')).toEqual([]);
  });
});

describe('a street named with a separate street word', () => {
  it.each([
    ['Drottning Kristinas väg 14'], ['Gamla vägen 17'], ['Sankt Eriks gata 4'], ['Gamla gatan 4'], ['Karl Johans gränd 4'],
    ['Gamla gränden 4'], ['Lars Bergs backe 4'], ['Gamla backen 4'], ['Karl Johans allé 4'], ['Gamla allén 4'], ['Mårtens stig 4'],
    ['Gamla stigen 4'], ['Gustav Adolfs torg 4'], ['Gamla torget 4'], ['Sankt Görans plan 4'], ['Olof Palmes gång 4'],
    ['Kungens led 4'], ['Gamla leden 4'], ['Kyrkbacka vägen 17'],
  ])('%s', (street) => {
    address(`Brevet kom tillbaka från ${street}.`, street);
  });

  // A bare indefinite street word after a name that is no genitive is a title or a number, not a street.
  it.each(['väg', 'gata', 'gränd', 'backe', 'allé', 'stig', 'torg', 'plan', 'gång', 'led'])('but not "Kalle Anka %s 4"', (word) => {
    expect(blocking(`Sagan om Kalle Anka ${word} 4 lästes högt.`)).toEqual([]);
  });

  it('but not a road number, a pronoun or an everyday phrase', () => {
    expect(blocking('Min väg 1 var lättare än Hennes väg 2 var.')).toEqual([]);
    expect(blocking('Ta väg 40 mot Borås.')).toEqual([]);
    expect(blocking('Hennes väg 2 år senare var svår.')).toEqual([]);
    expect(blocking('Ta Kyrkbacka väg 40 mot Borås.')).toEqual([]);
    expect(blocking('Efter Mötet plan 2 i huset.')).toEqual([]);
  });
});

describe('compounds on street endings that are ordinary words', () => {
  it.each([
    'Arbetsplatsen', 'Mötesplatsen', 'Genomgången', 'Halvvägen', 'Motorvägen', 'Motorväg', 'Riksvägen', 'Riksväg', 'Länsväg',
    'Europaväg', 'Omvägen', 'Skolvägen', 'Hemvägen', 'Genvägen', 'Ingången', 'Utgången', 'Uppgången', 'Nedgången', 'Hållplatsen',
    'Brottsplatsen', 'Parkeringsplatsen', 'Olycksplatsen',
  ])('%s 3 is no address', (word) => {
    expect(blocking(`${word} 3 nämndes i samtalet.`)).toEqual([]);
    expect(blocking(`Hon bor nära ${word.toLowerCase()} 3 som nämndes i samtalet.`)).toEqual([]);
  });
});

describe('a street known by its place in the sentence', () => {
  it.each([
    ['Hon bor på Skogsbrynet 22.', 'Skogsbrynet 22'],
    ['Mötet var vid Fredsplan 7.', 'Fredsplan 7'],
    ['De bodde utanför Skogsbrynet 22.', 'Skogsbrynet 22'],
    ['Adressen är Skogsbrynet 22.', 'Skogsbrynet 22'],
    ['Adress: Skogsbrynet 22', 'Skogsbrynet 22'],
    ['Adr. Skogsbrynet 22', 'Skogsbrynet 22'],
    ['Familjen flyttar till Skogsbrynet 22.', 'Skogsbrynet 22'],
    ['Familjen flyttade till Skogsbrynet 22.', 'Skogsbrynet 22'],
    ['Familjen har flyttat till Skogsbrynet 22.', 'Skogsbrynet 22'],
    ['Familjen flyttad till Skogsbrynet 22.', 'Skogsbrynet 22'],
    ['Hon bor på Övre Skogsbrynet 22.', 'Övre Skogsbrynet 22'],
    ['Hon bor på Skogsbrynet västra 22.', 'Skogsbrynet västra 22'],
    ['Hon bor på Gamla Skolan 3.', 'Gamla Skolan 3'],
    ['Hon bor på Villa Ekbacken 3.', 'Villa Ekbacken 3'],
  ])('%s', (text, found) => {
    address(text, found);
  });

  it.each([
    'Vi ses på plan 3 och i rum 12.',
    'Läs på Sida 4 och vid Kapitel 2.',
    'Hon går på Åk 9.',
    'Vi ses på Nätverksträff 4 och på Stadshuset 3.',
    'Hon var på BUP 2 gånger.',
    'De bor i Lund 223 50.',
    'Vi ses på Tisdag 12.',
    'Mötet hölls vid Kommunen 3.',
    'Samtalet gällde Malmö 3 veckor.',
    'Mötet hölls vid Lund 4 i mars.',
    'Hon placerades på HVB 2 i Malmö.',
    'Hon ligger på BB 2 sedan i går.',
    'Hon placerades på HVB Skogsbrynet 2 i Malmö.',
    'Hon är placerad på SiS 3 sedan maj.',
    'Hon är inskriven på BoU 3 sedan maj.',
    'Barnet vårdas på NeoIVA 2 sedan födseln.',
    'Vi ses på Sal Skogsbrynet 3.',
    'Vi ses i morgon på Ekbackens Sal 3.',
    'Vi ses på Ekbacken klockan 3 i morgon.',
    'Vi ses på Kommunen  Socialtjänsten 3.',
  ])('but not %s', (text) => {
    expect(blocking(text).filter(([kind]) => kind === 'street_address')).toEqual([]);
  });
});

describe('what follows the house number', () => {
  it.each([
    ['Brevet kom tillbaka från Storgatan nr 4.', 'Storgatan nr 4'],
    ['Brevet kom tillbaka från Storgatan nummer 4.', 'Storgatan nummer 4'],
    ['Brevet kom tillbaka från Storgatan 4B.', 'Storgatan 4B'],
    ['Brevet kom tillbaka från Storgatan 4 B.', 'Storgatan 4 B'],
    ['Brevet kom tillbaka från Storgatan 4–6.', 'Storgatan 4–6'],
    ['Brevet kom tillbaka från Storgatan 4 - 6A.', 'Storgatan 4 - 6A'],
    ['Brevet kom tillbaka från Storgatan 4, uppg. B.', 'Storgatan 4, uppg. B'],
    ['Brevet kom tillbaka från Storgatan 4 ingång C.', 'Storgatan 4 ingång C'],
    ['Brevet kom tillbaka från Storgatan 4, lgh 1102.', 'Storgatan 4, lgh 1102'],
    ['Brevet kom tillbaka från Storgatan 4 lägenhet nr 1102.', 'Storgatan 4 lägenhet nr 1102'],
    ['Brevet kom tillbaka från Storgatan 4, 2 tr.', 'Storgatan 4, 2 tr'],
    ['Brevet kom tillbaka från Storgatan 4 3 trappor.', 'Storgatan 4 3 trappor'],
    ['Brevet kom tillbaka från Storgatan 1234.', 'Storgatan 1234'],
  ])('%s', (text, found) => {
    address(text, found);
  });

  it.each(['Storgatan 12 % av tiden.', 'Storgatan 12:30 i dag.', 'Storgatan 1,5 timmar.', 'Storgatan 12345 kronor.', 'Storgatan 12§ gäller.'])(
    'not a number that is something else: %s',
    (text) => {
      expect(blocking(text).filter(([kind]) => kind === 'street_address')).toEqual([]);
    },
  );
});
