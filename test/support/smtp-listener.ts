/**
 * A real SMTP server on 127.0.0.1 for the notification tests (smtp-server): it keeps every message as
 * received, can refuse chosen recipients with a chosen reply, and can be stopped and started again on
 * the same port to play a mail server that is down for a while.
 */
import type { Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  messageId: string;
  raw: string;
}

/** An SMTP reply for RCPT TO, e.g. 550 "No such user here". */
export interface Refusal {
  code: number;
  text: string;
}

export class SmtpListener {
  readonly received: ReceivedMail[] = [];
  readonly refuse = new Map<string, Refusal>();
  port = 0;
  private server: SMTPServer | null = null;

  constructor(private readonly auth?: { user: string; pass: string }) {}

  static async start(auth?: { user: string; pass: string }): Promise<SmtpListener> {
    const l = new SmtpListener(auth);
    await l.listen();
    return l;
  }

  /** Listens again on the same port after stop(). */
  async listen(): Promise<void> {
    const options: SMTPServerOptions = {
      logger: false,
      disabledCommands: ['STARTTLS'],
      authOptional: !this.auth,
      allowInsecureAuth: true,
      closeTimeout: 50,
      // No DNS lookups of 127.0.0.1: they only slow each connection down.
      disableReverseLookup: true,
      onAuth: (auth, _session, cb) => {
        if (this.auth && auth.username === this.auth.user && auth.password === this.auth.pass)
          cb(null, { user: auth.username });
        else cb(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
      },
      onRcptTo: (address, _session, cb) => {
        const r = this.refuse.get(address.address.toLowerCase());
        cb(r ? Object.assign(new Error(r.text), { responseCode: r.code }) : null);
      },
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const messageId = /^Message-ID:\s*<([^>]+)>/im.exec(raw)?.[1] ?? '';
          this.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), messageId, raw });
          cb(null);
        });
      },
    };
    const server = new SMTPServer(options);
    server.on('error', () => {});
    // Replies go out at once instead of waiting on delayed ACKs, as a production server's would.
    server.server.on('connection', (socket: Socket) => socket.setNoDelay(true));
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    const address = server.server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  /** Closes the port; clients then get "connection refused" until listen() again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** How many times each Message-ID arrived. */
  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.received) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    return counts;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
  }

  async waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > until) throw new Error(`only ${this.received.length} of ${count} messages arrived`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

export const parseMail = (m: ReceivedMail): Promise<ParsedMail> => simpleParser(m.raw);
