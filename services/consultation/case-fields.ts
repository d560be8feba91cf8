// The coded description of a case, the same whether a professional submits it or a
// coordinator logs a phone call: these fields are the statistics core (codes.ts).

import type { DirectoryIndex } from '../directory/lookup.js';
import type { ResourceCentre } from '../directory/schema.js';
import {
  AGE_BANDS,
  GENDERS,
  PERPETRATORS,
  QUESTION_TYPES,
  SECTORS,
  VIOLENCE_FORMS,
  type AgeBand,
  type Gender,
  type Perpetrator,
  type QuestionType,
  type Sector,
  type ViolenceForm,
} from './codes.js';
import { choice, fail, multi, ok, rawText, toggle, type RawInput, type Reading } from './fields.js';

export interface CaseFields {
  /** SCB code of the municipality the case concerns. */
  municipality: string;
  sector: Sector;
  gender: Gender;
  ageBand: AgeBand;
  violence: ViolenceForm[];
  perpetrators: Perpetrator[];
  questionType: QuestionType;
  urgent: boolean;
}

/** Readings of the coded fields, the municipality only checked to exist. */
export function readCaseFields(raw: RawInput, directory: DirectoryIndex): { [K in keyof CaseFields]: Reading<CaseFields[K]> } {
  return {
    municipality: knownMunicipality(raw, directory),
    sector: choice(raw, 'sector', SECTORS),
    gender: choice(raw, 'gender', GENDERS),
    ageBand: choice(raw, 'ageBand', AGE_BANDS),
    violence: multi(raw, 'violence', VIOLENCE_FORMS, true),
    perpetrators: multi(raw, 'perpetrators', PERPETRATORS, true),
    questionType: choice(raw, 'questionType', QUESTION_TYPES),
    urgent: toggle(raw, 'urgent'),
  };
}

function knownMunicipality(raw: RawInput, directory: DirectoryIndex): Reading<string> {
  const code = rawText(raw, 'municipality');
  if (code === '') return fail('required');
  return code !== undefined && directory.municipality(code) !== undefined ? ok(code) : fail('unknown_municipality');
}

/**
 * The centres a professional can send a consultation about this municipality to: in service,
 * covering it, and offering consultation. Null for an unknown municipality. The bot offers
 * these as choices when there are several, and points to NCH when there are none.
 */
export function consultingCentresFor(directory: DirectoryIndex, municipalityCode: string): ResourceCentre[] | null {
  const found = directory.centresFor(municipalityCode);
  if (!found) return null;
  return found.covering.map((c) => c.centre).filter((centre) => centre.services.includes('consultation'));
}
