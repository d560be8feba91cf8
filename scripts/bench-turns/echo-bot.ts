// The floor for bench-turns: the smallest bot botbuilder and restify allow, on the same versions
// as the RC bot, with the same keyless local authentication. It answers every message with its
// text through the connector, as the RC bot answers "hej". Benchmark only: never shipped.
// Started by bench-turns.ts as a child with an IPC channel (see ./child-ipc.ts).

import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { reportOverIpc } from './child-ipc.js';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(context.activity.text ?? '');
  await next();
});

const server = restify.createServer({ name: 'echo' });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  reportOverIpc({ port: address.port, counts: () => ({}) });
});
export type { Activity };
