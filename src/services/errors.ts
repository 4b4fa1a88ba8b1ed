/**
 * Every error a user can meet is made here, with an HTTP status and a stable id. The HTTP layer turns
 * them into `{ error: { id, message } }` in the user's language; anything else becomes a plain 500.
 */
export type ErrorId =
  | 'invalid_input'
  | 'not_signed_in'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'incident_version_conflict'
  | 'file_too_large'
  | 'too_many_requests'
  | 'login_failed'
  | 'setup_closed'
  | 'token_invalid'
  | 'incident_closed'
  | 'invalid_transition'
  | 'vendor_not_found';

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    readonly id: ErrorId,
    /** Field path → message, for 400s. */
    readonly fields?: Record<string, string>,
    /** Extra data the client needs, e.g. the current incident on a version conflict. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(id);
  }
}

export const errors = {
  invalidInput: (fields: Record<string, string>) => new AppError(400, 'invalid_input', fields),
  notSignedIn: () => new AppError(401, 'not_signed_in'),
  forbidden: () => new AppError(403, 'forbidden'),
  csrfFailed: () => new AppError(403, 'csrf_failed'),
  // Also used when the caller may not see a thing, so its existence does not leak.
  notFound: () => new AppError(404, 'not_found'),
  versionConflict: (current: unknown) => new AppError(409, 'incident_version_conflict', undefined, { current }),
  fileTooLarge: () => new AppError(413, 'file_too_large'),
  tooManyRequests: () => new AppError(429, 'too_many_requests'),
  loginFailed: () => new AppError(401, 'login_failed'),
  setupClosed: () => new AppError(403, 'setup_closed'),
  tokenInvalid: () => new AppError(400, 'token_invalid'),
  incidentClosed: () => new AppError(409, 'incident_closed'),
  invalidTransition: () => new AppError(409, 'invalid_transition'),
  vendorNotFound: () => new AppError(400, 'vendor_not_found'),
};
