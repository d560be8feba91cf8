// One lookup for indicator names in chat, tab and CSV. Each language's table is plain
// code → label objects merged here, so an area that adds indicators adds its own file and one
// spread line below (later spreads win).
import { fill, type Locale } from './catalogue.js';
import { enIndicators, enMultiSelect, enShare } from './en-indicators.js';
import { svIndicators, svMultiSelect, svShare } from './sv-indicators.js';
import { enIndicatorsCase } from './en-indicators-case.js';
import { svIndicatorsCase } from './sv-indicators-case.js';
import { enIndicatorsTraining } from './en-indicators-training.js';
import { svIndicatorsTraining } from './sv-indicators-training.js';

const TABLES: Record<Locale, Readonly<Record<string, string>>> = {
  sv: {
    ...svIndicators,
    ...svIndicatorsCase,
    ...svIndicatorsTraining,
  },
  en: {
    ...enIndicators,
    ...enIndicatorsCase,
    ...enIndicatorsTraining,
  },
};

const SHARE: Record<Locale, string> = { sv: svShare, en: enShare };
const SHARE_SUFFIX = '.share';

/** The label of an indicator code; a share as its count's label marked as a share; undefined for an unknown code. */
export function indicatorLabel(locale: Locale, code: string): string | undefined {
  const own = TABLES[locale][code];
  if (own !== undefined) return own;
  if (!code.endsWith(SHARE_SUFFIX)) return undefined;
  const count = TABLES[locale][code.slice(0, -SHARE_SUFFIX.length)];
  return count === undefined ? undefined : fill(SHARE[locale], { label: count });
}

/** For places that must show something: the code itself when no language names it. */
export function indicatorName(locale: Locale, code: string): string {
  return indicatorLabel(locale, code) ?? code;
}

/** What a CSV in this language needs to name its rows. */
export function csvNaming(locale: Locale): { indicatorLabel: (code: string) => string | undefined; multiSelectNote: string } {
  return { indicatorLabel: (code) => indicatorLabel(locale, code), multiSelectNote: locale === 'en' ? enMultiSelect : svMultiSelect };
}
