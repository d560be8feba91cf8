// The one rule for document ids, Cosmos DB's, applied by both stores so that data written on
// a laptop can move to Cosmos unchanged: a non-empty string of at most 255 characters
// without / \ ? #.

export const MAX_DOCUMENT_ID_LENGTH = 255;
const FORBIDDEN_ID_CHARS = /[/\\?#]/;

export function isValidDocumentId(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && id.length <= MAX_DOCUMENT_ID_LENGTH && !FORBIDDEN_ID_CHARS.test(id);
}
