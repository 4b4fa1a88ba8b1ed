/** "What to do next", at the top of the incident page: the server's next actions, translated, with a link to their step. */
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NextAction } from '../shared';

/** `next.<key>` with its params; a key the UI does not know yet still shows something a human can act on. */
export function nextActionText(action: NextAction): string {
  const key = `next.${action.key}`;
  return i18n.exists(key) ? i18n.t(key, action.params ?? {}) : action.key;
}

export function NextActions({ actions }: { actions: NextAction[] }) {
  const { t } = useTranslation();
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
          {real.map((a) => (
            <li key={`${a.step}-${a.key}-${JSON.stringify(a.params ?? {})}`} data-testid="next-action" data-key={a.key}>
              <span className="next-text">{nextActionText(a)}</span>
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
