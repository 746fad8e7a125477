-- Membership cards: KPJ numbers issued at first coverage, signed cards, print batches and handover
-- events where cards are handed to workers.

-- Lingkaran's KPJ numbers: series prefix + this sequence + a Damm check digit (src/domain/kpj.ts).
create sequence kpj_seq;

-- Every card-signing public key ever used stays published, so cards signed with a retired key verify.
create table card_keys (
  id          text primary key check (id ~ '^[A-Za-z0-9_-]{1,16}$'),
  algorithm   text not null default 'Ed25519' check (algorithm = 'Ed25519'),
  public_key  text not null unique,  -- raw 32 bytes, base64url
  created_at  timestamptz not null default now()
);

create table cards (
  id               uuid primary key,
  worker_id        uuid not null references workers (id),
  kpj              text not null check (kpj ~ '^[0-9]{11}$'),
  card_no          integer not null check (card_no > 0),  -- 1 for the first card, +1 per reissue or renewal
  programs         text[] not null,
  protected_until  date not null,
  issued_on        date not null,
  key_id           text not null references card_keys (id),
  payload          text not null,        -- exactly what the QR holds
  signature_hash   text not null unique, -- first 16 bytes of SHA-256(signature), hex: the public revocation list
  sponsor_name     text,                 -- printed only when the donor consented
  status           text not null default 'active' check (status in ('active', 'revoked')),
  revoked_at       timestamptz,
  revoked_reason   text check (revoked_reason in ('lost', 'damaged', 'data_error', 'other')),
  revoked_by       uuid references users (id),
  replaced_by      uuid references cards (id),
  issued_by        uuid references users (id),
  created_at       timestamptz not null default now(),
  unique (worker_id, card_no),
  unique (kpj, card_no),
  check ((status = 'revoked') = (revoked_at is not null))
);
create index cards_worker_idx on cards (worker_id, card_no desc);

-- A print batch: the cards of a selection (a donation, a region, a list) as one PDF, made by a job.
create table card_batches (
  id           uuid primary key,
  title        text not null,
  selection    jsonb not null,
  layout       text not null check (layout in ('a4', 'cr80')),
  status       text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  total        integer not null default 0,
  done         integer not null default 0,
  error        text,
  pdf          bytea,
  pdf_bytes    integer,
  created_by   uuid not null references users (id),
  created_at   timestamptz not null default now(),
  finished_at  timestamptz
);

create table card_batch_items (
  batch_id   uuid not null references card_batches (id),
  position   integer not null,
  card_id    uuid references cards (id),  -- set when the batch job issues the card
  worker_id  uuid not null references workers (id),
  primary key (batch_id, position),
  unique (batch_id, worker_id)
);

-- A handover ceremony: where, when, who was there, which batch; each card scanned as it is handed over.
create table handover_events (
  id          uuid primary key,
  title       text not null,
  held_on     date not null,
  place       text not null,
  region_code text references regions (code),
  officials   text[] not null default '{}',
  donor_org_ids uuid[] not null default '{}',
  batch_id    uuid not null references card_batches (id),
  created_by  uuid not null references users (id),
  created_at  timestamptz not null default now()
);

create table handover_checkins (
  event_id      uuid not null references handover_events (id),
  worker_id     uuid not null references workers (id),
  card_id       uuid not null references cards (id),
  checked_in_at timestamptz not null default now(),
  checked_in_by uuid not null references users (id),
  primary key (event_id, worker_id)
);
