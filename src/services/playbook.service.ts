/**
 * Playbooks and the glossary: read by every staff role, copied and edited by admins. An edited copy is
 * stored per incident type and replaces the built-in playbook for this organisation until an admin
 * resets it; the built-in text is always returned alongside, so nothing is ever lost.
 */
import type { Kysely } from 'kysely';
import { findChecklistItem } from '../content/checklists.js';
import { GLOSSARY } from '../content/glossary.js';
import { BUILTIN_PLAYBOOKS, REGULATORY_RULES } from '../content/playbooks/index.js';
import { type Playbook, playbookSchema } from '../content/playbooks/schema.js';
import type { TypeKeywords } from '../domain/suggest-types.js';
import { isoNow } from '../lib/clock.js';
import { INCIDENT_TYPES, type IncidentType } from '../shared/incident-schemas.js';
import type { GlossaryView, PlaybookDetailView, PlaybookSummaryView } from '../shared/playbook-api.js';
import { type OrgPlaybookRow, playbookRepository } from '../store/playbooks.repository.js';
import type { Database } from '../store/schema.js';
import { requireRole, STAFF } from './access.js';
import { actorLabel, type ServiceContext, type UserActor } from './context.js';
import { errors } from './errors.js';
import { appendEvent } from './timeline.js';

const EDITORS = ['admin'] as const;
const GLOSSARY_READERS = ['reporter', ...STAFF] as const;

const isIncidentType = (s: string): s is IncidentType => (INCIDENT_TYPES as readonly string[]).includes(s);

/** An unknown type in the path is "not found", like any other missing resource. */
function requireType(type: string): IncidentType {
  if (!isIncidentType(type)) throw errors.notFound();
  return type;
}

/**
 * The stored copy, re-checked on every read: a copy made valid by an older version of the rules (say, a
 * checklist key since retired) falls back to the built-in playbook instead of showing a broken one.
 */
function storedPlaybook(row: OrgPlaybookRow | undefined, type: IncidentType): Playbook | null {
  if (!row) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(row.content);
  } catch {
    return null;
  }
  const parsed = playbookSchema.safeParse(raw);
  return parsed.success && parsed.data.type === type ? (parsed.data as Playbook) : null;
}

/** Every type's effective playbook: the organisation's copy where there is a valid one, else the built-in. */
export async function loadEffectivePlaybooks(db: Kysely<Database>): Promise<Record<IncidentType, Playbook>> {
  const rows = new Map((await playbookRepository.list(db)).map((r) => [r.type, r]));
  const out = { ...BUILTIN_PLAYBOOKS };
  for (const type of INCIDENT_TYPES) out[type] = storedPlaybook(rows.get(type), type) ?? BUILTIN_PLAYBOOKS[type];
  return out;
}

/** The playbook this organisation uses for `type`. For other modules (offline pack, reports). */
export async function effectivePlaybook(ctx: ServiceContext, type: IncidentType): Promise<Playbook> {
  return storedPlaybook(await playbookRepository.get(ctx.store.db, type), type) ?? BUILTIN_PLAYBOOKS[type];
}

/** All nine effective playbooks, keyed by type. */
export const effectivePlaybooks = (ctx: ServiceContext): Promise<Record<IncidentType, Playbook>> =>
  loadEffectivePlaybooks(ctx.store.db);

/** The keyword lists used to suggest a type from a report, from the effective playbooks. */
export async function typeKeywords(db: Kysely<Database>): Promise<TypeKeywords> {
  const playbooks = await loadEffectivePlaybooks(db);
  const out: TypeKeywords = {};
  for (const type of INCIDENT_TYPES) out[type] = playbooks[type].keywords;
  return out;
}

function detailView(type: IncidentType, row: OrgPlaybookRow | undefined): PlaybookDetailView {
  const stored = storedPlaybook(row, type);
  const effective = stored ?? BUILTIN_PLAYBOOKS[type];
  return {
    type,
    customised: stored !== null,
    updatedBy: stored && row ? row.updatedBy : null,
    updatedAt: stored && row ? row.updatedAt : null,
    effective,
    builtIn: BUILTIN_PLAYBOOKS[type],
    actions: effective.immediateActions.flatMap((key) => {
      const item = findChecklistItem(key);
      return item ? [item] : [];
    }),
    rules: effective.regulatory.map((r) => REGULATORY_RULES[r.rule]),
  };
}

export async function listPlaybooks(ctx: ServiceContext, actor: UserActor): Promise<PlaybookSummaryView[]> {
  requireRole(actor, STAFF);
  const rows = new Map((await playbookRepository.list(ctx.store.db)).map((r) => [r.type, r]));
  return INCIDENT_TYPES.map((type) => {
    const row = rows.get(type);
    const stored = storedPlaybook(row, type);
    const effective = stored ?? BUILTIN_PLAYBOOKS[type];
    return {
      type,
      title: effective.title,
      summary: effective.summary,
      customised: stored !== null,
      updatedAt: stored && row ? row.updatedAt : null,
    };
  });
}

export async function getPlaybook(ctx: ServiceContext, actor: UserActor, type: string): Promise<PlaybookDetailView> {
  requireRole(actor, STAFF);
  const t = requireType(type);
  return detailView(t, await playbookRepository.get(ctx.store.db, t));
}

/** Saves the organisation's version. The body was checked against the playbook schema by the route. */
export async function putPlaybook(
  ctx: ServiceContext,
  actor: UserActor,
  type: string,
  content: Playbook,
): Promise<PlaybookDetailView> {
  requireRole(actor, EDITORS);
  const t = requireType(type);
  if (content.type !== t) throw errors.invalidInput({ type: `must be ${t}, the type in the address` });
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await playbookRepository.put(trx, {
      type: t,
      content: JSON.stringify(content),
      updatedBy: actorLabel(actor),
      updatedAt: at,
    });
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'playbook.updated',
      data: { type: t },
    });
  });
  return getPlaybook(ctx, actor, t);
}

/** Back to the built-in playbook. Resetting one that was never edited changes nothing and is not an error. */
export async function resetPlaybook(ctx: ServiceContext, actor: UserActor, type: string): Promise<PlaybookDetailView> {
  requireRole(actor, EDITORS);
  const t = requireType(type);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await playbookRepository.delete(trx, t))
      await appendEvent(trx, ctx.store.caps, {
        incidentId: null,
        at,
        actor,
        type: 'playbook.reset',
        data: { type: t },
      });
  });
  return getPlaybook(ctx, actor, t);
}

export function getGlossary(actor: UserActor): GlossaryView {
  requireRole(actor, GLOSSARY_READERS);
  return { terms: [...GLOSSARY] };
}
