import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatMonth, formatNumber } from '../../lib/format';
import { regionQuery } from '../regions/api';
import { DONATION_STATUS_CLASS, isDonationStatus, isPaymentMethod, isPaymentStatus, PAYMENT_STATUS_CLASS } from './labels';

/** A donation's status in words, as a small badge with what it means on hover. */
export function DonationStatusBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  if (!isDonationStatus(status)) return <span className="pill">{status}</span>;
  return (
    <span className={DONATION_STATUS_CLASS[status]} data-status={status} data-testid={testId} title={t(`donations.statusHint.${status}`)}>
      {t(`donations.status.${status}`)}
    </span>
  );
}

export function PaymentStatusBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  if (!isPaymentStatus(status)) return <span className="pill">{status}</span>;
  return (
    <span className={PAYMENT_STATUS_CLASS[status]} data-status={status} data-testid={testId}>
      {t(`donations.paymentStatus.${status}`)}
    </span>
  );
}

export function methodName(t: TFunction, method: string): string {
  return isPaymentMethod(method) ? t(`donations.methods.${method}`) : method;
}

/** "10 pekerja", "1 worker". */
export function workersText(t: TFunction, n: number, language: string): string {
  return t(n === 1 ? 'simulasi.units.workersOne' : 'simulasi.units.workersOther', { n: formatNumber(n, language) });
}

/** "6 bulan", "1 bulan". */
export function monthsText(t: TFunction, months: number): string {
  return t(months === 1 ? 'simulasi.units.monthsOne' : 'simulasi.units.monthsOther', { n: months });
}

/** "Januari 2026 – Juni 2026" (or one month alone). */
export function periodText(start: string, end: string, language: string): string {
  return start === end ? formatMonth(start, language) : `${formatMonth(start, language)} – ${formatMonth(end, language)}`;
}

/** "JKK + JKM + JHT". */
export function programsText(programs: readonly string[]): string {
  return programs.join(' + ');
}

export function BackToDonations() {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link to="/donations">← {t('donations.backToList')}</Link>
    </p>
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** A donation that does not exist for this user: mistyped, or another donor's. */
export function DonationNotFound() {
  const { t } = useTranslation();
  return (
    <section className="page narrow" data-testid="donation-not-found">
      <h1>{t('donations.notFound.title')}</h1>
      <p>{t('donations.notFound.body')}</p>
      <p>
        <Link to="/donations">{t('donations.backToList')}</Link>
      </p>
    </section>
  );
}

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** "Kabupaten Kotawaringin Timur", "Provinsi Kalimantan Tengah", from the region tree. */
export function RegionName({ code }: { code: string }) {
  const { t } = useTranslation();
  const region = useQuery({ ...regionQuery(code), enabled: REGION_CODE.test(code) });
  if (!region.data) return <>{code}</>;
  const name = region.data.region.name;
  return <>{code.includes('.') ? name : t('home.province', { name })}</>;
}
