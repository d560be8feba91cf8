// Swedish names for the statistics indicator codes (services/statistics/indicators.ts), as the
// chat card, the tab and the CSV show them. A duration names its unit; a share is named by
// indicator-labels.ts from its count's label.
import { ageCode, cellLabels } from './indicator-cells.js';
import { sv } from './sv.js';

const c = sv.codes;

export const svIndicators: Record<string, string> = {
  'ga2.cases': 'Ärenden',
  'ga2.contacts': 'Kontakter (samtal, mejl och möten)',
  'ga2.withdrawn': 'Återkallade förfrågningar',
  'ga2.advice_followed.answers': 'Svar på frågan om rådet följdes',
  'ga2.helpfulness.answers': 'Svar på frågan om rådet var till hjälp',
  'ga2.helpfulness.mean': 'Rådet var till hjälp, medelvärde (1–5)',
  'ga2.hours_to_claim.median': 'Tid till tagen, median (timmar)',
  'ga2.hours_to_answer.median': 'Tid till svar, median (timmar)',
  'ga2.coverage.municipalities': 'Kommuner som nåtts',
  'ga1.self_referrals': 'Sektor: Den utsatta själv (egen kontakt)',
  ...cellLabels('ga2.sector', 'Sektor', c.sector),
  ...cellLabels('ga2.channel', 'Kanal', c.channel),
  ...cellLabels('ga2.question_type', 'Frågetyp', c.questionType),
  'ga2.urgency.urgent': 'Brådskande ärenden',
  'ga2.urgency.not_urgent': 'Ej brådskande ärenden',
  ...cellLabels('ga2.gender', 'Kön', c.gender),
  ...cellLabels('ga2.age', 'Ålder', c.ageBand, ageCode),
  ...cellLabels('ga2.violence', 'Våldsform', c.violence),
  ...cellLabels('ga2.perpetrator', 'Utövare', c.perpetrators),
  ...cellLabels('ga2.outcome', 'Åtgärd', c.outcomes),
  ...cellLabels('ga2.advice_followed', 'Rådet följdes', c.adviceFollowed),
  'ga3.sessions.held': 'Nätverksträffar som hållits',
  'ga3.sessions.cancelled': 'Inställda nätverksträffar',
  'ga3.questions.submitted': 'Frågor inskickade till träffar',
  'ga3.questions.discussed': 'Frågor som diskuterats på träffar',
  'ga3.questions.carried_over': 'Frågor flyttade till nästa träff',
  'ga3.sessions.organisations.mean': 'Organisationer per träff, medelvärde',
  'ga3.sessions.satisfaction.answers': 'Svar på träffarnas utvärdering',
  'ga3.sessions.satisfaction.mean': 'Nöjdhet med träffarna, medelvärde (1–5)',
  'ga1.direct_support.cases': 'Direkt stöd till utsatta (ärenden)',
  'ga1.direct_support.contacts': 'Direkt stöd till utsatta (kontakter)',
  'ga2.trainings.held': 'Utbildningar',
  'ga2.trainings.participants': 'Deltagare i utbildningar',
};

/** After a count's label, for its share of the total. */
export const svShare = '{label} (andel)';

/** After a multi-select indicator's name in a CSV: its shares may sum past 100 %. */
export const svMultiSelect = ' (flerval)';
