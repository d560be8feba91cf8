// Teams or not. app.initialize() rejects at once in a top-level page outside Teams and never
// settles inside an iframe whose parent is not a Teams host (stack-facts §6), so every call
// into the SDK is raced against a timeout; after a failed init no other SDK call is made.
import { app, authentication } from '@microsoft/teams-js';
import { applyTheme, asTheme, followBrowserTheme } from './theme.js';
import type { Lang } from './labels.js';

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
  /** Puts the page in the host's theme now and whenever it changes. */
  followTheme(params: URLSearchParams): void;
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
  // Outside Teams nobody sends a theme: ?theme=dark|contrast|default stands in for Teams'
  // handler (tests, screenshots, a look at the tab in each theme), else the browser decides.
  followTheme(params) {
    const asked = asTheme(params.get('theme'));
    if (asked) applyTheme(asked);
    else followBrowserTheme();
  },
};

export async function connectHost(): Promise<Host> {
  try {
    await within(app.initialize(), INIT_TIMEOUT_MS, 'app.initialize');
  } catch {
    return standalone;
  }
  let locale: string | undefined;
  let theme: string | undefined;
  try {
    const context = await within(app.getContext(), CALL_TIMEOUT_MS, 'app.getContext');
    locale = context.app.locale;
    theme = context.app.theme;
  } catch {
    // The tab still works in Swedish, in the light theme.
  }
  try {
    app.notifySuccess();
  } catch {
    // Only matters when the manifest asks for showLoadingIndicator.
  }
  return {
    inTeams: true,
    locale,
    // Inside Teams only Teams decides: the query and the browser's settings are ignored.
    followTheme() {
      applyTheme(asTheme(theme) ?? 'default');
      try {
        app.registerOnThemeChangeHandler((next) => applyTheme(asTheme(next) ?? 'default'));
      } catch {
        // An older host without theme events: the theme of the context stays.
      }
    },
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

/** The tab's language: asked for in the address, else Teams' locale, else the page's; Swedish unless English. */
export function chooseLang(host: Host, params: URLSearchParams): Lang {
  const asked = params.get('lang') ?? host.locale ?? document.documentElement.lang;
  return asked?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}
