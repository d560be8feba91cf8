import { executeAction } from '../actions.js';
import { adaptiveCard, heading, paragraph } from '../card.js';
import type { Messages } from '../i18n/catalogue.js';
import type { AdaptiveCard } from '../types.js';
import { PLACES_DATASET, VERBS } from '../verbs.js';

export interface PlaceChoice {
  title: string;
  value: string;
}

export interface CentreSearchView {
  messages: Messages;
  /** Every municipality and county: the list for clients without dynamic typeahead. */
  places: PlaceChoice[];
  /** Kept when the card comes back with an error, so nothing typed is lost. */
  selected?: string;
  error?: string;
}

/** The municipality typeahead: filtered static choices plus Teams' dynamic Data.Query. */
export function centreSearchCard({ messages: m, places, selected, error }: CentreSearchView): AdaptiveCard {
  return adaptiveCard(
    [
      heading(m.centre.searchTitle),
      paragraph(m.centre.searchIntro),
      {
        type: 'Input.ChoiceSet',
        id: 'place',
        label: m.centre.placeLabel,
        placeholder: m.centre.placePlaceholder,
        style: 'filtered',
        isRequired: true,
        errorMessage: m.centre.placeRequired,
        choices: places,
        'choices.data': { type: 'Data.Query', dataset: PLACES_DATASET },
        ...(selected ? { value: selected } : {}),
      },
      ...(error ? [paragraph(error, { color: 'attention' as const, spacing: 'small' as const })] : []),
    ],
    [
      executeAction(m.centre.search, VERBS.centreLookup, {}, { style: 'positive', associatedInputs: 'auto' }),
      executeAction(m.common.backToMenu, VERBS.menuShow, {}, { associatedInputs: 'none' }),
    ],
    { fallbackText: m.centre.searchTitle },
  );
}
