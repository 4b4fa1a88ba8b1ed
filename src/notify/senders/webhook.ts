/** Posts JSON to a chat webhook with a time limit, and reports the receiver's exact answer. */
import { truncate } from '../redact.js';
import type { SendOutcome } from './outcome.js';

const RESPONSE_CHARS = 1000;

// A 4xx means the request itself is wrong (revoked webhook, bad payload) and will stay wrong, except these.
const RETRYABLE_4XX = new Set([408, 409, 425, 429]);

export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body,
      // A redirect could lead the post (and its signature) elsewhere: report it instead of following it.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    return { ok: false, permanent: false, status: null, response: describeFetchError(err, timeoutMs) };
  }
  let text = '';
  try {
    text = truncate(await res.text(), RESPONSE_CHARS);
  } catch {
    // the status is the answer that matters; an unreadable body leaves the text empty
  }
  const response = `HTTP ${res.status}${text ? `: ${text}` : ''}`;
  if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, response };
  const permanent = res.status < 500 && !RETRYABLE_4XX.has(res.status);
  return { ok: false, permanent, status: res.status, response };
}

function describeFetchError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return `no answer within ${timeoutMs} ms`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.message)
    return cause.code && !cause.message.includes(cause.code) ? `${cause.code}: ${cause.message}` : cause.message;
  return err instanceof Error ? err.message : String(err);
}
