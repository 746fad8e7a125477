import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/client';
import { useUser } from '../../app/session';

type RoleGateProps = { roles: readonly Role[]; children: ReactNode };

/** Renders its children only for the given roles; the server enforces the same rule. */
export function RoleGate({ roles, children }: RoleGateProps) {
  const { t } = useTranslation();
  const user = useUser();
  if (!user) return null;
  if (roles.includes(user.role)) return children;
  return (
    <section className="page narrow">
      <h1>{t('pages.forbiddenTitle')}</h1>
      <p>{t('pages.forbiddenBody', { role: t(`roles.${user.role}`) })}</p>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}
