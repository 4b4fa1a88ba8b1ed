/**
 * What "send a test message" came to: on failure the server's answer word for word (SMTP reply or HTTP
 * status and body), so the admin can look it up or hand it to whoever runs the receiving end.
 */
import { useTranslation } from 'react-i18next';
import type { ChannelTestResult } from '../shared';

interface Props {
  result: ChannelTestResult;
  testId: string;
  /** What to check when it failed, in plain words (differs for mail and chat). */
  failHint: string;
}

export function TestResult({ result, testId, failHint }: Props) {
  const { t } = useTranslation();
  const status = result.status === null ? t('notify.test.noStatus') : String(result.status);
  return (
    <div
      className={`notice ${result.ok ? 'notice-success' : 'notice-error'}`}
      role={result.ok ? 'status' : 'alert'}
      data-testid={testId}
      data-ok={result.ok ? 'true' : 'false'}
    >
      <p className="notice-title">{result.ok ? t('notify.test.ok') : t('notify.test.failed')}</p>
      <p>{t('notify.test.answer', { status, ms: result.ms })}</p>
      <pre className="server-answer" data-testid={`${testId}-response`}>
        {result.response || t('notify.test.emptyAnswer')}
      </pre>
      <p>{result.ok ? t('notify.test.okNext') : failHint}</p>
    </div>
  );
}
