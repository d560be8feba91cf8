// What a user does in the Agents Playground UI (0.2.28), as element-based steps.
// Waits look only at "fresh" content: what appeared or changed since the last send or click,
// or anything in a page or conversation just opened. So the card that was already on screen
// (say, the install-time welcome) never satisfies the wait for the reply to "hej".
import type { Locator, Page } from 'playwright-core';

const EDITOR = '[data-lexical-editor="true"]';
const CARD = '.ac-adaptiveCard';

// The callbacks passed to the page run inside Chromium. The project's tsconfig has no DOM lib
// (and should not get one for a test helper), so these are the few browser shapes used.
interface DomElement {
  parentElement: DomElement | null;
  innerText: string;
  textContent: string | null;
  closest(selector: string): DomElement | null;
  contains(other: DomElement): boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}
interface PageHelpers {
  mark(): void;
  forget(): void;
  freshCards(): DomElement[];
  freshBotTexts(): string[];
  logLines(): string[];
}
interface BrowserGlobal {
  document: { body: DomElement; querySelector(selector: string): DomElement | null; querySelectorAll(selector: string): Iterable<DomElement> };
  __rcE2E: PageHelpers;
}

/**
 * Installed into every page load. Remembers what each card and bot message said at the last
 * action, so "fresh" covers both new ones and ones refreshed in place (Action.Execute reuses
 * the card's element, updateActivity the message's).
 */
function installPageHelpers(botName: string): void {
  const browser = globalThis as unknown as BrowserGlobal;
  const all = (selector: string): DomElement[] => [...browser.document.querySelectorAll(selector)];
  const topCards = (): DomElement[] => all('.ac-adaptiveCard').filter((card) => !card.parentElement?.closest('.ac-adaptiveCard'));
  const isHeader = (line: string): boolean => line === botName || /^[\d\s/.,:-]+([AP]M)?$/i.test(line);
  // A bot message is the nearest ancestor of the bot's avatar with more than its name and time.
  const messageText = (avatar: DomElement): string => {
    for (let el = avatar.parentElement; el && el !== browser.document.body; el = el.parentElement) {
      const lines = el.innerText
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !isHeader(line));
      if (lines.length > 0) return lines.join('\n');
    }
    return '';
  };
  const botMessages = (): Array<{ avatar: DomElement; text: string }> =>
    all('[role="img"]')
      .filter((a) => a.getAttribute('aria-label') === botName && !a.closest('[role="tree"], [role="menu"], [role="listbox"], [role="toolbar"]'))
      .map((avatar) => ({ avatar, text: messageText(avatar) }));
  // The Log Panel's entries ("[05:12:31] Microsoft 365 Agents Playground → User Application
  // message 200 …"): from each time stamp up to the element that holds the whole entry.
  const TIME = /^\[\d\d:\d\d:\d\d\]/;
  const logLines = (): string[] => {
    const stamps = all('div, li, p, span').filter((el) => TIME.test(el.innerText.trim()));
    const innermost = stamps.filter((el) => !stamps.some((inner) => inner !== el && el.contains(inner)));
    return innermost.map((stamp) => {
      let entry = stamp;
      while (entry.parentElement && entry.innerText.trim().replace(TIME, '').trim() === '') entry = entry.parentElement;
      return entry.innerText.replace(/\s+/g, ' ').trim();
    });
  };
  let seen = new WeakMap<DomElement, string>();
  browser.__rcE2E = {
    mark() {
      seen = new WeakMap();
      for (const card of topCards()) seen.set(card, card.innerText);
      for (const { avatar, text } of botMessages()) seen.set(avatar, text);
    },
    forget() {
      seen = new WeakMap();
    },
    freshCards: () => topCards().filter((card) => seen.get(card) !== card.innerText),
    freshBotTexts: () => botMessages().flatMap(({ avatar, text }) => (seen.get(avatar) !== text && text ? [text] : [])),
    logLines,
  };
}

export class PlaygroundPage {
  private cardIds = 0;
  private helpersInstalled = false;

  constructor(
    readonly page: Page,
    readonly botName: string,
  ) {}

