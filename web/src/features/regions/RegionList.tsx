import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../api/client';
import { hasChildren, kindLabel } from './region-labels';

type RegionListProps = { regions: Region[]; labelledBy: string };

/** Regions as a list; every region above village level opens its children. */
export function RegionList({ regions, labelledBy }: RegionListProps) {
  const { t } = useTranslation();
  return (
    <ul className="region-list" data-testid="region-list" aria-labelledby={labelledBy}>
      {regions.map((region) => {
        const content = (
          <>
            <span className="region-name">{region.name}</span>
            <span className="region-meta">
              <span className="region-kind">{kindLabel(t, region)}</span>
              <code className="region-code" aria-label={`${t('regions.code')} ${region.code}`}>
                {region.code}
              </code>
            </span>
          </>
        );
        return (
          <li key={region.code} data-testid="region-item" data-code={region.code}>
            {hasChildren(region) ? (
              <Link to="/regions" search={{ code: region.code }} className="region-row">
                {content}
                <svg className="region-chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                  <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
                </svg>
              </Link>
            ) : (
              <div className="region-row">{content}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
