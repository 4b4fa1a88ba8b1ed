import { describe, expect, it } from 'vitest';
import type { Facts } from '../shared/incident-schemas.js';
import { assembleBriefing, type BriefingInput } from './briefing.js';

const facts: Facts = {
  foundAt: { known: true, value: '2026-01-05T00:10:00Z' },
  foundWhere: { known: true, value: 'Accounting PC-03' },
  foundBy: { known: false },
  whatHappened: { known: true, value: 'Files renamed, ransom note shown' },
  personalData: { known: true, value: 'yes' },
  deviceOs: { known: false },
};

const input: BriefingInput = {
  incidentId: 'INC-2026-0007',
  title: 'Encrypted files in accounting',
  types: ['ransomware'],
  status: 'investigating',
  facts,
  reportSummary: 'Files on PC-03 cannot be opened.',
  actionsTaken: ['Disconnected PC-03 from the network', '  '],
  determination: null,
  now: '2026-01-05T01:00:00Z',
};

/** The lines of one section, from its heading to the next blank line. */
function sectionOf(body: string, heading: string): string[] {
  const block = body.split('\n\n').find((b) => b.startsWith(heading));
  if (!block) throw new Error(`no section ${heading}`);
  return block.split('\n').slice(1);
}

describe('assembleBriefing', () => {
  it('titles the first report and later ones', () => {
    expect(assembleBriefing(input, 'en').subject).toBe('Incident briefing 1: Encrypted files in accounting');
    expect(assembleBriefing({ ...input, briefingNumber: 3 }, 'ja').subject).toBe(
      '第3報: Encrypted files in accounting',
    );
  });

  it('lists the facts known so far with their values', () => {
    const known = sectionOf(assembleBriefing(input, 'en').body, '■ What we know');
    expect(known).toEqual([
      '- When it was found: 5 Jan 2026, 09:10 JST',
      '- Where it was found (device, system or app): Accounting PC-03',
      '- What happened, and how: Files renamed, ransom note shown',
      '- Personal data involved: Yes',
    ]);
  });

  it('lists missing and "unknown yet" facts together as unknowns, without the technical ones', () => {
    const unknown = sectionOf(assembleBriefing(input, 'en').body, '■ What we do not know yet');
    expect(unknown).toContain('- Who found it');
    expect(unknown).toContain('- Why it looked wrong');
    expect(unknown).toContain('- Impact on the organisation');
    expect(unknown.join('\n')).not.toContain('operating system');
    expect(unknown.join('\n')).not.toContain('Where it was found');
  });

  it('lists the actions taken, skipping blanks, and says so when there are none', () => {
    expect(sectionOf(assembleBriefing(input, 'en').body, '■ What we have done')).toEqual([
      '- Disconnected PC-03 from the network',
    ]);
    expect(sectionOf(assembleBriefing({ ...input, actionsTaken: [] }, 'ja').body, '■ 実施した対応')).toEqual([
      'まだ記録された対応はありません。',
    ]);
  });

  it('proposes the usual decisions unless the sender typed their own', () => {
    const defaults = sectionOf(assembleBriefing(input, 'en').body, '■ Decisions we need from you');
    expect(defaults.length).toBeGreaterThanOrEqual(4);
    expect(defaults.join('\n')).toMatch(/vendor/);
    expect(defaults.join('\n')).toMatch(/police/);
    const typed = sectionOf(
      assembleBriefing({ ...input, decisionsNeeded: 'Approve 2 million yen\n\n・Tell the bank?' }, 'en').body,
      '■ Decisions we need from you',
    );
    expect(typed).toEqual(['- Approve 2 million yen', '- Tell the bank?']);
  });

  it('gives the time of the next update, or promises one when things change', () => {
    const at = assembleBriefing({ ...input, nextUpdateAt: '2026-01-05T03:00:00Z' }, 'ja').body;
    expect(sectionOf(at, '■ 次回の報告')[0]).toContain('2026年1月5日 12:00(日本時間)ごろ');
    expect(sectionOf(assembleBriefing(input, 'en').body, '■ Next update')).toEqual([
      'We will send an update as soon as anything changes.',
    ]);
  });

  it('shows the determination and urgency when there is one', () => {
    const body = assembleBriefing({ ...input, determination: { verdict: 'incident', urgency: 'high' } }, 'ja').body;
    expect(body).toContain('判定: インシデントである(緊急度: 高)');
    expect(assembleBriefing(input, 'en').body).toContain('Determination: Not determined yet');
  });

  it('stays readable when nothing is known at all', () => {
    const { body } = assembleBriefing({ ...input, facts: {}, reportSummary: '' }, 'ja');
    expect(sectionOf(body, '■ わかっていること')).toEqual(['まだ確認できた事実はありません。']);
    expect(body).not.toContain('報告された内容');
    expect(body).not.toMatch(/\{[A-Za-z]/);
    expect(body).toContain('2026年1月5日 10:00(日本時間) 時点');
  });

  it('does not depend on the clock', () => {
    expect(assembleBriefing(input, 'en')).toEqual(assembleBriefing(input, 'en'));
  });
});
