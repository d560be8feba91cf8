// A Teams link to a case's card in its RC's channel, for messages sent elsewhere (personal chat).
// Teams opens a channel message from /l/message/<channel id>/<message id>; the message is the
// root of its own thread, so it is also the parent. The tenant, when known, spares Teams a guess.
import type { ConversationReference } from 'botbuilder';
import { channelRoot } from '../messenger.js';

export function channelMessageUrl(channel: Partial<ConversationReference>, messageId: string): string | undefined {
  const channelId = channelRoot(channel).conversation?.id;
  if (!channelId || !messageId) return undefined;
  const query = new URLSearchParams({ parentMessageId: messageId });
  const tenantId = channel.conversation?.tenantId;
  if (tenantId) query.set('tenantId', tenantId);
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${encodeURIComponent(messageId)}?${query.toString()}`;
}
