// Sessions are digital (Teams). The meeting link is shown to every member and put in their
// calendars, so only a Teams meeting address is accepted: anything else could send members
// to a look-alike site.

/** Teams meeting hosts: commercial, consumer, and the US government clouds. */
const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'gov.teams.microsoft.us', 'dod.teams.microsoft.us']);
/** Classic join links and the newer short links. */
const MEETING_PATHS = [/^\/l\/meetup-join\/./, /^\/meet\/./];
const MAX_URL = 2000;

/** The URL as the browser would write it, or null when it is not an https Teams meeting link. */
export function teamsMeetingUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_URL) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  if (!TEAMS_HOSTS.has(url.hostname)) return null;
  if (!MEETING_PATHS.some((path) => path.test(url.pathname))) return null;
  return url.href;
}
