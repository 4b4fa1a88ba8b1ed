/** Inputs for accounts, sessions and settings, shared by server and UI. */
import { z } from 'zod';
import { LIMITS, LOCALES, ROLES } from './limits.js';

const email = z.email().max(LIMITS.email);
const password = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);
const name = z.string().trim().min(1).max(LIMITS.shortText);

export const loginInput = z.object({ email, password: z.string().min(1).max(LIMITS.passwordMax) }).strict();
export type LoginInput = z.infer<typeof loginInput>;

export const firstAdminInput = z.object({ email, name, password, locale: z.enum(LOCALES).default('ja') }).strict();
export type FirstAdminInput = z.infer<typeof firstAdminInput>;

export const setPasswordInput = z.object({ token: z.string().min(16).max(200), password }).strict();

export const updateMeInput = z.object({ locale: z.enum(LOCALES).optional(), name: name.optional() }).strict();

export const createUserInput = z
  .object({
    email,
    name,
    role: z.enum(ROLES),
    locale: z.enum(LOCALES).default('ja'),
    department: z.string().trim().max(LIMITS.shortText).optional(),
    supervisorEmail: z.union([email, z.literal('')]).optional(),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({
    name: name.optional(),
    role: z.enum(ROLES).optional(),
    department: z.string().trim().max(LIMITS.shortText).optional(),
    supervisorEmail: z.union([email, z.literal('')]).optional(),
    disabled: z.boolean().optional(),
  })
  .strict();

const contactPoint = z
  .object({
    name: name,
    email: z.union([email, z.literal('')]).optional(),
    phone: z.string().trim().max(LIMITS.shortText).optional(),
  })
  .strict();

/**
 * Organisation settings. `desk` is the incident response desk; when it is not designated, intake
 * notices go to `fallbackDesk` (the IT or management department), as the guide says.
 */
export const settingsInput = z
  .object({
    orgName: z.string().trim().max(LIMITS.shortText).default(''),
    desk: contactPoint.nullable().default(null),
    fallbackDesk: contactPoint.nullable().default(null),
    departments: z.array(name).max(LIMITS.departments).default([]),
  })
  .strict();
export type SettingsInput = z.infer<typeof settingsInput>;
