// The 2020 tables of two pilots, as published, with the seed lines they come from
// (`Lnnnn` = seeds/000_d27c6d852c887054.txt). replay-records.ts turns them into records with
// exactly these proportions; the replay test checks the report prints them back.
//
// Where the appendix and the research report disagree, the appendix wins (notes part 2, §0):
// Göteborg's self-initiated cases are 64 [L11221], not 65 [L6897-6899].

import type { LocalDate } from '../../services/time/local-date.js';

export interface PublishedShare {
  /** The share indicator the report should print it as. */
  indicator: string;
  percent: number;
  lines: string;
  /**
   * Set when no whole number of the published cases gives this percentage: the pilot
   * must have used another base (Gävleborg counted consultations as well as cases,
   * L9628-9630). The replay then uses the nearest count and checks this claim instead.
   */
  notACaseShare?: true;
}

export interface PublishedTable {
  rcId: string;
  /** How the table names the pilot. */
  pilot: string;
  period: { from: LocalDate; to: LocalDate; lines: string };
  cases: { n: number; lines: string };
  /** An exact count published beside its percentage. */
  selfReferrals?: { n: number; lines: string };
  /** "över 1000 kontakter": a lower bound only. */
  contactsOver?: { n: number; lines: string };
  channel?: { code: string; lines: string };
  coverage?: { reached: number; of: number; lines: string };
  shares: PublishedShare[];
  /**
   * Where a single-choice breakdown's published shares leave cases over, they get this
   * category (unpublished: not asserted). Göteborg: 353 - 177 - 106 - 64 = 6 other sectors.
   */
  remainder: Record<string, string>;
}

export const GOTEBORG_2020: PublishedTable = {
  rcId: 'resursteam-heder-goteborg',
  pilot: 'Pilot 4, Resursteam heder, Göteborgs Stad (Bilaga 5)',
  // Table 3 gives "1dec 2019–30 nov 2020"; the first half's "januari-november 2020" [L1346] is the other reading.
  period: { from: '2019-12-01', to: '2020-11-30', lines: 'L7169-7171' },
  cases: { n: 353, lines: 'L11219-11221' },
  selfReferrals: { n: 64, lines: 'L11221' },
  contactsOver: { n: 1000, lines: 'L11223-11225' },
  shares: [
    { indicator: 'ga1.self_referrals.share', percent: 18, lines: 'L11221' },
    { indicator: 'ga2.sector.social_services.share', percent: 50, lines: 'L11229' },
    { indicator: 'ga2.sector.school.share', percent: 30, lines: 'L11229-11231' },
    { indicator: 'ga2.violence.control.share', percent: 54, lines: 'L11237' },
    { indicator: 'ga2.violence.physical.share', percent: 38, lines: 'L11238' },
    { indicator: 'ga2.violence.psychological.share', percent: 36, lines: 'L11274' },
    { indicator: 'ga2.violence.sexual.share', percent: 11, lines: 'L11274' },
    { indicator: 'ga2.violence.fgm.share', percent: 6, lines: 'L11274-11275' },
    { indicator: 'ga2.perpetrator.parents.share', percent: 66, lines: 'L11278-11279' },
    { indicator: 'ga2.perpetrator.siblings.share', percent: 26, lines: 'L11279' },
    { indicator: 'ga2.perpetrator.relatives.share', percent: 22, lines: 'L11279' },
    { indicator: 'ga2.perpetrator.partner.share', percent: 11, lines: 'L11279-11280' },
  ],
  remainder: { 'ga2.sector': 'other' },
};

export const GAVLEBORG_2020: PublishedTable = {
  rcId: 'resurscentrum-gavleborg',
  pilot: 'Pilot 1, Resurscentrum Gävleborg (Bilaga 2)',
  period: { from: '2019-11-01', to: '2020-05-31', lines: 'L7093-7095' },
  cases: { n: 22, lines: 'L9628' },
  channel: { code: 'phone', lines: 'L9632' },
  coverage: { reached: 6, of: 10, lines: 'L6790, L7286' },
  shares: [
    { indicator: 'ga2.gender.girl_woman.share', percent: 77, lines: 'L9634' },
    { indicator: 'ga2.gender.boy_man.share', percent: 23, lines: 'L9634' },
    { indicator: 'ga2.violence.control.share', percent: 41, lines: 'L9636' },
    { indicator: 'ga2.violence.marriage.share', percent: 36, lines: 'L9636-9638' },
    { indicator: 'ga2.violence.psychological.share', percent: 23, lines: 'L9638' },
    { indicator: 'ga2.violence.abduction.share', percent: 11, lines: 'L9638', notACaseShare: true },
    // "släkt, landsmän": relatives and compatriots, the 'community' code.
    { indicator: 'ga2.perpetrator.community.share', percent: 54, lines: 'L9642', notACaseShare: true },
    { indicator: 'ga2.perpetrator.parents.share', percent: 54, lines: 'L9642', notACaseShare: true },
    { indicator: 'ga2.perpetrator.siblings.share', percent: 13, lines: 'L9642-9644', notACaseShare: true },
    { indicator: 'ga2.sector.social_services.share', percent: 10, lines: 'L9646', notACaseShare: true },
    { indicator: 'ga2.sector.school.share', percent: 77, lines: 'L9646-9648' },
    { indicator: 'ga2.sector.health_care.share', percent: 10, lines: 'L9648', notACaseShare: true },
    // "förvaltare, godman"
    { indicator: 'ga2.sector.guardian.share', percent: 3, lines: 'L9648', notACaseShare: true },
    { indicator: 'ga2.outcome.report_of_concern.share', percent: 59, lines: 'L9653' },
    { indicator: 'ga2.outcome.police_report.share', percent: 11, lines: 'L9653', notACaseShare: true },
    // "förslag på fortsatt [stöd] till den utsatte"
    { indicator: 'ga2.outcome.continued_support.share', percent: 22, lines: 'L9653-9654', notACaseShare: true },
  ],
  remainder: {},
};
