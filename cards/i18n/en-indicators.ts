// English names for the statistics indicator codes; see sv-indicators.ts.
import { en } from './en.js';
import { ageCode, cellLabels } from './indicator-cells.js';

const c = en.codes;

export const enIndicators: Record<string, string> = {
  'ga2.cases': 'Cases',
  'ga2.contacts': 'Contacts (calls, e-mails and meetings)',
  'ga2.withdrawn': 'Withdrawn requests',
  'ga2.advice_followed.answers': 'Answers to whether the advice was followed',
  'ga2.helpfulness.answers': 'Answers to whether the advice helped',
  'ga2.helpfulness.mean': 'Advice helped, mean (1–5)',
  'ga2.hours_to_claim.median': 'Time to claim, median (hours)',
  'ga2.hours_to_answer.median': 'Time to answer, median (hours)',
  'ga2.coverage.municipalities': 'Municipalities reached',
  'ga1.self_referrals': 'Sector: The exposed person (own contact)',
  ...cellLabels('ga2.sector', 'Sector', c.sector),
  ...cellLabels('ga2.channel', 'Channel', c.channel),
  ...cellLabels('ga2.question_type', 'Question type', c.questionType),
  'ga2.urgency.urgent': 'Urgent cases',
  'ga2.urgency.not_urgent': 'Non-urgent cases',
  ...cellLabels('ga2.gender', 'Gender', c.gender),
  ...cellLabels('ga2.age', 'Age', c.ageBand, ageCode),
  ...cellLabels('ga2.violence', 'Form of violence', c.violence),
  ...cellLabels('ga2.perpetrator', 'Perpetrator', c.perpetrators),
  ...cellLabels('ga2.outcome', 'Outcome', c.outcomes),
  ...cellLabels('ga2.advice_followed', 'Advice followed', c.adviceFollowed),
  'ga3.sessions.held': 'Network sessions held',
  'ga3.sessions.cancelled': 'Network sessions cancelled',
  'ga3.questions.submitted': 'Questions sent to sessions',
  'ga3.questions.discussed': 'Questions discussed at sessions',
  'ga3.questions.carried_over': 'Questions carried over to the next session',
  'ga3.sessions.organisations.mean': 'Organisations per session, mean',
  'ga3.sessions.satisfaction.answers': 'Answers to the session evaluation',
  'ga3.sessions.satisfaction.mean': 'Satisfaction with sessions, mean (1–5)',
  'ga1.direct_support.cases': 'Direct support to exposed people (cases)',
  'ga1.direct_support.contacts': 'Direct support to exposed people (contacts)',
  'ga2.trainings.held': 'Trainings',
  'ga2.trainings.participants': 'Training participants',
};

export const enShare = '{label} (share)';

/** After a multi-select indicator's name in a CSV: its shares may sum past 100 %. */
export const enMultiSelect = ' (multiple choice)';
