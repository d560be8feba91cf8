// The "hitta rc" dialog, loaded on first use. botbuilder-dialogs brings its text recognisers
// (numbers, dates, choices in a dozen languages): 30–40 MB of memory and a good part of the
// cold start, for the one conversation that asks "which municipality?". An ordinary turn has
// no dialog on its stack, so it only reads the (already loaded) conversation state and loads
// nothing; the library is imported when a dialog begins or a stored one must be continued
// (also after a restart, since the stack lives in the store).
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet, DialogState } from 'botbuilder-dialogs';
import { cardMessage, turnLanguage } from '../card-reply.js';
import type { AnswerPlace } from './find-centre.dialog.js';

export class FindCentreDialogs {
  private set: Promise<{ dialogs: DialogSet; id: string }> | undefined;

  constructor(
    private readonly state: StatePropertyAccessor<DialogState>,
    private readonly answerPlace: AnswerPlace,
  ) {}

  /**
   * The turn's dialog context when a dialog is under way, else undefined. Reads the stack with
   * the same default as DialogSet.createContext, so the stored conversation state is the same.
   */
  async underWay(context: TurnContext): Promise<DialogContext | undefined> {
    const state = await this.state.get(context, { dialogStack: [] });
    if (state.dialogStack.length === 0) return undefined;
    return (await this.loaded()).dialogs.createContext(context);
  }

  /**
   * Ends the dialog under way (from underWay) and answers the place, or asks for it. With a place
   * the answer is what the dialog's last step sends, and no dialog is left on the stack either
   * way, so nothing is loaded for it.
   */
  async begin(context: TurnContext, place: string | undefined, underWay: DialogContext | undefined): Promise<void> {
    await underWay?.cancelAllDialogs();
    const named = place?.trim();
    if (named) {
      await context.sendActivity(cardMessage(await this.answerPlace(named, turnLanguage(context))));
      return;
    }
    const { dialogs, id } = await this.loaded();
    await (await dialogs.createContext(context)).beginDialog(id, {});
  }

  private loaded(): Promise<{ dialogs: DialogSet; id: string }> {
    this.set ??= Promise.all([import('botbuilder-dialogs'), import('./find-centre.dialog.js')]).then(([{ DialogSet }, dialog]) => ({
      dialogs: new DialogSet(this.state).add(new dialog.FindCentreDialog(this.answerPlace)),
      id: dialog.FIND_CENTRE_DIALOG,
    }));
    // A failed load (it should not happen) is tried again on the next turn, not remembered.
    this.set.catch(() => (this.set = undefined));
    return this.set;
  }
}
