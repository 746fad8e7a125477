import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../lib/format';
import { rulesQuery } from '../simulasi/api';
import type { Payer } from './api';
import { DEFAULT_GRACE_MONTHS, isCoverageState, STATE_CLASS } from './labels';

/** How many unpaid months a programme stays in arrears before protection ends, from the rule book. */
export function useGraceMonths(): number {
  const rules = useQuery(rulesQuery);
  const value = rules.data?.settings.find((setting) => setting.key === 'coverage.graceMonths')?.value;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : DEFAULT_GRACE_MONTHS;
}

/** "Aktif", "Menunggak (bulan ke-2 dari 3)", "Berakhir", "Belum pernah terlindungi". */
export function stateText(t: TFunction, state: string, unpaidMonths: number, grace: number): string {
  if (!isCoverageState(state)) return state;
  if (state === 'ARREARS' && unpaidMonths > 0) return t('coverage.arrearsMonth', { n: unpaidMonths, grace });
  return t(`coverage.states.${state}`);
}

type BadgeProps = { state: string; unpaidMonths?: number; testId?: string };

/** A coverage state as a small badge, with what it means on hover. */
export function CoverageBadge({ state, unpaidMonths = 0, testId }: BadgeProps) {
  const { t } = useTranslation();
  const grace = useGraceMonths();
  if (!isCoverageState(state)) return <span className="pill">{state}</span>;
  return (
    <span className={STATE_CLASS[state]} data-state={state} data-status={state} data-testid={testId} title={t(`coverage.stateHints.${state}`, { grace })}>
      {stateText(t, state, unpaidMonths, grace)}
    </span>
  );
}

/** Who paid a month: the donor (when the viewer may know it), the continuity pool, or the worker. */
export function payerText(t: TFunction, payer: Payer): string {
  if (payer.kind === 'pool') return t('coverage.payers.pool');
  if (payer.kind === 'self') return payer.donationNumber ? `${t('coverage.payers.self')} · ${payer.donationNumber}` : t('coverage.payers.self');
  const name = payer.name ?? t('coverage.payers.otherDonor');
  return payer.donationNumber ? `${name} · ${payer.donationNumber}` : name;
}

/** "12 pekerja" / "1 pekerja". */
export function workersCount(t: TFunction, n: number, language: string): string {
  return t(n === 1 ? 'simulasi.units.workersOne' : 'simulasi.units.workersOther', { n: formatNumber(n, language) });
}

/** A share (0.83) → "83 %" / "83%"; null (nothing to measure) → "—". */
export function shareText(share: number | null, language: string): string {
  if (share === null) return '—';
  // Whole percents: basis points rounded to a hundred.
  return formatPercent(Math.round(share * 100) * 100, language);
}
