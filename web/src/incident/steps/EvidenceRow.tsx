/** One piece of evidence with its details, the file to download, and its chain of custody. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceFileUrl } from '../../api/client';
import { formatBytes, formatDateTime } from '../../lib/format';
import type { EvidenceView } from '../../shared';
import { TransferForm } from './TransferForm';

interface Props {
  incidentId: string;
  item: EvidenceView;
  canManage: boolean;
}

export function EvidenceRow({ incidentId, item, canManage }: Props) {
  const { t } = useTranslation();
  const [transferring, setTransferring] = useState(false);
  const holder = item.transfers.at(-1)?.toPerson ?? item.collectedBy;
  const rows: [string, string | null][] = [
    [t('evidence.fields.source.label'), item.source],
    [t('evidence.fields.collectedBy.label'), item.collectedBy],
    [t('evidence.fields.collectedAt.label'), formatDateTime(item.collectedAt)],
    [t('evidence.fields.method.label'), item.method],
    [t('evidence.fields.storageLocation.label'), item.storageLocation],
    [t('evidence.holder'), holder],
  ];
  return (
    <li className="card evidence-row" data-testid="evidence-row" data-evidence-id={item.id}>
      <h4 className="card-title">{item.item}</h4>
      <dl className="facts-list compact">
        {rows.map(([label, value]) => (
          <div key={label} className="facts-row">
            <dt>{label}</dt>
            <dd className="pre">{value || <span className="muted">{t('common.notGiven')}</span>}</dd>
          </div>
        ))}
        <div className="facts-row">
          <dt>{t('evidence.fields.sha256.label')}</dt>
          <dd>
            {item.sha256 ? (
              <code className="hash" data-testid="evidence-row-sha256">
                {item.sha256}
              </code>
            ) : (
              <span className="muted">{t('common.notGiven')}</span>
            )}
          </dd>
        </div>
        {item.fileName ? (
          <div className="facts-row">
            <dt>{t('evidence.file')}</dt>
            <dd>
              <a
                href={item.downloadUrl ?? evidenceFileUrl(incidentId, item.id)}
                download={item.fileName}
                data-testid="evidence-download"
              >
                {t('evidence.download', { name: item.fileName, size: formatBytes(item.fileSize) })}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="meta">{t('evidence.recordedBy', { name: item.recordedBy, at: formatDateTime(item.recordedAt) })}</p>
      <h5>{t('evidence.custodyTitle')}</h5>
      {item.transfers.length === 0 ? (
        <p className="muted">{t('evidence.noTransfers')}</p>
      ) : (
        <ol className="custody" data-testid="custody-chain">
          {item.transfers.map((tr) => (
            <li key={tr.id} data-testid="custody-transfer">
              {t('evidence.transferValue', { from: tr.fromPerson, to: tr.toPerson, at: formatDateTime(tr.at) })}
              {tr.purpose ? (
                <span className="block hint">{t('evidence.purposeValue', { purpose: tr.purpose })}</span>
              ) : null}
              <span className="block meta">{t('evidence.recordedByShort', { name: tr.recordedBy })}</span>
            </li>
          ))}
        </ol>
      )}
      {canManage && !transferring ? (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setTransferring(true)}
          data-testid="transfer-open"
        >
          {t('evidence.recordTransfer')}
        </button>
      ) : null}
      {canManage && transferring ? (
        <TransferForm
          incidentId={incidentId}
          evidenceId={item.id}
          holder={holder}
          onDone={() => setTransferring(false)}
        />
      ) : null}
    </li>
  );
}
