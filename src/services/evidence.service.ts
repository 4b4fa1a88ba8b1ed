/**
 * Step 7: the evidence register. Uploaded files are stored outside the web root under a random name,
 * hashed on arrival, and only ever served back as downloads.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { newId } from '../lib/ids.js';
import type { IncidentDetail } from '../shared/api-types.js';
import type { CustodyTransferInput, EvidenceInput } from '../shared/incident-schemas.js';
import { LIMITS } from '../shared/limits.js';
import { evidenceRepository } from '../store/evidence.repository.js';
import { requireIncidentAccess, requireRole, STAFF } from './access.js';
import { actorLabel, type ServiceContext, type UserActor } from './context.js';
import { errors } from './errors.js';
import { mutateIncident, statusAfter } from './incident-mutation.js';
import { notifyCustodyTransfer } from './notify-events.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Keeps only a plain file name: no directories, no control characters, bounded length. */
export const safeFileName = (name: string): string =>
  path
    .basename(name.replaceAll('\\', '/'))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f"]/g, '_')
    .slice(0, LIMITS.shortText) || 'file';

export async function recordEvidence(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: EvidenceInput,
  file: UploadedFile | null,
): Promise<IncidentDetail> {
  if (file && file.bytes.byteLength > LIMITS.evidenceFileBytes) throw errors.fileTooLarge();
  let stored: { key: string; fullPath: string; sha256: string } | null = null;
  if (file) {
    const key = newId();
    const fullPath = path.join(ctx.config.uploadDir, key);
    await fs.mkdir(ctx.config.uploadDir, { recursive: true, mode: 0o700 });
    await fs.writeFile(fullPath, file.bytes, { mode: 0o600, flag: 'wx' });
    stored = { key, fullPath, sha256: createHash('sha256').update(file.bytes).digest('hex') };
  }
  if (stored && input.sha256 && input.sha256.toLowerCase() !== stored.sha256) {
    await fs.rm(stored.fullPath, { force: true });
    throw errors.invalidInput({ sha256: 'does not match the uploaded file' });
  }
  try {
    return await mutateIncident(ctx, actor, id, { permission: 'manageEvidence' }, async (trx, row, at) => {
      const evidenceId = newId();
      const sha256 = stored?.sha256 ?? input.sha256?.toLowerCase() ?? null;
      await evidenceRepository.insert(trx, {
        id: evidenceId,
        incidentId: id,
        item: input.item,
        source: input.source,
        collectedBy: input.collectedBy,
        collectedAt: input.collectedAt,
        method: input.method ?? null,
        sha256,
        storageLocation: input.storageLocation,
        fileName: file ? safeFileName(file.name) : null,
        fileSize: file ? file.bytes.byteLength : null,
        fileKey: stored?.key ?? null,
        recordedBy: actorLabel(actor),
        recordedAt: at,
      });
      return {
        patch: { status: statusAfter(row, { type: 'work_recorded' }) },
        event: { type: 'evidence.recorded', data: { evidenceId, item: input.item, sha256, uploaded: stored !== null } },
      };
    });
  } catch (e) {
    // Nothing half-stored: a refused record leaves no orphan file behind.
    if (stored) await fs.rm(stored.fullPath, { force: true });
    throw e;
  }
}

export function recordCustodyTransfer(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  evidenceId: string,
  input: CustodyTransferInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'manageEvidence' }, async (trx, _row, at) => {
    const evidence = await evidenceRepository.get(trx, id, evidenceId);
    if (!evidence) throw errors.notFound();
    const transferId = newId();
    await evidenceRepository.insertTransfer(trx, {
      id: transferId,
      evidenceId,
      fromPerson: input.fromPerson,
      toPerson: input.toPerson,
      at: input.at,
      purpose: input.purpose ?? null,
      recordedBy: actorLabel(actor),
      recordedAt: at,
    });
    if (input.toEmail) await notifyCustodyTransfer(trx, id, evidence, { ...input, toEmail: input.toEmail }, at);
    return { event: { type: 'evidence.transferred', data: { evidenceId, transferId, ...input } } };
  });
}

export async function openEvidenceFile(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  evidenceId: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  await requireIncidentAccess(ctx.store.db, actor, id);
  // Evidence may be live malware or personal data: only the response staff download it.
  requireRole(actor, STAFF);
  const row = await evidenceRepository.get(ctx.store.db, id, evidenceId);
  if (!row?.fileKey) throw errors.notFound();
  // The key is a UUID we generated; re-check its shape so a tampered row cannot point outside the folder.
  if (!/^[0-9a-f-]{36}$/.test(row.fileKey)) throw errors.notFound();
  const bytes = await fs.readFile(path.join(ctx.config.uploadDir, row.fileKey));
  return { fileName: row.fileName ?? 'evidence', bytes };
}
