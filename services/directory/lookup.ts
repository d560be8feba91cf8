// The directory lookup the bot calls: find a place from free text, then the resource
// centres for it. Pure and in memory; build one index at start-up (or when an admin
// publishes corrected centres) and share it.

import { CoverageIndex, type CountyCentres, type MunicipalityCentres } from './coverage.js';
import { SHIPPED_DIRECTORY } from './data/shipped.js';
import { checkDirectory, DirectoryDataError } from './integrity.js';
import { PlaceSearch, type PlaceSearchResult, type TypeaheadItem } from './place-search.js';
import type { County, DirectoryData, Municipality, NationalFallback, ResourceCentre } from './schema.js';

export interface DirectoryIndexOptions {
  /** Admin-corrected centres from storage; defaults to the shipped data. */
  centres?: readonly ResourceCentre[];
  municipalities?: readonly Municipality[];
  counties?: readonly County[];
  nationalFallback?: NationalFallback;
  version?: string;
}

export interface LookupResult {
  place: PlaceSearchResult;
  /** Null when no place matched: show `place.suggestions` instead. */
  centres: MunicipalityCentres | CountyCentres | null;
}

export class DirectoryIndex {
  readonly version: string;
  readonly centres: readonly ResourceCentre[];
  readonly nationalFallback: NationalFallback;
  private readonly search: PlaceSearch;
  private readonly coverage: CoverageIndex;
  private readonly municipalityByCode: Map<string, Municipality>;
  private readonly countyByCode: Map<string, County>;
  private readonly centreById: Map<string, ResourceCentre>;

  /** @throws DirectoryDataError when codes do not line up (e.g. a centre covers "9999"). */
  constructor(options: DirectoryIndexOptions = {}) {
    const municipalities = options.municipalities ?? SHIPPED_DIRECTORY.municipalities;
    const counties = options.counties ?? SHIPPED_DIRECTORY.counties;
    this.centres = options.centres ?? SHIPPED_DIRECTORY.centres;
    this.nationalFallback = options.nationalFallback ?? SHIPPED_DIRECTORY.nationalFallback;
    this.version = options.version ?? SHIPPED_DIRECTORY.version;
    const issues = checkDirectory(counties, municipalities, this.centres);
    if (issues.length > 0) throw new DirectoryDataError(issues);
    this.municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
    this.countyByCode = new Map(counties.map((c) => [c.code, c]));
    this.centreById = new Map(this.centres.map((c) => [c.id, c]));
    this.search = new PlaceSearch(municipalities, counties);
    this.coverage = new CoverageIndex(municipalities, counties, this.centres, this.nationalFallback);
  }

  /** From a whole directory document (already validated with `directoryDataSchema`). */
  static fromData(data: DirectoryData): DirectoryIndex {
    return new DirectoryIndex({
      centres: data.centres,
      municipalities: data.municipalities,
      counties: data.counties,
      nationalFallback: data.nationalFallback,
      version: data.version,
    });
  }

  findPlace(query: string): PlaceSearchResult {
    return this.search.findPlace(query);
  }

  typeahead(query: string, limit?: number): TypeaheadItem[] {
    return this.search.typeahead(query, limit);
  }

  /** Null for an unknown municipality code. */
  centresFor(municipalityCode: string): MunicipalityCentres | null {
    return this.coverage.centresFor(municipalityCode);
  }

  /** Null for an unknown county code. */
  centresForCounty(countyCode: string): CountyCentres | null {
    return this.coverage.centresForCounty(countyCode);
  }

  /** Free text in, centres out: the "find the nearest resource centre" question in one call. */
  lookup(query: string): LookupResult {
    const place = this.findPlace(query);
    const best = place.best;
    if (best === null) return { place, centres: null };
    const centres = best.kind === 'municipality' ? this.centresFor(best.code) : this.centresForCounty(best.code);
    return { place, centres };
  }

  municipalities(): readonly Municipality[] {
    return [...this.municipalityByCode.values()];
  }

  counties(): readonly County[] {
    return [...this.countyByCode.values()];
  }

  municipality(code: string): Municipality | undefined {
    return this.municipalityByCode.get(code);
  }

  county(code: string): County | undefined {
    return this.countyByCode.get(code);
  }

  centre(id: string): ResourceCentre | undefined {
    return this.centreById.get(id);
  }
}
