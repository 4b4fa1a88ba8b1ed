/** Copies a text to the clipboard and says so; when the clipboard is unavailable, tells the user to copy by hand. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton({ text, testId, label }: { text: string; testId?: string; label?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed'); // Plain http or a denied permission: the text stays selectable on the page.
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button button-secondary" onClick={copy} data-testid={testId}>
        {label ?? t('common.copy')}
      </button>
      <span role="status" className="hint">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
