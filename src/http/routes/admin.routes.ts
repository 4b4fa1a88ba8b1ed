/** Settings, users and the vendor directory. */

import type { ServiceContext } from '../../services/context.js';
import { getSettings, putSettings, rotateReportLink } from '../../services/settings.service.js';
import { createUser, listUsers, updateUser, userDirectory } from '../../services/users.service.js';
import { createVendor, listVendors, updateVendor } from '../../services/vendor.service.js';
import { createUserInput, settingsInput, updateUserInput } from '../../shared/account-schemas.js';
import { vendorInput } from '../../shared/incident-schemas.js';
import type { Routes } from '../route-builder.js';

export function adminRoutes(r: Routes, ctx: ServiceContext): void {
  r.get('/api/settings', { summary: 'Organisation settings' }, async ({ actor }) => getSettings(ctx, actor));
  r.put('/api/settings', { summary: 'Change organisation settings', body: settingsInput }, async ({ actor, body }) =>
    putSettings(ctx, actor, body),
  );
  r.post('/api/settings/report-link/rotate', { summary: 'Replace the public report link' }, async ({ actor }) =>
    rotateReportLink(ctx, actor),
  );

  r.get('/api/users', { summary: 'All users' }, async ({ actor }) => ({ users: await listUsers(ctx, actor) }));
  r.get(
    '/api/users/directory',
    { summary: 'Names and roles, to name people on a restricted incident' },
    async ({ actor }) => ({
      users: await userDirectory(ctx, actor),
    }),
  );
  r.post(
    '/api/users',
    { summary: 'Create a user; answers a one-time link to set the password', body: createUserInput, status: 201 },
    async ({ actor, body }) => {
      const { user, setPasswordToken } = await createUser(ctx, actor, body);
      return { user, setPasswordPath: `/set-password?token=${setPasswordToken}` };
    },
  );
  r.patch('/api/users/:id', { summary: 'Change a user', body: updateUserInput }, async ({ actor, param, body }) =>
    updateUser(ctx, actor, param('id'), body),
  );

  r.get('/api/vendors', { summary: 'The vendor directory' }, async ({ actor }) => ({
    vendors: await listVendors(ctx, actor),
  }));
  r.post('/api/vendors', { summary: 'Add a vendor', body: vendorInput, status: 201 }, async ({ actor, body }) =>
    createVendor(ctx, actor, body),
  );
  r.put('/api/vendors/:id', { summary: 'Change a vendor', body: vendorInput }, async ({ actor, param, body }) =>
    updateVendor(ctx, actor, param('id'), body),
  );
}
