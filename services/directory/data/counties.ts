// The 21 län: SCB länskod, name, short name and the letter code (länsbokstav).

import type { County } from '../schema.js';

export const COUNTIES: readonly County[] = [
  { code: '01', name: 'Stockholms län', shortName: 'Stockholm', letterCode: 'AB' },
  { code: '03', name: 'Uppsala län', shortName: 'Uppsala', letterCode: 'C' },
  { code: '04', name: 'Södermanlands län', shortName: 'Södermanland', letterCode: 'D' },
  { code: '05', name: 'Östergötlands län', shortName: 'Östergötland', letterCode: 'E' },
  { code: '06', name: 'Jönköpings län', shortName: 'Jönköping', letterCode: 'F' },
  { code: '07', name: 'Kronobergs län', shortName: 'Kronoberg', letterCode: 'G' },
  { code: '08', name: 'Kalmar län', shortName: 'Kalmar', letterCode: 'H' },
  { code: '09', name: 'Gotlands län', shortName: 'Gotland', letterCode: 'I' },
  { code: '10', name: 'Blekinge län', shortName: 'Blekinge', letterCode: 'K' },
  { code: '12', name: 'Skåne län', shortName: 'Skåne', letterCode: 'M' },
  { code: '13', name: 'Hallands län', shortName: 'Halland', letterCode: 'N' },
  { code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland', letterCode: 'O' },
  { code: '17', name: 'Värmlands län', shortName: 'Värmland', letterCode: 'S' },
  { code: '18', name: 'Örebro län', shortName: 'Örebro', letterCode: 'T' },
  { code: '19', name: 'Västmanlands län', shortName: 'Västmanland', letterCode: 'U' },
  { code: '20', name: 'Dalarnas län', shortName: 'Dalarna', letterCode: 'W' },
  { code: '21', name: 'Gävleborgs län', shortName: 'Gävleborg', letterCode: 'X' },
  { code: '22', name: 'Västernorrlands län', shortName: 'Västernorrland', letterCode: 'Y' },
  { code: '23', name: 'Jämtlands län', shortName: 'Jämtland', letterCode: 'Z' },
  { code: '24', name: 'Västerbottens län', shortName: 'Västerbotten', letterCode: 'AC' },
  { code: '25', name: 'Norrbottens län', shortName: 'Norrbotten', letterCode: 'BD' },
];
