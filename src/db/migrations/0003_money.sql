-- Money: donor organisations' contacts, a double-entry ledger enforced by the database, donations,
-- payments with a webhook inbox, idempotency keys, and coverage months (one row per worker,
-- programme and month — the unit that is paid exactly once).

alter table donor_orgs
  add column contact_email text,
  add column npwp          text,
  add column created_by    uuid references users (id);

-- Ledger accounts carry their running balance; the CHECK makes an overdraft impossible for every
-- account that does not explicitly allow it (donor funds, the continuity pool).
create table ledger_accounts (
  id             uuid primary key,
  code           text not null unique,
  name           text not null,
  kind           text not null check (kind in ('donor_fund', 'clearing', 'bpjs_payable', 'pool', 'refunds_payable', 'receivable', 'bank', 'benefit_reserve', 'payout')),
  normal_side    text not null check (normal_side in ('debit', 'credit')),
  allow_negative boolean not null default false,
  donor_org_id   uuid references donor_orgs (id),
  provider       text,
  program        text,
  debits         bigint not null default 0 check (debits >= 0),
  credits        bigint not null default 0 check (credits >= 0),
  created_at     timestamptz not null default now(),
  constraint ledger_accounts_no_overdraft
    check (allow_negative or (case normal_side when 'credit' then credits - debits else debits - credits end) >= 0)
);
create unique index ledger_accounts_donor_fund_key on ledger_accounts (donor_org_id) where kind = 'donor_fund';

create table journal_entries (
  id                uuid primary key,
  kind              text not null check (kind in ('settlement', 'allocation', 'reversal', 'refund', 'chargeback', 'pool_contribution', 'pool_allocation', 'payout', 'adjustment')),
  donation_id       uuid,
  payment_id        uuid,
  reverses_entry_id uuid unique references journal_entries (id),
  memo              text,
  created_by        uuid references users (id),
  created_at        timestamptz not null default now()
);
-- A payment is settled into the ledger once (I5).
create unique index journal_entries_one_settlement on journal_entries (payment_id) where kind = 'settlement';
create index journal_entries_donation_idx on journal_entries (donation_id);

create table postings (
  id         uuid primary key,
  entry_id   uuid not null references journal_entries (id),
  account_id uuid not null references ledger_accounts (id),
  side       text not null check (side in ('debit', 'credit')),
  amount     bigint not null check (amount > 0)
);
create index postings_entry_idx on postings (entry_id);
create index postings_account_idx on postings (account_id);

-- Balances move with postings, once per statement and account (a batch of a million postings is
-- one update per account, not a million).
create function ledger_apply_postings() returns trigger language plpgsql as $$
begin
  update ledger_accounts a
  set debits = a.debits + s.debits, credits = a.credits + s.credits
  from (
    select account_id,
           coalesce(sum(amount) filter (where side = 'debit'), 0) as debits,
           coalesce(sum(amount) filter (where side = 'credit'), 0) as credits
    from new_postings group by account_id
  ) s
  where a.id = s.account_id;
  return null;
end $$;
create trigger postings_apply after insert on postings referencing new table as new_postings
  for each statement execute function ledger_apply_postings();

-- Every entry balances and has at least two postings, checked at commit (I1).
create function ledger_check_entry(entry uuid) returns void language plpgsql as $$
declare
  n integer;
  balance bigint;
begin
  select count(*), coalesce(sum(case side when 'debit' then amount else -amount end), 0)
    into n, balance from postings where entry_id = entry;
  if n < 2 or balance <> 0 then
    raise exception 'journal entry % is not balanced (% postings, debit - credit = %)', entry, n, balance
      using errcode = '23514';
  end if;
end $$;
create function ledger_check_posting() returns trigger language plpgsql as $$
begin
  perform ledger_check_entry(new.entry_id);
  return null;
end $$;
create function ledger_check_journal_entry() returns trigger language plpgsql as $$
begin
  perform ledger_check_entry(new.id);
  return null;
end $$;
create constraint trigger postings_balanced after insert on postings
  deferrable initially deferred for each row execute function ledger_check_posting();
create constraint trigger journal_entries_balanced after insert on journal_entries
  deferrable initially deferred for each row execute function ledger_check_journal_entry();

-- Append-only (I6): corrections are reversal entries.
create function ledger_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the ledger is append-only: % on % is refused (post a reversal instead)', tg_op, tg_table_name
    using errcode = '42501';
end $$;
create trigger postings_append_only before update or delete on postings for each row execute function ledger_append_only();
create trigger postings_no_truncate before truncate on postings for each statement execute function ledger_append_only();
create trigger journal_entries_append_only before update or delete on journal_entries for each row execute function ledger_append_only();
create trigger journal_entries_no_truncate before truncate on journal_entries for each statement execute function ledger_append_only();

create sequence donation_number_seq;

