import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { Logo } from '../shell/Logo';
import { useLogin } from './use-auth';
import { useDocumentTitle } from '../../lib/hooks';

/** Only same-site paths are followed after sign-in. */
function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/login' });
  const login = useLogin();
  useDocumentTitle(t('login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isIncomplete, setIsIncomplete] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    if (!email.trim() || !password) {
      setIsIncomplete(true);
      return;
    }
    setIsIncomplete(false);
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate({ href: safeRedirect(redirect), replace: true }) },
    );
  };

  return (
    <div className="login-layout">
      <header className="login-topbar">
        <Logo />
        <div className="topbar-end">
          <Link to="/simulasi" className="topbar-link" data-testid="login-simulasi-top">
            {t('nav.simulasi')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="login-main">
        <section className="login-card" aria-labelledby="login-title">
          <h1 id="login-title">{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          <form onSubmit={onSubmit} noValidate>
            <div className="field">
              <label htmlFor="login-email">{t('login.email')}</label>
              <input
                id="login-email"
                data-testid="login-email"
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                placeholder={t('login.emailPlaceholder')}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                required
              />
            </div>
            <div className="field">
              <label htmlFor="login-password">{t('login.password')}</label>
              <input
                id="login-password"
                data-testid="login-password"
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                required
              />
            </div>
            {isIncomplete ? (
              <div className="notice notice-error" role="alert" data-testid="login-error">
                <p>{t('login.invalidInput')}</p>
              </div>
            ) : login.isError ? (
              <ErrorNotice error={login.error} testId="login-error" />
            ) : null}
            <button type="submit" className="button button-primary button-block" data-testid="login-submit" disabled={login.isPending}>
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
          <p className="muted small">{t('login.help')}</p>
        </section>
        <aside className="login-aside">
          <h2>{t('login.sideTitle')}</h2>
          <p>{t('login.sideText')}</p>
          <p className="login-fact">{t('login.sideFact', { amount: formatRupiah(16_800) })}</p>
          <div className="login-simulasi login-worker" data-testid="login-worker">
            <p>{t('login.workerText')}</p>
            <p className="login-worker-links">
              <Link to="/cek" className="button button-secondary" data-testid="login-cek">
                {t('login.cekLink')}
              </Link>
              <Link to="/mandiri" className="button button-secondary" data-testid="login-mandiri">
                {t('login.mandiriLink')}
              </Link>
            </p>
          </div>
          <div className="login-simulasi login-worker" data-testid="login-family">
            <p>{t('login.familyText')}</p>
            <p className="login-worker-links">
              <Link to="/klaim" className="button button-secondary" data-testid="login-claim">
                {t('login.claimLink')}
              </Link>
              <Link to="/verifikasi" className="button button-secondary" data-testid="login-verify">
                {t('login.verifyLink')}
              </Link>
            </p>
          </div>
          <div className="login-simulasi">
            <p>{t('login.simulasiText')}</p>
            <Link to="/simulasi" className="button button-secondary" data-testid="login-simulasi">
              {t('login.simulasiLink')}
            </Link>
          </div>
          <div className="login-simulasi login-donor">
            <p>{t('login.donorText')}</p>
            <Link to="/daftar-donatur" className="button button-primary" data-testid="login-become-donor">
              {t('login.donorLink')}
            </Link>
          </div>
          <p>
            <Link to="/about">{t('nav.about')}</Link>
          </p>
        </aside>
      </main>
    </div>
  );
}
