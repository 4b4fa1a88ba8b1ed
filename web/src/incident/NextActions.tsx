/** "What to do next", at the top of the incident page: the server's next actions, translated, with a link to their step. */
import { useTranslation } from 'react-i18next';
import type { NextAction } from '../shared';

export function nextActionText(t: (key: string, options?: object) => string, exists: (key: string) => boolean, action: NextAction): string {
  const key = `next.${action.key}`;
  // A key the UI does not know yet still shows something a human can act on.
  return exists(key) ? t(key, action.params ?? {}) : action.key;
}

export function NextActions({ actions }: { actions: NextAction[] }) {
  const { t, i18n } = useTranslation();
  const real = actions.filter((a) => a.key !== 'nothing_left');
  return (
    <section className="next-actions" aria-labelledby="next-actions-title" data-testid="next-actions">
      <h2 id="next-actions-title">{t('nextActions.title')}</h2>
      {real.length === 0 ? (
        <p data-testid="next-action" data-key="nothing_left">
          {t('next.nothing_left')}
        </p>
      ) : (
        <ol>
          {real.map((a, i) => (
            <li key={`${a.key}-${i}`} data-testid="next-action" data-key={a.key}>
              <span className="next-text">{nextActionText(t, (k) => i18n.exists(k), a)}</span>
              <a href={`#step-${a.step}`} className="next-link">
                {t('nextActions.go', { n: a.step, step: t(`steps.${a.step}.short`) })}
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
