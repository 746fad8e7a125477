import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { postNik, useSimulation, type NikBody, type NikCheck } from './api';
import { describedBy } from './fields';
import { FieldIssues, IssueSummary, issuesFor, issuesOf, type Issue } from './issues';

type Sex = '' | 'L' | 'P';

function isSex(value: string): value is Sex {
  return value === '' || value === 'L' || value === 'P';
}

/** An officer's check of a NIK's structure: region, birth date, sex, serial. Nothing is stored. */
export function NikTab() {
  const { t } = useTranslation();
  const id = useId();
  const [nik, setNik] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [sex, setSex] = useState<Sex>('');
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  // A NIK is personal data: keep the answer only while the page shows it.
  const simulation = useSimulation('nik', postNik, { gcTime: 0 });
  const { query } = simulation;

  const serverIssues = issuesOf(query.error, t('simulasi.form.fieldInvalid')) ?? [];
  const issues = localIssues.length > 0 ? localIssues : serverIssues;
  const hasIssue = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${id}-${field}-issue`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!nik.trim()) {
      setLocalIssues([{ field: 'nik', message: t('simulasi.form.nikRequired') }]);
      simulation.reset();
      return;
    }
    setLocalIssues([]);
    const body: NikBody = { nik: nik.trim() };
    if (birthDate) body.birthDate = birthDate;
    if (sex) body.sex = sex;
    simulation.submit(body);
  };

  return (
    <div className="sim-layout">
      <form className="card form sim-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="nik-form">
        <h2 id={`${id}-title`}>{t('simulasi.nik.formTitle')}</h2>
        <p className="muted small">{t('simulasi.nik.formIntro')}</p>

        <div className="field">
          <label htmlFor={`${id}-nik`}>{t('simulasi.nik.nik')}</label>
          <input
            id={`${id}-nik`}
            data-testid="nik-input"
            className="input-mono"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            placeholder="3515144508680002"
            value={nik}
            onChange={(event) => setNik(event.target.value)}
            aria-invalid={hasIssue('nik')}
            aria-describedby={describedBy(`${id}-nik-hint`, hasIssue('nik') && issueId('nik'))}
          />
          <p className="hint" id={`${id}-nik-hint`}>
            {t('simulasi.nik.nikHint')}
          </p>
          <FieldIssues issues={issues} field="nik" id={issueId('nik')} />
        </div>

        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-birth`}>{t('simulasi.nik.birthDate')}</label>
            <input
              id={`${id}-birth`}
              data-testid="nik-birth-date"
              type="date"
              value={birthDate}
              onChange={(event) => setBirthDate(event.target.value)}
              aria-invalid={hasIssue('birthDate')}
              aria-describedby={describedBy(hasIssue('birthDate') && issueId('birthDate'))}
            />
            <FieldIssues issues={issues} field="birthDate" id={issueId('birthDate')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-sex`}>{t('simulasi.nik.sex')}</label>
            <select
              id={`${id}-sex`}
              data-testid="nik-sex"
              value={sex}
              onChange={(event) => {
                if (isSex(event.target.value)) setSex(event.target.value);
              }}
              aria-invalid={hasIssue('sex')}
            >
              <option value="">{t('simulasi.nik.sexUnknown')}</option>
              <option value="L">{t('simulasi.sex.L')}</option>
              <option value="P">{t('simulasi.sex.P')}</option>
            </select>
            <FieldIssues issues={issues} field="sex" id={issueId('sex')} />
          </div>
        </div>
        <p className="hint nik-optional">{t('simulasi.nik.recordedHint')}</p>

        <IssueSummary issues={issues} error={query.error} testId="nik-error" onRetry={() => void query.refetch()} />
        <button type="submit" className="button button-primary button-block" data-testid="nik-submit" disabled={query.isFetching}>
          {query.isFetching ? t('simulasi.form.checking') : t('simulasi.nik.submit')}
        </button>
      </form>

      <div className="sim-result" aria-busy={query.isFetching}>
        {query.data && !query.isError && localIssues.length === 0 ? (
          <NikResult result={query.data} headingRef={simulation.resultRef} isStale={query.isPlaceholderData} />
        ) : (
          <p className="empty sim-empty">{t('simulasi.nik.empty')}</p>
        )}
      </div>
    </div>
  );
}

type Named = NikCheck['province'];

function RegionValue({ region }: { region: Named }) {
  const { t } = useTranslation();
  return (
    <>
      {region.name ?? <span className="muted">{t('simulasi.nik.unknownRegion')}</span>} <code className="region-code">{region.code}</code>
      {region.currentCode !== region.code ? (
        <span className="cell-sub">{t('simulasi.nik.currentCode', { code: region.currentCode })}</span>
      ) : null}
    </>
  );
}

type NikResultProps = { result: NikCheck; headingRef: RefObject<HTMLHeadingElement | null>; isStale: boolean };

function NikResult({ result, headingRef, isStale }: NikResultProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className={isStale ? 'sim-result-body is-stale' : 'sim-result-body'} aria-labelledby="nik-result-title" data-testid="nik-result">
      <h2 id="nik-result-title" ref={headingRef} tabIndex={-1}>
        {t('simulasi.nik.resultTitle')}
      </h2>
      <p className={result.warnings.length > 0 ? 'status-line status-line-warn' : 'status-line'}>
        {result.warnings.length > 0 ? t('simulasi.nik.validWithWarnings') : t('simulasi.nik.valid')}
      </p>
      <dl className="facts sim-facts nik-facts">
        <dt>{t('simulasi.nik.masked')}</dt>
        <dd>
          <code className="nik-masked">{result.maskedNik}</code>
        </dd>
        <dt>{t('simulasi.nik.province')}</dt>
        <dd data-testid="nik-province">
          <RegionValue region={result.province} />
        </dd>
        <dt>{t('simulasi.nik.regency')}</dt>
        <dd data-testid="nik-regency">
          <RegionValue region={result.regency} />
        </dd>
        <dt>{t('simulasi.nik.district')}</dt>
        <dd data-testid="nik-district">
          <RegionValue region={result.district} />
        </dd>
        <dt>{t('simulasi.nik.birthDateFromNik')}</dt>
        <dd data-testid="nik-birth">{formatDate(result.birthDate, i18n.language)}</dd>
        <dt>{t('simulasi.nik.sexFromNik')}</dt>
        <dd data-testid="nik-sex-value">{t(`simulasi.sex.${result.sex}`)}</dd>
        <dt>{t('simulasi.nik.serial')}</dt>
        <dd>
          <code>{result.serial}</code>
        </dd>
      </dl>
      {result.warnings.length > 0 ? (
        <div className="notice notice-warn" data-testid="nik-warnings">
          <p className="notice-title">{t('simulasi.nik.warningsTitle')}</p>
          <ul className="plain-list">
            {result.warnings.map((warning) => (
              <li key={warning.code}>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="muted small">{t('simulasi.nik.structureOnly')}</p>
    </section>
  );
}
