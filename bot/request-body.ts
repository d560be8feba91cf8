// Reads an activity from the raw request before anything parses it: a size limit checked on the
// declared length and again on the bytes that arrive (and again after decompression), a clear
// 4xx for every malformed body, and no stream left without an error handler (an unhandled
// zlib or socket error would end the process).
import type { IncomingMessage } from 'node:http';
import { gunzipSync, inflateSync } from 'node:zlib';

/**
 * 256 KiB. Teams caps a message at about 28 KB including cards; the largest inbound activities
 * (a conversationUpdate listing members added to a team) stay well below this. Ten times the
 * message cap is room enough, and small enough that a flood of large bodies costs little memory.
 */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export type BodyRefusal = { ok: false; status: 400 | 413 | 415; reason: string };
export type BodyResult = { ok: true; activity: Record<string, unknown> & { type: string } } | BodyRefusal | { ok: false; status: 0; reason: 'aborted' };

const refuse = (status: 400 | 413 | 415, reason: string): BodyRefusal => ({ ok: false, status, reason });

/** Collects at most `limit` bytes; stops listening (and lets the rest drain away) beyond that. */
function collect(req: IncomingMessage, limit: number): Promise<{ bytes: Buffer } | { tooLarge: true } | { aborted: true }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: { bytes: Buffer } | { tooLarge: true } | { aborted: true }) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        settle({ tooLarge: true });
        req.resume(); // discard what is still coming; the response says 413
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => settle({ bytes: Buffer.concat(chunks) }));
    req.once('aborted', () => settle({ aborted: true }));
    req.once('close', () => settle({ aborted: true })); // after 'end' this changes nothing
    // Kept for the life of the request: a socket error after we stopped listening must not go unhandled.
    req.on('error', () => settle({ aborted: true }));
  });
}

function decode(bytes: Buffer, encoding: string, limit: number): Buffer | BodyRefusal {
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(bytes, { maxOutputLength: limit });
    if (encoding === 'deflate') return inflateSync(bytes, { maxOutputLength: limit });
    return bytes;
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? refuse(413, 'body too large')
      : refuse(400, 'body does not match its content-encoding');
  }
}

export async function readActivity(req: IncomingMessage, limit = MAX_ACTIVITY_BYTES): Promise<BodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    if (!/^\d+$/.test(declared)) return refuse(400, 'invalid content-length');
    if (Number(declared) > limit) return refuse(413, 'body too large');
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== '' && contentType !== 'application/json' && !contentType.endsWith('+json')) return refuse(415, 'expected application/json');
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (!['identity', 'gzip', 'x-gzip', 'deflate'].includes(encoding)) return refuse(415, 'unsupported content-encoding');

  const read = await collect(req, limit);
  if ('aborted' in read) return { ok: false, status: 0, reason: 'aborted' };
  if ('tooLarge' in read) return refuse(413, 'body too large');
  const decoded = decode(read.bytes, encoding, limit);
  if (!Buffer.isBuffer(decoded)) return decoded;

  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.toString('utf8'));
  } catch {
    return refuse(400, 'body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return refuse(400, 'body is not an activity object');
  const type = (parsed as { type?: unknown }).type;
  if (typeof type !== 'string' || type.trim() === '') return refuse(400, 'activity has no type');
  return { ok: true, activity: parsed as Record<string, unknown> & { type: string } };
}
