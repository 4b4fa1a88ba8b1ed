import { describe, expect, it } from 'vitest';
import { MALWARE_ITEMS } from '../content/checklists/malware.js';
import { CHECKLISTS } from '../content/checklists.js';
import { message } from '../content/messages.js';
import { OFFLINE_PACK_TEXT } from '../content/offline-pack-text.js';
import { FIVE_FACTS, IMPACT_FACTS, INCIDENT_TYPES } from '../shared/incident-schemas.js';
import { esc } from './html.js';
import { type OfflinePackData, renderOfflinePack } from './offline-pack.js';
import type { PackVendor } from './offline-pack-data.js';

const EVIL = `<script>alert("x")</script><img src="http://evil.example/x.png">'&`;

const VENDOR: PackVendor = {
  name: 'Sec KK',
  services: 'Forensics',
  hours: '24/7',
  fees: '200k JPY/day',
  conditions: 'On site in 4h',
  contractStatus: 'contracted',
  contacts: [{ name: 'SOC', phone: '03-1111-2222' }],
  notes: null,
};

const data = (overrides: Partial<OfflinePackData> = {}): OfflinePackData => ({
  orgName: 'Example KK',
  generatedAt: '2026-11-27T00:00:00.000Z',
  version: 'abc123def456',
  desk: { name: 'IT desk', email: 'desk@example.test', phone: '03-0000-0000' },
  fallbackDesk: null,
  contactTree: {
    desk: [{ name: 'Yamada', phone: '03-5555-6666' }],
    manager: [{ name: 'Sato', phone: '090-1111-2222' }],
  },
  policeDesk: { name: 'Prefectural police cyber desk', phone: '000-0000' },
  publicNoticeOwner: { name: 'PR team' },
  backups: { where: 'NAS in the server room', lastTestedOn: '2026-10-01' },
  people: [
    { name: 'Yamada', role: 'responder', department: 'IT', email: 'y@example.test', supervisorEmail: 'b@example.test' },
  ],
  vendors: [VENDOR],
  checklists: (['common', ...INCIDENT_TYPES] as const).map((source) => ({ source, items: [...CHECKLISTS[source]] })),
  playbooks: [],
  ...overrides,
});

