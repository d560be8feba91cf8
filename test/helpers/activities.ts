// Teams-shaped activities for HTTP-level tests, as the Agents Playground and Teams send them.
import { randomUUID } from 'node:crypto';

export interface Person {
  id: string;
  name: string;
  aadObjectId: string;
}

export const SOCIAL_WORKER: Person = {
  id: '29:social-worker',
  name: 'Testanvändare Socialtjänst',
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
};
export const BOT = { id: '28:rc-bot', name: 'RC-boten' };
export const TENANT = '00000000-0000-0000-0000-0000000000f0';

export interface ActivityOptions {
  serviceUrl: string;
  from?: Person;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  locale?: string;
}

function base(o: ActivityOptions) {
  const conversationType = o.conversationType ?? 'personal';
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'sv-SE',
    from: o.from ?? SOCIAL_WORKER,
    recipient: BOT,
    conversation: { id: o.conversationId ?? 'a:personal-1', conversationType, tenantId: TENANT },
    channelData: {
      tenant: { id: TENANT },
      ...(conversationType === 'channel' ? { team: { id: '19:team' }, channel: { id: '19:channel' } } : {}),
    },
  };
}

export function messageActivity(text: string, o: ActivityOptions) {
  return { ...base(o), type: 'message', text };
}

/** A channel message that @mentions the bot, as Teams delivers it. */
export function mentionActivity(text: string, o: ActivityOptions) {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base({ ...o, conversationType: 'channel' }),
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: BOT }],
  };
}

/** What a client without Universal Actions sends for the Action.Submit fallback. */
export function submitActivity(data: Record<string, unknown>, o: ActivityOptions) {
  return { ...base(o), type: 'message', value: data };
}

export function executeActivity(verb: string, data: Record<string, unknown>, o: ActivityOptions) {
  return {
    ...base(o),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' },
  };
}

export function botAddedActivity(o: ActivityOptions) {
  return { ...base(o), type: 'conversationUpdate', membersAdded: [BOT, o.from ?? SOCIAL_WORKER] };
}

export async function postActivity(botUrl: string, activity: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
