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
  status: ColumnType<'registered' | 'verified' | 'inactive' | 'deceased', 'registered' | 'verified' | 'inactive' | 'deceased' | undefined>;
  registered_by: string | null;
  verified_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
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
};
