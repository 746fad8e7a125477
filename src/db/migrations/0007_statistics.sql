-- Coverage statistics (domain.md §6): official figures imported with their source, definition and
-- reference date (BPS workforce denominators, BPJS participant counts), and Lingkaran's own counts,
-- pre-aggregated per regency so the public dashboard never scans the registry.

-- An upload of official figures: checked in full (every bad row kept), then committed or discarded.
-- The rows are aggregate public statistics (no personal data), kept here until the user decides.
create table stat_imports (
  id            uuid primary key,
  kind          text not null check (kind in ('denominators', 'participants')),
  created_by    uuid references users (id),
  file_name     text not null,
  file_sha256   bytea not null,
  file_kind     text not null check (file_kind in ('csv', 'xlsx')),
  status        text not null check (status in ('checked', 'committed', 'discarded')),
  mode          text check (mode in ('valid_only', 'all_or_nothing')),
  total_rows    integer not null,
  valid_rows    integer not null,
  error_rows    integer not null,
  committed_rows integer not null default 0,
  rows          jsonb not null,   -- the valid rows, normalised, applied at commit
  issues        jsonb not null,   -- every bad row: { rowNumber, column, code, params }
  created_at    timestamptz not null default now(),
  decided_at    timestamptz,
  check ((status = 'checked') = (decided_at is null))
);
create index stat_imports_created_idx on stat_imports (created_at desc);

-- Workforce denominators (BPS): one value per region, segment, definition and reference date.
create table stat_denominators (
  region_code    text not null references regions (code),
  segment        text not null check (segment in ('FORMAL', 'INFORMAL', 'TOTAL')),
  definition     text not null check (definition in ('PENDUDUK_BEKERJA', 'ANGKATAN_KERJA', 'POTENSI_BPS', 'SEMESTA_PBPU')),
  reference_date date not null,
  workers        bigint not null check (workers > 0),
  source         text not null check (length(source) between 1 and 300),
  is_demo        boolean not null default false,
  import_id      uuid references stat_imports (id),
  updated_at     timestamptz not null default now(),
  primary key (region_code, segment, definition, reference_date)
);
create index stat_denominators_definition_idx on stat_denominators (definition, reference_date);

-- Participants (BPJS Ketenagakerjaan): active participants by region, segment and reference date.
-- PU = wage earners (formal), BPU = non-wage earners (informal), JAKON = construction projects.
create table stat_participants (
  region_code    text not null references regions (code),
  segment        text not null check (segment in ('PU', 'BPU', 'JAKON')),
  reference_date date not null,
  participants   bigint not null check (participants >= 0),
  source         text not null check (length(source) between 1 and 300),
  is_demo        boolean not null default false,
  import_id      uuid references stat_imports (id),
  updated_at     timestamptz not null default now(),
  primary key (region_code, segment, reference_date)
);
create index stat_participants_date_idx on stat_participants (reference_date);

-- Lingkaran's own figures per regency, refreshed by the `stats.refresh` job and after every monthly
-- run: the dashboard reads these few hundred rows, never the registry.
create table stat_lingkaran_regency (
  regency_code  text primary key references regions (code),
  registered    integer not null,   -- verified workers domiciled here
  protected     integer not null,   -- of whom protected today (JKM active)
  in_arrears    integer not null,
  ended         integer not null,
  self_paying   integer not null,
  claims_paid   integer not null,
  claims_paid_amount bigint not null,
  refreshed_at  timestamptz not null
);

-- Workers protected today per donor organisation and regency (by who paid their latest month).
create table stat_donor_regency (
  donor_org_id  uuid not null references donor_orgs (id),
  regency_code  text not null references regions (code),
  protected     integer not null,
  refreshed_at  timestamptz not null,
  primary key (regency_code, donor_org_id)
);

-- The programme's national totals, one row.
create table stat_totals (
  id                 smallint primary key check (id = 1),
  workers_registered bigint not null,
  workers_protected  bigint not null,
  workers_ever_protected bigint not null,
  donors             integer not null,
  paid_in            bigint not null,   -- rupiah settled by donors, individuals and self-payers
  claims_paid        integer not null,
  claims_paid_amount bigint not null,
  refreshed_at       timestamptz not null,
  refresh_ms         integer not null
);

-- Bumped by every change of the figures above (a refresh, a committed import): the dashboard keeps
-- its answers in memory per revision and asks only this one row per request.
create table stat_revision (
  id         smallint primary key check (id = 1),
  revision   bigint not null,
  changed_at timestamptz not null
);
insert into stat_revision values (1, 1, now());
