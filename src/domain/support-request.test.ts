import { describe, expect, it } from 'vitest';
import type { Facts } from '../shared/incident-schemas.js';
import { assembleSupportRequest, type SupportRequestPacketInput } from './support-request.js';

const facts: Facts = {
  foundAt: { known: true, value: '2026-01-05T00:10:00Z' },
  foundWhere: { known: true, value: 'Web server' },
  whatHappened: { known: true, value: 'Visitors redirected to another site' },
  whyAbnormal: { known: false },
  cloudServices: { known: true, value: 'Microsoft 365' },
  financialData: { known: true, value: 'yes' },
};

const input: SupportRequestPacketInput = {
  incidentId: 'INC-2026-0009',
  title: 'Website redirects visitors',
  types: ['web_defacement'],
  facts,
  reportSummary: 'A customer said our site sent them to a fake shop.',
  actionsTaken: ['Closed the website'],
  orgName: 'Acme KK',
  vendorName: 'SecureCo',
  determination: { verdict: 'incident', urgency: 'high' },
};

describe('assembleSupportRequest', () => {
  it('says who we are, what happened and what we did', () => {
    const text = assembleSupportRequest(input, 'en');
    expect(text.startsWith('Dear SecureCo team,')).toBe(true);
    expect(text).toContain('incident response desk of Acme KK');
    expect(text).toContain('Case: INC-2026-0009');
    expect(text).toContain('Type: Website defacement');
    expect(text).toContain('Current determination: An incident (urgency: High)');
    expect(text).toContain('A customer said our site sent them to a fake shop.');
    expect(text).toContain('- Closed the website');
  });

  it('always lists the five facts, marking the ones not checked yet', () => {
    const text = assembleSupportRequest(input, 'en');
    expect(text).toContain('- When it was found: 5 Jan 2026, 09:10 JST');
    expect(text).toContain('- Who found it: Not checked yet');
    expect(text).toContain('- Why it looked wrong: Unknown yet');
  });

  it('adds the other known facts, technical ones included', () => {
    const text = assembleSupportRequest(input, 'en');
    expect(text).toContain('- Cloud services in use: Microsoft 365');
    expect(text).toContain('card numbers, bank credentials) involved: Yes');
  });

  it('carries the question and the step where the responder got stuck', () => {
    const text = assembleSupportRequest(
      { ...input, question: 'Is the card data gone?\nMust we stop sales?', fromStep: 5 },
      'ja',
    );
    expect(text).toContain('手順5「事象の見極め」の段階で判断できなかったこと:');
    expect(text).toContain('・Is the card data gone?\n・Must we stop sales?');
    const noQuestion = assembleSupportRequest({ ...input, fromStep: 2 }, 'en');
    expect(noQuestion).toContain('We got stuck at step 2 (Initial investigation).');
  });

  it('lists the open questions beyond the five facts as what we cannot tell', () => {
    const text = assembleSupportRequest(input, 'en');
    const cannotTell = text.split('■ What we cannot tell')[1]?.split('■')[0] ?? '';
    expect(cannotTell).toContain('- Impact on the organisation');
    expect(cannotTell).not.toContain('Who found it');
  });

  it('asks for an assessment, evidence preservation and an investigation estimate', () => {
    const text = assembleSupportRequest(input, 'ja');
    expect(text).toContain('■ お願いしたいこと');
    expect(text).toMatch(/フォレンジック/);
    expect(text).toMatch(/保全/);
  });

  it('reads sensibly without an organisation name and leaves no placeholder behind', () => {
    for (const locale of ['ja', 'en'] as const) {
      const text = assembleSupportRequest({ ...input, orgName: '  ', facts: {}, actionsTaken: [] }, locale);
      expect(text).not.toMatch(/\{[A-Za-z]/);
      expect(text).toContain(locale === 'ja' ? '当組織のインシデント対応窓口' : 'desk of our organisation');
    }
  });
});