/** The Japanese or English half of the file. */
const half = (html: string, lang: 'ja' | 'en') => {
  const start = html.indexOf(`<section class="lang" id="${lang}"`);
  const next = html.indexOf('<section class="lang"', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
};

describe('the offline pack', () => {
  it('is one HTML document that loads nothing from anywhere, and may not (its own CSP)', () => {
    const html = renderOfflinePack(data());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|srcset|action)=/i);
    // The only links are anchors inside the file.
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
    expect(html).toContain(
      `http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`,
    );
    expect(html).toContain('@media print');
  });

  it('escapes every value the organisation typed', () => {
    const html = renderOfflinePack(
      data({
        orgName: EVIL,
        desk: { name: EVIL, phone: EVIL },
        contactTree: { desk: [{ name: EVIL, phone: EVIL, note: EVIL }], manager: [{ name: EVIL, email: EVIL }] },
        policeDesk: { name: EVIL, note: EVIL },
        publicNoticeOwner: { name: EVIL, contact: EVIL },
        backups: { where: EVIL, notes: EVIL },
        people: [{ name: EVIL, role: 'admin', department: EVIL, email: EVIL, supervisorEmail: EVIL }],
        vendors: [{ ...VENDOR, name: EVIL, services: EVIL, contacts: [{ name: EVIL, email: EVIL }] }],
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain(esc(EVIL));
  });

  it('has both languages, each with every incident type, the common checklist and all three forms', () => {
    const html = renderOfflinePack(data());
    for (const lang of ['ja', 'en'] as const) {
      const part = half(html, lang);
      expect(part).toContain(`lang="${lang}"`);
      expect(part).toContain(esc(OFFLINE_PACK_TEXT.docTitle[lang]));
      for (const type of INCIDENT_TYPES) {
        expect(part).toContain(`id="${lang}-type-${type}"`);
        expect(part).toContain(esc(message(lang, `type.${type}`)));
      }
      expect(part).toContain(esc(MALWARE_ITEMS[0]?.title[lang] ?? '?'));
      expect(part).toContain(esc(OFFLINE_PACK_TEXT.checklistCommon[lang]));
      for (const form of ['facts', 'briefing', 'evidence']) expect(part).toContain(`id="${lang}-form-${form}"`);
      for (const fact of [...FIVE_FACTS, ...IMPACT_FACTS]) expect(part).toContain(esc(message(lang, `fact.${fact}`)));
      for (const col of Object.values(OFFLINE_PACK_TEXT.evidenceCols)) expect(part).toContain(esc(col[lang]));
      expect(part).toContain(esc(OFFLINE_PACK_TEXT.briefingNextUpdate[lang]));
      // Contacts and vendors appear in each half.
      expect(part).toContain(esc(OFFLINE_PACK_TEXT.treeRole.desk[lang]));
      expect(part).toContain(esc(OFFLINE_PACK_TEXT.treeRole.manager[lang]));
      for (const value of [
        'IT desk',
        '03-0000-0000',
        'Yamada',
        '03-5555-6666',
        'Sato',
        '090-1111-2222',
        'Sec KK',
        '03-1111-2222',
        'PR team',
      ])
        expect(part).toContain(value);
    }
  });

  it('prints the effective playbook of a type before its checklist when there is one', () => {
    const item = MALWARE_ITEMS[0];
    if (!item) throw new Error('fixture');
    const html = renderOfflinePack(
      data({
        playbooks: [
          {
            type: 'malware',
            title: { ja: 'マルウェア感染の対応', en: 'Handling malware' },
            summary: { ja: '概要', en: 'Summary' },
            signs: [{ ja: '動作が遅い', en: 'Slow PC' }],
            actions: [item],
            evidence: [{ ja: 'メール', en: 'The mail' }],
            escalation: {
              vendor: { ja: '業者へ', en: 'Call the vendor' },
              police: { ja: '警察へ', en: 'Consult the police' },
              others: [],
            },
            templates: [
              { kind: 'internal_warning', subject: { ja: '注意', en: 'Warning' }, body: { ja: '本文', en: 'Body' } },
            ],
          },
        ],
      }),
    );
    const en = half(html, 'en');
    const section = en.slice(en.indexOf('id="en-type-malware"'), en.indexOf('id="en-type-spoofed_mail"'));
    expect(section).toContain('Malware infection — Handling malware');
    expect(section.indexOf('Call the vendor')).toBeLessThan(section.indexOf(esc(OFFLINE_PACK_TEXT.checklists.en)));
    expect(section).toContain(OFFLINE_PACK_TEXT.templateKinds.internal_warning.en);
  });

  it('says plainly what is not set yet rather than leaving a gap', () => {
    const html = renderOfflinePack(
      data({
        desk: null,
        contactTree: { desk: [], manager: [] },
        vendors: [],
        policeDesk: null,
        publicNoticeOwner: null,
        backups: null,
      }),
    );
    expect(half(html, 'ja')).toContain(OFFLINE_PACK_TEXT.contactTreeEmpty.ja);
    expect(half(html, 'en')).toContain(esc(OFFLINE_PACK_TEXT.vendorsEmpty.en));
    expect(half(html, 'en')).toContain(OFFLINE_PACK_TEXT.notSet.en);
  });
});

describe('the offline pack texts', () => {
  it('exist in both languages, Japanese in ja', () => {
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) throw new Error(`${path} is not a text pair`);
      if ('ja' in node && 'en' in node) {
        const pair = node as { ja: string; en: string };
        expect(pair.ja.trim(), path).not.toBe('');
        expect(pair.en.trim(), path).not.toBe('');
        return;
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
    };
    walk(OFFLINE_PACK_TEXT, 'OFFLINE_PACK_TEXT');
  });
});
