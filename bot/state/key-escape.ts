import { createHash } from 'node:crypto';
import { MAX_DOCUMENT_ID_LENGTH } from '../../services/storage/document-id.js';

// Document ids may not contain / \ ? # and are at most 255 characters (document-id.ts); Bot Framework state
// keys ("msteams/conversations/<id>/") contain slashes and Teams channel ids can be long.
// The escape is reversible for short keys and collision-free for long ones (hash suffix).
const FORBIDDEN = /[\\/?#*]/g;

export function escapeStateKey(key: string): string {
  const escaped = key.replace(FORBIDDEN, (c) => `*${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  if (escaped.length <= MAX_DOCUMENT_ID_LENGTH) return escaped;
  const hash = createHash('sha256').update(key).digest('hex');
  return `${escaped.slice(0, MAX_DOCUMENT_ID_LENGTH - hash.length - 1)}~${hash}`;
}
