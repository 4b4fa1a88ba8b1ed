/**
 * Response by incident type: the effective playbook when there is one, then the containment checklist of
 * that type, so the pack is complete whether or not playbooks exist yet.
 */
import type { ChecklistItem } from '../content/checklists/types.js';
import { message } from '../content/messages.js';
import { OFFLINE_PACK_TEXT as T } from '../content/offline-pack-text.js';
import { INCIDENT_TYPES, type IncidentType } from '../shared/incident-schemas.js';
import type { Locale } from '../shared/limits.js';
import { anchor, esc, join } from './html.js';
import type { OfflinePackData, PackPlaybook } from './offline-pack-data.js';

function item(l: Locale, i: ChecklistItem): string {
  return `<div class="item"><h4>${esc(i.title[l])}</h4><p class="do"><strong>${esc(T.itemDo[l])}:</strong> ${esc(
    i.do[l],
  )}</p><p class="dont"><strong>${esc(T.itemDont[l])}:</strong> ${esc(i.dont[l])}</p><p class="meta">${esc(
    T.itemWhy[l],
  )}: ${esc(i.why[l])}</p></div>`;
}

const list = (l: Locale, items: { ja: string; en: string }[]) =>
  items.length === 0 ? '' : `<ul>${items.map((x) => `<li class="pre">${esc(x[l])}</li>`).join('')}</ul>`;

const templateLabel = (kind: string, l: Locale): string =>
  (T.templateKinds as Record<string, { ja: string; en: string } | undefined>)[kind]?.[l] ?? kind;

function playbook(l: Locale, p: PackPlaybook): string {
  const templates = p.templates
    .map(
      (t) =>
        `<div class="template"><h5>${esc(templateLabel(t.kind, l))}</h5><p><strong>${esc(T.subject[l])}:</strong> ${esc(
          t.subject[l],
        )}</p><p class="pre">${esc(t.body[l])}</p></div>`,
    )
    .join('');
  return join([
    `<p class="pre">${esc(p.summary[l])}</p>`,
    `<h4>${esc(T.playbookSigns[l])}</h4>${list(l, p.signs)}`,
    `<h4>${esc(T.playbookActions[l])}</h4>${p.actions.map((a) => item(l, a)).join('')}`,
    `<h4>${esc(T.playbookEvidence[l])}</h4>${list(l, p.evidence)}`,
    `<h4>${esc(T.playbookVendor[l])}</h4><p class="pre">${esc(p.escalation.vendor[l])}</p>`,
    `<h4>${esc(T.playbookPolice[l])}</h4><p class="pre">${esc(p.escalation.police[l])}</p>`,
    p.escalation.others.length > 0 ? `<h4>${esc(T.playbookOthers[l])}</h4>${list(l, p.escalation.others)}` : null,
    templates ? `<h4>${esc(T.playbookTemplates[l])}</h4>${templates}` : null,
  ]);
}

function typeSection(l: Locale, type: IncidentType, d: OfflinePackData): string {
  const pb = d.playbooks.find((p) => p.type === type);
  const items = d.checklists.find((c) => c.source === type)?.items ?? [];
  const heading = pb ? `${message(l, `type.${type}`)} — ${pb.title[l]}` : message(l, `type.${type}`);
  return `<section class="type" id="${anchor(l, 'type', type)}"><h3>${esc(heading)}</h3>${join([
    pb ? playbook(l, pb) : null,
    items.length > 0 ? `<h4>${esc(T.checklists[l])}</h4>${items.map((i) => item(l, i)).join('')}` : null,
  ])}</section>`;
}

export function renderPlaybooks(l: Locale, d: OfflinePackData): string {
  const common = d.checklists.find((c) => c.source === 'common')?.items ?? [];
  return `<section id="${anchor(l, 'playbooks')}"><h2>${esc(T.playbooks[l])}</h2>${join([
    common.length > 0
      ? `<section class="type" id="${anchor(l, 'type', 'common')}"><h3>${esc(T.checklistCommon[l])}</h3>${common
          .map((i) => item(l, i))
          .join('')}</section>`
      : null,
    ...INCIDENT_TYPES.map((t) => typeSection(l, t, d)),
  ])}</section>`;
}
