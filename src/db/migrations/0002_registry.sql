-- Worker registry: masked display columns, normalised names for search and de-duplication,
-- verification and merge history, probable-duplicate review, bulk imports with their issues.
create extension if not exists pg_trgm;

alter table workers
  add column nik_prefix4  text check (nik_prefix4 ~ '^[0-9]{4}$'),
  add column name_norm    text,
  add column phone_masked text,
  add column verified_at  timestamptz,
  add column merged_into  uuid references workers (id),
  add column source       text not null default 'form' check (source in ('form', 'import', 'demo')),
  add column import_id    uuid;

-- Rows written before this migration (demo data): fill the new columns from what is stored.
update workers set
  name_norm = lower(regexp_replace(trim(full_name), '\s+', ' ', 'g')),
  source = 'demo';
alter table workers alter column name_norm set not null;

alter table workers drop constraint workers_status_check;
alter table workers add constraint workers_status_check
  check (status in ('registered', 'verified', 'inactive', 'deceased', 'merged'));
alter table workers add constraint workers_merged_check check ((status = 'merged') = (merged_into is not null));

create index workers_name_trgm_idx on workers using gin (name_norm gin_trgm_ops);
create index workers_probable_dup_idx on workers (regency_code, birth_date, name_norm);
create index workers_status_idx on workers (status);
create index workers_occupation_idx on workers (occupation_code);

-- Probable duplicates (same normalised name, birth date and regency, different NIK): an officer
-- merges them or marks them distinct. worker_a < worker_b so a pair appears once.
create table worker_duplicates (
  id          uuid primary key,
  worker_a    uuid not null references workers (id),
  worker_b    uuid not null references workers (id),
  reason      text not null default 'NAME_BIRTH_DATE_REGENCY',
  status      text not null default 'open' check (status in ('open', 'merged', 'distinct')),
  kept_worker uuid references workers (id),
  decided_by  uuid references users (id),
  decided_at  timestamptz,
  note        text,
  created_at  timestamptz not null default now(),
  check (worker_a < worker_b),
  check ((status = 'open') = (decided_at is null)),
  unique (worker_a, worker_b)
);
create index worker_duplicates_open_idx on worker_duplicates (created_at) where status = 'open';

-- Bulk imports (CSV/XLSX). The uploaded file is kept encrypted on disk until it is committed or
-- expires; issues keep only row numbers, columns, codes and non-personal parameters.
create table worker_imports (
  id               uuid primary key,
  created_by       uuid references users (id),
  file_name        text not null,
  file_sha256      bytea not null,
  file_kind        text not null check (file_kind in ('csv', 'xlsx')),
  file_bytes       bigint not null,
  mode             text check (mode in ('valid_only', 'all_or_nothing')),
  status           text not null check (status in ('validating', 'validated', 'committing', 'committed', 'failed')),
  total_rows       integer not null default 0,
  valid_rows       integer not null default 0,
  error_rows       integer not null default 0,
  warning_rows     integer not null default 0,
  committed_rows   integer not null default 0,
  committed_through integer not null default 0,
  progress_done    integer not null default 0,
  progress_total   integer,
  columns          jsonb,
  failure          jsonb,
  same_file_as     uuid references worker_imports (id),
  created_at       timestamptz not null default now(),
  validated_at     timestamptz,
  committed_at     timestamptz
);
create index worker_imports_creator_idx on worker_imports (created_by, created_at desc);
create index worker_imports_sha_idx on worker_imports (file_sha256);

alter table workers add constraint workers_import_fk foreign key (import_id) references worker_imports (id);

create table worker_import_issues (
  import_id   uuid not null references worker_imports (id) on delete cascade,
  row_number  integer not null,
  seq         smallint not null,
  severity    text not null check (severity in ('error', 'warning')),
  column_name text,
  code        text not null,
  params      jsonb,
  primary key (import_id, row_number, seq)
);
