// The domain rules under mutation testing: each module against its own unit tests only, so a
// module's run takes minutes, not the whole suite. `target` is the lowest acceptable score (%).
// Equivalent mutants are marked in the source with `// Stryker disable next-line …: reason`.

const PRIVACY_TESTS = [
  'test/privacy/address-and-email.test.ts',
  'test/privacy/check-api.test.ts',
  'test/privacy/clean-text.test.ts',
  'test/privacy/corpus.test.ts',
  'test/privacy/date-of-birth.test.ts',
  'test/privacy/personal-identity-number.test.ts',
  'test/privacy/phone-number.test.ts',
  'test/privacy/warnings.test.ts',
  'test/privacy/written-forms.test.ts',
];

const DETECTORS = [
  'date-of-birth', 'dates', 'email-address', 'number-words', 'obfuscated-numbers', 'personal-identity-number',
  'personal-name', 'phone-number', 'places', 'postcode', 'reference-context', 'school-name', 'street-address',
  'units', 'workplace-name',
];

// A detector's own tests, beside the check's: through checkText another detector reporting
// the same span hides a rule of this one that broke.
const OWN_TESTS = {
  'phone-number': ['test/privacy/phone-number-detector.test.ts'],
  dates: ['test/privacy/dates.test.ts'],
  postcode: ['test/privacy/postcode-detector.test.ts'],
  'email-address': ['test/privacy/email-address-detector.test.ts'],
  'date-of-birth': ['test/privacy/date-of-birth-detector.test.ts'],
  'school-name': ['test/privacy/school-name-detector.test.ts'],
  'personal-name': ['test/privacy/personal-name-detector.test.ts'],
  'street-address': ['test/privacy/street-address-detector.test.ts'],
};

/** @type {{ name: string, mutate: string[], tests: string[], target: number }[]} */
export const MODULES = [
  { name: 'transitions', mutate: ['services/consultation/transitions.ts'], tests: ['test/consultation/transitions.test.ts'], target: 90 },
  { name: 'booking-rules', mutate: ['services/sessions/booking-rules.ts'], tests: ['test/sessions/booking.test.ts'], target: 90 },
  { name: 'question-rules', mutate: ['services/sessions/question-rules.ts'], tests: ['test/sessions/questions.test.ts', 'test/sessions/question-rules.test.ts'], target: 85 },
  { name: 'occurrences', mutate: ['services/sessions/occurrences.ts', 'services/sessions/occurrences/*.ts'], tests: ['test/sessions/occurrences.test.ts', 'test/sessions/series-rule-input.test.ts'], target: 85 },
  { name: 'reference', mutate: ['services/consultation/reference.ts'], tests: ['test/consultation/reference.test.ts'], target: 85 },
  { name: 'swedish-calendar', mutate: ['services/time/swedish-calendar.ts'], tests: ['test/time/swedish-calendar.test.ts'], target: 85 },
  { name: 'swedish-holidays', mutate: ['services/time/swedish-holidays.ts'], tests: ['test/time/swedish-calendar.test.ts', 'test/time/swedish-holidays-data.test.ts'], target: 85 },
  { name: 'suppression', mutate: ['services/statistics/suppression.ts'], tests: ['test/statistics/suppression.test.ts'], target: 85 },
  { name: 'privacy-check', mutate: ['services/privacy/check.ts'], tests: PRIVACY_TESTS, target: 90 },
  ...DETECTORS.map((d) => ({ name: d, mutate: [`services/privacy/detectors/${d}.ts`], tests: [...PRIVACY_TESTS, ...(OWN_TESTS[d] ?? [])], target: 90 })),
  // The rules added since: the case's thread and new contact, handing a case on, the RC's closed
  // periods and response targets, the reopening period, and a professional's place on a training.
  { name: 'thread-rules', mutate: ['services/consultation/thread-rules.ts'], tests: ['test/consultation/thread-rules.test.ts', 'test/consultation/case-thread.test.ts'], target: 85 },
  { name: 'handover-rules', mutate: ['services/consultation/handover-rules.ts'], tests: ['test/consultation/handover-rules.test.ts', 'test/consultation/case-handover.test.ts', 'test/consultation/transfer-retention.test.ts'], target: 85 },
  { name: 'closed-periods', mutate: ['services/consultation/closed-periods.ts'], tests: ['test/consultation/closed-periods.test.ts'], target: 85 },
  { name: 'response-targets', mutate: ['services/consultation/response-targets.ts'], tests: ['test/consultation/response-targets.test.ts', 'test/consultation/queue.test.ts'], target: 85 },
  { name: 'reopen-periods', mutate: ['services/consultation/reopen-periods.ts'], tests: ['test/consultation/reopen-periods.test.ts', 'test/consultation/case-thread.test.ts'], target: 85 },
  // Training places follow the session booking rules (booking-rules above); what is the
  // training's own is who may take one and which booking is the asker's: register …
  // leaveWaitingList, lines 84–131 of events.ts (move the range with them).
  { name: 'training-booking', mutate: ['services/training/events.ts:84-131'], tests: ['test/training/training.test.ts', 'test/training/training-booking.test.ts'], target: 85 },
];
