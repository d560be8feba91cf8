// Indicator codes are a contract with cards, spreadsheets and other counties: this pins them.
// A failing test here means a rename, which every export consumer would feel.

import { describe, expect, it } from 'vitest';
import { allIndicatorCodes, BREAKDOWNS } from '../../services/statistics/indicators.js';
import { formatCount, formatDecimal, formatPercent, roundHalfUp } from '../../services/statistics/format.js';

const counted = (prefix: string, categories: string[]) => categories.flatMap((c) => [`${prefix}.${c}`, `${prefix}.${c}.share`]);

describe('indicator codes', () => {
  it('are exactly these, in this order', () => {
    expect(allIndicatorCodes()).toEqual([
      'ga2.cases',
      'ga2.contacts',
      'ga2.withdrawn',
      'ga2.advice_followed.answers',
      'ga2.helpfulness.answers',
      'ga2.helpfulness.mean',
      'ga2.hours_to_claim.median',
      'ga2.hours_to_answer.median',
      'ga2.coverage.municipalities',
      ...counted('ga2.sector', ['social_services', 'school', 'preschool', 'health_care', 'police', 'prosecution', 'guardian', 'refugee_reception', 'civil_society']),
      'ga1.self_referrals',
      'ga1.self_referrals.share',
      ...counted('ga2.sector', ['other']),
      ...counted('ga2.channel', ['teams', 'phone', 'email', 'meeting', 'network_session']),
      ...counted('ga2.question_type', ['hrv', 'case_handling', 'close_relationship']),
      ...counted('ga2.urgency', ['urgent', 'not_urgent']),
      ...counted('ga2.gender', ['girl_woman', 'boy_man', 'non_binary', 'trans', 'unknown']),
      ...counted('ga2.age', ['0_12', '13_17', '18_26', '27_plus', 'unknown']),
      ...counted('ga2.violence', ['control', 'psychological', 'physical', 'sexual', 'marriage', 'fgm', 'abduction', 'virginity', 'other']),
      ...counted('ga2.perpetrator', ['parents', 'siblings', 'relatives', 'community', 'partner', 'other', 'unknown']),
      ...counted('ga2.outcome', [
        'report_of_concern', 'police_report', 'risk_assessment', 'protective_placement', 'travel_ban', 'referral', 'continued_support', 'conversation_advice',
      ]),
      ...counted('ga2.advice_followed', ['yes', 'no', 'partly', 'unknown']),
      ...counted('ga2.contacts_per_case', ['1', '2_4', '5_9', '10_plus']),
      ...counted('ga2.stage', ['not_known_to_social_services', 'report_made', 'investigation_under_way', 'protective_measures_in_place', 'after_decision', 'unknown']),
      'ga3.sessions.held',
      'ga3.sessions.cancelled',
      'ga3.questions.submitted',
      'ga3.questions.discussed',
      'ga3.questions.carried_over',
      'ga3.sessions.organisations.mean',
      'ga3.sessions.satisfaction.answers',
      'ga3.sessions.satisfaction.mean',
      'ga1.direct_support.cases',
      'ga1.direct_support.contacts',
      'ga2.stage.recorded',
      'ga2.transfers.sent',
      'ga2.transfers.received',
      'ga2.contacts.mean',
      ...['teams', 'phone', 'email', 'meeting', 'network_session'].map((c) => `ga2.contacts.by_channel.${c}`),
      'ga2.trainings.held',
      'ga2.information_sessions.held',
      'ga2.trainings.participants',
      ...['social_worker', 'teacher', 'student_health', 'preschool_staff', 'health_care_staff', 'police_officer', 'manager', 'interpreter', 'other'].map((p) => `ga2.trainings.participants.profession.${p}`),
      ...['social_services', 'school', 'preschool', 'health_care', 'police', 'prosecution', 'guardian', 'refugee_reception', 'civil_society', 'other'].map((s) => `ga2.trainings.participants.sector.${s}`),
      'ga2.trainings.municipalities',
      'ga2.trainings.satisfaction.answers',
      'ga2.trainings.satisfaction.mean',
    ]);
  });

  it('are unique, lower-case and start with their goal area', () => {
    const codes = allIndicatorCodes();
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^ga[123](\.[a-z0-9_]+)+$/);
  });

  it('only violence, perpetrators and outcomes are multi-select', () => {
    expect(BREAKDOWNS.filter((b) => b.multiSelect).map((b) => b.code)).toEqual(['ga2.violence', 'ga2.perpetrator', 'ga2.outcome']);
  });
});

describe('display formats', () => {
  it('write Swedish numbers', () => {
    expect([formatCount(353), formatCount(1059), formatCount(12345), formatCount(100000)]).toEqual(['353', '1059', '12 345', '100 000']);
    expect([formatPercent(54.1), formatPercent(12.5), formatPercent(5.95), formatPercent(0)]).toEqual(['54 %', '13 %', '6 %', '0 %']);
    expect([formatDecimal(4.25), formatDecimal(3), formatDecimal(1.005, 2)]).toEqual(['4,3', '3,0', '1,01']);
    expect(roundHalfUp(54.545454, 0)).toBe(55);
  });
});
