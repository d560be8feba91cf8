// Public surface of the directory service.

export { DirectoryIndex, type DirectoryIndexOptions, type LookupResult } from './lookup.js';
export type {
  CountyCentres,
  CountyCentreSummary,
  CoveringCentre,
  MunicipalityCentres,
  NearbyCentre,
  PossibleCentre,
} from './coverage.js';
export type { MatchType, PlaceMatch, PlaceSearchResult, TypeaheadItem } from './place-search.js';
export { analysePlace, normalizePlace } from './normalize.js';
export { haversineKm } from './distance.js';
export { checkDirectory, DirectoryDataError } from './integrity.js';
export { SHIPPED_DIRECTORY } from './data/shipped.js';
export { DIRECTORY_DATA_VERSION } from './data/version.js';
export * from './schema.js';
