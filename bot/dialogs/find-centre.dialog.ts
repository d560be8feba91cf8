// "hitta rc" without a place: the bot asks which municipality, and the answer may come
// after a restart, since the dialog stack lives in the document store.
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { AdaptiveCard } from '../../cards/types.js';
import { cardMessage, turnLanguage, type TurnLanguage } from '../card-reply.js';

export const FIND_CENTRE_DIALOG = 'findCentre';
const PLACE_PROMPT = 'placePrompt';

export interface FindCentreOptions {
  place?: string;
}

export type AnswerPlace = (place: string, language: TurnLanguage) => Promise<AdaptiveCard>;

export class FindCentreDialog extends ComponentDialog {
  constructor(private readonly answerPlace: AnswerPlace) {
    super(FIND_CENTRE_DIALOG);
    this.addDialog(new TextPrompt(PLACE_PROMPT));
    this.addDialog(
      new WaterfallDialog('findCentreSteps', [this.askPlace.bind(this), this.answer.bind(this)]),
    );
    this.initialDialogId = 'findCentreSteps';
  }

  private async askPlace(step: WaterfallStepContext<FindCentreOptions>) {
    const place = step.options.place?.trim();
    if (place) return step.next(place);
    const { messages } = turnLanguage(step.context);
    return step.prompt(PLACE_PROMPT, { prompt: messages.findCentre.askPlace, retryPrompt: messages.findCentre.askPlace });
  }

  private async answer(step: WaterfallStepContext<FindCentreOptions>) {
    const place = String(step.result ?? '').trim();
    const card = await this.answerPlace(place, turnLanguage(step.context));
    await step.context.sendActivity(cardMessage(card));
    return step.endDialog();
  }
}
