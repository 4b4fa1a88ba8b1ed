/**
 * GET /api/offline-pack: a downloadable, self-contained HTML file built from the organisation's data,
 * regenerated whenever that data changes, with every value escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOKS } from '../src/content/playbooks/index.js';
import { INCIDENT_TYPES } from '../src/shared/incident-schemas.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

const ORG = 'Example <b>KK</b> & "Sons"';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe.each(dialects)('offline pack on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let responder: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    responder = await t.signIn('responder', { name: 'Responder <i>Ito</i>' });
    await admin.put('/api/settings', {
      orgName: ORG,
      desk: { name: 'IT desk', email: 'desk@example.test', phone: '03-0000-0000' },
      fallbackDesk: { name: 'Management office', phone: '03-9999-9999' },
    });
    await admin.put('/api/preparation', {
      policeDesk: { name: 'Prefectural police cyber desk', phone: '000-111-2222' },
    });
    await admin.put('/api/notify/contact-tree', {
      desk: [{ name: 'Yamada', phone: '03-5555-6666' }],
      manager: [{ name: 'Sato', phone: '090-1111-2222' }],
    });
    await admin.post('/api/vendors', {
      name: 'Sec KK',
      services: 'Forensics',
      contractStatus: 'contracted',
      contacts: [{ name: 'SOC desk', phone: '03-1111-2222' }],
    });
  });
  afterAll(async () => t?.close());

  it('is an HTML attachment for admins and the desk, refused to others', async () => {
    const res = await responder.get('/api/offline-pack');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="shodo-offline-pack.html"');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    const html = res.body as string;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((await admin.get('/api/offline-pack')).status).toBe(200);
    expect((await (await t.signIn('manager')).get('/api/offline-pack')).status).toBe(403);
    expect((await (await t.signIn('reporter')).get('/api/offline-pack')).status).toBe(403);
    expect((await t.anonymous().get('/api/offline-pack')).status).toBe(401);
  });

  it('carries the desks, the contact tree, the police desk, the staff and the vendors, escaped', async () => {
    const html = (await admin.get('/api/offline-pack')).body as string;
    expect(html).toContain('Example &lt;b&gt;KK&lt;/b&gt; &amp; &quot;Sons&quot;');
    expect(html).not.toContain('<b>KK</b>');
    expect(html).toContain('Responder &lt;i&gt;Ito&lt;/i&gt;');
    for (const value of [
      'IT desk',
      '03-0000-0000',
      'Management office',
      'Yamada',
      '03-5555-6666',
      'Sato',
      '090-1111-2222',
      'Prefectural police',
    ])
      expect(html).toContain(value);
    for (const value of ['Sec KK', 'SOC desk', '03-1111-2222']) expect(html).toContain(value);
    expect(html).toContain('id="ja"');
    expect(html).toContain('id="en"');
    // Every type's effective playbook, in both languages.
    for (const type of INCIDENT_TYPES) {
      expect(html).toContain(`id="ja-type-${type}"`);
      expect(html).toContain(`id="en-type-${type}"`);
      expect(html).toContain(esc(BUILTIN_PLAYBOOKS[type].title.en));
    }
  });

  it('is regenerated when its data changes, and only then', async () => {
    const first = await admin.get('/api/offline-pack');
    const etag = first.headers.get('etag') ?? '';
    const again = await admin.get('/api/offline-pack');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.body).toBe(first.body);
    const notModified = await admin.call('GET', '/api/offline-pack', undefined, { 'if-none-match': etag });
    expect(notModified.status).toBe(304);

    const changes: [string, () => Promise<unknown>, string][] = [
      [
        'a new vendor',
        () => admin.post('/api/vendors', { name: 'Backup Vendor GK', contractStatus: 'in_talks' }),
        'Backup Vendor GK',
      ],
      [
        'new preparation facts',
        () => admin.put('/api/preparation', { publicNoticeOwner: { name: 'PR office' } }),
        'PR office',
      ],
      [
        'an edited playbook',
        () =>
          admin.put('/api/playbooks/ddos', {
            ...BUILTIN_PLAYBOOKS.ddos,
            title: { ja: '当社版 DDoS 対応', en: 'Our own DDoS playbook' },
          }),
        'Our own DDoS playbook',
      ],
      [
        'the contact tree',
        () => admin.put('/api/notify/contact-tree', { desk: [{ name: 'Kimura', phone: '03-7777-8888' }], manager: [] }),
        'Kimura',
      ],
      [
        'a user’s contact data',
        async () => admin.patch(`/api/users/${responder.userId}`, { department: 'Incident desk' }),
        'Incident desk',
      ],
    ];
    let previous = etag;
    for (const [what, change, expected] of changes) {
      await change();
      const next = await admin.get('/api/offline-pack');
      expect(next.headers.get('etag'), what).not.toBe(previous);
      expect(next.body as string, what).toContain(expected);
      previous = next.headers.get('etag') ?? '';
    }
    expect((await admin.get('/api/offline-pack')).body as string).not.toContain('Sato');
  });
});
