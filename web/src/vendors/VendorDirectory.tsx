/** The vendors arranged in advance, with add and edit for responders and admins. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VendorView } from '../shared';
import { VendorCard } from './VendorCard';
import { VendorForm } from './VendorForm';

interface Props {
  vendors: VendorView[];
  canEdit: boolean;
  headingLevel?: 2 | 3 | 4;
}

export function VendorDirectory({ vendors, canEdit, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="vendor-directory" data-testid="vendor-directory">
      {vendors.length === 0 ? <p className="notice notice-warning">{t('vendors.empty')}</p> : null}
      <ul className="card-list">
        {vendors.map((v) =>
          editing === v.id ? (
            <li key={v.id} className="card">
              <VendorForm vendor={v} onDone={() => setEditing(null)} headingLevel={headingLevel} />
            </li>
          ) : (
            <VendorCard
              key={v.id}
              vendor={v}
              headingLevel={headingLevel}
              onEdit={canEdit ? () => setEditing(v.id) : undefined}
            />
          ),
        )}
      </ul>
      {canEdit && editing !== 'new' ? (
        <button
          type="button"
          id="vendor-add"
          className="button"
          onClick={() => setEditing('new')}
          data-testid="vendor-add"
        >
          {t('vendors.add')}
        </button>
      ) : null}
      {editing === 'new' ? (
        <div className="card">
          <VendorForm onDone={() => setEditing(null)} headingLevel={headingLevel} />
        </div>
      ) : null}
    </div>
  );
}
