/**
 * A local chat-webhook receiver (node:http on 127.0.0.1). It checks the generic webhook's signature
 * exactly as docs/WEBHOOKS.md tells a receiver to, and answers from a script: 200, an error status with
 * a body, or no answer at all (to make the sender time out).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';

export type Answer = { status: number; body?: string } | 'hang';

export interface ReceivedPost {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: unknown;
  /** For posts carrying a signature: whether it verified with the receiver's secret. */
  signatureValid: boolean | null;
  answered: Answer;
}

/** The receiver side of docs/WEBHOOKS.md, written from the document, not from the sender's code. */
export function verifySignature(secret: string, timestamp: string, signature: string, rawBody: string): boolean {
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300;
  return (
    fresh && expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  );
}

export class WebhookReceiver {
  readonly posts: ReceivedPost[] = [];
  /** Answers to give per path, in order; when none is left, 200 "ok". */
  private readonly scripts = new Map<string, Answer[]>();
  secret = '';
  private readonly server: http.Server;
  port = 0;

  private constructor() {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const ts = req.headers['x-shodo-timestamp'];
        const sig = req.headers['x-shodo-signature'];
        const signed = typeof ts === 'string' && typeof sig === 'string';
        const answer = this.scripts.get(req.url ?? '')?.shift() ?? { status: 200, body: 'ok' };
        let json: unknown = null;
        try {
          json = JSON.parse(body);
        } catch {
          // kept as text
        }
        this.posts.push({
          path: req.url ?? '',
          headers: req.headers,
          body,
          json,
          signatureValid: signed ? verifySignature(this.secret, ts, sig, body) : null,
          answered: answer,
        });
        if (answer === 'hang') return; // never answers: the sender must give up on its own
        res.writeHead(answer.status, { 'content-type': 'text/plain' });
        res.end(answer.body ?? '');
      });
    });
  }

  static async start(): Promise<WebhookReceiver> {
    const r = new WebhookReceiver();
    await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', () => resolve()));
    const address = r.server.address();
    if (address && typeof address === 'object') r.port = address.port;
    return r;
  }

  /** The next answers for posts to `path`. */
  answer(path: string, ...answers: Answer[]): void {
    this.scripts.set(path, [...(this.scripts.get(path) ?? []), ...answers]);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  postsTo(path: string): ReceivedPost[] {
    return this.posts.filter((p) => p.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
