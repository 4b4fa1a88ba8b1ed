/** One of the seven steps on the incident page: anchor `#step-N`, its state, and what it is for. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepNumber, StepState } from '../shared';

interface Props {
  step: StepNumber;
  state: StepState;
  current: boolean;
  children: ReactNode;
}

export function StepSection({ step, state, current, children }: Props) {
  const { t } = useTranslation();
  return (
    <section
      id={`step-${step}`}
      data-testid={`step-${step}`}
      data-state={state}
      className={`step step-${state}${current ? ' step-current' : ''}`}
      aria-labelledby={`step-${step}-title`}
    >
      <header className="step-header">
        <h2 id={`step-${step}-title`} tabIndex={-1}>
          <span className="step-number">{t('steps.number', { n: step })}</span> {t(`steps.${step}.title`)}
        </h2>
        <span className={`badge badge-step-${state}`}>{t(`stepState.${state}`)}</span>
        {current ? <span className="badge badge-current">{t('flow.current')}</span> : null}
      </header>
      <p className="step-purpose">{t(`steps.${step}.purpose`)}</p>
      {children}
    </section>
  );
}
