/** Step 6: the vendor directory, support requests carrying the user's open question, and the hand-over. */
import type { z } from 'zod';
import { assembleSupportRequest } from '../domain/support-request.js';
import { isoNow } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import type { IncidentDetail, VendorView } from '../shared/api-types.js';
import type { handoverInput, SupportRequestInput, VendorInput } from '../shared/incident-schemas.js';
import { supportRequestRepository, type VendorRow, vendorRepository } from '../store/vendors.repository.js';
import { requireIncidentPermission, requireRole, STAFF } from './access.js';
import { actionsTaken } from './briefing.service.js';
import { actorLabel, type ServiceContext, type UserActor } from './context.js';
import { errors } from './errors.js';
import { mutateIncident, statusAfter } from './incident-mutation.js';
import { parseDetermination, parseFacts, parseTypes } from './incident-view.js';
import { queueNotification } from './notifications.js';
import { readSettings } from './settings.service.js';
import { appendEvent } from './timeline.js';

const toVendorView = (v: VendorRow): VendorView => ({
  id: v.id,
  name: v.name,
  services: v.services,
  hours: v.hours,
  fees: v.fees,
  conditions: v.conditions,
  contacts: JSON.parse(v.contacts) as VendorView['contacts'],
  contractStatus: v.contractStatus as VendorView['contractStatus'],
  notes: v.notes,
  updatedAt: v.updatedAt,
});

const VENDOR_EDITORS = ['responder', 'admin'] as const;

export async function listVendors(ctx: ServiceContext, actor: UserActor): Promise<VendorView[]> {
  requireRole(actor, STAFF);
  return (await vendorRepository.list(ctx.store.db)).map(toVendorView);
}

const vendorFields = (input: VendorInput) => ({
  name: input.name,
  services: input.services || null,
  hours: input.hours || null,
  fees: input.fees || null,
  conditions: input.conditions || null,
  contacts: JSON.stringify(input.contacts),
  contractStatus: input.contractStatus,
  notes: input.notes || null,
});

export async function createVendor(ctx: ServiceContext, actor: UserActor, input: VendorInput): Promise<VendorView> {
  requireRole(actor, VENDOR_EDITORS);
  const at = isoNow(ctx.clock);
  const row: VendorRow = { id: newId(), ...vendorFields(input), createdAt: at, updatedAt: at };
  await ctx.store.db.transaction().execute(async (trx) => {
    await vendorRepository.insert(trx, row);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'vendor.created',
      data: { vendorId: row.id, name: row.name },
    });
  });
  return toVendorView(row);
}

export async function updateVendor(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: VendorInput,
): Promise<VendorView> {
  requireRole(actor, VENDOR_EDITORS);
  if (!(await vendorRepository.get(ctx.store.db, id))) throw errors.notFound();
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await vendorRepository.update(trx, id, { ...vendorFields(input), updatedAt: at });
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'vendor.updated',
      data: { vendorId: id },
    });
  });
  const updated = await vendorRepository.get(ctx.store.db, id);
  if (!updated) throw errors.notFound();
  return toVendorView(updated);
}

/** The packet a vendor needs, assembled from the case so the user does not have to write it under stress. */
export async function draftSupportRequest(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  q: { vendorId?: string; question?: string; fromStep?: number },
): Promise<{ message: string }> {
  const row = await requireIncidentPermission(ctx.store.db, actor, id, 'requestSupport');
  const vendor = q.vendorId ? await vendorRepository.get(ctx.store.db, q.vendorId) : undefined;
  if (q.vendorId && !vendor) throw errors.vendorNotFound();
  const settings = await readSettings(ctx);
  const determination = parseDetermination(row);
  const message = assembleSupportRequest(
    {
      incidentId: row.id,
      title: row.title,
      types: parseTypes(row),
      facts: parseFacts(row),
      reportSummary: row.reportWhat,
      actionsTaken: await actionsTaken(ctx.store.db, row, actor.locale),
      question: q.question,
      fromStep: q.fromStep,
      orgName: settings.orgName,
      vendorName: vendor?.name ?? '',
      determination: determination ? { verdict: determination.verdict, urgency: determination.urgency } : null,
    },
    actor.locale,
  );
  return { message };
}

export function requestSupport(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: SupportRequestInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'requestSupport' }, async (trx, row, at) => {
    const vendor = await vendorRepository.get(trx, input.vendorId);
    if (!vendor) throw errors.vendorNotFound();
    const requestId = newId();
    await supportRequestRepository.insert(trx, {
      id: requestId,
      incidentId: id,
      vendorId: vendor.id,
      question: input.question ?? null,
      fromStep: input.fromStep ?? null,
      message: input.message,
      requestedBy: actorLabel(actor),
      requestedAt: at,
    });
    const contacts = JSON.parse(vendor.contacts) as VendorView['contacts'];
    for (const c of contacts.filter((c) => c.email)) {
      await queueNotification(
        trx,
        {
          incidentId: id,
          kind: 'support_request',
          recipient: c.email as string,
          locale: actor.locale,
          subject: `[${id}] ${row.title}`,
          body: input.message,
        },
        at,
      );
    }
    return {
      patch: { status: statusAfter(row, { type: 'work_recorded' }) },
      event: {
        type: 'support.requested',
        data: {
          requestId,
          vendorId: vendor.id,
          vendorName: vendor.name,
          question: input.question ?? null,
          fromStep: input.fromStep ?? null,
        },
      },
    };
  });
}

export function handOver(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: z.infer<typeof handoverInput>,
): Promise<IncidentDetail> {
  return mutateIncident(
    ctx,
    actor,
    id,
    { permission: 'requestSupport', version: input.version },
    async (trx, row, at) => {
      const vendor = await vendorRepository.get(trx, input.vendorId);
      if (!vendor) throw errors.vendorNotFound();
      const status = statusAfter(row, { type: 'handed_over' });
      const handover = {
        vendorId: vendor.id,
        vendorName: vendor.name,
        at,
        by: actorLabel(actor),
        note: input.note ?? null,
      };
      return {
        patch: { handover: JSON.stringify(handover), status },
        event: {
          type: 'incident.handed_over',
          data: { vendorId: vendor.id, vendorName: vendor.name, note: input.note ?? null },
        },
      };
    },
  );
}
