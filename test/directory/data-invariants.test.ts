import { describe, expect, it } from 'vitest';
import { COUNTIES } from '../../services/directory/data/counties.js';
import { MUNICIPALITIES } from '../../services/directory/data/municipalities.js';
import { NATIONAL_FALLBACK } from '../../services/directory/data/national-fallback.js';
import { RESOURCE_CENTRES } from '../../services/directory/data/resource-centres.js';
import { SHIPPED_DIRECTORY } from '../../services/directory/data/shipped.js';
import { haversineKm } from '../../services/directory/distance.js';
import { checkDirectory } from '../../services/directory/integrity.js';
import { directoryDataSchema, type ContactChannel } from '../../services/directory/schema.js';

// SCB: municipalities per county (stable since Knivsta, Nykvarn and Gotland's 2004 change).
const MUNICIPALITIES_PER_COUNTY: Record<string, number> = {
  '01': 26, '03': 8, '04': 9, '05': 13, '06': 13, '07': 8, '08': 12, '09': 1, '10': 5, '12': 33,
  '13': 6, '14': 49, '17': 16, '18': 12, '19': 10, '20': 15, '21': 10, '22': 7, '23': 8, '24': 15, '25': 14,
};

const codesIn = (county: string) => MUNICIPALITIES.filter((m) => m.countyCode === county).map((m) => m.code).sort();
const centre = (id: string) => {
  const found = RESOURCE_CENTRES.find((c) => c.id === id);
  if (!found) throw new Error(`no centre ${id}`);
  return found;
};
const coveredCodes = (id: string) => {
  const coverage = centre(id).coverage;
  return coverage.kind === 'municipalities' ? [...coverage.codes].sort() : null;
};

describe('counties and municipalities', () => {
  it('has the 21 counties with unique two-digit codes and letter codes', () => {
    expect(COUNTIES).toHaveLength(21);
    expect(new Set(COUNTIES.map((c) => c.code)).size).toBe(21);
    expect(COUNTIES.every((c) => /^\d{2}$/.test(c.code))).toBe(true);
    expect(COUNTIES.map((c) => c.letterCode).sort()).toEqual(
      ['AB', 'AC', 'BD', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'K', 'M', 'N', 'O', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'],
    );
  });

  it('has the 290 municipalities with unique four-digit codes and unique names', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(290);
    expect(MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.code))).toBe(true);
  });

  it('puts every municipality in the county its code starts with', () => {
    const counties = new Set(COUNTIES.map((c) => c.code));
    for (const m of MUNICIPALITIES) {
      expect(m.code.slice(0, 2)).toBe(m.countyCode);
      expect(counties.has(m.countyCode)).toBe(true);
    }
  });

  it('gives every county its known number of municipalities', () => {
    for (const county of COUNTIES) expect(codesIn(county.code), county.name).toHaveLength(MUNICIPALITIES_PER_COUNTY[county.code]!);
  });

  it('uses the current codes and official spellings', () => {
    const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));
    expect(byCode.get('0330')).toBe('Knivsta');
    expect(byCode.get('0140')).toBe('Nykvarn');
    expect(byCode.get('0980')).toBe('Gotland');
    expect(byCode.get('2284')).toBe('Örnsköldsvik');
    expect(byCode.get('2584')).toBe('Kiruna');
    expect(byCode.get('1480')).toBe('Göteborg');
    expect(byCode.get('1280')).toBe('Malmö');
    expect(byCode.get('0114')).toBe('Upplands Väsby');
    expect(byCode.get('2023')).toBe('Malung-Sälen');
    expect(byCode.get('1438')).toBe('Dals-Ed');
  });

  it('places every seat inside Sweden, near another seat of the same county', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.lat, m.name).toBeGreaterThanOrEqual(55.3);
      expect(m.lat, m.name).toBeLessThanOrEqual(69.1);
      expect(m.lon, m.name).toBeGreaterThanOrEqual(10.9);
      expect(m.lon, m.name).toBeLessThanOrEqual(24.2);
      const neighbours = MUNICIPALITIES.filter((o) => o !== m && o.countyCode === m.countyCode);
      if (neighbours.length === 0) continue;
      // A mistyped digit moves a seat hundreds of km; the sparsest pair (Pajala) is ~92 km apart.
      const nearest = Math.min(...neighbours.map((o) => haversineKm(m, o)));
      expect(nearest, m.name).toBeLessThan(110);
    }
  });
});

