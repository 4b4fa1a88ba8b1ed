/** GET /api/readiness: gathers what the readiness check needs and lets the pure rule judge it. */
import { assessReadiness } from '../domain/readiness.js';
import type { Role } from '../shared/limits.js';
import type { ReadinessView } from '../shared/preparation-types.js';
import { userRepository } from '../store/users.repository.js';
import { vendorRepository } from '../store/vendors.repository.js';
import { requireRole } from './access.js';
import { organisationContactTree } from './contact-tree-source.js';
import type { ServiceContext, UserActor } from './context.js';
import { readPreparation } from './preparation.service.js';
import { readSettings } from './settings.service.js';

/** Admins fix what is missing; managers may read it, since preparation is management's responsibility too. */
export async function getReadiness(ctx: ServiceContext, actor: UserActor): Promise<ReadinessView> {
  requireRole(actor, ['admin', 'manager']);
  const [settings, prep, contactTree, users, vendors] = await Promise.all([
    readSettings(ctx),
    readPreparation(ctx),
    organisationContactTree(ctx),
    userRepository.list(ctx.store.db),
    vendorRepository.list(ctx.store.db),
  ]);
  return assessReadiness({
    desk: settings.desk,
    users: users.map((u) => ({ role: u.role as Role, supervisorEmail: u.supervisorEmail, disabled: u.disabled === 1 })),
    contactTree,
    vendors,
    policeDesk: prep.policeDesk,
    publicNoticeOwner: prep.publicNoticeOwner,
    backups: prep.backups,
    today: ctx.clock.now().toISOString().slice(0, 10),
  });
}
