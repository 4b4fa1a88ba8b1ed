/** Playbooks per incident type (read by staff, edited by admins) and the glossary (any signed-in user). */
import type { Playbook } from '../../content/playbooks/schema.js';
import { playbookSchema } from '../../content/playbooks/schema.js';
import type { ServiceContext } from '../../services/context.js';
import {
  getGlossary,
  getPlaybook,
  listPlaybooks,
  putPlaybook,
  resetPlaybook,
} from '../../services/playbook.service.js';
import type { Routes } from '../route-builder.js';

export function playbookRoutes(r: Routes, ctx: ServiceContext): void {
  r.get('/api/playbooks', { summary: 'The nine playbooks, with whether each is customised' }, async ({ actor }) => ({
    playbooks: await listPlaybooks(ctx, actor),
  }));
  r.get(
    '/api/playbooks/:type',
    { summary: 'One playbook: the version in use, whether customised, and the built-in one' },
    async ({ actor, param }) => getPlaybook(ctx, actor, param('type')),
  );
  r.put(
    '/api/playbooks/:type',
    { summary: 'Save the organisation’s version of a playbook (admin)', body: playbookSchema },
    // The schema's templates are built from TEMPLATE_KINDS, so zod infers them loosely; they were checked.
    async ({ actor, param, body }) => putPlaybook(ctx, actor, param('type'), body as Playbook),
  );
  r.delete('/api/playbooks/:type', { summary: 'Go back to the built-in playbook (admin)' }, async ({ actor, param }) =>
    resetPlaybook(ctx, actor, param('type')),
  );
  r.get('/api/glossary', { summary: 'Plain-language explanations of the terms used' }, async ({ actor }) =>
    getGlossary(actor),
  );
}
