-- Coverage lifecycle: the state of every worker's programme (materialised by the monthly run and
-- after each allocation), the runs themselves with their forecasts, the continuity pool and
-- self-payment, and an outbox of reminders.

-- Donations may also fund the continuity pool, or be a worker paying for themself.
alter table donations drop constraint donations_selection_check;
alter table donations add constraint donations_selection_check check (selection in ('list', 'cohort', 'pool', 'self'));
alter table donations drop constraint donations_worker_count_check;
alter table donations add constraint donations_worker_count_check check (selection = 'pool' or worker_count > 0);
alter table donations add column renews_donation_id uuid references donations (id);
-- A donation has at most one live renewal (two clicks, two tabs: one invoice).
create unique index donations_one_live_renewal on donations (renews_donation_id)
  where renews_donation_id is not null and status in ('awaiting_payment', 'paid', 'allocated');
alter table donor_orgs add column is_system boolean not null default false;

create table coverage_states (
  worker_id        uuid not null references workers (id),
  program          text not null check (program in ('JKK', 'JKM', 'JHT')),
  state            text not null check (state in ('NOT_STARTED', 'ACTIVE', 'ARREARS', 'ENDED')),
  unpaid_months    smallint not null default 0,
  starts_on        date,
  paid_through     date,
  protected_until  date,
  ends_on          date,
  run_length       smallint not null default 0,
  last_source      text check (last_source in ('donation', 'pool', 'self')),
  last_donor_org_id uuid,
  as_of            date not null,
  updated_at       timestamptz not null default now(),
  primary key (worker_id, program)
);
create index coverage_states_state_idx on coverage_states (program, state);
create index coverage_states_ends_idx on coverage_states (ends_on) where state in ('ACTIVE', 'ARREARS');

create table coverage_runs (
  id            uuid primary key,
  month         date not null unique check (extract(day from month) = 1),
  as_of         date not null,
  status        text not null check (status in ('running', 'done')),
  cursor_region text,
  regions_total integer not null default 0,
  regions_done  integer not null default 0,
  summary       jsonb,
  started_at    timestamptz not null default now(),
  finished_at   timestamptz
);

-- Lapse forecasts per regency: workers whose protection ends within 30, 60 and 90 days if nothing is paid.
create table coverage_forecasts (
  run_id       uuid not null references coverage_runs (id),
  regency_code text not null,
  horizon_days smallint not null check (horizon_days in (30, 60, 90)),
  workers      integer not null,
  primary key (run_id, regency_code, horizon_days)
);

-- Self-payment ("lanjut mandiri"): a personal payment code per worker.
create table self_pay_accounts (
  worker_id  uuid primary key references workers (id),
  code       text not null unique,
  created_at timestamptz not null default now()
);

-- Outbox of messages: one row per event (event_key unique: never sent twice), delivered by a job.
create table messages (
  id              uuid primary key,
  event_key       text not null unique,
  channel         text not null check (channel in ('sms', 'whatsapp', 'email', 'log')),
  recipient_kind  text not null check (recipient_kind in ('worker', 'donor_org')),
  recipient_id    uuid not null,
  template        text not null,
  locale          text not null default 'id' check (locale in ('id', 'en')),
  params          jsonb not null default '{}',
  status          text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'skipped')),
  attempts        smallint not null default 0,
  next_attempt_at timestamptz not null default now(),
  body            text,
  error           text,
  created_at      timestamptz not null default now(),
  sent_at         timestamptz
);
create index messages_due_idx on messages (next_attempt_at) where status = 'queued';
create index messages_recipient_idx on messages (recipient_kind, recipient_id, created_at desc);
