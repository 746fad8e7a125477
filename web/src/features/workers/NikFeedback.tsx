import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useDebounced } from '../../lib/hooks';
import { useErrorText } from '../common/error-text';
import { issuesOf } from '../simulasi/issues';
import { nikCheckQuery, type NikCheck } from './api';

const NIK_LENGTH = 16;

/** What people type (spaces, dots, dashes between groups) → the digits of a NIK. */
export function nikDigits(text: string): string {
  return text.replace(/[\s.-]/g, '');
}

type NikFeedbackProps = {
  id: string;
  nik: string;
  /** Offered when the NIK's district lies in the user's working area: start the village there. */
  onUseDistrict?: (district: NikCheck['district']) => void;
  canUseDistrict?: (code: string) => boolean;
};

/**
 * Live reading of a NIK while it is typed: once it has 16 digits, the public checker names the
 * province, regency and district, the birth date and the sex it encodes — or what is wrong with it.
 */
export function NikFeedback({ id, nik, onUseDistrict, canUseDistrict }: NikFeedbackProps) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const digits = nikDigits(nik);
  const settled = useDebounced(digits, 350);
  const isComplete = /^\d{16}$/.test(settled) && settled === digits;
  const check = useQuery({ ...nikCheckQuery(settled, i18n.language), enabled: isComplete });

  let body: ReactNode = null;
  if (digits.length === 0) {
    body = null;
  } else if (!/^\d+$/.test(digits)) {
    body = <p className="nik-feedback-error">{t('workers.nik.digitsOnly')}</p>;
  } else if (digits.length !== NIK_LENGTH) {
    body = (
      <p className={digits.length > NIK_LENGTH ? 'nik-feedback-error' : 'muted'}>
        {t('workers.nik.count', { n: digits.length, total: NIK_LENGTH })}
      </p>
    );
  } else if (!isComplete || check.isPending) {
    body = <p className="muted">{t('workers.nik.checking')}</p>;
  } else if (check.isError) {
    const issues = issuesOf(check.error, t('simulasi.form.fieldInvalid'));
    body = (
      <div className="nik-feedback-error" data-testid="nik-feedback-error">
        {issues ? issues.map((issue, index) => <p key={index}>{issue.message}</p>) : <p>{errorText(check.error)}</p>}
      </div>
    );
  } else {
    const result = check.data;
    const district = result.district;
    body = (
      <div data-testid="nik-feedback-result">
        <p className="nik-feedback-ok">{result.warnings.length > 0 ? t('workers.nik.validWithWarnings') : t('workers.nik.valid')}</p>
        <dl className="facts nik-facts-small">
          <dt>{t('simulasi.nik.province')}</dt>
          <dd data-testid="nik-feedback-province">{result.province.name ?? t('simulasi.nik.unknownRegion')}</dd>
          <dt>{t('simulasi.nik.regency')}</dt>
          <dd data-testid="nik-feedback-regency">{result.regency.name ?? t('simulasi.nik.unknownRegion')}</dd>
          <dt>{t('simulasi.nik.district')}</dt>
          <dd data-testid="nik-feedback-district">{district.name ?? t('simulasi.nik.unknownRegion')}</dd>
          <dt>{t('simulasi.nik.birthDateFromNik')}</dt>
          <dd data-testid="nik-feedback-birth">{formatDate(result.birthDate, i18n.language)}</dd>
          <dt>{t('simulasi.nik.sexFromNik')}</dt>
          <dd data-testid="nik-feedback-sex">{t(`simulasi.sex.${result.sex}`)}</dd>
        </dl>
        {result.warnings.length > 0 ? (
          <ul className="plain-list nik-feedback-warnings">
            {result.warnings.map((warning) => (
              <li key={warning.code}>{warning.message}</li>
            ))}
          </ul>
        ) : null}
        {onUseDistrict && district.name && (canUseDistrict?.(district.currentCode) ?? true) ? (
          <button type="button" className="button button-secondary button-small" data-testid="nik-use-district" onClick={() => onUseDistrict(district)}>
            {t('workers.nik.useDistrict', { name: district.name })}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    // The live region stays in the page (empty, it takes no room) so its first answer is announced.
    <div id={id} className={body === null ? undefined : 'nik-feedback'} aria-live="polite" data-testid="nik-feedback">
      {body}
    </div>
  );
}
