/**
 * The blank forms of the offline pack: the five facts (plus impact and spread), the briefing to management
 * and the evidence register with its hand-overs. Same fields as the system, so paper notes can be typed in.
 */
import { message } from '../content/messages.js';
import { OFFLINE_PACK_TEXT as T } from '../content/offline-pack-text.js';
import { FIVE_FACTS, IMPACT_FACTS } from '../shared/incident-schemas.js';
import type { Locale } from '../shared/limits.js';
import { anchor, esc, join } from './html.js';

const EVIDENCE_ROWS = 8;
const HANDOVER_ROWS = 6;

const lines = (n: number) => Array.from({ length: n }, () => '<div class="line"></div>').join('');

function header(l: Locale): string {
  return `<table class="form-head"><tr><th>${esc(T.incidentNo[l])}</th><td></td><th>${esc(T.recordedBy[l])}</th><td></td><th>${esc(
    T.recordedAt[l],
  )}</th><td></td></tr></table>`;
}

function factsForm(l: Locale): string {
  const fields = [...FIVE_FACTS, ...IMPACT_FACTS].map((key) => {
    const tall = key === 'whatHappened' || key === 'whyAbnormal' || key === 'impact' || key === 'spread';
    return `<div class="field"><span class="label">${esc(message(l, `fact.${key}`))}</span><span class="checkbox">${esc(
      T.unknownYet[l],
    )}</span>${tall ? '<div class="box"></div>' : lines(1)}</div>`;
  });
  return `<section class="form" id="${anchor(l, 'form-facts')}"><h3>${esc(T.factsForm[l])}</h3>${header(l)}${fields.join(
    '',
  )}</section>`;
}

function briefingForm(l: Locale): string {
  const box = (label: string) =>
    `<div class="field"><span class="label">${esc(label)}</span><div class="box"></div></div>`;
  return `<section class="form" id="${anchor(l, 'form-briefing')}"><h3>${esc(T.briefingForm[l])}</h3>${header(l)}${join(
    [
      `<div class="field"><span class="label">${esc(T.briefingTo[l])}</span>${lines(1)}</div>`,
      box(T.briefingFacts[l]),
      box(T.briefingUnknowns[l]),
      box(T.briefingActions[l]),
      box(T.briefingDecisions[l]),
      `<div class="field"><span class="label">${esc(T.briefingNextUpdate[l])}</span>${lines(1)}</div>`,
    ],
  )}</section>`;
}

function blankTable(headings: string[], rows: number): string {
  const head = headings.map((h) => `<th>${esc(h)}</th>`).join('');
  const row = `<tr>${headings.map(() => '<td></td>').join('')}</tr>`;
  return `<table class="blank"><thead><tr>${head}</tr></thead><tbody>${row.repeat(rows)}</tbody></table>`;
}

function evidenceForm(l: Locale): string {
  const c = T.evidenceCols;
  const h = T.handoverCols;
  return `<section class="form" id="${anchor(l, 'form-evidence')}"><h3>${esc(T.evidenceForm[l])}</h3>${header(l)}${blankTable(
    [c.item[l], c.source[l], c.collectedBy[l], c.collectedAt[l], c.method[l], c.sha256[l], c.storageLocation[l]],
    EVIDENCE_ROWS,
  )}<h4>${esc(T.handovers[l])}</h4>${blankTable([h.item[l], h.from[l], h.to[l], h.at[l], h.purpose[l]], HANDOVER_ROWS)}</section>`;
}

export function renderForms(l: Locale): string {
  return `<section id="${anchor(l, 'forms')}"><h2>${esc(T.forms[l])}</h2><p>${esc(T.formsLead[l])}</p>${join([
    factsForm(l),
    briefingForm(l),
    evidenceForm(l),
  ])}</section>`;
}
