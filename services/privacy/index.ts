// Public surface of the identifier check.

export { checkText, isClean } from './check.js';
export { cleanText } from './clean-text.js';
export { redact, REDACTION_TAGS } from './redact.js';
export {
  BLOCKING_KINDS,
  WARNING_KINDS,
  isBlockingKind,
  type BlockingKind,
  type CheckOptions,
  type Finding,
  type FindingKind,
  type PrivacyCheck,
  type WarningKind,
} from './types.js';
