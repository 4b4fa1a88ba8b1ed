/**
 * Client-side checks with the server's own zod schemas; issues become translated messages keyed by the
 * dotted input path, the same shape as the `fields` of a 400 answer, so forms show both alike.
 */
import i18n from 'i18next';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

type Issue = z.core.$ZodIssue;

function messageFor(issue: Issue): string {
  const t = i18n.t.bind(i18n);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      if (issue.origin === 'array') return t('validation.chooseOne');
      return t('validation.tooSmall', { min: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { max: String(issue.maximum) })
        : t('validation.tooBig', { max: String(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'datetime') return t('validation.datetime');
      return t('validation.format');
    case 'invalid_type':
      return issue.input === undefined ? t('validation.required') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'invalid_union': {
      const first = issue.errors[0]?.[0];
      return first ? messageFor(first) : t('validation.invalid');
    }
    default:
      return t('validation.invalid');
  }
}

/** Validates `input`; returns the parsed data or the first message per path. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = messageFor(issue);
  }
  return { ok: false, errors };
}

/** The message for `path`, or for the first field under it (e.g. `facts.foundAt` for `facts.foundAt.value`). */
export function errorAt(errors: FieldErrors | undefined, path: string): string | undefined {
  if (!errors) return undefined;
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return nested ? errors[nested] : undefined;
}

/** Empty strings become undefined, so optional inputs left blank are not sent. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string' && v.trim() === '') continue;
    if (v === undefined) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
