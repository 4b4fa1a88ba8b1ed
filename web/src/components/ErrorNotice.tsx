/**
 * Shows why something failed and what to do now. The server's message (already in the user's language)
 * comes first; a translated hint per error id says what to do next. A version conflict gets its own text.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

interface Props {
  error: unknown;
  /** Shown for 409 conflicts instead of the generic text (e.g. "your input is kept below"). */
  conflictText?: string;
}

export function ErrorNotice({ error, conflictText }: Props) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  if (api?.isConflict) {
    return (
      <div className="notice notice-warning" role="alert" data-testid="conflict-message">
        <p className="notice-title">{t('errors.conflict.title')}</p>
        <p>{conflictText ?? t('errors.conflict.body')}</p>
      </div>
    );
  }
  const id = api?.id ?? 'unknown';
  const known = i18n.exists(`errors.${id}`);
  const message = api?.message || (known ? t(`errors.${id}`) : t('errors.unknown'));
  const hintKey = `errorHints.${id}`;
  return (
    <div className="notice notice-error" role="alert" data-testid="error-message">
      <p className="notice-title">{message}</p>
      {i18n.exists(hintKey) ? <p>{t(hintKey)}</p> : <p>{t('errorHints.default')}</p>}
      {api?.correlationId ? <p className="hint">{t('errors.reference', { id: api.correlationId })}</p> : null}
    </div>
  );
}
