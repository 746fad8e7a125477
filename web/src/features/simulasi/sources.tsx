import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { Regulation, RuleSource, SourceStatus } from './api';

const STATUS_CLASS: Record<SourceStatus, string> = {
  VERIFIED: 'pill pill-ok',
  DERIVED: 'pill pill-info',
  UNVERIFIED: 'pill pill-warn',
  CONFLICT: 'pill pill-danger',
};

/** How sure we are of a number: a small badge in plain words, the explanation on hover. */
export function StatusBadge({ status }: { status: SourceStatus }) {
  const { t } = useTranslation();
  return (
    <span className={STATUS_CLASS[status]} title={t(`simulasi.status.${status}.hint`)} data-status={status}>
      {t(`simulasi.status.${status}.label`)}
    </span>
  );
}

/** "PP 44/2015 tentang …" → "PP 44/2015": the name people cite. */
export function shortTitle(title: string): string {
  return title.split(/ tentang | \(|: /)[0] ?? title;
}

function TitleLink({ title, url }: { title: string; url: string | null }) {
  return url ? (
    <a href={url} rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <>{title}</>
  );
}

/** A regulation by its short name and date, linked to the text when we have it. */
export function RegulationRef({ regulation }: { regulation: Pick<Regulation, 'title' | 'date' | 'url'> }) {
  const { t, i18n } = useTranslation();
  const date = regulation.date ? formatDate(regulation.date, i18n.language) : t('simulasi.sources.noDate');
  return (
    <span className="source-ref" title={regulation.title}>
      <TitleLink title={shortTitle(regulation.title)} url={regulation.url} /> · {date}
    </span>
  );
}

type SourceRefProps = { source: RuleSource; hasNote?: boolean };

/** Where a number comes from: regulation, date, status, and the note on what was checked. */
export function SourceRef({ source, hasNote = false }: SourceRefProps) {
  return (
    <span className="source">
      <span className="source-line">
        <RegulationRef regulation={source} /> <StatusBadge status={source.status} />
      </span>
      {hasNote && source.note ? <span className="source-note">{source.note}</span> : null}
    </span>
  );
}

/** The regulations behind a result, in full, each with its date. */
export function RegulationList({ regulations, testId }: { regulations: readonly Regulation[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="link-list regulation-list" data-testid={testId}>
      {regulations.map((regulation) => (
        <li key={regulation.id}>
          <span className="link-list-title">
            <TitleLink title={regulation.title} url={regulation.url} />
          </span>
          <span>{regulation.date ? formatDate(regulation.date, i18n.language) : t('simulasi.sources.noDate')}</span>
        </li>
      ))}
    </ul>
  );
}