create table donations (
  id                    uuid primary key,
  number                text not null unique,
  donor_org_id          uuid not null references donor_orgs (id),
  created_by            uuid references users (id),
  programs              text[] not null,
  declared_income       bigint not null check (declared_income > 0),
  months                smallint not null check (months > 0),
  start_month           date not null check (extract(day from start_month) = 1),
  selection             text not null check (selection in ('list', 'cohort')),
  cohort                jsonb,
  worker_count          integer not null check (worker_count > 0),
  per_worker            bigint not null check (per_worker > 0),
  total                 bigint not null check (total > 0),
  quote                 jsonb not null,
  status                text not null check (status in ('awaiting_payment', 'paid', 'allocated', 'cancelled', 'expired', 'refunded')),
  due_date              date not null,
  allocated_workers     integer not null default 0,
  allocated_through     integer not null default 0,
  allocated_amount      bigint not null default 0,
  skipped_worker_months integer not null default 0,
  created_at            timestamptz not null default now(),
  paid_at               timestamptz,
  allocated_at          timestamptz,
  cancelled_at          timestamptz
);
create index donations_donor_idx on donations (donor_org_id, created_at desc);
create index donations_status_idx on donations (status);
alter table journal_entries add constraint journal_entries_donation_fk foreign key (donation_id) references donations (id);

-- The workers of a donation, in the order they are funded (a list as given; a cohort as picked).
create table donation_workers (
  donation_id uuid not null references donations (id),
  position    integer not null,
  worker_id   uuid not null references workers (id),
  primary key (donation_id, position),
  unique (donation_id, worker_id)
);

create table payments (
  id              uuid primary key,
  donation_id     uuid not null references donations (id),
  provider        text not null check (provider in ('simulator', 'midtrans', 'xendit', 'bank_transfer')),
  order_id        text not null,
  amount          bigint not null check (amount > 0),
  status          text not null check (status in ('pending', 'awaiting_approval', 'settled', 'failed', 'expired', 'cancelled', 'refunded', 'chargeback')),
  provider_ref    text,
  redirect_url    text,
  reference_code  text unique,
  confirmed_by    uuid references users (id),
  approved_by     uuid references users (id),
  proof_file      text,
  history         jsonb not null default '[]',
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  settled_at      timestamptz,
  last_checked_at timestamptz,
  unique (provider, order_id),
  check (approved_by is null or approved_by <> confirmed_by)
);
create index payments_donation_idx on payments (donation_id);
create index payments_pending_idx on payments (created_at) where status in ('pending', 'awaiting_approval');
alter table journal_entries add constraint journal_entries_payment_fk foreign key (payment_id) references payments (id);

-- Every gateway notification, verified or not, de-duplicated (W-05).
create table gateway_events (
  id                 uuid primary key,
  provider           text not null,
  dedupe_key         text not null,
  order_id           text,
  is_signature_valid boolean not null,
  body               jsonb,
  received_at        timestamptz not null default now(),
  processed_at       timestamptz,
  outcome            text,
  unique (provider, dedupe_key)
);
create index gateway_events_unprocessed_idx on gateway_events (received_at) where processed_at is null and is_signature_valid;

create table payment_exceptions (
  id          uuid primary key,
  payment_id  uuid references payments (id),
  provider    text,
  order_id    text,
  kind        text not null check (kind in ('amount_mismatch', 'currency_mismatch', 'unknown_order', 'stuck_pending', 'reversal_after_allocation', 'forged_notification')),
  details     jsonb,
  created_at  timestamptz not null default now(),
  resolved_by uuid references users (id),
  resolved_at timestamptz,
  resolution  text
);
create index payment_exceptions_open_idx on payment_exceptions (created_at) where resolved_at is null;

-- Idempotency keys of mutating API calls (M-07): the first response is replayed.
create table idempotency_keys (
  actor_key       text not null,
  key             text not null,
  route           text not null,
  request_hash    bytea not null,
  status          text not null check (status in ('in_progress', 'done')),
  response_status integer,
  response_body   jsonb,
  created_at      timestamptz not null default now(),
  completed_at    timestamptz,
  primary key (actor_key, key)
);

-- Coverage months: the unit of protection, paid exactly once (I4). Citus: distributed by worker_id.
create table coverage_months (
  worker_id    uuid not null references workers (id),
  program      text not null check (program in ('JKK', 'JKM', 'JHT')),
  period_month date not null check (extract(day from period_month) = 1),
  amount       bigint not null check (amount >= 0),
  source       text not null check (source in ('donation', 'pool', 'self')),
  -- donation_id and donor_org_id are not foreign keys: a check per row (and its lock on the one
  -- donation row the allocation already holds) doubled the cost of allocating; the ledger check (I4)
  -- verifies every coverage row against the entry that paid it.
  donation_id  uuid,
  donor_org_id uuid,
  -- Deferred: an allocation writes its coverage rows first and posts the entry only for what went in.
  entry_id     uuid not null references journal_entries (id) deferrable initially deferred,
  created_at   timestamptz not null default now(),
  primary key (worker_id, program, period_month)
);
create index coverage_months_donation_idx on coverage_months (donation_id);
create index coverage_months_donor_idx on coverage_months (donor_org_id, worker_id);
create index coverage_months_entry_idx on coverage_months (entry_id);

-- The built-in payment simulator (embedded/demo mode): a local gateway speaking Midtrans's protocol.
create table simulator_transactions (
  order_id           text primary key,
  transaction_id     text not null,
  gross_amount       bigint not null,
  transaction_status text not null,
  payment_type       text not null default 'bank_transfer',
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);
