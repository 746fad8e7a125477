import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { useLogout } from '../auth/use-auth';

function initials(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]?.[0], parts[parts.length - 1]?.[0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

type UserMenuProps = { user: Me };

/** Name and role, with the details of the account and "Keluar" in a small menu. */
export function UserMenu({ user }: UserMenuProps) {
  const { t } = useTranslation();
  const logout = useLogout();
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setIsOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen]);

  const roleLabel = t(`roles.${user.role}`);
  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        data-testid="user-menu"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={`${t('userMenu.label')}: ${user.fullName}, ${roleLabel}`}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.fullName)}
        </span>
        <span className="user-menu-text" aria-hidden="true">
          <span className="user-menu-name">{user.fullName}</span>
          <span className="user-menu-role">{roleLabel}</span>
        </span>
        <svg className="chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!isOpen}>
        <p className="user-menu-fullname">{user.fullName}</p>
        <p className="muted small">{user.email}</p>
        <dl className="user-menu-details">
          <dt>{t('userMenu.role')}</dt>
          <dd>{roleLabel}</dd>
          {user.branch ? (
            <>
              <dt>{t('userMenu.branch')}</dt>
              <dd>{user.branch.name}</dd>
            </>
          ) : null}
          {user.donorOrg ? (
            <>
              <dt>{t('userMenu.organisation')}</dt>
              <dd>{user.donorOrg.displayName}</dd>
            </>
          ) : null}
          {user.regionScopes.length > 0 ? (
            <>
              <dt>{t('userMenu.scopes')}</dt>
              <dd>{user.regionScopes.map((scope) => scope.name).join(', ')}</dd>
            </>
          ) : null}
        </dl>
        <div className="user-menu-actions">
          <Link to="/about" className="user-menu-link" onClick={() => setIsOpen(false)}>
            {t('nav.about')}
          </Link>
          <button
            type="button"
            className="button button-secondary button-block"
            data-testid="logout"
            disabled={logout.isPending}
            onClick={() => logout.mutate()}
          >
            {logout.isPending ? t('userMenu.loggingOut') : t('userMenu.logout')}
          </button>
        </div>
      </div>
    </div>
  );
}
