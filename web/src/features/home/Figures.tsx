import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Role } from '../../api/client';
import { id } from '../../i18n/id';
import { formatNumber } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';

type FigureKey = keyof typeof id.home.figures;

function isFigureKey(key: string): key is FigureKey {
  return Object.hasOwn(id.home.figures, key);
}

const homeQuery = { queryKey: ['home'] as const, queryFn: () => unwrap(api.GET('/api/home')) };

// Region counts of the levels at or above a user's scope are not meaningful (a regency-scoped
// officer "has" 0 regencies: the server counts only regions below the scope), so they are hidden.
const REGION_LEVEL_KEYS: readonly string[] = ['provinces', 'regencies', 'districts', 'villages'];

function isShown(figure: { key: string; value: number }, isScoped: boolean): boolean {
  return !(isScoped && figure.value === 0 && REGION_LEVEL_KEYS.includes(figure.key));
}

/** Role-aware counts from /api/home, formatted the Indonesian way. */
export function Figures({ role, isScoped }: { role: Role; isScoped: boolean }) {
  const { t, i18n } = useTranslation();
  const home = useQuery(homeQuery);
  const figures = home.data?.figures.filter((figure) => isShown(figure, isScoped));
  const scopeNote = role === 'donor' ? null : isScoped ? t('home.figuresScoped') : t('home.figuresNational');

  return (
    <section className="section" aria-labelledby="figures-title">
      <div className="section-head">
        <h2 id="figures-title">{t('home.figuresTitle')}</h2>
        {scopeNote ? <p className="muted small">{scopeNote}</p> : null}
      </div>
      {home.isPending ? <Loading /> : null}
      {home.isError ? <ErrorNotice error={home.error} onRetry={() => void home.refetch()} /> : null}
      {figures && figures.length === 0 ? (
        <p className="empty">{role === 'donor' ? t('home.figuresEmptyDonor') : t('home.figuresEmpty')}</p>
      ) : null}
      {figures && figures.length > 0 ? (
        <ul className="figures" data-testid="home-figures">
          {figures.map((figure) => (
            <li key={figure.key} className="figure" data-key={figure.key}>
              <span className="figure-value">{formatNumber(figure.value, i18n.language)}</span>
              <span className="figure-label">{isFigureKey(figure.key) ? t(`home.figures.${figure.key}`) : figure.key}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
