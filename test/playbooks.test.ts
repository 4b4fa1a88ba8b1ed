/**
 * Playbooks and the glossary through the HTTP API, on each database: staff read, admins copy-and-edit
 * and reset, bad edits answer 400 naming the field, and reports without a type get one suggested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOKS } from '../src/content/playbooks/index.js';
import type { Playbook } from '../src/content/playbooks/schema.js';
import { INCIDENT_TYPES } from '../src/shared/incident-schemas.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

const edited = (type: keyof typeof BUILTIN_PLAYBOOKS): Playbook => structuredClone(BUILTIN_PLAYBOOKS[type]);

describe.each(dialects)('playbooks on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let responder: ApiClient;
  let manager: ApiClient;
  let reporter: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    responder = await t.signIn('responder');
    manager = await t.signIn('manager');
    reporter = await t.signIn('reporter');
  });
  afterAll(async () => t?.close());

  it('lists the nine built-in playbooks to every staff role', async () => {
    for (const client of [responder, manager, admin]) {
      const res = await client.get('/api/playbooks');
      expect(res.status).toBe(200);
      expect(res.body.playbooks.map((p: { type: string }) => p.type)).toEqual([...INCIDENT_TYPES]);
      expect(res.body.playbooks.every((p: { customised: boolean }) => !p.customised)).toBe(true);
    }
  });

  it('shows one playbook with its checklist items and rules, versions included', async () => {
    const res = await responder.get('/api/playbooks/ransomware');
    expect(res.status).toBe(200);
    expect(res.body.customised).toBe(false);
    expect(res.body.effective).toEqual(res.body.builtIn);
    expect(res.body.actions.map((a: { key: string }) => a.key)).toEqual(BUILTIN_PLAYBOOKS.ransomware.immediateActions);
    const appi = res.body.rules.find((r: { id: string }) => r.id === 'appi_report');
    expect(appi.version.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(appi.version.label.ja).toContain('2026年7月17日');
  });

  it('keeps playbooks from reporters and strangers, and the glossary from strangers', async () => {
    expect((await reporter.get('/api/playbooks')).status).toBe(403);
    expect((await reporter.get('/api/playbooks/malware')).status).toBe(403);
    expect((await t.anonymous().get('/api/playbooks')).status).toBe(401);
    expect((await t.anonymous().get('/api/glossary')).status).toBe(401);
    const glossary = await reporter.get('/api/glossary');
    expect(glossary.status).toBe(200);
    const forensics = glossary.body.terms.find((x: { id: string }) => x.id === 'forensics');
    expect(forensics.term).toEqual({ ja: 'フォレンジック', en: 'Forensics' });
  });

  it('answers 404 for a type that does not exist', async () => {
    expect((await responder.get('/api/playbooks/nope')).status).toBe(404);
    expect((await admin.put('/api/playbooks/nope', edited('ddos'))).status).toBe(404);
    expect((await admin.call('DELETE', '/api/playbooks/nope')).status).toBe(404);
  });

  it('lets an admin save an edited copy, keeps the built-in, and records it on the timeline', async () => {
    const copy = edited('spoofed_mail');
    copy.signs.push({
      ja: '経理部長を名乗るチャットが届いた',
      en: 'A chat message claims to be from the finance head',
    });
    copy.templates.internal_warning.body.ja = `${copy.templates.internal_warning.body.ja}\n経理部は内線 123 へ。`;
    const saved = await admin.put('/api/playbooks/spoofed_mail', copy);
    expect(saved.status).toBe(200);
    expect(saved.body.customised).toBe(true);
    expect(saved.body.updatedBy).toContain('admin');
    expect(saved.body.effective.signs).toHaveLength(BUILTIN_PLAYBOOKS.spoofed_mail.signs.length + 1);
    expect(saved.body.builtIn).toEqual(JSON.parse(JSON.stringify(BUILTIN_PLAYBOOKS.spoofed_mail)));

    const read = await manager.get('/api/playbooks/spoofed_mail');
    expect(read.body.effective.templates.internal_warning.body.ja).toContain('内線 123');
    const list = await manager.get('/api/playbooks');
    expect(list.body.playbooks.find((p: { type: string }) => p.type === 'spoofed_mail').customised).toBe(true);

    const events = await t.ctx.store.db
      .selectFrom('timelineEvents')
      .select(['type', 'data'])
      .where('type', '=', 'playbook.updated')
      .execute();
    expect(events.map((e) => JSON.parse(e.data))).toContainEqual({ type: 'spoofed_mail' });
  });

  it('resets to the built-in playbook, and a second reset changes nothing', async () => {
    await admin.put('/api/playbooks/lost_device', edited('lost_device'));
    const reset = await admin.call('DELETE', '/api/playbooks/lost_device');
    expect(reset.status).toBe(200);
    expect(reset.body.customised).toBe(false);
    expect(reset.body.effective).toEqual(reset.body.builtIn);
    expect((await admin.call('DELETE', '/api/playbooks/lost_device')).body.customised).toBe(false);
    const resets = await t.ctx.store.db
      .selectFrom('timelineEvents')
      .select('data')
      .where('type', '=', 'playbook.reset')
      .execute();
    expect(resets.filter((e) => JSON.parse(e.data).type === 'lost_device')).toHaveLength(1);
  });

  it('lets only admins edit or reset', async () => {
    for (const client of [responder, manager, reporter]) {
      expect((await client.put('/api/playbooks/ddos', edited('ddos'))).status).toBe(403);
      expect((await client.call('DELETE', '/api/playbooks/ddos')).status).toBe(403);
    }
  });

  it('answers a bad edit with 400 naming each field, and stores nothing', async () => {
    const copy = edited('malware') as unknown as Record<string, unknown> & Playbook;
    copy.signs = [{ ja: '症状', en: '' }];
    copy.immediateActions = ['ransomware.do_not_pay'];
    copy.templates.public_notice.body.en = 'Dear {customer}';
    const res = await admin.put('/api/playbooks/malware', copy);
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('invalid_input');
    expect(Object.keys(res.body.error.fields)).toEqual(
      expect.arrayContaining(['signs.0.en', 'immediateActions.0', 'templates.public_notice.body.en']),
    );
    const mismatch = await admin.put('/api/playbooks/malware', edited('ddos'));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.fields.type).toMatch(/malware/);
    expect((await admin.get('/api/playbooks/malware')).body.customised).toBe(false);
  });

  describe('type suggestion', () => {
    it('gives a report without a type the one its words point to, and shows why', async () => {
      const receipt = await reporter.post(
        '/api/incidents',
        buildReport({ whatHappened: '画面に身代金を要求する脅迫文が出た' }),
      );
      expect(receipt.status).toBe(201);
      const detail = (await responder.get(`/api/incidents/${receipt.body.incidentId}`)).body;
      expect(detail.types).toEqual(['ransomware']);
      expect(detail.suggestedTypes[0]).toMatchObject({ type: 'ransomware', matched: ['身代金', '脅迫'] });
      const own = (await reporter.get(`/api/incidents/${receipt.body.incidentId}`)).body;
      expect(own.suggestedTypes).toEqual([]);
    });

    it('keeps unknown when nothing matches, and the reporter’s own choice when given', async () => {
      const vague = await responder.post('/api/incidents', buildReport({ whatHappened: 'Something looks odd' }));
      const vagueDetail = (await responder.get(`/api/incidents/${vague.body.incidentId}`)).body;
      expect(vagueDetail.types).toEqual(['unknown']);
      expect(vagueDetail.suggestedTypes).toEqual([]);
      const chosen = await responder.post('/api/incidents', buildReport({ types: ['lost_device'] }));
      const chosenDetail = (await responder.get(`/api/incidents/${chosen.body.incidentId}`)).body;
      expect(chosenDetail.types).toEqual(['lost_device']);
      expect(chosenDetail.suggestedTypes.map((s: { type: string }) => s.type)).toContain('ransomware');
    });

    it('uses the organisation’s own keywords once an admin edits them', async () => {
      const copy = edited('ddos');
      copy.keywords.en.push('zebra alert');
      expect((await admin.put('/api/playbooks/ddos', copy)).status).toBe(200);
      const res = await responder.post('/api/incidents', buildReport({ whatHappened: 'The zebra alert fired again' }));
      const detail = (await responder.get(`/api/incidents/${res.body.incidentId}`)).body;
      expect(detail.types).toEqual(['ddos']);
      expect(detail.suggestedTypes[0].matched).toEqual(['zebra alert']);
      await admin.call('DELETE', '/api/playbooks/ddos');
    });
  });
});
