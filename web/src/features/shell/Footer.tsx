import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { healthQuery } from '../about/health';

export function Footer() {
  const { t } = useTranslation();
  const health = useQuery(healthQuery);
  return (
    <footer className="footer">
      <span>
        {t('app.name')}
        {health.data ? ` · ${t('footer.version', { version: health.data.version })}` : null}
      </span>
      <span className="footer-links">
        <Link to="/cek" data-testid="footer-cek">
          {t('footer.check')}
        </Link>
        <Link to="/mandiri" data-testid="footer-mandiri">
          {t('footer.selfPay')}
        </Link>
        <Link to="/verifikasi" data-testid="footer-verify">
          {t('cards.links.verify')}
        </Link>
        <Link to="/klaim" data-testid="footer-claim">
          {t('footer.claim')}
        </Link>
        <Link to="/about">{t('footer.about')}</Link>
        <a href="/api/docs">{t('footer.apiDocs')}</a>
      </span>
    </footer>
  );
}
