import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../shared/incident-schemas.js';
import {
  CHECKLISTS,
  checklistFor,
  findChecklistItem,
  localizeItem,
  NETWORK_STOP_ITEM_KEY,
  SPREAD_CHECK_ITEM_KEYS,
} from './checklists.js';

const allItems = Object.values(CHECKLISTS).flat();
const TEXTS = ['title', 'why', 'do', 'dont'] as const;

describe('checklist content', () => {
  it('has non-empty Japanese and English for every text of every item', () => {
    for (const item of allItems)
      for (const field of TEXTS) {
        expect(item[field].ja.trim(), `${item.key}.${field}.ja`).not.toBe('');
        expect(item[field].en.trim(), `${item.key}.${field}.en`).not.toBe('');
      }
  });

  it('writes Japanese in Japanese and English in English', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const item of allItems)
      for (const field of TEXTS) {
        expect(item[field].ja, `${item.key}.${field}.ja`).toMatch(japanese);
        expect(
          item[field].en.replace(/[（(][^)）]*[\u3040-\u30ff\u4e00-\u9fff][^)）]*[)）]/g, ''),
          `${item.key}.${field}.en`,
        ).not.toMatch(japanese);
      }
  });

  it('uses unique keys prefixed with their source', () => {
    const keys = allItems.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [source, items] of Object.entries(CHECKLISTS))
      for (const item of items) {
        expect(item.source).toBe(source);
        expect(item.key.startsWith(`${source}.`)).toBe(true);
        expect(item.key).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
      }
  });

  it('has items for every incident type, and rich lists for the guide’s three examples', () => {
    for (const type of INCIDENT_TYPES) expect(CHECKLISTS[type].length, type).toBeGreaterThanOrEqual(4);
    for (const type of ['malware', 'spoofed_mail', 'web_defacement'] as const) {
      expect(CHECKLISTS[type].length, type).toBeGreaterThanOrEqual(6);
    }
    expect(CHECKLISTS.common.length).toBeGreaterThanOrEqual(3);
  });

  it('never recommends EmoCheck, which JPCERT/CC has discontinued', () => {
    for (const item of allItems)
      for (const field of TEXTS) expect(`${item[field].ja} ${item[field].en}`.toLowerCase()).not.toContain('emocheck');
  });

  it('points the workflow at keys that exist', () => {
    expect(findChecklistItem(NETWORK_STOP_ITEM_KEY)).toBeDefined();
    for (const key of SPREAD_CHECK_ITEM_KEYS) expect(findChecklistItem(key), key).toBeDefined();
    expect(findChecklistItem('nope.nothing')).toBeUndefined();
  });
});

describe('checklistFor', () => {
  it('tells you, for malware, to disconnect and not to power off', () => {
    const items = checklistFor(['malware']);
    const unplug = items.find((i) => /power it off/i.test(i.dont.en));
    expect(unplug).toBeDefined();
    expect(unplug?.dont.ja).toContain('電源を切る');
    expect(items.some((i) => /Wi-Fi/.test(i.do.en) && /cable/.test(i.do.en))).toBe(true);
  });

  it('puts the common items first, then each type in the order given', () => {
    const items = checklistFor(['spoofed_mail', 'malware']);
    const sources = items.map((i) => i.source);
    const firstOf = (s: string) => sources.indexOf(s as (typeof sources)[number]);
    expect(sources.slice(0, CHECKLISTS.common.length).every((s) => s === 'common')).toBe(true);
    expect(firstOf('spoofed_mail')).toBeLessThan(firstOf('malware'));
    expect(items).toHaveLength(CHECKLISTS.common.length + CHECKLISTS.spoofed_mail.length + CHECKLISTS.malware.length);
  });

  it('lists each item once when a type is given twice', () => {
    const keys = checklistFor(['malware', 'malware', 'ransomware']).map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the common items when no type is known', () => {
    expect(checklistFor([]).map((i) => i.key)).toEqual(CHECKLISTS.common.map((i) => i.key));
  });

  it('is stable from call to call', () => {
    expect(checklistFor(['ddos', 'data_leak'])).toEqual(checklistFor(['ddos', 'data_leak']));
  });
});

describe('localizeItem', () => {
  it('picks one language and keeps key, source and who', () => {
    const item = CHECKLISTS.malware[0];
    if (!item) throw new Error('no malware items');
    const ja = localizeItem(item, 'ja');
    const en = localizeItem(item, 'en');
    expect(ja).toEqual({
      key: item.key,
      source: 'malware',
      who: item.who,
      title: item.title.ja,
      why: item.why.ja,
      do: item.do.ja,
      dont: item.dont.ja,
    });
    expect(en.title).toBe(item.title.en);
  });
});
