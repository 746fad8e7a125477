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
  contact_email: string | null;
  npwp: string | null;
  created_by: string | null;
  is_system: Generated<boolean>;
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

export type AccountKind = 'donor_fund' | 'clearing' | 'bpjs_payable' | 'pool' | 'refunds_payable' | 'receivable' | 'bank' | 'benefit_reserve' | 'payout' | 'benefits_paid';
export type Side = 'debit' | 'credit';
type Money = ColumnType<bigint, bigint | undefined, bigint>;

export type LedgerAccountsTable = {
  id: string;
  code: string;
  name: string;
  kind: AccountKind;
  normal_side: Side;
  allow_negative: Generated<boolean>;
  donor_org_id: string | null;
  provider: string | null;
  program: string | null;
  debits: Money;
  credits: Money;
  created_at: Timestamp;
};

export type EntryKind =
  | 'settlement'
  | 'allocation'
  | 'reversal'
  | 'refund'
  | 'chargeback'
  | 'pool_contribution'
  | 'pool_allocation'
  | 'payout'
  | 'adjustment'
  | 'claim_approval'
  | 'claim_payout'
  | 'claim_void'
  | 'scholarship_payout';

export type JournalEntriesTable = {
  id: string;
  kind: EntryKind;
  donation_id: string | null;
  payment_id: string | null;
  reverses_entry_id: string | null;
  memo: string | null;
  created_by: string | null;
  created_at: Timestamp;
  claim_id: Generated<string | null>;
};

export type PostingsTable = { id: string; entry_id: string; account_id: string; side: Side; amount: bigint };

export type DonationStatus = 'awaiting_payment' | 'paid' | 'allocated' | 'cancelled' | 'expired' | 'refunded';

export type DonationsTable = {
  id: string;
  number: string;
  donor_org_id: string;
  created_by: string | null;
  programs: string[];
  declared_income: bigint;
  months: number;
  start_month: string;
  selection: 'list' | 'cohort' | 'pool' | 'self';
  cohort: unknown;
  renews_donation_id: ColumnType<string | null, string | null | undefined, string | null>;
  worker_count: number;
  per_worker: bigint;
  total: bigint;
  quote: unknown;
  status: DonationStatus;
  due_date: string;
  allocated_workers: Generated<number>;
  allocated_through: Generated<number>;
  allocated_amount: Money;
  skipped_worker_months: Generated<number>;
  created_at: Timestamp;
  paid_at: Date | null;
  allocated_at: Date | null;
  cancelled_at: Date | null;
};

export type DonationWorkersTable = { donation_id: string; position: number; worker_id: string };

export type PaymentProviderName = 'simulator' | 'midtrans' | 'xendit' | 'bank_transfer';
export type PaymentStatus = 'pending' | 'awaiting_approval' | 'settled' | 'failed' | 'expired' | 'cancelled' | 'refunded' | 'chargeback';

export type PaymentsTable = {
  id: string;
  donation_id: string;
  provider: PaymentProviderName;
  order_id: string;
  amount: bigint;
  status: PaymentStatus;
  provider_ref: string | null;
  redirect_url: string | null;
  reference_code: string | null;
  confirmed_by: string | null;
  approved_by: string | null;
  proof_file: string | null;
  history: ColumnType<unknown, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  settled_at: Date | null;
  last_checked_at: Date | null;
};

export type GatewayEventsTable = {
  id: string;
  provider: string;
  dedupe_key: string;
  order_id: string | null;
  is_signature_valid: boolean;
  body: unknown;
  received_at: Timestamp;
  processed_at: Date | null;
  outcome: string | null;
};

export type PaymentExceptionKind = 'amount_mismatch' | 'currency_mismatch' | 'unknown_order' | 'stuck_pending' | 'reversal_after_allocation' | 'forged_notification';

export type PaymentExceptionsTable = {
  id: string;
  payment_id: string | null;
  provider: string | null;
  order_id: string | null;
  kind: PaymentExceptionKind;
  details: unknown;
  created_at: Timestamp;
  resolved_by: string | null;
  resolved_at: Date | null;
  resolution: string | null;
};

export type IdempotencyKeysTable = {
  actor_key: string;
  key: string;
  route: string;
  request_hash: Buffer;
  status: 'in_progress' | 'done';
  response_status: number | null;
  response_body: unknown;
  created_at: Timestamp;
  completed_at: Date | null;
};

export type CoverageMonthsTable = {
  worker_id: string;
  program: 'JKK' | 'JKM' | 'JHT';
  period_month: string;
  amount: bigint;
  source: 'donation' | 'pool' | 'self';
  donation_id: string | null;
  donor_org_id: string | null;
  entry_id: string;
  created_at: Timestamp;
};