  /** The new-post box in a channel, the message box in a chat (always the first editor). */
  composer(): Locator {
    return this.page.locator(EDITOR).first();
  }

  /** Ready = the header shows the configured user (it says "Me" until the bot is connected) and the composer is there. */
  async open(url: string, userName: string, timeout = 20_000): Promise<void> {
    if (!this.helpersInstalled) await this.page.addInitScript(installPageHelpers, this.botName);
    this.helpersInstalled = true;
    await this.page.goto(url);
    await this.page.getByRole('toolbar').getByText(userName, { exact: true }).waitFor({ timeout });
    await this.composer().waitFor({ timeout });
  }

  private async markSeen(): Promise<void> {
    await this.page.evaluate(() => (globalThis as unknown as BrowserGlobal).__rcE2E.mark());
  }

  async send(text: string): Promise<void> {
    await this.type(text);
    await this.composerHolds(text);
    await this.submit();
  }

  /** In a channel or group chat the bot only hears messages that @mention it, as in Teams. */
  async mentionAndSend(text: string): Promise<void> {
    const composer = this.composer();
    await composer.click();
    await composer.pressSequentially('@');
    await this.page.getByRole('menu').getByRole('menuitem', { name: this.botName }).first().click();
    await composer.pressSequentially(` ${text}`);
    await this.composerHolds(`${this.botName} ${text}`);
    await this.submit();
  }

  /** Waits for a new (or just refreshed) card whose visible text contains `text`. */
  async waitForCard(text: string, timeout = 10_000): Promise<Locator> {
    const id = `rc-card-${++this.cardIds}`;
    try {
      await this.page.waitForFunction(
        ({ text, id }) => {
          const cards = (globalThis as unknown as BrowserGlobal).__rcE2E.freshCards();
          const match = cards.reverse().find((card) => card.innerText.replace(/\s+/g, ' ').includes(text));
          match?.setAttribute('data-rc-e2e', id);
          return match !== undefined;
        },
        { text, id },
        { timeout },
      );
    } catch (error) {
      const cards = await this.page.locator(CARD).allInnerTexts();
      throw new Error(`No new card containing "${text}" within ${timeout} ms. Cards on screen:\n${cards.join('\n---\n')}\n${await this.traffic()}`, { cause: error });
    }
    return this.page.locator(`[data-rc-e2e="${id}"]`);
  }

  /** Fills an Input.Text (or Input.Number/Date) by its label, in the newest card that has it. */
  async fillInput(label: string, value: string): Promise<void> {
    await this.page.locator(CARD).getByLabel(label).last().fill(value);
  }

  /** Picks an option in a compact Input.ChoiceSet, which the Playground renders as a Fluent combobox. */
  async choose(label: string, optionName: string): Promise<void> {
    const combobox = this.page.locator(CARD).getByRole('combobox', { name: label }).last();
    await combobox.click();
    // A filtered ChoiceSet (style "filtered", e.g. 311 places) narrows as you type, as in Teams.
    if ((await combobox.getAttribute('aria-autocomplete')) !== null || (await combobox.evaluate((e) => e.tagName === 'INPUT'))) {
      await combobox.pressSequentially(optionName);
    }
    await this.page.getByRole('option', { name: optionName, exact: true }).click();
  }

  /**
   * Ticks options in a multi-select Input.ChoiceSet, in the newest card that has it. Compact:
   * a combobox whose menu holds one checkbox item per option (the menu stays open until
   * Escape). Expanded: plain checkboxes under the label.
   */
  async chooseMany(label: string, optionNames: string[]): Promise<void> {
    const combobox = this.page.locator(CARD).getByRole('combobox', { name: label, exact: true }).last();
    if ((await combobox.count()) > 0) {
      await combobox.click();
      const menu = this.page.getByRole('menu');
      for (const name of optionNames) {
        const item = menu.getByRole('menuitemcheckbox', { name, exact: true });
        if ((await item.getAttribute('aria-checked')) !== 'true') await item.click();
      }
      await this.page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      return;
    }
    // Each checkbox is named "<label> <option>".
    for (const name of optionNames) await this.page.locator(CARD).getByRole('checkbox', { name: `${label} ${name}`, exact: true }).last().check();
  }

