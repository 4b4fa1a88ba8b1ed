/** Step 7 evidence: hashing on arrival, size limits, nothing half-stored, and downloads that never render. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/shared/limits.js';
import { countRows, evidenceFields, evidenceForm, timelineTypes, uploadedFiles } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe.each(dialects)('evidence on %s', (dialect) => {
  let t: TestApp;
  let responder: ApiClient;
  let manager: ApiClient;
  let owner: ApiClient;
  let stranger: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await t.signIn('admin');
    responder = await t.signIn('responder');
    manager = await t.signIn('manager');
    owner = await t.signIn('reporter');
    stranger = await t.signIn('reporter');
  });
  afterAll(async () => t?.close());

  const newIncident = async () =>
    (await owner.post('/api/incidents', buildReport({ types: ['malware'] }))).body.incidentId as string;
  const upload = (id: string, form: FormData, client: ApiClient = responder) =>
    client.call('POST', `/api/incidents/${id}/evidence`, form);

  it('hashes an uploaded file on arrival and keeps it under a random name', async () => {
    const id = await newIncident();
    const content = new Uint8Array([0, 1, 2, 250, 251, 252, ...Buffer.from('binary log')]);
    const res = await upload(id, evidenceForm(undefined, { name: 'memory.bin', content }));
    expect(res.status).toBe(201);
    const ev = res.body.evidence[0];
    expect(ev).toMatchObject({ sha256: sha256(content), fileName: 'memory.bin', fileSize: content.byteLength });
    expect(ev.downloadUrl).toBe(`/api/incidents/${id}/evidence/${ev.id}/file`);
    const row = await t.ctx.store.db
      .selectFrom('evidence')
      .selectAll()
      .where('id', '=', ev.id)
      .executeTakeFirstOrThrow();
    expect(row.fileKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(uploadedFiles(t)).toContain(row.fileKey);
    expect(new Uint8Array(fs.readFileSync(path.join(t.ctx.config.uploadDir, row.fileKey ?? '')))).toEqual(content);
    expect(await timelineTypes(t, id)).toEqual(['incident.reported', 'evidence.recorded']);
  });

  it('accepts a typed sha256 that matches the upload, whatever its case', async () => {
    const id = await newIncident();
    const res = await upload(
      id,
      evidenceForm(evidenceFields({ sha256: sha256('same').toUpperCase() }), { name: 'a.txt', content: 'same' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.evidence[0].sha256).toBe(sha256('same'));
  });

  it('records the typed sha256 of evidence kept elsewhere, with no file', async () => {
    const id = await newIncident();
    const typed = sha256('disk image kept in the safe');
    const res = await upload(id, evidenceForm(evidenceFields({ sha256: typed.toUpperCase() })));
    expect(res.status).toBe(201);
    expect(res.body.evidence[0]).toMatchObject({ sha256: typed, fileName: null, fileSize: null, downloadUrl: null });
  });

  it('refuses a typed sha256 that disagrees with the upload: 400, no record, no file left', async () => {
    const id = await newIncident();
    const files = uploadedFiles(t);
    const res = await upload(
      id,
      evidenceForm(evidenceFields({ sha256: sha256('something else') }), { name: 'a.txt', content: 'actual content' }),
    );
    expect([res.status, res.body.error.id, Object.keys(res.body.error.fields)]).toEqual([
      400,
      'invalid_input',
      ['sha256'],
    ]);
    expect(uploadedFiles(t)).toEqual(files);
    expect((await responder.get(`/api/incidents/${id}`)).body.evidence).toEqual([]);
    expect(await timelineTypes(t, id)).toEqual(['incident.reported']);
  });

  it('answers 413 file_too_large for a file one byte over the limit, storing nothing', async () => {
    const id = await newIncident();
    const files = uploadedFiles(t);
    const evidence = await countRows(t, 'evidence');
    const res = await upload(
      id,
      evidenceForm(undefined, { name: 'big.bin', content: new Uint8Array(LIMITS.evidenceFileBytes + 1) }),
    );
    expect([res.status, res.body.error.id]).toEqual([413, 'file_too_large']);
    const far = await upload(
      id,
      evidenceForm(undefined, { name: 'bigger.bin', content: new Uint8Array(LIMITS.evidenceFileBytes + 512 * 1024) }),
    );
    expect([far.status, far.body.error.id]).toEqual([413, 'file_too_large']);
    expect(uploadedFiles(t)).toEqual(files);
    expect(await countRows(t, 'evidence')).toBe(evidence);
    expect(await timelineTypes(t, id)).toEqual(['incident.reported']);
  });

  it('accepts a file of exactly the limit', async () => {
    const id = await newIncident();
    const content = new Uint8Array(LIMITS.evidenceFileBytes).fill(7);
    const res = await upload(id, evidenceForm(undefined, { name: 'exact.bin', content }));
    expect(res.status).toBe(201);
    expect(res.body.evidence[0]).toMatchObject({ fileSize: LIMITS.evidenceFileBytes, sha256: sha256(content) });
  });

  it('leaves no file behind when the upload is refused after it was written (no permission, closed case)', async () => {
    const id = await newIncident();
    const files = uploadedFiles(t);
    const byOwner = await upload(id, evidenceForm(undefined, { name: 'mine.txt', content: 'mine' }), owner);
    expect([byOwner.status, byOwner.body.error.id]).toEqual([403, 'forbidden']);
    const byStranger = await upload(id, evidenceForm(undefined, { name: 'x.txt', content: 'x' }), stranger);
    expect([byStranger.status, byStranger.body.error.id]).toEqual([404, 'not_found']);
    const d = (await responder.get(`/api/incidents/${id}`)).body;
    expect((await responder.post(`/api/incidents/${id}/close`, { version: d.version })).status).toBe(200);
    const closed = await upload(id, evidenceForm(undefined, { name: 'late.txt', content: 'late' }));
    expect([closed.status, closed.body.error.id]).toEqual([409, 'incident_closed']);
    expect(uploadedFiles(t)).toEqual(files);
  });

  describe('downloads', () => {
    let id: string;
    let url: string;
    const html = '<script>alert(document.cookie)</script>';

    beforeAll(async () => {
      id = await newIncident();
      const res = await upload(id, evidenceForm(undefined, { name: 'phish.html', content: html }));
      url = res.body.evidence[0].downloadUrl;
    });

    it('are application/octet-stream attachments with the original bytes', async () => {
      const dl = await responder.get(url);
      expect(dl.status).toBe(200);
      expect(dl.body).toBe(html);
      expect(dl.headers.get('content-type')).toBe('application/octet-stream');
      expect(dl.headers.get('content-disposition')).toBe(
        `attachment; filename="evidence"; filename*=UTF-8''phish.html`,
      );
      expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('carry the sandboxing CSP, not the page CSP', async () => {
      const dl = await responder.get(url);
      const csp = dl.headers.get('content-security-policy') ?? '';
      expect(csp.split(';').map((d) => d.trim())).toEqual(expect.arrayContaining(["default-src 'none'", 'sandbox']));
    });

    it('are open to staff who may see the incident, not to reporters (404 for another’s incident)', async () => {
      expect((await manager.get(url)).status).toBe(200);
      // Evidence may be live malware: not even the incident's own reporter downloads it.
      const own = await owner.get(url);
      expect([own.status, own.body.error.id]).toEqual([403, 'forbidden']);
      const denied = await stranger.get(url);
      expect([denied.status, denied.body.error.id]).toEqual([404, 'not_found']);
      const anon = await t.anonymous().get(url);
      expect(anon.status).toBe(401);
    });

    it('answer 404 for evidence of another incident addressed through this one', async () => {
      const other = await newIncident();
      const res = await upload(other, evidenceForm(undefined, { name: 'o.txt', content: 'other' }));
      const otherEvidence = res.body.evidence[0].id;
      const crossed = await responder.get(`/api/incidents/${id}/evidence/${otherEvidence}/file`);
      expect([crossed.status, crossed.body.error.id]).toEqual([404, 'not_found']);
    });
  });

  it('stores a path-like file name as a plain name and writes nothing outside the evidence folder', async () => {
    const id = await newIncident();
    const names: [string, string][] = [
      ['../../etc/passwd', 'passwd'],
      ['..\\..\\windows\\win.ini', 'win.ini'],
      ['/absolute/secret.txt', 'secret.txt'],
      ['quote".txt', 'quote_.txt'],
    ];
    for (const [given, stored] of names) {
      const res = await upload(id, evidenceForm(undefined, { name: given, content: `content of ${given}` }));
      expect(res.status).toBe(201);
      const ev = res.body.evidence.at(-1);
      expect(ev.fileName).toBe(stored);
      const dl = await responder.get(ev.downloadUrl);
      expect(dl.body).toBe(`content of ${given}`);
      expect(dl.headers.get('content-disposition')).toBe(
        `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(stored)}`,
      );
    }
    expect(fs.existsSync(path.resolve(t.ctx.config.uploadDir, '../../etc/passwd'))).toBe(false);
    expect(fs.readdirSync(t.ctx.config.dataDir).sort()).toEqual(
      fs
        .readdirSync(t.ctx.config.dataDir)
        .filter((f) => f === 'evidence' || f.startsWith('test.sqlite'))
        .sort(),
    );
    expect(uploadedFiles(t).every((f) => /^[0-9a-f-]{36}$/.test(f))).toBe(true);
  });

  it('records a custody transfer on evidence of this incident only', async () => {
    const id = await newIncident();
    const ev = (await upload(id, evidenceForm())).body.evidence[0];
    const transfer = {
      fromPerson: 'Sato',
      toPerson: 'Ito (vendor)',
      at: '2026-11-27T11:00:00+09:00',
      purpose: 'Analysis',
    };
    const res = await responder.post(`/api/incidents/${id}/evidence/${ev.id}/transfers`, transfer);
    expect(res.status).toBe(200);
    expect(res.body.evidence[0].transfers).toEqual([expect.objectContaining(transfer)]);
    const other = await newIncident();
    const crossed = await responder.post(`/api/incidents/${other}/evidence/${ev.id}/transfers`, transfer);
    expect([crossed.status, crossed.body.error.id]).toEqual([404, 'not_found']);
    expect(await timelineTypes(t, other)).toEqual(['incident.reported']);
  });
});
