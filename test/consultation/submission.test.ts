// Parsing a professional's request: every field's error code at once, multi-selects and
// toggles as cards send them, the identifier check before storage, and which RC gets it.

import { describe, expect, it } from 'vitest';
import { consultingCentresFor } from '../../services/consultation/case-fields.js';
import { parseSubmission } from '../../services/consultation/submission.js';
import { validInput } from '../fixtures/consultations.js';
import { directoryWithSecondUddevallaCentre, EXTRA, FYR, GBG, GOTEBORG, JONKOPING, SHIPPED, UDDEVALLA } from '../fixtures/directory.js';

const parse = (overrides: Record<string, string | undefined> = {}, directory = SHIPPED) => parseSubmission(validInput(overrides), directory);

describe('parseSubmission', () => {
  it('turns a good card into a request for the RC covering the municipality', () => {
    const key = 'A1B2C3D4-0000-4000-8000-00000000000F';
    const result = parse({ violence: 'marriage, control,,control', perpetrators: 'siblings,parents', urgent: 'true', submissionKey: key, question: `  ${'Fråga'}  ` });
    expect(result).toEqual({
      ok: true,
      value: {
        rcId: GBG,
        municipality: GOTEBORG,
        sector: 'social_services',
        gender: 'girl_woman',
        ageBand: '13-17',
        violence: ['control', 'marriage'],
        perpetrators: ['parents', 'siblings'],
        questionType: 'hrv',
        urgent: true,
        question: 'Fråga',
        submissionKey: key.toLowerCase(),
      },
    });
  });

  it('treats an unset toggle as off and a missing submission key as none', () => {
    const result = parse({ urgent: undefined, submissionKey: undefined });
    expect(result).toMatchObject({ ok: true, value: { urgent: false, submissionKey: null } });
  });

  it('reports every missing field at once', () => {
    expect(parseSubmission({}, SHIPPED)).toEqual({
      ok: false,
      errors: {
        municipality: 'required',
        sector: 'required',
        gender: 'required',
        ageBand: 'required',
        violence: 'required',
        perpetrators: 'required',
        questionType: 'required',
        question: 'required',
        deidentified: 'not_deidentified',
      },
      privacy: {},
    });
  });

  it.each([
    ['municipality', '9999', 'unknown_municipality'],
    ['municipality', 'Göteborg', 'unknown_municipality'],
    ['municipality', JONKOPING, 'no_centre_for_municipality'],
    ['sector', 'mayor', 'invalid'],
    ['gender', 'girl', 'invalid'],
    ['ageBand', '10-15', 'invalid'],
    ['violence', 'control,punching', 'invalid'],
    ['violence', ' , ', 'required'],
    ['perpetrators', 'neighbours', 'invalid'],
    ['questionType', 'legal', 'invalid'],
    ['urgent', 'yes', 'invalid'],
    ['question', '   ', 'required'],
    ['question', 'x'.repeat(2001), 'too_long'],
    ['deidentified', 'false', 'not_deidentified'],
    ['deidentified', 'ja', 'invalid'],
    ['confirmWarnings', 'maybe', 'invalid'],
    ['submissionKey', 'not-a-uuid', 'invalid'],
  ])('%s = %j gives %s and nothing else', (field, value, code) => {
    const result = parse({ [field]: value });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.errors).toEqual({ [field]: code });
  });

  it('accepts text up to the limit', () => {
    expect(parse({ question: 'x'.repeat(2000) }).ok).toBe(true);
  });

  it('refuses values that are not strings', () => {
    const result = parseSubmission({ ...validInput(), sector: 3, violence: ['control'] }, SHIPPED);
    expect(result).toMatchObject({ ok: false, errors: { sector: 'invalid', violence: 'invalid' } });
  });

  describe('the identifier check on the question', () => {
    it('stops a question with a phone number, naming the kind but not the number', () => {
      const result = parse({ question: 'Ring mig på 070-123 45 67 om flickan.' });
      expect(result).toEqual({ ok: false, errors: { question: 'identifying' }, privacy: { question: { blocking: ['phone_number'], warnings: [] } } });
      expect(JSON.stringify(result)).not.toContain('070');
    });

    it('stops a probable name until the user confirms it', () => {
      const question = 'Amina berättar att pappan kontrollerar henne.';
      expect(parse({ question })).toEqual({
        ok: false,
        errors: { question: 'possibly_identifying' },
        privacy: { question: { blocking: [], warnings: ['personal_name'] } },
      });
      expect(parse({ question, confirmWarnings: 'true' })).toMatchObject({ ok: true, value: { question } });
    });

    it('never lets a confirmation through a blocking finding', () => {
      const result = parse({ question: 'Amina, 070-123 45 67', confirmWarnings: 'true' });
      expect(result).toEqual({
        ok: false,
        errors: { question: 'identifying' },
        privacy: { question: { blocking: ['phone_number'], warnings: ['personal_name'] } },
      });
    });

    it('reports identifiers in a text that is also too long, so both get fixed at once', () => {
      const result = parse({ question: `Hon bor på Storgatan 12. ${'x'.repeat(2000)}` });
      expect(result).toMatchObject({ ok: false, errors: { question: 'identifying' }, privacy: { question: { blocking: ['street_address'] } } });
    });
  });

  describe('which RC gets the request', () => {
    it('goes to the only covering centre, whatever rcId the card carries', () => {
      expect(parse({ municipality: UDDEVALLA })).toMatchObject({ ok: true, value: { rcId: FYR } });
      expect(parse({ municipality: GOTEBORG, rcId: FYR })).toMatchObject({ ok: true, value: { rcId: GBG } });
    });

    it('asks the user to choose when several centres cover the municipality', () => {
      const directory = directoryWithSecondUddevallaCentre();
      expect(parse({ municipality: UDDEVALLA }, directory)).toMatchObject({ ok: false, errors: { rcId: 'choose_centre' } });
      expect(parse({ municipality: UDDEVALLA, rcId: GBG }, directory)).toMatchObject({ ok: false, errors: { rcId: 'choose_centre' } });
      expect(parse({ municipality: UDDEVALLA, rcId: EXTRA }, directory)).toMatchObject({ ok: true, value: { rcId: EXTRA } });
      expect(parse({ municipality: UDDEVALLA, rcId: FYR }, directory)).toMatchObject({ ok: true, value: { rcId: FYR } });
    });

    it('counts only centres that offer consultation', () => {
      const directory = directoryWithSecondUddevallaCentre(['training']);
      expect(parse({ municipality: UDDEVALLA }, directory)).toMatchObject({ ok: true, value: { rcId: FYR } });
      expect(consultingCentresFor(directory, UDDEVALLA)?.map((c) => c.id)).toEqual([FYR]);
    });

    it('has no centre for Jönköping, and none for an unknown code', () => {
      expect(consultingCentresFor(SHIPPED, JONKOPING)).toEqual([]);
      expect(consultingCentresFor(SHIPPED, '9999')).toBeNull();
    });
  });
});
