// A consultation as cards show it: the statistics codes, the texts and the words around them.
// Built by the bot from the record (bot/consultation/views.ts); no conversation references,
// no ids of people, nothing a card does not print or route with.
import type {
  AdviceFollowed,
  AgeBand,
  Channel,
  ConsultationStatus,
  Gender,
  Outcome,
  Perpetrator,
  QuestionType,
  Sector,
  ViolenceForm,
} from '../../services/consultation/codes.js';

export interface ConsultationView {
  rcId: string;
  id: string;
  reference: string;
  status: ConsultationStatus;
  urgent: boolean;
  centreName: string;
  municipalityName: string;
  sector: Sector;
  gender: Gender;
  ageBand: AgeBand;
  violence: readonly ViolenceForm[];
  perpetrators: readonly Perpetrator[];
  questionType: QuestionType;
  channel: Channel;
  /** Null once erased after the retention period. */
  question: string | null;
  answer: string | null;
  outcomes: readonly Outcome[];
  /** Display name of the coordinator who took it, for "taken by …". */
  claimedByName?: string;
  helpfulness: number | null;
  adviceFollowed: AdviceFollowed | null;
  /** "22 nov 14:05", in Europe/Stockholm. */
  receivedAt: string;
  /** A child is concerned: the duty-to-report reminder goes with receipt and answer. */
  concernsChild: boolean;
}
