// Kysely table types. Keep in step with src/db/migrations/*.sql.
// int8 → bigint, date → 'YYYY-MM-DD' string, timestamptz → Date (see src/db/database.ts).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role = 'admin' | 'officer' | 'donor' | 'gov' | 'jury' | 'agent';
export const ROLES: readonly Role[] = ['admin', 'officer', 'donor', 'gov', 'jury', 'agent'];

export type DonorType = 'SWASTA' | 'BUMN' | 'BUMD' | 'INSTANSI' | 'LEMBAGA_ZAKAT' | 'PEMDA' | 'PERORANGAN';
export const DONOR_TYPES: readonly DonorType[] = ['SWASTA', 'BUMN', 'BUMD', 'INSTANSI', 'LEMBAGA_ZAKAT', 'PEMDA', 'PERORANGAN'];

export type RegionKind = 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan' | 'desa_adat';

export type RegionsTable = {
  code: string;
  parent_code: string | null;
  level: number;
  kind: RegionKind;
  name: string;
  source_version: string;
};

export type BranchesTable = {
  id: string;
  code: string;
  name: string;
  region_scopes: string[];
  created_at: Timestamp;
};

export type DonorOrgsTable = {
  id: string;
  type: DonorType;
  legal_name: string;
  display_name: string;
  region_code: string | null;
  is_public_name_consented: Generated<boolean>;
  created_at: Timestamp;
};

export type UsersTable = {
  id: string;
  email: string;
  password_hash: string;
  full_name: string;
  role: Role;
  region_scopes: ColumnType<string[], string[] | undefined, string[]>;
  branch_id: string | null;
  donor_org_id: string | null;
  locale: ColumnType<'id' | 'en', 'id' | 'en' | undefined, 'id' | 'en'>;
  disabled_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type SessionsTable = {
  token_hash: Buffer;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
};

export type AuthEventsTable = {
  id: string;
  kind: string;
  user_id: string | null;
  email_hash: Buffer | null;
  ip: string | null;
  at: Timestamp;
};

export type AuditLogTable = {
  id: string;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  request_id: string | null;
};

export type WorkersTable = {
  id: string;
  nik_ciphertext: Buffer;
  nik_key_id: string;
  nik_bidx: Buffer;
  nik_last4: string;
  full_name: string;
  birth_date: string;
  sex: 'L' | 'P';
  village_code: string;
  regency_code: string;
  occupation_code: string;
  occupation_other: string | null;
  income_bracket: ColumnType<bigint, bigint | undefined, bigint>;
  phone_ciphertext: Buffer | null;
  phone_key_id: string | null;
  is_dtks: Generated<boolean>;
  p3ke_decile: number | null;
  is_wage_earner: Generated<boolean>;
  kpj: string | null;
  status: ColumnType<WorkerStatus, WorkerStatus | undefined, WorkerStatus>;
  registered_by: string | null;
  verified_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  nik_prefix4: string | null;
  name_norm: string;
  phone_masked: string | null;
  verified_at: Date | null;
  merged_into: string | null;
  source: ColumnType<'form' | 'import' | 'demo', 'form' | 'import' | 'demo' | undefined, 'form' | 'import' | 'demo'>;
  import_id: string | null;
};

export type WorkerStatus = 'registered' | 'verified' | 'inactive' | 'deceased' | 'merged';

export type WorkerDuplicatesTable = {
  id: string;
  worker_a: string;
  worker_b: string;
  reason: Generated<string>;
  status: ColumnType<'open' | 'merged' | 'distinct', 'open' | 'merged' | 'distinct' | undefined, 'open' | 'merged' | 'distinct'>;
  kept_worker: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  note: string | null;
  created_at: Timestamp;
};

export type ImportStatus = 'validating' | 'validated' | 'committing' | 'committed' | 'failed';
export type ImportMode = 'valid_only' | 'all_or_nothing';

export type WorkerImportsTable = {
  id: string;
  created_by: string | null;
  file_name: string;
  file_sha256: Buffer;
  file_kind: 'csv' | 'xlsx';
  file_bytes: bigint;
  mode: ImportMode | null;
  status: ImportStatus;
  total_rows: Generated<number>;
  valid_rows: Generated<number>;
  error_rows: Generated<number>;
  warning_rows: Generated<number>;
  committed_rows: Generated<number>;
  committed_through: Generated<number>;
  progress_done: Generated<number>;
  progress_total: number | null;
  columns: unknown;
  failure: unknown;
  same_file_as: string | null;
  created_at: Timestamp;
  validated_at: Date | null;
  committed_at: Date | null;
};

export type WorkerImportIssuesTable = {
  import_id: string;
  row_number: number;
  seq: number;
  severity: 'error' | 'warning';
  column_name: string | null;
  code: string;
  params: unknown;
};

export type WorkerNikIndexTable = {
  nik_bidx: Buffer;
  worker_id: string;
};

export type DB = {
  regions: RegionsTable;
  branches: BranchesTable;
  donor_orgs: DonorOrgsTable;
  users: UsersTable;
  sessions: SessionsTable;
  auth_events: AuthEventsTable;
  audit_log: AuditLogTable;
  workers: WorkersTable;
  worker_nik_index: WorkerNikIndexTable;
  worker_duplicates: WorkerDuplicatesTable;
  worker_imports: WorkerImportsTable;
  worker_import_issues: WorkerImportIssuesTable;
};
