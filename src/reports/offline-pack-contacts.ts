/** The who-to-call part of the offline pack: desks, contact tree, police, public notices, staff, vendors, backups. */
import { OFFLINE_PACK_TEXT as T } from '../content/offline-pack-text.js';
import type { Locale } from '../shared/limits.js';
import { anchor, esc, join } from './html.js';
import type { OfflinePackData, PackContactPoint, PackTreeContact, PackVendor } from './offline-pack-data.js';

/** Blank rows under the contact tree, so a number learned on the day can be written in. */
const SPARE_ROWS = 3;

const notSet = (l: Locale) => `<span class="empty">${esc(T.notSet[l])}</span>`;
const cell = (v: string | null | undefined) => `<td>${esc(v)}</td>`;

function point(l: Locale, title: string, p: PackContactPoint | null, testId: string): string {
  const body = p
    ? `<dl class="point"><dt>${esc(T.col.name[l])}</dt><dd>${esc(p.name)}</dd><dt>${esc(T.col.phone[l])}</dt><dd>${esc(
        p.phone,
      )}</dd><dt>${esc(T.col.email[l])}</dt><dd>${esc(p.email)}</dd></dl>`
    : notSet(l);
  return `<section id="${anchor(l, testId)}"><h3>${esc(title)}</h3>${body}</section>`;
}

function treeTable(l: Locale, role: 'desk' | 'manager', people: PackTreeContact[]): string {
  const c = T.col;
  const head = [c.order, c.name, c.phone, c.email, c.note].map((h) => `<th>${esc(h[l])}</th>`).join('');
  const rows = people.map(
    (e, i) => `<tr>${cell(String(i + 1))}${cell(e.name)}${cell(e.phone)}${cell(e.email)}${cell(e.note)}</tr>`,
  );
  const spare = Array.from({ length: SPARE_ROWS }, () => `<tr class="blank">${'<td></td>'.repeat(5)}</tr>`);
  return `<h4>${esc(T.treeRole[role][l])}</h4>${
    people.length === 0 ? `<p class="empty">${esc(T.contactTreeEmpty[l])}</p>` : ''
  }<table><thead><tr>${head}</tr></thead><tbody>${[...rows, ...spare].join('')}</tbody></table>`;
}

function contactTree(l: Locale, d: OfflinePackData): string {
  return `<section id="${anchor(l, 'contact-tree')}"><h3>${esc(T.contactTree[l])}</h3>${treeTable(
    l,
    'desk',
    d.contactTree.desk,
  )}${treeTable(l, 'manager', d.contactTree.manager)}</section>`;
}

function police(l: Locale, d: OfflinePackData): string {
  const p = d.policeDesk;
  const body = p
    ? `<dl class="point"><dt>${esc(T.col.name[l])}</dt><dd>${esc(p.name)}</dd><dt>${esc(T.col.phone[l])}</dt><dd>${esc(
        p.phone,
      )}</dd><dt>${esc(T.col.note[l])}</dt><dd class="pre">${esc(p.note)}</dd></dl>`
    : notSet(l);
  return `<section id="${anchor(l, 'police')}"><h3>${esc(T.policeDesk[l])}</h3><p>${esc(T.policeHint[l])}</p>${body}</section>`;
}

function publicNotice(l: Locale, d: OfflinePackData): string {
  const p = d.publicNoticeOwner;
  const body = p
    ? `<dl class="point"><dt>${esc(T.col.name[l])}</dt><dd>${esc(p.name)}</dd><dt>${esc(T.col.phone[l])} / ${esc(
        T.col.email[l],
      )}</dt><dd>${esc(p.contact)}</dd></dl>`
    : notSet(l);
  return `<section id="${anchor(l, 'public-notice')}"><h3>${esc(T.publicNoticeOwner[l])}</h3>${body}</section>`;
}

function people(l: Locale, d: OfflinePackData): string {
  const c = T.col;
  const head = [c.name, c.role, c.department, c.email, c.supervisor].map((h) => `<th>${esc(h[l])}</th>`).join('');
  const rows = d.people.map(
    (p) =>
      `<tr>${cell(p.name)}${cell(T.role[p.role][l])}${cell(p.department)}${cell(p.email)}${cell(p.supervisorEmail)}</tr>`,
  );
  return `<section id="${anchor(l, 'people')}"><h3>${esc(T.people[l])}</h3><table><thead><tr>${head}</tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table></section>`;
}

export function renderContacts(l: Locale, d: OfflinePackData): string {
  return `<section id="${anchor(l, 'contacts')}"><h2>${esc(T.contacts[l])}</h2>${join([
    point(l, T.desk[l], d.desk, 'desk'),
    point(l, T.fallbackDesk[l], d.fallbackDesk, 'fallback-desk'),
    contactTree(l, d),
    police(l, d),
    publicNotice(l, d),
    people(l, d),
  ])}</section>`;
}

function vendor(l: Locale, v: PackVendor): string {
  const c = T.col;
  const contacts = v.contacts
    .map((p) => `<li>${esc(p.name)}${p.phone ? ` — ${esc(p.phone)}` : ''}${p.email ? ` — ${esc(p.email)}` : ''}</li>`)
    .join('');
  const rows: [string, string][] = [
    [c.contract[l], esc(T.contract[v.contractStatus][l])],
    [c.contacts[l], contacts ? `<ul>${contacts}</ul>` : notSet(l)],
    [c.services[l], esc(v.services)],
    [c.hours[l], esc(v.hours)],
    [c.fees[l], esc(v.fees)],
    [c.conditions[l], esc(v.conditions)],
    [c.note[l], esc(v.notes)],
  ];
  return `<section class="vendor"><h3>${esc(v.name)}</h3><dl class="point">${rows
    .map(([k, val]) => `<dt>${esc(k)}</dt><dd class="pre">${val}</dd>`)
    .join('')}</dl></section>`;
}

export function renderVendors(l: Locale, d: OfflinePackData): string {
  const body =
    d.vendors.length === 0
      ? `<p class="empty">${esc(T.vendorsEmpty[l])}</p>`
      : d.vendors.map((v) => vendor(l, v)).join('');
  return `<section id="${anchor(l, 'vendors')}"><h2>${esc(T.vendors[l])}</h2>${body}</section>`;
}

export function renderBackups(l: Locale, d: OfflinePackData): string {
  const b = d.backups;
  const body = b
    ? `<dl class="point"><dt>${esc(T.backupsWhere[l])}</dt><dd class="pre">${esc(b.where)}</dd><dt>${esc(
        T.backupsTested[l],
      )}</dt><dd>${b.lastTestedOn ? esc(b.lastTestedOn) : notSet(l)}</dd><dt>${esc(T.col.note[l])}</dt><dd class="pre">${esc(
        b.notes,
      )}</dd></dl>`
    : notSet(l);
  return `<section id="${anchor(l, 'backups')}"><h2>${esc(T.backups[l])}</h2>${body}</section>`;
}
