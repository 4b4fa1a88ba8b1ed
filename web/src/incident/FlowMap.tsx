/**
 * The seven steps at a glance: done / in progress / to do, the current one highlighted, and where the
 * first response ends and the vendor's full investigation begins.
 */
import { useTranslation } from 'react-i18next';
import type { StepNumber, StepState } from '../shared';
import { STEPS } from './current-step';

interface Props {
  steps: Record<StepNumber, StepState>;
  current: StepNumber | null;
}

export function FlowMap({ steps, current }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="flow-map" aria-label={t('flow.label')} data-testid="flow-map">
      <ol>
        {STEPS.map((n) => {
          const state = steps[n] ?? 'todo';
          return (
            <li
              key={n}
              className={`flow-step flow-${state}${n === current ? ' flow-current' : ''}`}
              data-testid={`flow-step-${n}`}
              data-state={state}
            >
              <a href={`#step-${n}`} aria-current={n === current ? 'step' : undefined}>
                <span className="flow-number">{n}</span>
                <span className="flow-title">{t(`steps.${n}.short`)}</span>
                <span className="flow-state">{t(`stepState.${state}`)}</span>
                {n === current ? <span className="flow-here">{t('flow.current')}</span> : null}
              </a>
            </li>
          );
        })}
        <li className="flow-boundary" data-testid="flow-boundary">
          <span className="flow-boundary-label">{t('flow.boundary')}</span>
          <span className="flow-title">{t('flow.fullInvestigation')}</span>
        </li>
      </ol>
    </nav>
  );
}
