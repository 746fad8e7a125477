import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../lib/format';
import { PageFrame } from '../shell/PageFrame';
import { healthQuery } from './health';
import { useDocumentTitle } from '../../lib/hooks';

const IDN_AREA_DATA_URL = 'https://github.com/fityannugroho/idn-area-data';
const ODBL_URL = 'https://opendatacommons.org/licenses/odbl/1-0/';

function AboutContent() {
  const { t } = useTranslation();
  const health = useQuery(healthQuery);
  useDocumentTitle(t('about.title'));
  const database = health.data
    ? health.data.database === 'embedded'
      ? t('about.databaseEmbedded')
      : t('about.databasePostgres')
    : '…';
  return (
    <article className="page narrow prose">
      <h1>{t('about.title')}</h1>
      <p className="lead">{t('about.lead')}</p>
      <p>{t('about.what')}</p>
      <p className="callout">{t('about.fact', { amount: formatRupiah(16_800), benefit: formatRupiah(42_000_000) })}</p>

      <h2>{t('about.stateTitle')}</h2>
      <p>{t('about.state')}</p>

      <h2>{t('about.creditsTitle')}</h2>
      <p data-testid="about-regions-credit">{t('about.regionsCredit')}</p>
      <ul>
        <li>
          <a href={IDN_AREA_DATA_URL} rel="noopener noreferrer">
            {t('about.regionsCreditLinks')}
          </a>
        </li>
        <li>
          <a href={ODBL_URL} rel="noopener noreferrer">
            {t('about.odbl')}
          </a>
        </li>
      </ul>
      <p>{t('about.softwareLicence')}</p>

      <h2>{t('about.technicalTitle')}</h2>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd data-testid="about-version">{health.data?.version ?? (health.isError ? t('about.unknownVersion') : '…')}</dd>
        <dt>{t('about.database')}</dt>
        <dd>{database}</dd>
        <dt>{t('about.apiDocs')}</dt>
        <dd>
          <a href="/api/docs">/api/docs</a> (OpenAPI)
        </dd>
      </dl>
    </article>
  );
}

/** Public page: inside the app frame when signed in, a simple frame otherwise. */
export function AboutPage() {
  return (
    <PageFrame>
      <AboutContent />
    </PageFrame>
  );
}
