/** Small pure helpers shared by the notification forms (tested in forms.test.ts). */

/** Addresses typed one per line (commas, semicolons, spaces and the Japanese comma also separate them). */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[\s,;、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const joinAddresses = (emails: readonly string[]): string => emails.join('\n');

/** Distinct addresses, compared without case, in the order first given. */
export function distinctAddresses(emails: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of emails) {
    const key = e.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/**
 * A signing secret for a generic webhook: 32 random bytes, base64url (43 characters). Made in the browser
 * so it can be shown to the admin once, at the moment it is created; the server never shows it again.
 */
export function newSigningSecret(
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => {
    crypto.getRandomValues(b);
  },
): string {
  const bytes = new Uint8Array(32);
  fill(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A number typed in a field: the number, or NaN for anything else (the schema then names the field). */
export function numberFrom(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** Well-known SMTP ports per security mode: the form moves the port along when it still holds one of them. */
export const SMTP_DEFAULT_PORTS = { starttls: 587, tls: 465, none: 25 } as const;

export function portForSecurity(currentPort: string, security: keyof typeof SMTP_DEFAULT_PORTS): string {
  const defaults = Object.values(SMTP_DEFAULT_PORTS).map(String);
  return currentPort.trim() === '' || defaults.includes(currentPort.trim())
    ? String(SMTP_DEFAULT_PORTS[security])
    : currentPort;
}
