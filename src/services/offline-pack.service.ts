/**
 * GET /api/offline-pack: gathers the pack's data and renders it, regenerating only when the data changed.
 *
 * Cache: in memory, per running server, keyed by the SHA-256 of the pack's inputs (settings, preparation,
 * the contact tree, users' contact data, vendors, checklists and playbooks). Gathering the inputs is needed
 * anyway to know whether they changed; what the cache saves is rendering. Memory rather than the database
 * keeps a GET free of writes, and with several instances each renders at most once per change, which costs
 * milliseconds. The hash is also the pack's printed version and its ETag.
 */

import type { ChecklistItem } from '../content/checklists/types.js';
import { CHECKLISTS, findChecklistItem } from '../content/checklists.js';
import { sha256Hex } from '../lib/ids.js';
import { renderOfflinePack } from '../reports/offline-pack.js';
import type { OfflinePackData, PackPlaybook } from '../reports/offline-pack-data.js';
import { INCIDENT_TYPES } from '../shared/incident-schemas.js';
import type { Role } from '../shared/limits.js';
import { TEMPLATE_KINDS } from '../shared/playbook-api.js';
import { userRepository } from '../store/users.repository.js';
import { vendorRepository } from '../store/vendors.repository.js';
import { requireRole } from './access.js';
import { organisationContactTree } from './contact-tree-source.js';
import type { ServiceContext, UserActor } from './context.js';
import { effectivePlaybooks } from './playbook.service.js';
import { readPreparation } from './preparation.service.js';
import { readSettings } from './settings.service.js';

export interface OfflinePack {
  html: string;
  /** SHA-256 of the inputs, hex. */
  hash: string;
}

const cache = new WeakMap<ServiceContext, OfflinePack>();

/** The organisation's effective playbooks (its edited copies, else the built-in ones), ready to print. */
async function packPlaybooks(ctx: ServiceContext): Promise<PackPlaybook[]> {
  const playbooks = await effectivePlaybooks(ctx);
  return INCIDENT_TYPES.map((type) => {
    const p = playbooks[type];
    return {
      type,
      title: p.title,
      summary: p.summary,
      signs: p.signs,
      actions: p.immediateActions.map(findChecklistItem).filter((i): i is ChecklistItem => i !== undefined),
      evidence: p.evidence,
      escalation: p.escalation,
      templates: TEMPLATE_KINDS.map((kind) => ({
        kind,
        subject: p.templates[kind].subject,
        body: p.templates[kind].body,
      })),
    };
  });
}

async function gather(ctx: ServiceContext): Promise<Omit<OfflinePackData, 'generatedAt' | 'version'>> {
  const [settings, prep, contactTree, users, vendors, playbooks] = await Promise.all([
    readSettings(ctx),
    readPreparation(ctx),
    organisationContactTree(ctx),
    userRepository.list(ctx.store.db),
    vendorRepository.list(ctx.store.db),
    packPlaybooks(ctx),
  ]);
  return {
    orgName: settings.orgName,
    desk: settings.desk,
    fallbackDesk: settings.fallbackDesk,
    contactTree,
    policeDesk: prep.policeDesk,
    publicNoticeOwner: prep.publicNoticeOwner,
    backups: prep.backups,
    people: users
      .filter((u) => u.disabled === 0)
      .map((u) => ({
        name: u.name,
        role: u.role as Role,
        department: u.department,
        email: u.email,
        supervisorEmail: u.supervisorEmail,
      })),
    vendors: vendors.map((v) => ({
      name: v.name,
      services: v.services,
      hours: v.hours,
      fees: v.fees,
      conditions: v.conditions,
      contractStatus: v.contractStatus as OfflinePackData['vendors'][number]['contractStatus'],
      contacts: JSON.parse(v.contacts) as OfflinePackData['vendors'][number]['contacts'],
      notes: v.notes,
    })),
    checklists: (['common', ...INCIDENT_TYPES] as const).map((source) => ({ source, items: [...CHECKLISTS[source]] })),
    playbooks,
  };
}

/** Admins and the desk: the people who will need it on paper when the network is gone. */
export async function getOfflinePack(ctx: ServiceContext, actor: UserActor): Promise<OfflinePack> {
  requireRole(actor, ['admin', 'responder']);
  const inputs = await gather(ctx);
  const hash = sha256Hex(JSON.stringify(inputs));
  const cached = cache.get(ctx);
  if (cached?.hash === hash) return cached;
  const html = renderOfflinePack({
    ...inputs,
    generatedAt: ctx.clock.now().toISOString(),
    version: hash.slice(0, 12),
  });
  const pack = { html, hash };
  cache.set(ctx, pack);
  return pack;
}
