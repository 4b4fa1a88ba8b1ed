/**
 * Who may do what. Every service calls these before touching an incident; a caller who may not see
 * an incident gets "not found", so its existence does not leak.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../shared/limits.js';
import { type IncidentRow, incidentRepository } from '../store/incidents.repository.js';
import type { Database } from '../store/schema.js';
import type { UserActor } from './context.js';
import { errors } from './errors.js';

export type Permission =
  | 'edit'
  | 'brief'
  | 'acknowledge'
  | 'decide'
  | 'determine'
  | 'requestSupport'
  | 'manageEvidence'
  | 'restrict'
  | 'close';

const PERMISSIONS: Record<Permission, readonly Role[]> = {
  edit: ['responder', 'admin'],
  brief: ['responder', 'manager', 'admin'],
  acknowledge: ['manager', 'admin'],
  decide: ['manager', 'admin'],
  determine: ['responder', 'admin'],
  requestSupport: ['responder', 'admin'],
  manageEvidence: ['responder', 'admin'],
  restrict: ['responder', 'manager', 'admin'],
  close: ['responder', 'admin'],
};

/** Everyone who works on incidents, as opposed to people who only report them. */
export const STAFF: readonly Role[] = ['responder', 'manager', 'admin'];

export const hasPermission = (role: Role, p: Permission): boolean => PERMISSIONS[p].includes(role);

export function requireRole(actor: UserActor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw errors.forbidden();
}

/** Loads an incident the actor may see, or throws not_found. */
export async function requireIncidentAccess(db: Kysely<Database>, actor: UserActor, id: string): Promise<IncidentRow> {
  const row = await incidentRepository.getById(db, id);
  if (!row) throw errors.notFound();
  if (!(await canSee(db, actor, row))) throw errors.notFound();
  return row;
}

async function canSee(db: Kysely<Database>, actor: UserActor, row: IncidentRow): Promise<boolean> {
  if (row.restricted === 1) {
    const named = await incidentRepository.accessList(db, row.id);
    if (!named.some((n) => n.userId === actor.id)) return false;
  }
  if (actor.role === 'reporter') return row.reporterUserId === actor.id;
  return true;
}

/** Loads the incident, checks it is visible and that the actor's role grants `p`. */
export async function requireIncidentPermission(
  db: Kysely<Database>,
  actor: UserActor,
  id: string,
  p: Permission,
): Promise<IncidentRow> {
  const row = await requireIncidentAccess(db, actor, id);
  if (!hasPermission(actor.role, p)) throw errors.forbidden();
  return row;
}
