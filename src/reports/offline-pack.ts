/**
 * The offline pack: ONE self-contained HTML file with everything needed while the network is down — what
 * to do first, whom to call, the vendors, the response per incident type and blank forms — in Japanese,
 * then in English. Pure: data in, HTML out. No scripts, no external resources (its own CSP forbids them),
 * and every organisation value escaped.
 */
import { message } from '../content/messages.js';
import { OFFLINE_PACK_TEXT as T } from '../content/offline-pack-text.js';
import { formatDateTime } from '../domain/format.js';
import { LOCALES, type Locale } from '../shared/limits.js';
import { anchor, esc, join } from './html.js';
import { renderBackups, renderContacts, renderVendors } from './offline-pack-contacts.js';
import type { OfflinePackData } from './offline-pack-data.js';
import { renderForms } from './offline-pack-forms.js';
import { renderPlaybooks } from './offline-pack-playbooks.js';
import { OFFLINE_PACK_CSS } from './offline-pack-style.js';

export type { OfflinePackData } from './offline-pack-data.js';

/** Even if something slipped past escaping, the browser may load nothing but this file's own styles. */
const PACK_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;

function steps(l: Locale): string {
  const items = STEPS.map(
    (n) => `<li><strong>${esc(message(l, `step.${n}`))}</strong> — ${esc(T.stepHints[n][l])}</li>`,
  ).join('');
  return `<section id="${anchor(l, 'steps')}"><h2>${esc(T.firstSteps[l])}</h2><p>${esc(
    T.firstStepsLead[l],
  )}</p><ol class="steps">${items}</ol></section>`;
}

function toc(l: Locale): string {
  const entries: [string, string][] = [
    ['steps', T.firstSteps[l]],
    ['contacts', T.contacts[l]],
    ['vendors', T.vendors[l]],
    ['backups', T.backups[l]],
    ['playbooks', T.playbooks[l]],
    ['forms', T.forms[l]],
  ];
  return `<nav class="toc"><h2>${esc(T.contents[l])}</h2><ol>${entries
    .map(([id, label]) => `<li><a href="#${anchor(l, id)}">${esc(label)}</a></li>`)
    .join('')}</ol></nav>`;
}

function half(l: Locale, d: OfflinePackData): string {
  const other: Locale = l === 'ja' ? 'en' : 'ja';
  const title = d.orgName ? `${T.docTitle[l]} — ${d.orgName}` : T.docTitle[l];
  return `<section class="lang" id="${l}" lang="${l}"><header><p class="lang-link"><a href="#${other}" lang="${other}">${esc(
    T.otherLanguage[l],
  )}</a></p><h1>${esc(title)}</h1><p>${esc(T.intro[l])}</p><p class="meta">${esc(T.generatedAt[l])}: ${esc(
    formatDateTime(d.generatedAt, l),
  )} / ${esc(T.version[l])}: ${esc(d.version)}</p></header>${join([
    toc(l),
    steps(l),
    renderContacts(l, d),
    renderVendors(l, d),
    renderBackups(l, d),
    renderPlaybooks(l, d),
    renderForms(l),
  ])}</section>`;
}

export function renderOfflinePack(d: OfflinePackData): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PACK_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.orgName ? `${T.docTitle.ja} / ${T.docTitle.en} — ${d.orgName}` : `${T.docTitle.ja} / ${T.docTitle.en}`)}</title>
<style>${OFFLINE_PACK_CSS}</style>
</head>
<body>
${LOCALES.map((l) => half(l, d)).join('\n')}
</body>
</html>
`;
}
