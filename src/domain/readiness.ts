/**
 * The readiness check: what an organisation should have settled in calm times so that the first hour of
 * an incident is spent responding, not searching for phone numbers. Pure: data in, items and score out.
 */
import type { Role } from '../shared/limits.js';
import type { ReadinessItemView, ReadinessView } from '../shared/preparation-types.js';

/** A restore test older than this is treated as not tested: systems and people change within a year. */
export const BACKUP_TEST_MAX_AGE_DAYS = 365;

export interface ReadinessFacts {
  desk: { name: string; email?: string; phone?: string } | null;
  users: { role: Role; supervisorEmail: string | null; disabled: boolean }[];
  /** Who is called, in order, for the response desk and for management. */
  contactTree: { desk: { name: string; phone?: string }[]; manager: { name: string; phone?: string }[] };
  vendors: {
    name: string;
    services: string | null;
    fees: string | null;
    conditions: string | null;
    contractStatus: string;
  }[];
  policeDesk: { name: string } | null;
  publicNoticeOwner: { name: string } | null;
  backups: { where: string; lastTestedOn?: string } | null;
  /** Today as YYYY-MM-DD, for the age of the last restore test. */
  today: string;
}

const ok = (key: ReadinessItemView['key']): ReadinessItemView => ({ key, state: 'ok' });
const missing = (
  key: ReadinessItemView['key'],
  reason: NonNullable<ReadinessItemView['reason']>,
  params?: ReadinessItemView['params'],
): ReadinessItemView => ({ key, state: 'missing', reason, ...(params && { params }) });

const filled = (s: string | null | undefined): boolean => !!s && s.trim() !== '';

function deskItem(f: ReadinessFacts): ReadinessItemView {
  if (!f.desk || !filled(f.desk.name)) return missing('desk', 'missing');
  // A named desk nobody can reach is not a desk: reports need at least a mail address or a phone number.
  if (!filled(f.desk.email) && !filled(f.desk.phone)) return missing('desk', 'no_contact');
  return ok('desk');
}

/**
 * Step 1 notifies the reporter's supervisor. Managers are exempt: they are the supervisors and
 * executives at the top of the line.
 */
function supervisorsItem(f: ReadinessFacts): ReadinessItemView {
  const without = f.users.filter((u) => !u.disabled && u.role !== 'manager' && !filled(u.supervisorEmail)).length;
  return without === 0 ? ok('supervisors') : missing('supervisors', 'missing', { count: without });
}

function managerItem(f: ReadinessFacts): ReadinessItemView {
  return f.users.some((u) => !u.disabled && u.role === 'manager') ? ok('manager') : missing('manager', 'missing');
}

/** Both the desk and management must be reachable by phone: when the network is down, phones still work. */
function contactTreeItem(f: ReadinessFacts): ReadinessItemView {
  const { desk, manager } = f.contactTree;
  if (desk.length === 0 && manager.length === 0) return missing('contact_tree', 'empty');
  if (desk.length === 0) return missing('contact_tree', 'no_desk');
  if (manager.length === 0) return missing('contact_tree', 'no_manager');
  const withoutPhone = [...desk, ...manager].filter((c) => !filled(c.phone)).length;
  return withoutPhone === 0 ? ok('contact_tree') : missing('contact_tree', 'no_phone', { count: withoutPhone });
}

/** A contract is what makes a vendor come at once; services, fees and conditions are what avoid haggling then. */
function vendorItem(f: ReadinessFacts): ReadinessItemView {
  if (f.vendors.length === 0) return missing('vendor', 'none');
  const contracted = f.vendors.filter((v) => v.contractStatus === 'contracted');
  if (contracted.length === 0) return missing('vendor', 'not_contracted');
  const complete = contracted.some((v) => filled(v.services) && filled(v.fees) && filled(v.conditions));
  if (!complete) return missing('vendor', 'incomplete', { name: contracted[0]?.name ?? '' });
  return ok('vendor');
}

const daysBetween = (from: string, to: string): number =>
  Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function backupsItem(f: ReadinessFacts): ReadinessItemView {
  if (!f.backups || !filled(f.backups.where)) return missing('backups', 'missing');
  const tested = f.backups.lastTestedOn;
  if (!tested) return missing('backups', 'never_tested');
  if (daysBetween(tested, f.today) > BACKUP_TEST_MAX_AGE_DAYS)
    return missing('backups', 'test_overdue', { lastTestedOn: tested });
  return ok('backups');
}

/** Every item, in the order of READINESS_KEYS, and the share of those that are ok as 0–100. */
export function assessReadiness(f: ReadinessFacts): ReadinessView {
  const items: ReadinessItemView[] = [
    deskItem(f),
    supervisorsItem(f),
    managerItem(f),
    contactTreeItem(f),
    vendorItem(f),
    f.policeDesk && filled(f.policeDesk.name) ? ok('police_desk') : missing('police_desk', 'missing'),
    f.publicNoticeOwner && filled(f.publicNoticeOwner.name)
      ? ok('public_notice_owner')
      : missing('public_notice_owner', 'missing'),
    backupsItem(f),
  ];
  const done = items.filter((i) => i.state === 'ok').length;
  return { score: Math.round((done / items.length) * 100), items };
}
