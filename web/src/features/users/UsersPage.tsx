import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, ROLES, type Role, type UserSummary } from '../../api/client';
import { useUser } from '../../app/session';
import { formatNumber } from '../../lib/format';
import { useDebounced, useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { donorOrgsQuery, usersQuery, useSetUserDisabled } from './api';
import { CreateUserForm } from './CreateUserForm';
import { UsersTable } from './UsersTable';

function UsersContent({ currentUserId }: { currentUserId: string }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [isFormOpen, setIsFormOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const debouncedQ = useDebounced(q.trim(), 250);
  const users = useQuery(usersQuery({ q: debouncedQ, role }));
  const donorOrgs = useQuery(donorOrgsQuery);
  const toggle = useSetUserDisabled();
  useDocumentTitle(t('users.title'));

  const onToggle = (user: UserSummary) => {
    const isDisabled = user.disabledAt === null;
    setStatus(null);
    toggle.mutate(
      { id: user.id, isDisabled },
      {
        onSuccess: () =>
          setStatus(isDisabled ? t('users.disabledDone', { name: user.fullName }) : t('users.enabledDone', { name: user.fullName })),
      },
    );
  };

  return (
    <div className="page">
      <header className="page-head page-head-row">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="lead">{t('users.intro')}</p>
        </div>
        {isFormOpen ? null : (
          <button type="button" className="button button-primary" onClick={() => setIsFormOpen(true)}>
            {t('users.add')}
          </button>
        )}
      </header>

      {isFormOpen ? (
        <CreateUserForm
          onCancel={() => setIsFormOpen(false)}
          onCreated={(user) => {
            setIsFormOpen(false);
            setStatus(t('users.form.created', { name: user.fullName }));
          }}
        />
      ) : null}

      <p className="status-line" role="status" aria-live="polite">
        {status}
      </p>
      {toggle.isError ? <ErrorNotice error={toggle.error} /> : null}

      <div className="filters">
        <div className="field">
          <label htmlFor="users-search">{t('users.searchLabel')}</label>
          <input id="users-search" type="search" value={q} onChange={(event) => setQ(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t('users.roleFilter')}</label>
          <select
            id="users-role"
            value={role}
            onChange={(event) => setRole(isRole(event.target.value) ? event.target.value : '')}
          >
            <option value="">{t('users.allRoles')}</option>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {users.isPending ? <Loading /> : null}
      {users.isError ? <ErrorNotice error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data ? (
        <>
          <p className="muted small">{t('users.count', { count: formatNumber(users.data.items.length, i18n.language) })}</p>
          {users.data.items.length === 0 ? (
            <p className="empty">{t('users.empty')}</p>
          ) : (
            <UsersTable
              users={users.data.items}
              donorOrgs={donorOrgs.data?.items ?? []}
              currentUserId={currentUserId}
              pendingUserId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
              onToggle={onToggle}
            />
          )}
        </>
      ) : null}
    </div>
  );
}

export function UsersPage() {
  const user = useUser();
  return <RoleGate roles={['admin']}>{user ? <UsersContent currentUserId={user.id} /> : null}</RoleGate>;
}