export type SimulatorTransactionsTable = {
  order_id: string;
  transaction_id: string;
  gross_amount: bigint;
  transaction_status: string;
  payment_type: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type CoverageState = 'NOT_STARTED' | 'ACTIVE' | 'ARREARS' | 'ENDED';

export type CoverageStatesTable = {
  worker_id: string;
  program: 'JKK' | 'JKM' | 'JHT';
  state: CoverageState;
  unpaid_months: number;
  starts_on: string | null;
  paid_through: string | null;
  protected_until: string | null;
  ends_on: string | null;
  run_length: number;
  last_source: 'donation' | 'pool' | 'self' | null;
  last_donor_org_id: string | null;
  as_of: string;
  updated_at: Timestamp;
};

export type CoverageRunsTable = {
  id: string;
  month: string;
  as_of: string;
  status: 'running' | 'done';
  cursor_region: string | null;
  regions_total: Generated<number>;
  regions_done: Generated<number>;
  summary: unknown;
  started_at: Timestamp;
  finished_at: Date | null;
};

export type CardKeysTable = { id: string; algorithm: Generated<'Ed25519'>; public_key: string; created_at: Generated<Date> };

export type CardStatus = 'active' | 'revoked';
export type RevokeReason = 'lost' | 'damaged' | 'data_error' | 'other';

export type CardsTable = {
  id: string;
  worker_id: string;
  kpj: string;
  card_no: number;
  programs: string[];
  protected_until: string;
  issued_on: string;
  key_id: string;
  payload: string;
  signature_hash: string;
  sponsor_name: string | null;
  status: Generated<CardStatus>;
  revoked_at: Date | null;
  revoked_reason: RevokeReason | null;
  revoked_by: string | null;
  replaced_by: string | null;
  issued_by: string | null;
  created_at: Generated<Date>;
};

export type CardBatchesTable = {
  id: string;
  title: string;
  selection: unknown;
  layout: 'a4' | 'cr80';
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  total: Generated<number>;
  done: Generated<number>;
  error: string | null;
  pdf: Buffer | null;
  pdf_bytes: number | null;
  created_by: string;
  created_at: Generated<Date>;
  finished_at: Date | null;
};

export type CardBatchItemsTable = { batch_id: string; position: number; card_id: string | null; worker_id: string };

export type HandoverEventsTable = {
  id: string;
  title: string;
  held_on: string;
  place: string;
  region_code: string | null;
  officials: Generated<string[]>;
  donor_org_ids: Generated<string[]>;
  batch_id: string;
  created_by: string;
  created_at: Generated<Date>;
};

export type HandoverCheckinsTable = { event_id: string; worker_id: string; card_id: string; checked_in_at: Generated<Date>; checked_in_by: string };

export type ClaimType = 'JKM' | 'JKK_DEATH' | 'JKK_TOTAL_DISABILITY' | 'JKK_PARTIAL_DISABILITY' | 'JKK_TEMPORARY_INCAPACITY';
export type ClaimStatus = 'draft' | 'submitted' | 'verified' | 'approved' | 'paid' | 'rejected';

export type ClaimsTable = {
  id: string;
  number: string;
  worker_id: string;
  type: ClaimType;
  event_date: string;
  event_description: Generated<string>;
  source: 'officer' | 'public';
  status: Generated<ClaimStatus>;
  coverage: unknown;
  benefit_input: unknown;
  benefit: unknown;
  benefit_total: bigint;
  penalty_days: number | null;
  penalty_amount: bigint | null;
  sla_due_on: string | null;
  created_by: string | null;
  submitted_at: Date | null;
  verified_at: Date | null;
  verified_by: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  paid_at: Date | null;
  paid_on: string | null;
  paid_by: string | null;
  payout_reference: string | null;
  rejected_at: Date | null;
  rejected_by: string | null;
  rejection_reason: string | null;
  public_token_hash: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type ClaimantsTable = {
  id: string;
  claim_id: string;
  full_name: string;
  relationship: string;
  phone_ciphertext: Buffer | null;
  phone_key_id: string | null;
  bank_name: string | null;
  bank_account_ciphertext: Buffer | null;
  bank_account_key_id: string | null;
  bank_account_last4: string | null;
  bank_account_holder: string | null;
  bank_changed_at: Date | null;
  is_public_name_consented: Generated<boolean>;
  created_at: Generated<Date>;
};

export type ClaimDocumentsTable = {
  id: string;
  claim_id: string;
  kind: string;
  file_name: string;
  content_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
};

export type ScholarshipEntitlementsTable = {
  id: string;
  claim_id: string;
  child_index: number;
  child_name: string;
  birth_date: string;
  ends_on: string;
  plan: unknown;
  status: Generated<'active' | 'ended'>;
  ended_reason: 'age' | 'married' | 'working' | 'stopped_school' | 'completed' | null;
  created_at: Generated<Date>;
};

export type ScholarshipPaymentsTable = {
  id: string;
  entitlement_id: string;
  school_year: number;
  level: string;
  amount: bigint;
  proof_document_id: string;
  paid_at: Generated<Date>;
  paid_by: string;
  payout_reference: string;
};

export type CoverageForecastsTable = { run_id: string; regency_code: string; horizon_days: number; workers: number };

export type SelfPayAccountsTable = { worker_id: string; code: string; created_at: Timestamp };

export type MessageChannel = 'sms' | 'whatsapp' | 'email' | 'log';

export type MessagesTable = {
  id: string;
  event_key: string;
  channel: MessageChannel;
  recipient_kind: 'worker' | 'donor_org';
  recipient_id: string;
  template: string;
  locale: Generated<'id' | 'en'>;
  params: ColumnType<unknown, string | undefined, string>;
  status: ColumnType<'queued' | 'sent' | 'failed' | 'skipped', 'queued' | 'sent' | 'failed' | 'skipped' | undefined>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  body: string | null;
  error: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
};

export type StatImportKind = 'denominators' | 'participants';

export type StatImportsTable = {
  id: string;
  kind: StatImportKind;
  created_by: string | null;
  file_name: string;
  file_sha256: Buffer;
  file_kind: 'csv' | 'xlsx';
  status: 'checked' | 'committed' | 'discarded';
  mode: ImportMode | null;
  total_rows: number;
  valid_rows: number;
  error_rows: number;
  committed_rows: Generated<number>;
  rows: ColumnType<unknown, string, string>;
  issues: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  decided_at: Date | null;
};

export type StatDenominatorsTable = {
  region_code: string;
  segment: 'FORMAL' | 'INFORMAL' | 'TOTAL';
  definition: 'PENDUDUK_BEKERJA' | 'ANGKATAN_KERJA' | 'POTENSI_BPS' | 'SEMESTA_PBPU';
  reference_date: string;
  workers: bigint;
  source: string;
  is_demo: Generated<boolean>;
  import_id: string | null;
  updated_at: Timestamp;
};

export type StatParticipantsTable = {
  region_code: string;
  segment: 'PU' | 'BPU' | 'JAKON';
  reference_date: string;
  participants: bigint;
  source: string;
  is_demo: Generated<boolean>;
  import_id: string | null;
  updated_at: Timestamp;
};

export type StatLingkaranRegencyTable = {
  regency_code: string;
  registered: number;
  protected: number;
  in_arrears: number;
  ended: number;
  self_paying: number;
  claims_paid: number;
  claims_paid_amount: bigint;
  refreshed_at: Date;
};

export type StatDonorRegencyTable = { donor_org_id: string; regency_code: string; protected: number; refreshed_at: Date };

export type StatTotalsTable = {
  id: number;
  workers_registered: bigint;
  workers_protected: bigint;
  workers_ever_protected: bigint;
  donors: number;
  paid_in: bigint;
  claims_paid: number;
  claims_paid_amount: bigint;
  refreshed_at: Date;
  refresh_ms: number;
};

export type StatRevisionTable = { id: number; revision: bigint; changed_at: Date };

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
  ledger_accounts: LedgerAccountsTable;
  journal_entries: JournalEntriesTable;
  postings: PostingsTable;
  donations: DonationsTable;
  donation_workers: DonationWorkersTable;
  payments: PaymentsTable;
  gateway_events: GatewayEventsTable;
  payment_exceptions: PaymentExceptionsTable;
  idempotency_keys: IdempotencyKeysTable;
  coverage_months: CoverageMonthsTable;
  simulator_transactions: SimulatorTransactionsTable;
  coverage_states: CoverageStatesTable;
  coverage_runs: CoverageRunsTable;
  coverage_forecasts: CoverageForecastsTable;
  self_pay_accounts: SelfPayAccountsTable;
  messages: MessagesTable;
  card_keys: CardKeysTable;
  cards: CardsTable;
  card_batches: CardBatchesTable;
  card_batch_items: CardBatchItemsTable;
  handover_events: HandoverEventsTable;
  handover_checkins: HandoverCheckinsTable;
  claims: ClaimsTable;
  claimants: ClaimantsTable;
  claim_documents: ClaimDocumentsTable;
  scholarship_entitlements: ScholarshipEntitlementsTable;
  scholarship_payments: ScholarshipPaymentsTable;
  stat_imports: StatImportsTable;
  stat_denominators: StatDenominatorsTable;
  stat_participants: StatParticipantsTable;
  stat_lingkaran_regency: StatLingkaranRegencyTable;
  stat_donor_regency: StatDonorRegencyTable;
  stat_totals: StatTotalsTable;
  stat_revision: StatRevisionTable;
};
