import { describe, expect, it } from 'vitest';
import { READINESS_KEYS, READINESS_REASONS } from '../shared/preparation-schemas.js';
import { assessReadiness, type ReadinessFacts } from './readiness.js';

const ready: ReadinessFacts = {
  desk: { name: 'IT desk', email: 'desk@example.test' },
  users: [
    { role: 'admin', supervisorEmail: 'boss@example.test', disabled: false },
    { role: 'responder', supervisorEmail: 'boss@example.test', disabled: false },
    { role: 'manager', supervisorEmail: null, disabled: false },
  ],
  contactTree: {
    desk: [{ name: 'Yamada', phone: '03-0000-0000' }],
    manager: [{ name: 'CEO', phone: '090-0000-0000' }],
  },
  vendors: [
    { name: 'Sec KK', services: 'IR', fees: '200k JPY/day', conditions: 'on site in 4h', contractStatus: 'contracted' },
  ],
  policeDesk: { name: 'Prefectural police cyber desk' },
  publicNoticeOwner: { name: 'PR' },
  backups: { where: 'NAS in the server room + cloud', lastTestedOn: '2026-06-01' },
  today: '2026-11-27',
};

const item = (f: ReadinessFacts, key: string) => assessReadiness(f).items.find((i) => i.key === key);

describe('assessReadiness', () => {
  it('scores a fully prepared organisation 100, with every item ok, in the documented order', () => {
    const r = assessReadiness(ready);
    expect(r.score).toBe(100);
    expect(r.items.map((i) => i.key)).toEqual([...READINESS_KEYS]);
    expect(r.items.every((i) => i.state === 'ok' && i.reason === undefined)).toBe(true);
  });

  it('scores nothing prepared 0 and gives every item a known reason', () => {
    const r = assessReadiness({
      desk: null,
      users: [],
      contactTree: { desk: [], manager: [] },
      vendors: [],
      policeDesk: null,
      publicNoticeOwner: null,
      backups: null,
      today: '2026-11-27',
    });
    // No user needs a supervisor yet, so that one item is trivially ok: 1 of 8.
    expect(r.score).toBe(13);
    for (const i of r.items.filter((x) => x.state === 'missing'))
      expect(READINESS_REASONS[i.key] as readonly string[]).toContain(i.reason);
  });

  it('needs a desk that can be reached', () => {
    expect(item({ ...ready, desk: { name: 'IT' } }, 'desk')).toMatchObject({ state: 'missing', reason: 'no_contact' });
    expect(item({ ...ready, desk: { name: 'IT', phone: '1234' } }, 'desk')?.state).toBe('ok');
  });

  it('counts enabled non-managers without a supervisor', () => {
    const users: ReadinessFacts['users'] = [
      ...ready.users,
      { role: 'reporter', supervisorEmail: null, disabled: false },
      { role: 'reporter', supervisorEmail: null, disabled: true },
      { role: 'responder', supervisorEmail: '', disabled: false },
    ];
    expect(item({ ...ready, users }, 'supervisors')).toEqual({
      key: 'supervisors',
      state: 'missing',
      reason: 'missing',
      params: { count: 2 },
    });
  });

  it('needs an enabled manager', () => {
    const users = ready.users.map((u) => (u.role === 'manager' ? { ...u, disabled: true } : u));
    expect(item({ ...ready, users }, 'manager')?.state).toBe('missing');
  });

  it('needs the desk and management in the contact tree, each with a phone number', () => {
    const { desk, manager } = ready.contactTree;
    const withGaps = { desk: [...desk, { name: 'PR', phone: ' ' }], manager: [...manager, { name: 'CFO' }] };
    expect(item({ ...ready, contactTree: withGaps }, 'contact_tree')).toMatchObject({
      reason: 'no_phone',
      params: { count: 2 },
    });
    expect(item({ ...ready, contactTree: { desk: [], manager: [] } }, 'contact_tree')?.reason).toBe('empty');
    expect(item({ ...ready, contactTree: { desk: [], manager } }, 'contact_tree')?.reason).toBe('no_desk');
    expect(item({ ...ready, contactTree: { desk, manager: [] } }, 'contact_tree')?.reason).toBe('no_manager');
  });

  it('needs a contracted vendor whose services, fees and conditions are written down', () => {
    const v = ready.vendors[0];
    if (!v) throw new Error('fixture');
    expect(item({ ...ready, vendors: [] }, 'vendor')?.reason).toBe('none');
    expect(item({ ...ready, vendors: [{ ...v, contractStatus: 'in_talks' }] }, 'vendor')?.reason).toBe(
      'not_contracted',
    );
    expect(item({ ...ready, vendors: [{ ...v, fees: null }] }, 'vendor')).toMatchObject({
      reason: 'incomplete',
      params: { name: 'Sec KK' },
    });
    expect(item({ ...ready, vendors: [{ ...v, fees: null }, v] }, 'vendor')?.state).toBe('ok');
  });

  it('needs backups whose restore was tested within a year', () => {
    expect(item({ ...ready, backups: null }, 'backups')?.reason).toBe('missing');
    expect(item({ ...ready, backups: { where: 'NAS' } }, 'backups')?.reason).toBe('never_tested');
    expect(item({ ...ready, backups: { where: 'NAS', lastTestedOn: '2025-11-26' } }, 'backups')).toMatchObject({
      reason: 'test_overdue',
      params: { lastTestedOn: '2025-11-26' },
    });
    expect(item({ ...ready, backups: { where: 'NAS', lastTestedOn: '2025-11-27' } }, 'backups')?.state).toBe('ok');
  });

  it('needs the police desk and the owner of public notices named', () => {
    const r = assessReadiness({ ...ready, policeDesk: { name: ' ' }, publicNoticeOwner: null });
    expect(r.items.filter((i) => i.state === 'missing').map((i) => i.key)).toEqual([
      'police_desk',
      'public_notice_owner',
    ]);
    expect(r.score).toBe(75);
  });
});
