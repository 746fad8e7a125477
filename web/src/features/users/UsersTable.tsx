import { useTranslation } from 'react-i18next';
import type { DonorOrgSummary, UserSummary } from '../../api/client';
import { formatDate } from '../../lib/format';

type UsersTableProps = {
  users: UserSummary[];
  donorOrgs: DonorOrgSummary[];
  currentUserId: string;
  pendingUserId: string | null;
  onToggle: (user: UserSummary) => void;
};

export function UsersTable({ users, donorOrgs, currentUserId, pendingUserId, onToggle }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const orgName = new Map(donorOrgs.map((org) => [org.id, org.displayName]));

  return (
    <div className="table-wrap">
      <table className="table" data-testid="users-table">
        <caption className="visually-hidden">{t('users.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.table.name')}</th>
            <th scope="col">{t('users.table.role')}</th>
            <th scope="col">{t('users.table.scope')}</th>
            <th scope="col">{t('users.table.status')}</th>
            <th scope="col">{t('users.table.created')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('users.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const isDisabled = user.disabledAt !== null;
            const isSelf = user.id === currentUserId;
            const hasCodes = !user.donorOrgId && user.regionScopes.length > 0;
            const scope = user.donorOrgId ? (orgName.get(user.donorOrgId) ?? '—') : user.regionScopes.join(', ') || '—';
            return (
              <tr key={user.id} data-user-id={user.id} className={isDisabled ? 'is-disabled' : undefined}>
                <td className="cell-name">
                  <span className="cell-strong">{user.fullName}</span>
                  <span className="cell-sub">{user.email}</span>
                </td>
                <td>{t(`roles.${user.role}`)}</td>
                <td className={hasCodes ? 'cell-codes' : undefined}>{scope}</td>
                <td>
                  <span className={isDisabled ? 'status status-off' : 'status status-on'}>
                    {isDisabled ? t('users.disabled') : t('users.active')}
                  </span>
                </td>
                <td className="nowrap">{formatDate(user.createdAt, i18n.language)}</td>
                <td className="cell-actions">
                  {isSelf ? (
                    <span className="muted small">{t('users.you')}</span>
                  ) : (
                    <button
                      type="button"
                      className={isDisabled ? 'button button-secondary button-small' : 'button button-danger button-small'}
                      disabled={pendingUserId === user.id}
                      aria-label={isDisabled ? t('users.enableLabel', { name: user.fullName }) : t('users.disableLabel', { name: user.fullName })}
                      onClick={() => onToggle(user)}
                    >
                      {isDisabled ? t('users.enable') : t('users.disable')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
