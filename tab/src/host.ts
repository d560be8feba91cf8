// Teams or not. app.initialize() rejects at once in a top-level page outside Teams and never
// settles inside an iframe whose parent is not a Teams host (stack-facts §6), so every call
// into the SDK is raced against a timeout; after a failed init no other SDK call is made.
import { app, authentication } from '@microsoft/teams-js';

export const INIT_TIMEOUT_MS = 1500;
const CALL_TIMEOUT_MS = 5000;

export interface Host {
  inTeams: boolean;
  /** The Teams client's locale ("sv-se", "en-us"); undefined outside Teams. */
  locale?: string;
  /** A bearer token for the bot's API, or undefined (outside Teams: local mode, no token). */
  token(): Promise<string | undefined>;
  /** Opens a link to a file outside the tab's frame. */
  open(url: string): Promise<void>;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

const standalone: Host = {
  inTeams: false,
  token: async () => undefined,
  open: async (url) => download(url),
};

export async function connectHost(): Promise<Host> {
  try {
    await within(app.initialize(), INIT_TIMEOUT_MS, 'app.initialize');
  } catch {
    return standalone;
  }
  let locale: string | undefined;
  try {
    const context = await within(app.getContext(), CALL_TIMEOUT_MS, 'app.getContext');
    locale = context.app.locale;
  } catch {
    // The tab still works in Swedish.
  }
  try {
    app.notifySuccess();
  } catch {
    // Only matters when the manifest asks for showLoadingIndicator.
  }
  return {
    inTeams: true,
    locale,
    // teams-js caches the token and renews it when it runs out, so asking each time is cheap.
    token: () => within(authentication.getAuthToken(), CALL_TIMEOUT_MS * 2, 'authentication.getAuthToken'),
    async open(url) {
      try {
        await within(app.openLink(url), CALL_TIMEOUT_MS, 'app.openLink');
      } catch {
        download(url);
      }
    },
  };
}

/** A click on a download link: the browser saves the file and the page stays. */
export function download(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}
