import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { ledgerAccountsQuery, ledgerCheckQuery } from '../payments/api';
import { isAccountKind, isInvariantId } from '../payments/labels';

function Invariants() {
  const { t, i18n } = useTranslation();
  const check = useQuery(ledgerCheckQuery);
  return (
    <section className="section" aria-labelledby="invariants-title">
      <div className="section-head">
        <h2 id="invariants-title">{t('payments.ledger.checkTitle')}</h2>
        <button type="button" className="button button-secondary button-small" data-testid="ledger-recheck" disabled={check.isFetching} onClick={() => void check.refetch()}>
          {check.isFetching ? t('payments.ledger.checking') : t('payments.ledger.recheck')}
        </button>
      </div>
      {check.isPending ? <Loading /> : null}
      {check.isError ? <ErrorNotice error={check.error} onRetry={() => void check.refetch()} /> : null}
      {check.data ? (
        <>
          <p className={check.data.isHealthy ? 'notice notice-success' : 'notice notice-error'} role="status" data-testid="ledger-health">
            {check.data.isHealthy ? t('payments.ledger.healthy') : t('payments.ledger.unhealthy')}
          </p>
          <ul className="invariant-list" data-testid="ledger-invariants">
            {check.data.invariants.map((invariant) => (
              <li key={invariant.id} className={invariant.violations === 0 ? 'invariant is-ok' : 'invariant is-broken'} data-invariant={invariant.id}>
                <span className={invariant.violations === 0 ? 'pill pill-ok' : 'pill pill-danger'}>
                  {invariant.violations === 0 ? t('payments.ledger.ok') : t('payments.ledger.violations', { n: formatNumber(invariant.violations, i18n.language) })}
                </span>
                <span className="invariant-text">
                  <strong>{invariant.id}</strong> {isInvariantId(invariant.id) ? t(`payments.ledger.invariants.${invariant.id}`) : invariant.description}
                  {invariant.sample.length > 0 ? (
                    <span className="cell-sub">
                      {t('payments.ledger.sample')} <code>{invariant.sample.join(', ')}</code>
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Accounts() {
  const { t } = useTranslation();
  const accounts = useQuery(ledgerAccountsQuery);
  return (
    <section className="section" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('payments.ledger.accountsTitle')}</h2>
      <p className="muted small">{t('payments.ledger.accountsHint')}</p>
      {accounts.isPending ? <Loading /> : null}
      {accounts.isError ? <ErrorNotice error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
      {accounts.data && accounts.data.items.length === 0 ? <p className="empty">{t('payments.ledger.noAccounts')}</p> : null}
      {accounts.data && accounts.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack" data-testid="ledger-accounts">
            <caption className="visually-hidden">{t('payments.ledger.accountsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payments.ledger.colAccount')}</th>
                <th scope="col">{t('payments.ledger.colKind')}</th>
                <th scope="col" className="cell-money">
                  {t('payments.ledger.colDebits')}
                </th>
                <th scope="col" className="cell-money">
                  {t('payments.ledger.colCredits')}
                </th>
                <th scope="col" className="cell-money">
                  {t('payments.ledger.colBalance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.items.map((account) => (
                <tr key={account.code}>
                  <td className="cell-title">
                    <span className="cell-strong">{account.name}</span>
                    <code className="cell-sub cell-codes">{account.code}</code>
                  </td>
                  <td data-label={t('payments.ledger.colKind')}>
                    <span className="cell-value">{isAccountKind(account.kind) ? t(`payments.ledger.accountKinds.${account.kind}`) : account.kind}</span>
                  </td>
                  <td className="cell-money" data-label={t('payments.ledger.colDebits')}>
                    {formatRupiah(account.debits)}
                  </td>
                  <td className="cell-money" data-label={t('payments.ledger.colCredits')}>
                    {formatRupiah(account.credits)}
                  </td>
                  <td className="cell-money" data-label={t('payments.ledger.colBalance')}>
                    <strong>{formatRupiah(account.balance)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Buku besar (admins): the ledger's invariants checked now, and every account's balance. */
export function LedgerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('payments.ledger.title'));
  return (
    <RoleGate roles={['admin']}>
      <div className="page ledger-page" data-testid="ledger-page">
        <header className="page-head">
          <p className="eyebrow">{t('nav.donations')}</p>
          <h1>{t('payments.ledger.title')}</h1>
          <p className="lead">{t('payments.ledger.lead')}</p>
        </header>
        <Invariants />
        <Accounts />
      </div>
    </RoleGate>
  );
}
