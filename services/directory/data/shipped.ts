// The directory as shipped in the repo, assembled into the document shape that storage
// will hold once admins can edit it.

import type { DirectoryData } from '../schema.js';
import { COUNTIES } from './counties.js';
import { MUNICIPALITIES } from './municipalities.js';
import { NATIONAL_FALLBACK } from './national-fallback.js';
import { RESOURCE_CENTRES } from './resource-centres.js';
import { DIRECTORY_DATA_VERSION } from './version.js';

export const SHIPPED_DIRECTORY: DirectoryData = {
  version: DIRECTORY_DATA_VERSION,
  counties: [...COUNTIES],
  municipalities: [...MUNICIPALITIES],
  centres: [...RESOURCE_CENTRES],
  nationalFallback: NATIONAL_FALLBACK,
};
