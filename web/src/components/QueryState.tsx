/** Loading and failure states for a read, with a retry button so no page is a dead end. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  isPending: boolean;
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

export function QueryState({ isPending, error, onRetry, children }: Props) {
  const { t } = useTranslation();
  if (error) {
    return (
      <div>
        <ErrorNotice error={error} />
        {onRetry ? (
          <button type="button" className="button" onClick={onRetry} data-testid="retry">
            {t('common.retry')}
          </button>
        ) : null}
        {children}
      </div>
    );
  }
  if (isPending) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return null;
}
