import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../services/logging.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', pretty: false, destination }) };
}

const SECRET = 'Flickan Amina 19850101-1234 på Kvarnbyskolan';

describe('logging', () => {
  it('never writes what a user typed or put in a card, wherever it sits in the log object', () => {
    const { lines, logger } = capture();
    const activity = {
      type: 'message',
      id: 'a1',
      channelId: 'msteams',
      text: SECRET,
      value: { question: SECRET, verb: 'consultation.submit' },
      attachments: [{ content: SECRET }],
      conversation: { id: 'c1', conversationType: 'personal' },
    };
    logger.info({ activity }, 'turn');
    logger.info({ text: SECRET, request: { value: SECRET, body: SECRET }, deep: { a: { question: SECRET } } }, 'other');
    logger.error({ err: new Error('boom'), activity }, 'failed');
    const out = lines.join('');
    expect(out).not.toContain('Amina');
    expect(out).not.toContain('19850101');
    expect(out).toContain('"type":"message"');
    expect(out).toContain('"verb":"consultation.submit"');
    expect(out).toContain('boom');
  });
});
