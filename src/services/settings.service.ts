/** Organisation settings and the public report link. */

import { isoNow } from '../lib/clock.js';
import { newToken, sha256Hex } from '../lib/ids.js';
import type { SettingsInput } from '../shared/account-schemas.js';
import { settingsInput } from '../shared/account-schemas.js';
import type { SettingsView } from '../shared/api-types.js';
import { settingsRepository } from '../store/settings.repository.js';
import { requireRole } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { appendEvent } from './timeline.js';

const ORG_KEY = 'org';
const REPORT_TOKEN_KEY = 'report_link';

export async function readSettings(ctx: ServiceContext): Promise<SettingsInput> {
  const raw = await settingsRepository.get(ctx.store.db, ORG_KEY);
  const parsed = settingsInput.safeParse(raw ?? {});
  // Settings written by an older version and no longer valid fall back to defaults instead of blocking intake.
  return parsed.success ? parsed.data : settingsInput.parse({});
}

/**
 * The report link's token. Created on first use so a fresh install has a working link at once; stored
 * in clear because admins must be able to show the link again (it only lets people file a report).
 */
export async function reportToken(ctx: ServiceContext): Promise<string> {
  const existing = (await settingsRepository.get(ctx.store.db, REPORT_TOKEN_KEY)) as { token?: string } | undefined;
  if (existing?.token) return existing.token;
  const token = newToken();
  await ctx.store.db
    .insertInto('settings')
    .values({ key: REPORT_TOKEN_KEY, value: JSON.stringify({ token }) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = (await settingsRepository.get(ctx.store.db, REPORT_TOKEN_KEY)) as { token: string };
  return stored.token;
}

/** Compares hashes so the check takes the same time whatever the guess. */
export async function isValidReportToken(ctx: ServiceContext, candidate: string): Promise<boolean> {
  const token = await reportToken(ctx);
  return sha256Hex(candidate) === sha256Hex(token);
}

export async function getSettings(ctx: ServiceContext, actor: UserActor): Promise<SettingsView> {
  const s = await readSettings(ctx);
  const view: SettingsView = { ...s };
  if (actor.role === 'admin') view.reportPath = `/report/${await reportToken(ctx)}`;
  return view;
}

export async function putSettings(ctx: ServiceContext, actor: UserActor, input: SettingsInput): Promise<SettingsView> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await settingsRepository.put(trx, ORG_KEY, input);
    await appendEvent(trx, ctx.store.caps, { incidentId: null, at, actor, type: 'settings.updated', data: {} });
  });
  return getSettings(ctx, actor);
}

export async function rotateReportLink(ctx: ServiceContext, actor: UserActor): Promise<SettingsView> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await settingsRepository.put(trx, REPORT_TOKEN_KEY, { token: newToken() });
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'settings.report_link_rotated',
      data: {},
    });
  });
  return getSettings(ctx, actor);
}
