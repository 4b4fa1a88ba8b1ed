/**
 * Turns a stored plain-text message into what goes out: the text with its acknowledgement link, an
 * HTML alternative for mail, and the bodies each chat service expects.
 */

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

/** Escapes first, then links the URLs, so nothing in the text can become markup. */
const linkify = (escaped: string): string => escaped.replace(URL_IN_TEXT, (u) => `<a href="${u}">${u}</a>`);

export interface AckLink {
  url: string;
  /** The button's words, e.g. 「受け取りました」. */
  label: string;
  /** The paragraph that explains the link, already in the reader's language. */
  text: string;
}

export function plainText(body: string, ack: AckLink | null): string {
  return ack ? `${body}\n\n----\n${ack.text}` : body;
}

export function htmlBody(subject: string, body: string, lang: string, ack: AckLink | null): string {
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 1em">${linkify(escapeHtml(p)).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const button = ack
    ? `<hr><p style="margin:1em 0">${linkify(escapeHtml(ack.text)).replace(/\n/g, '<br>')}</p>
<p><a href="${escapeHtml(ack.url)}" style="display:inline-block;padding:10px 18px;background:#1a56db;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(ack.label)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.6">
${paragraphs}
${button}
</body></html>`;
}
