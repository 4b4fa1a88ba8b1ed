/**
 * "What to do next", at the top of the incident page: the server's next actions, translated, with a link to
 * where each is done. Actions this user cannot record (a manager's reading, a desk's checklist) are listed
 * apart as waiting for someone else, so nobody is sent to a form they cannot use. A closed incident says
 * that nothing is left and where to go instead.
 */
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { NothingLeft } from '../components/NextStepHint';
import type { IncidentDetail, NextAction } from '../shared';

/** `next.<key>` with its params; a key the UI does not know yet still shows something a human can act on. */
export function nextActionText(action: NextAction): string {
  const key = `next.${action.key}`;
  return i18n.exists(key) ? i18n.t(key, action.params ?? {}) : action.key;
}

type Can = IncidentDetail['can'];
type Who = 'management' | 'desk';

/** Who records what clears an action: null when this user can, else whom it waits for. */
function waitsFor(key: string, can: Can): Who | null {
  switch (key) {
    case 'ask_management_to_read':
      return can.acknowledge ? null : 'management';
    case 'record_decisions':
    case 'consult_management_now':
      return can.decide ? null : 'management';
    case 'send_briefing':
      return can.brief ? null : 'desk';
    case 'determine':
      return can.determine ? null : 'desk';
    case 'request_vendor':
    case 'ask_vendor_cannot_tell':
      return can.requestSupport ? null : 'desk';
    case 'record_evidence':
      return can.manageEvidence ? null : 'desk';
    case 'close':
      return can.close ? null : 'desk';
    default:
      return can.edit ? null : 'desk';
  }
}

/** Where an action is done, when that is not the top of its step (the forms of step 6). */
const PLACES: Partial<Record<string, { id: string; step: number }>> = {
  close: { id: 'close-form', step: 6 },
  hand_over: { id: 'handover-form', step: 6 },
};

function ActionItem({ action, who }: { action: NextAction; who: Who | null }) {
  const { t } = useTranslation();
  const place = who === null ? PLACES[action.key] : undefined;
  const step = place?.step ?? action.step;
  return (
    <li data-testid="next-action" data-key={action.key} data-mine={who === null}>
      <span className="next-text">
        {nextActionText(action)}
        {who ? ` (${t('guidance.incident.waitingFor', { who: t(`guidance.incident.who.${who}`) })})` : null}
      </span>
      <a href={`#${place?.id ?? `step-${step}`}`} className="next-link">
        {t('nextActions.go', { n: step, step: t(`steps.${step}.short`) })}
      </a>
    </li>
  );
}

export function NextActions({ actions, can }: { actions: NextAction[]; can?: Can }) {
  const { t } = useTranslation();
  const real = actions.filter((a) => a.key !== 'nothing_left');
  const sorted = real.map((a) => ({ action: a, who: can ? waitsFor(a.key, can) : null }));
  const mine = sorted.filter((a) => a.who === null);
  const waiting = sorted.filter((a) => a.who !== null);
  const key = (a: NextAction) => `${a.step}-${a.key}-${JSON.stringify(a.params ?? {})}`;
  return (
    <section className="next-actions" aria-labelledby="next-actions-title" data-testid="next-actions">
      <h2 id="next-actions-title">{t('nextActions.title')}</h2>
      {real.length === 0 ? (
        <NothingLeft actions={[{ to: '/', label: t('guidance.home') }]}>
          <p data-testid="next-action" data-key="nothing_left">
            {t('next.nothing_left')}
          </p>
          <p>{t('guidance.incident.closed')}</p>
        </NothingLeft>
      ) : null}
      {mine.length > 0 ? (
        <ol>
          {mine.map((a) => (
            <ActionItem key={key(a.action)} action={a.action} who={null} />
          ))}
        </ol>
      ) : null}
      {real.length > 0 && mine.length === 0 ? (
        <p className="next-mine-none">{t('guidance.incident.noneMine')}</p>
      ) : null}
      {waiting.length > 0 ? (
        <div className="next-waiting">
          <h3>{t('guidance.incident.waitingTitle')}</h3>
          <ul>
            {waiting.map((a) => (
              <ActionItem key={key(a.action)} action={a.action} who={a.who} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
