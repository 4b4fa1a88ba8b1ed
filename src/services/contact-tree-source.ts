/**
 * The contact tree the readiness check and the offline pack use: the notification contact tree (who to
 * call per role, in order, with phones), so the organisation keeps one list, not two.
 */
import type { Role } from '../shared/limits.js';
import { readContactTree } from './contact-tree.service.js';
import type { ServiceContext } from './context.js';

export interface TreeContact {
  name: string;
  phone?: string;
  email?: string;
  note?: string;
}

/** The response desk's people and management's, each in the order they are called. */
export type OrganisationContactTree = Record<Extract<Role, 'manager'> | 'desk', TreeContact[]>;

export async function organisationContactTree(ctx: ServiceContext): Promise<OrganisationContactTree> {
  const tree = await readContactTree(ctx.store.db);
  return { desk: tree.desk, manager: tree.manager };
}
