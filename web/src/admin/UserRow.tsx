/** One account: change its role, disable or re-enable it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateUser } from '../api/client';
import { keys } from '../api/queries';
import { useSession } from '../api/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { ROLES, type Role, type UserView } from '../shared';

export function UserRow({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const me = useSession().data?.user.id;
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: Parameters<typeof updateUser>[1]) => updateUser(user.id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.users }),
  });
  const self = user.id === me;
  return (
    <tr data-testid="user-row" data-email={user.email} data-role={user.role} data-disabled={user.disabled}>
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          {t('users.roleFor', { name: user.name })}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={self || save.isPending}
          onChange={(e) => save.mutate({ role: e.target.value as Role })}
          data-testid="user-role-select"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{user.department ?? ''}</td>
      <td>
        <span className={`badge ${user.disabled ? 'badge-disabled' : 'badge-done'}`}>
          {user.disabled ? t('users.disabled') : t('users.active')}
        </span>
        {!self ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => save.mutate({ disabled: !user.disabled })}
            disabled={save.isPending}
            data-testid="user-disable"
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
        ) : null}
        <ErrorNotice error={save.error} />
      </td>
    </tr>
  );
}
