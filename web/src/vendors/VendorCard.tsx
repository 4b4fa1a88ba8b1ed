/** One vendor: services, hours, fees, conditions, contacts, contract status, notes. */
import { useTranslation } from 'react-i18next';
import type { VendorView } from '../shared';

interface Props {
  vendor: VendorView;
  headingLevel: 2 | 3 | 4;
  onEdit?: (() => void) | undefined;
}

export function VendorCard({ vendor, headingLevel, onEdit }: Props) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const rows: [string, string | null][] = [
    [t('vendors.services'), vendor.services],
    [t('vendors.hours'), vendor.hours],
    [t('vendors.fees'), vendor.fees],
    [t('vendors.conditions'), vendor.conditions],
    [t('vendors.notes'), vendor.notes],
  ];
  return (
    <li className="card vendor-card" data-testid="vendor-card" data-vendor-id={vendor.id}>
      <div className="card-head">
        <Heading className="card-title">{vendor.name}</Heading>
        <span className={`badge badge-contract-${vendor.contractStatus}`}>
          {t(`contractState.${vendor.contractStatus}`)}
        </span>
      </div>
      <dl className="facts-list compact">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="facts-row">
              <dt>{label}</dt>
              <dd className="pre">{value}</dd>
            </div>
          ))}
        <div className="facts-row">
          <dt>{t('vendors.contacts')}</dt>
          <dd>
            {vendor.contacts.length === 0 ? (
              <span className="muted">{t('common.notGiven')}</span>
            ) : (
              <ul className="plain-list">
                {vendor.contacts.map((c) => (
                  <li key={`${c.name}|${c.phone ?? ''}|${c.email ?? ''}`}>
                    <strong>{c.name}</strong>
                    {c.phone ? (
                      <span className="block">
                        {t('vendors.phoneLabel')} <a href={`tel:${c.phone}`}>{c.phone}</a>
                      </span>
                    ) : null}
                    {c.email ? (
                      <span className="block">
                        {t('vendors.emailLabel')} <a href={`mailto:${c.email}`}>{c.email}</a>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {onEdit ? (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={onEdit}
          data-testid="vendor-edit"
        >
          {t('vendors.edit')}
        </button>
      ) : null}
    </li>
  );
}
