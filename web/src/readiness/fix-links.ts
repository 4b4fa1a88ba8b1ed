/** Where each readiness item is fixed: a page of the UI and the label of the link to it. */
import type { ReadinessKey } from '../shared';

export interface FixLink {
  to: string;
  label: 'settings' | 'users' | 'vendors' | 'preparation';
}

export const FIX_LINKS: Record<ReadinessKey, FixLink> = {
  desk: { to: '/admin/settings', label: 'settings' },
  supervisors: { to: '/admin/users', label: 'users' },
  manager: { to: '/admin/users', label: 'users' },
  contact_tree: { to: '/admin/preparation#contact-tree', label: 'preparation' },
  vendor: { to: '/vendors', label: 'vendors' },
  police_desk: { to: '/admin/preparation#police-desk', label: 'preparation' },
  public_notice_owner: { to: '/admin/preparation#public-notice', label: 'preparation' },
  backups: { to: '/admin/preparation#backups', label: 'preparation' },
};
