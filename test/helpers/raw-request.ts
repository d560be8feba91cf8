// Requests as an attacker sends them: any header (a lying content-encoding or length), bodies
// streamed in chunks without a length. fetch would correct or refuse some of these.
import { Agent, request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent in one piece with its content-length (unless headers say otherwise). */
  body?: string | Buffer;
  /** Sent chunked, without a content-length, as fast as the server takes it. */
  chunks?: { size: number; count: number };
}

/** Resolves with the server's answer; the server may answer before the body is fully sent. */
export function rawRequest(baseUrl: string, r: RawRequest): Promise<RawAnswer> {
  const url = new URL(r.path, baseUrl);
  // Keep-alive, as Teams and fetch send: with "connection: close" the server may close while a
  // refused body is still being written, and the client would see EPIPE instead of the answer.
  const agent = new Agent({ keepAlive: true });
  return new Promise<RawAnswer>((resolve, reject) => {
    const headers: Record<string, string> = { ...r.headers };
    if (r.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
      headers['content-length'] = String(Buffer.byteLength(r.body));
    }
    const req = request(url, { method: r.method ?? 'POST', headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    // Writing into a connection the server has already answered and closed is expected here.
    req.on('error', (error) => reject(error));
    if (r.chunks) {
      const chunk = Buffer.alloc(r.chunks.size, 'a');
      let left = r.chunks.count;
      const pump = () => {
        while (left > 0) {
          left -= 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.on('response', () => (left = 0));
      pump();
    } else {
      req.end(r.body);
    }
  }).finally(() => agent.destroy());
}
