// The tab wears Teams' theme. Inside Teams the theme comes from the context and from Teams'
// change handler; opened on its own, from `?theme=` (so tests and screenshots can pick one)
// or else from the browser (dark colour scheme, forced colours). Every source ends in
// applyTheme: the CSS reads the theme from <html data-theme>, the charts from the same
// custom properties (tab.css), so one palette per theme serves both.

export type Theme = 'default' | 'dark' | 'contrast';

const THEMES: readonly Theme[] = ['default', 'dark', 'contrast'];

/** Teams says "default", "dark", "contrast" (and "glass", a light look): anything else is default. */
export function asTheme(value: string | null | undefined): Theme | undefined {
  return THEMES.find((t) => t === value?.toLowerCase());
}

const listeners = new Set<(theme: Theme) => void>();

/** Called when the theme changes (the charts redraw in the new colours). */
export function onTheme(listener: (theme: Theme) => void): void {
  listeners.add(listener);
}

export function currentTheme(): Theme {
  return asTheme(document.documentElement.dataset.theme) ?? 'default';
}

export function applyTheme(theme: Theme): void {
  if (document.documentElement.dataset.theme === theme) return;
  document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener(theme);
}

/** Outside Teams: forced colours win (the user's own high contrast), then dark, else light. */
export function browserTheme(): Theme {
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

/** Follows the browser's settings as they change, through the same applyTheme as Teams' handler. */
export function followBrowserTheme(): void {
  const update = () => applyTheme(browserTheme());
  for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)']) matchMedia(query).addEventListener('change', update);
  update();
}

/**
 * A colour from the palette as the canvas needs it ("rgb(…)"): custom properties may hold
 * system colours (CanvasText in forced colours), which only the style engine can resolve.
 */
export function paletteColour(property: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${property})`;
  probe.style.display = 'none';
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