describe('resource centres', () => {
  it('validates as a directory document and its cross-references line up', () => {
    expect(() => directoryDataSchema.parse(SHIPPED_DIRECTORY)).not.toThrow();
    expect(checkDirectory(COUNTIES, MUNICIPALITIES, RESOURCE_CENTRES)).toEqual([]);
  });

  it('cites the sources for every centre, and has unique ids and case-reference codes', () => {
    for (const c of RESOURCE_CENTRES) {
      expect(c.sources.name.length + c.sources.status.length, c.id).toBeGreaterThan(0);
    }
    expect(new Set(RESOURCE_CENTRES.map((c) => c.id)).size).toBe(RESOURCE_CENTRES.length);
    expect(new Set(RESOURCE_CENTRES.map((c) => c.shortCode)).size).toBe(RESOURCE_CENTRES.length);
    expect(centre('resursteam-heder-goteborg').shortCode).toBe('GBG');
  });

  it('models each coverage as the sources state it', () => {
    expect(coveredCodes('resursteam-heder-goteborg')).toEqual(['1480']);
    expect(coveredCodes('resurscentrum-heder-kronoberg')).toEqual(codesIn('07'));
    expect(coveredCodes('resurscentrum-gavleborg')).toEqual(codesIn('21'));
    expect(coveredCodes('una-norrbotten')).toEqual(codesIn('25'));
    const una = centre('una-norrbotten').coverage;
    expect(una.kind === 'municipalities' && una.participating?.codes).toHaveLength(9);
    const fyrbodal = centre('resurscentrum-barnahus-fyrbodal').coverage;
    expect(fyrbodal).toMatchObject({ kind: 'municipalities', origin: 'external', unnamedCount: 3 });
    expect(coveredCodes('resurscentrum-barnahus-fyrbodal')).toHaveLength(14);
    expect(centre('resurscentrum-heder-skane').coverage).toEqual({ kind: 'not_stated', count: 5 });
  });

  it('lists the counties preparing a centre, the pre-studies and the centres outside the programme', () => {
    const withStatus = (status: string) => RESOURCE_CENTRES.filter((c) => c.status === status).map((c) => c.countyCode).sort();
    expect(withStatus('preparing')).toEqual(['19', '20', '22']);
    expect(withStatus('pre_study')).toEqual(['14', '14']);
    expect(withStatus('outside_programme')).toEqual(['01', '12', '14']);
  });

  it('publishes only functional contacts: no invented numbers and nothing like a person', () => {
    const channels: ContactChannel[] = [...RESOURCE_CENTRES.flatMap((c) => c.channels), ...NATIONAL_FALLBACK.channels];
    for (const channel of channels) {
      if (channel.value === undefined) continue;
      expect(channel.value).not.toMatch(/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u);
      expect(channel.value).not.toMatch(/^[\p{L}]+\.[\p{L}]+@/u);
      expect(channel.value).toMatch(/^(\+?[\d ()-]{6,}|[\w.-]+@[\w.-]+\.\w+|https:\/\/\S+)$/);
    }
    // The sources print no phone numbers: any number an admin has not added is an invention.
    expect(channels.filter((c) => c.kind === 'phone' || c.kind === 'support_line').every((c) => c.value === undefined)).toBe(true);
  });

  it('offers NCH and its national support line as the fallback', () => {
    expect(NATIONAL_FALLBACK.shortName).toBe('NCH');
    expect(NATIONAL_FALLBACK.host).toBe('Länsstyrelsen Östergötland');
    expect(NATIONAL_FALLBACK.channels.map((c) => c.kind)).toContain('support_line');
    const web = NATIONAL_FALLBACK.channels.find((c) => c.kind === 'web');
    expect(web).toMatchObject({ value: 'https://www.hedersfortryck.se', origin: 'external' });
  });
});
