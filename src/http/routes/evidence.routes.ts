/** Step 7: the evidence register, uploads and downloads, and the chain of custody. */

import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServiceContext } from '../../services/context.js';
import { errors } from '../../services/errors.js';
import { openEvidenceFile, recordCustodyTransfer, recordEvidence } from '../../services/evidence.service.js';
import { custodyTransferInput, evidenceInput } from '../../shared/incident-schemas.js';
import { LIMITS } from '../../shared/limits.js';
import type { AppEnv } from '../env.js';
import type { Routes } from '../route-builder.js';
import { parseOrThrow } from '../validate.js';

// Multipart overhead on top of the file itself.
const UPLOAD_BODY_LIMIT = LIMITS.evidenceFileBytes + 64 * 1024;

export function evidenceRoutes(app: Hono<AppEnv>, r: Routes, ctx: ServiceContext): void {
  r.registerDoc({
    method: 'post',
    path: '/api/incidents/:id/evidence',
    summary: 'Register evidence, optionally uploading the file (multipart)',
    auth: 'session',
    body: evidenceInput,
    multipart: true,
  });
  app.post(
    '/api/incidents/:id/evidence',
    bodyLimit({
      maxSize: UPLOAD_BODY_LIMIT,
      onError: () => {
        throw errors.fileTooLarge();
      },
    }),
    async (c) => {
      const session = c.get('session');
      if (!session) throw errors.notSignedIn();
      let form: Record<string, string | File>;
      try {
        form = (await c.req.parseBody()) as Record<string, string | File>;
      } catch {
        throw errors.invalidInput({ _: 'the body must be multipart/form-data' });
      }
      const { file, ...fields } = form;
      const textFields = Object.fromEntries(
        Object.entries(fields).filter(([, v]) => typeof v === 'string' && v !== ''),
      );
      const input = parseOrThrow(evidenceInput, textFields);
      const upload =
        file instanceof File && file.size > 0
          ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
          : null;
      return c.json(await recordEvidence(ctx, session.actor, c.req.param('id'), input, upload), 201);
    },
  );

  r.get(
    '/api/incidents/:id/evidence/:evidenceId/file',
    { summary: 'Download an evidence file (always as an attachment)' },
    async ({ c, actor, param }) => {
      const f = await openEvidenceFile(ctx, actor, param('id'), param('evidenceId'));
      // Never rendered by the browser: a stored HTML or SVG file must not run in our origin.
      return c.body(new Uint8Array(f.bytes), 200, {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      });
    },
  );

  r.post(
    '/api/incidents/:id/evidence/:evidenceId/transfers',
    { summary: 'Record a hand-over of evidence', body: custodyTransferInput },
    async ({ actor, param, body }) => recordCustodyTransfer(ctx, actor, param('id'), param('evidenceId'), body),
  );
}
