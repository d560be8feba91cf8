// Which resource centres answer for a municipality or a county. Coverage is by
// municipality (brief): a county may have one centre for a single city, one for a named
// group, one whose list is not stated, or none, in which case the user gets the nearest
// centres outside their own area and always NCH.
// Distances are great-circle, seat to seat (the municipalities' WGS84 seat points): to the
// nearest covered municipality's seat when the centre's list is known, else to its county's
// seat (residensstad), the best stand-in for where a county-wide centre works from.

import { COUNTY_SEATS } from './data/county-seats.js';
import { haversineKm, type LatLon } from './distance.js';
import {
  IN_SERVICE_STATUSES,
  type County,
  type Municipality,
  type NationalFallback,
  type Origin,
  type ResourceCentre,
} from './schema.js';

/** At most this many centres outside the user's area are offered. */
const MAX_NEAREST = 3;

export interface CoveringCentre {
  centre: ResourceCentre;
  /** From the sources' list of who took part, when there is one (Una Norrbotten, 2020). */
  participation: 'participating' | 'not_participating' | 'unknown';
  /** 'external' when the municipality list itself is from outside the sources. */
  coverageOrigin: Origin;
}

/** An in-service centre in the same county that may cover the place: the sources don't say. */
export interface PossibleCentre {
  centre: ResourceCentre;
  reason: 'coverage_not_stated' | 'unnamed_municipalities';
}

export interface NearbyCentre {
  centre: ResourceCentre;
  /** Seat to seat, rounded to whole km. */
  distanceKm: number;
  /** The covered municipality whose seat is closest, or the county seat when the list is not known. */
  viaMunicipalityCode: string;
  /** 'county_seat' when the sources do not list the municipalities the centre covers. */
  measuredTo: 'coverage' | 'county_seat';
  /** That seat's municipality name, for the card ("till Malmö"). */
  viaName: string;
  /** These centres are offered although the place is outside the area they serve. */
  outsideOwnArea: true;
}

interface Related {
  possible: PossibleCentre[];
  nearest: NearbyCentre[];
  /** Preparing or in pre-study: named so, never presented as able to help today. */
  upcoming: ResourceCentre[];
  outsideProgramme: ResourceCentre[];
  /** NCH whenever some place asked about has no centre. */
  nationalFallback: NationalFallback | null;
}

export interface MunicipalityCentres extends Related {
  kind: 'municipality';
  municipality: Municipality;
  county: County;
  covering: CoveringCentre[];
}

export interface CountyCentreSummary {
  centre: ResourceCentre;
  coveredMunicipalityCodes: string[];
  /** Covered municipalities the sources list as taking part, when they list any. */
  participatingMunicipalityCodes: string[] | null;
  coverageOrigin: Origin;
}

export interface CountyCentres extends Related {
  kind: 'county';
  county: County;
  municipalityCodes: string[];
  centres: CountyCentreSummary[];
  uncoveredMunicipalityCodes: string[];
}

export class CoverageIndex {
  private readonly municipalities: Map<string, Municipality>;
  private readonly counties: Map<string, County>;
  private readonly inService: ResourceCentre[];
  private readonly coverageSets = new Map<string, Set<string>>();
  private readonly distanceCache = new Map<string, readonly NearbyCentre[]>();

  constructor(
    municipalities: readonly Municipality[],
    counties: readonly County[],
    private readonly centres: readonly ResourceCentre[],
    private readonly fallback: NationalFallback,
  ) {
    this.municipalities = new Map(municipalities.map((m) => [m.code, m]));
    this.counties = new Map(counties.map((c) => [c.code, c]));
    this.inService = centres.filter((c) => IN_SERVICE_STATUSES.includes(c.status));
    for (const centre of centres) {
      if (centre.coverage.kind === 'municipalities') this.coverageSets.set(centre.id, new Set(centre.coverage.codes));
    }
  }

  centresFor(municipalityCode: string): MunicipalityCentres | null {
    const municipality = this.municipalities.get(municipalityCode);
    const county = municipality && this.counties.get(municipality.countyCode);
    if (!municipality || !county) return null;
    const covering = this.inService
      .filter((c) => this.covers(c, municipality.code))
      .map((centre) => coveringEntry(centre, municipality.code));
    const uncovered = covering.length === 0;
    return {
      kind: 'municipality',
      municipality,
      county,
      covering,
      ...this.related(county.code, [municipality], uncovered, uncovered),
    };
  }

