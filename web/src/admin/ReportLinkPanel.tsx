/** The public report link: show it, copy it, and replace it (the old one stops working) after a confirmation. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rotateReportLink } from '../api/client';
import { keys } from '../api/queries';
import { CopyButton } from '../components/CopyButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';

export function ReportLinkPanel({ reportPath }: { reportPath: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const rotate = useMutation({
    mutationFn: rotateReportLink,
    onSuccess: (settings) => {
      queryClient.setQueryData(keys.settings, settings);
      setConfirming(false);
    },
  });
  const url = reportPath ? `${window.location.origin}${reportPath}` : '';
  return (
    <section className="subform" aria-labelledby="report-link-title" data-testid="report-link-panel">
      <h2 id="report-link-title">{t('reportLink.title')}</h2>
      <p>{t('reportLink.explain')}</p>
      {url ? (
        <p className="link-box">
          <a href={url} data-testid="report-link">
            {url}
          </a>
        </p>
      ) : (
        <p className="muted">{t('reportLink.none')}</p>
      )}
      <div className="button-row">
        {url ? <CopyButton text={url} testId="report-link-copy" /> : null}
        {!confirming ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming(true)}
            data-testid="report-link-rotate"
          >
            {t('reportLink.rotate')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="notice notice-warning" role="alert">
          <p>{t('reportLink.confirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => rotate.mutate()}
              disabled={rotate.isPending}
              data-testid="report-link-rotate-confirm"
            >
              {t('reportLink.rotateConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorNotice error={rotate.error} />
      {rotate.isSuccess ? <Notice kind="success">{t('reportLink.rotated')}</Notice> : null}
    </section>
  );
}