  /** Sets an Input.Toggle, found by its title (the text beside the box), in the newest card that has it. */
  async setToggle(title: string | RegExp, on: boolean): Promise<void> {
    const box = this.page.locator(CARD).getByRole('checkbox', { name: title }).last();
    await box.setChecked(on);
  }

  /** Clicks a card button in the newest card that has it; Action.Execute replaces that card in place. */
  async clickAction(title: string): Promise<void> {
    const button = this.page.locator(CARD).getByRole('button', { name: title, exact: true }).last();
    await button.waitFor();
    await this.markSeen();
    await button.click();
  }

  /**
   * "Personal Chat", the group chat's name, a channel name ("General", "Koordinatorer") or
   * "<team> - <channel>". Opening a channel or group chat for the first time installs the bot there.
   */
  async openConversation(name: string): Promise<void> {
    const labels = await this.page
      .getByRole('treeitem')
      .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
    const label = labels.find((l) => l === name) ?? labels.find((l) => l.endsWith(` - ${name}`));
    if (label === undefined) throw new Error(`No conversation "${name}" in the Playground. There are: ${labels.join(', ')}`);
    const item = this.page.getByRole('treeitem', { name: label, exact: true });
    const isChannel = label.includes(' - ');
    await item.click();
    // Channels show a "Start a new post" box; chats do not.
    const newPost = this.page.getByText('Start a new post');
    await (isChannel ? newPost.waitFor() : newPost.waitFor({ state: 'detached' }));
    await this.composer().waitFor();
    await this.page.evaluate(() => (globalThis as unknown as BrowserGlobal).__rcE2E.forget());
  }

  /** Text of the newest bot message since the last action, waiting for one to arrive. */
  async lastBotText(timeout = 10_000): Promise<string> {
    const handle = await this.page.waitForFunction(() => (globalThis as unknown as BrowserGlobal).__rcE2E.freshBotTexts().at(-1) ?? false, undefined, {
      timeout,
    });
    return (await handle.jsonValue()) as string;
  }

  /**
   * The window's last exchanges with the bot, from the Playground's Log Panel: whether the
   * message went to the bot ("… → User Application message 200 <text>") and whether the bot
   * answered ("User Application → … message 201"), with times. A failed wait says which it was.
   */
  async traffic(last = 12): Promise<string> {
    const lines = await this.page.evaluate(() => (globalThis as unknown as BrowserGlobal).__rcE2E.logLines()).catch(() => []);
    return `Playground Log Panel (last ${last} of ${lines.length}):\n${lines.slice(-last).join('\n')}`;
  }

  async screenshot(path: string, target?: Locator): Promise<void> {
    await (target ?? this.page).screenshot({ path, animations: 'disabled' });
  }

  private async type(text: string): Promise<void> {
    const composer = this.composer();
    await composer.click();
    await composer.pressSequentially(text);
  }

  /**
   * Sends only what was meant: a keystroke or the @mention lost under load would otherwise go
   * out as another text (or, without the mention, not reach the bot at all in a channel), and
   * the failure would show up later as a reply that never came.
   */
  private async composerHolds(expected: string, timeout = 10_000): Promise<void> {
    const normal = (text: string) => text.replace(/[\s\u200b]+/g, ' ').trim();
    try {
      await this.page.waitForFunction(
        ({ editor, want }) =>
          ((globalThis as unknown as BrowserGlobal).document.querySelector(editor)?.textContent ?? '').replace(/[\s\u200b]+/g, ' ').trim() === want,
        { editor: EDITOR, want: normal(expected) },
        { timeout },
      );
    } catch (error) {
      const held = normal((await this.composer().textContent()) ?? '');
      throw new Error(`The message box holds "${held}", not "${normal(expected)}": not sent.`, { cause: error });
    }
  }

  /** Enter sends in chats and posts in channels; the box empties once the Playground took it. */
  private async submit(): Promise<void> {
    await this.markSeen();
    await this.composer().press('Enter');
    await this.page.waitForFunction(
      (editor) => (globalThis as unknown as BrowserGlobal).document.querySelector(editor)?.textContent?.trim() === '',
      EDITOR,
    );
  }
}