  centresForCounty(countyCode: string): CountyCentres | null {
    const county = this.counties.get(countyCode);
    if (!county) return null;
    const members = [...this.municipalities.values()].filter((m) => m.countyCode === countyCode);
    const codes = members.map((m) => m.code);
    const centres: CountyCentreSummary[] = [];
    for (const centre of this.inService) {
      const covered = codes.filter((code) => this.covers(centre, code));
      if (covered.length === 0 || centre.coverage.kind !== 'municipalities') continue;
      const participating = centre.coverage.participating?.codes;
      centres.push({
        centre,
        coveredMunicipalityCodes: covered,
        participatingMunicipalityCodes: participating ? covered.filter((code) => participating.includes(code)) : null,
        coverageOrigin: centre.coverage.origin,
      });
    }
    const uncovered = codes.filter((code) => !centres.some((s) => s.coveredMunicipalityCodes.includes(code)));
    return {
      kind: 'county',
      county,
      municipalityCodes: codes,
      centres,
      uncoveredMunicipalityCodes: uncovered,
      // Distances only help when nothing in the county is covered at all.
      ...this.related(countyCode, members, uncovered.length > 0, centres.length === 0),
    };
  }

  private covers(centre: ResourceCentre, municipalityCode: string): boolean {
    return this.coverageSets.get(centre.id)?.has(municipalityCode) ?? false;
  }

  private related(countyCode: string, places: readonly Municipality[], uncovered: boolean, wantNearest: boolean): Related {
    const concerns = (c: ResourceCentre) => c.countyCode === countyCode || places.some((p) => this.covers(c, p.code));
    // A centre on the way names the places it is planned for; without a list, its county.
    const plannedFor = (c: ResourceCentre) => (this.coverageSets.has(c.id) ? places.some((p) => this.covers(c, p.code)) : c.countyCode === countyCode);
    const possible = uncovered ? this.possibleIn(countyCode, places) : [];
    const skip = new Set(possible.map((p) => p.centre.id));
    return {
      possible,
      nearest: wantNearest ? this.nearestTo(places, skip) : [],
      upcoming: this.centres.filter((c) => (c.status === 'preparing' || c.status === 'pre_study') && plannedFor(c)),
      outsideProgramme: this.centres.filter((c) => c.status === 'outside_programme' && concerns(c)),
      nationalFallback: uncovered ? this.fallback : null,
    };
  }

  /**
   * In-service centres of the county that may cover the places: one whose list is not stated, or
   * one with unnamed members (Fyrbodal's three contract municipalities), unless every place asked
   * about belongs to another centre's named area (Borås is Södra Älvsborg's, not Fyrbodal's).
   */
  private possibleIn(countyCode: string, places: readonly Municipality[]): PossibleCentre[] {
    const named = (code: string, except: string) => this.centres.some((c) => c.id !== except && this.covers(c, code));
    const possible: PossibleCentre[] = [];
    for (const centre of this.inService) {
      if (centre.countyCode !== countyCode) continue;
      if (centre.coverage.kind === 'not_stated') possible.push({ centre, reason: 'coverage_not_stated' });
      else if (centre.coverage.unnamedCount !== undefined && places.some((p) => !named(p.code, centre.id))) possible.push({ centre, reason: 'unnamed_municipalities' });
    }
    return possible;
  }

  private nearestTo(places: readonly Municipality[], skip: Set<string>): NearbyCentre[] {
    const best = new Map<string, NearbyCentre>();
    for (const place of places) {
      for (const near of this.distancesFrom(place)) {
        if (skip.has(near.centre.id)) continue;
        const current = best.get(near.centre.id);
        if (!current || near.distanceKm < current.distanceKm) best.set(near.centre.id, near);
      }
    }
    return [...best.values()]
      .sort((a, b) => a.distanceKm - b.distanceKm || a.centre.id.localeCompare(b.centre.id))
      .slice(0, MAX_NEAREST)
      .map((near) => ({ ...near }));
  }

  /** Every in-service centre, by distance from this seat to its coverage (memoised). */
  private distancesFrom(place: Municipality): readonly NearbyCentre[] {
    const known = this.distanceCache.get(place.code);
    if (known) return known;
    const found: NearbyCentre[] = [];
    for (const centre of this.inService) {
      const covered = this.coverageSets.get(centre.id);
      const countySeat = COUNTY_SEATS[centre.countyCode];
      const targets = covered ?? (countySeat ? [countySeat] : []);
      let bestKm = Infinity;
      let via = '';
      for (const code of targets) {
        const seat: LatLon | undefined = this.municipalities.get(code);
        const km = seat ? haversineKm(place, seat) : Infinity;
        if (km < bestKm) [bestKm, via] = [km, code];
      }
      const measuredTo = covered ? 'coverage' : 'county_seat';
      const viaName = this.municipalities.get(via)?.seat ?? this.municipalities.get(via)?.name ?? via;
      if (via !== '') found.push({ centre, distanceKm: Math.round(bestKm), viaMunicipalityCode: via, measuredTo, viaName, outsideOwnArea: true });
    }
    this.distanceCache.set(place.code, found);
    return found;
  }
}

function coveringEntry(centre: ResourceCentre, code: string): CoveringCentre {
  if (centre.coverage.kind !== 'municipalities') return { centre, participation: 'unknown', coverageOrigin: 'sources' };
  const participating = centre.coverage.participating?.codes;
  return {
    centre,
    participation: participating === undefined ? 'unknown' : participating.includes(code) ? 'participating' : 'not_participating',
    coverageOrigin: centre.coverage.origin,
  };
}
