/**
 * Keeps secrets out of API answers, logs and stored errors: webhook URLs carry their secret in the path
 * or query, so only the host and the last characters are ever shown.
 */

const MAX_ERROR = 1000;

/** `https://hooks.slack.com/…a1B2`: enough to recognise a URL, too little to use it. */
export function urlHint(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/…${url.slice(-4)}`;
  } catch {
    return '…';
  }
}

/** Replaces every occurrence of each secret (and of each URL's path and query) with a marker. */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    out = out.split(s).join('[redacted]');
    try {
      const u = new URL(s);
      const tail = `${u.pathname}${u.search}`;
      if (tail.length > 1) out = out.split(tail).join('/[redacted]');
    } catch {
      // not a URL: the plain replacement above is all there is to do
    }
  }
  return out;
}

export const truncate = (text: string, max = MAX_ERROR): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** `ta***@example.com`: who a link was for, without spelling the address out to whoever holds it. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address.slice(0, Math.min(2, at))}***${address.slice(at)}`;
}
