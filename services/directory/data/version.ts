// Bump whenever any shipped data table changes, so stored admin copies can tell which
// release they were derived from.
export const DIRECTORY_DATA_VERSION = '2026-12-02.1';
