/**
 * Mail over SMTP with nodemailer: plain text plus an HTML alternative, UTF-8 throughout (nodemailer
 * MIME-encodes Japanese subjects and picks a transfer encoding for the bodies).
 */
import { createHash } from 'node:crypto';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { truncate } from '../redact.js';
import type { SendOutcome } from './outcome.js';

export interface SmtpSettings {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  username: string | null;
  password: string | null;
  fromAddress: string;
  fromName: string | null;
  enabled: boolean;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Without angle brackets; doubles as the idempotency key a receiving system can deduplicate on. */
  messageId: string;
  headers: Record<string, string>;
}

// Mailbox unknown, not allowed, bad address: retrying cannot help.
const PERMANENT_CODES = new Set([550, 551, 553]);

function transportOptions(s: SmtpSettings, timeoutMs: number) {
  return {
    host: s.host,
    port: s.port,
    secure: s.security === 'tls',
    requireTLS: s.security === 'starttls',
    ignoreTLS: s.security === 'none',
    auth: s.username ? { user: s.username, pass: s.password ?? '' } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // Message content never names files or URLs for nodemailer to fetch.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  };
}

function message(s: SmtpSettings, m: OutgoingMail): SendMailOptions {
  return {
    from: s.fromName ? { name: s.fromName, address: s.fromAddress } : s.fromAddress,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    messageId: `<${m.messageId}>`,
    headers: { 'Auto-Submitted': 'auto-generated', ...m.headers },
  };
}

export function describeSmtpError(err: unknown): { permanent: boolean; status: number | null; response: string } {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    responseCode?: number;
    response?: string;
    code?: string;
    message?: string;
  };
  const status = typeof e.responseCode === 'number' ? e.responseCode : null;
  const response = truncate(e.response || e.message || String(err));
  const permanent = status !== null ? PERMANENT_CODES.has(status) : e.code === 'EENVELOPE';
  return { permanent, status, response };
}

const okOutcome = (info: { response?: string }): SendOutcome => {
  const response = truncate(info.response ?? '');
  const code = Number(response.slice(0, 3));
  return { ok: true, status: Number.isInteger(code) && code > 0 ? code : null, response };
};

/** Keeps one pooled transport per mail-server setting, so a busy outbox reuses its connections. */
export class SmtpSender {
  private current: { fingerprint: string; transport: Transporter } | null = null;

  constructor(private readonly opts: { timeoutMs: number; maxConnections: number }) {}

  async send(settings: SmtpSettings, mail: OutgoingMail): Promise<SendOutcome> {
    const transport = this.transportFor(settings);
    try {
      return okOutcome(await transport.sendMail(message(settings, mail)));
    } catch (err) {
      return { ok: false, ...describeSmtpError(err) };
    }
  }

  close(): void {
    this.current?.transport.close();
    this.current = null;
  }

  private transportFor(settings: SmtpSettings): Transporter {
    // The fingerprint includes the password, but only as a hash held in memory.
    const fingerprint = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
    if (this.current?.fingerprint !== fingerprint) {
      this.current?.transport.close();
      const transport = nodemailer.createTransport({
        ...transportOptions(settings, this.opts.timeoutMs),
        pool: true,
        maxConnections: this.opts.maxConnections,
        maxMessages: 100,
      });
      this.current = { fingerprint, transport };
    }
    return this.current.transport;
  }
}

/** One message on a fresh connection, for "send a test message": the answer is the server's own words. */
export async function sendTestMail(
  settings: SmtpSettings,
  mail: OutgoingMail,
  timeoutMs: number,
): Promise<SendOutcome> {
  const transport = nodemailer.createTransport(transportOptions(settings, timeoutMs));
  try {
    return okOutcome(await transport.sendMail(message(settings, mail)));
  } catch (err) {
    return { ok: false, ...describeSmtpError(err) };
  } finally {
    transport.close();
  }
}
