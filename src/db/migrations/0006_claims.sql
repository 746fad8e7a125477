-- Claims and benefits: JKM and JKK claims from intake to payout, the claimants (heirs) with their
-- encrypted bank accounts, documents stored outside the database, scholarship entitlements per child,
-- and two-phase payouts in the ledger (approval reserves, payment posts, rejection voids).

alter table ledger_accounts drop constraint ledger_accounts_kind_check;
alter table ledger_accounts add constraint ledger_accounts_kind_check
  check (kind in ('donor_fund', 'clearing', 'bpjs_payable', 'pool', 'refunds_payable', 'receivable', 'bank', 'benefit_reserve', 'payout', 'benefits_paid'));
alter table journal_entries drop constraint journal_entries_kind_check;
alter table journal_entries add constraint journal_entries_kind_check
  check (kind in ('settlement', 'allocation', 'reversal', 'refund', 'chargeback', 'pool_contribution', 'pool_allocation', 'payout', 'adjustment',
                  'claim_approval', 'claim_payout', 'claim_void', 'scholarship_payout'));
alter table journal_entries add column claim_id uuid;
-- I8: an approved claim is reserved once, paid at most once, voided at most once.
create unique index journal_entries_one_claim_approval on journal_entries (claim_id) where kind = 'claim_approval';
create unique index journal_entries_one_claim_payout on journal_entries (claim_id) where kind = 'claim_payout';
create unique index journal_entries_one_claim_void on journal_entries (claim_id) where kind = 'claim_void';

create sequence claim_number_seq;

create table claims (
  id                uuid primary key,
  number            text not null unique,
  worker_id         uuid not null references workers (id),
  type              text not null check (type in ('JKM', 'JKK_DEATH', 'JKK_TOTAL_DISABILITY', 'JKK_PARTIAL_DISABILITY', 'JKK_TEMPORARY_INCAPACITY')),
  event_date        date not null,
  event_description text not null default '',
  source            text not null check (source in ('officer', 'public')),
  status            text not null default 'draft' check (status in ('draft', 'submitted', 'verified', 'approved', 'paid', 'rejected')),
  coverage          jsonb not null,   -- the worker's coverage on the event date, with the reason
  benefit_input     jsonb not null,   -- what the benefit was computed from (income, months, children, costs)
  benefit           jsonb not null,   -- itemised result of the domain rules in force on the event date
  benefit_total     bigint not null check (benefit_total >= 0),
  penalty_days      integer,
  penalty_amount    bigint check (penalty_amount >= 0),
  sla_due_on        date,
  created_by        uuid references users (id),
  submitted_at      timestamptz,
  verified_at       timestamptz,
  verified_by       uuid references users (id),
  approved_at       timestamptz,
  approved_by       uuid references users (id),
  paid_at           timestamptz,
  paid_on           date,
  paid_by           uuid references users (id),
  payout_reference  text,
  rejected_at       timestamptz,
  rejected_by       uuid references users (id),
  rejection_reason  text,
  public_token_hash text,             -- an heir's intake from the public form: lets them add documents
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  -- Segregation of duties (S-31): whoever opened or verified a claim never approves it.
  check (approved_by is null or (approved_by is distinct from created_by and approved_by is distinct from verified_by)),
  check ((status = 'paid') = (paid_at is not null)),
  check (status <> 'rejected' or rejection_reason is not null)
);
create index claims_worker_idx on claims (worker_id);
create index claims_status_idx on claims (status, sla_due_on);

create table claimants (
  id                    uuid primary key,
  claim_id              uuid not null references claims (id),
  full_name             text not null,
  relationship          text not null,
  phone_ciphertext      bytea,
  phone_key_id          text,
  bank_name             text,
  bank_account_ciphertext bytea,
  bank_account_key_id   text,
  bank_account_last4    text,
  bank_account_holder   text,
  bank_changed_at       timestamptz,
  is_public_name_consented boolean not null default false,
  created_at            timestamptz not null default now()
);
create index claimants_claim_idx on claimants (claim_id);

create table claim_documents (
  id           uuid primary key,
  claim_id     uuid not null references claims (id),
  kind         text not null,
  file_name    text not null,
  content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes   integer not null check (size_bytes > 0),
  sha256       text not null,
  storage_key  text not null unique,
  uploaded_by  uuid references users (id),
  uploaded_at  timestamptz not null default now()
);
create index claim_documents_claim_idx on claim_documents (claim_id);

-- Scholarships: one entitlement per eligible child of a death or total-disability claim; each school
-- year is paid against proof of schooling, until age 23, marriage or work.
create table scholarship_entitlements (
  id           uuid primary key,
  claim_id     uuid not null references claims (id),
  child_index  smallint not null,
  child_name   text not null,
  birth_date   date not null,
  ends_on      date not null,
  plan         jsonb not null,  -- the school years and amounts from the rules on the event date
  status       text not null default 'active' check (status in ('active', 'ended')),
  ended_reason text check (ended_reason in ('age', 'married', 'working', 'stopped_school', 'completed')),
  created_at   timestamptz not null default now(),
  unique (claim_id, child_index)
);

create table scholarship_payments (
  id             uuid primary key,
  entitlement_id uuid not null references scholarship_entitlements (id),
  school_year    smallint not null,
  level          text not null,
  amount         bigint not null check (amount > 0),
  proof_document_id uuid not null references claim_documents (id),
  paid_at        timestamptz not null default now(),
  paid_by        uuid not null references users (id),
  payout_reference text not null,
  unique (entitlement_id, school_year)
);
