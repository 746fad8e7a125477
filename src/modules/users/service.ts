import { sql, type Kysely } from 'kysely';
import { newId } from '../../lib/ids.ts';
import type { Selectable } from 'kysely';
import type { DB, UsersTable } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import { writeAudit } from '../audit/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { deleteSessionsOfUser } from '../auth/sessions.ts';
import type { TCreateUserBody, TUserSummary } from './schemas.ts';

type UserRow = Pick<Selectable<UsersTable>, 'id' | 'email' | 'full_name' | 'role' | 'region_scopes' | 'donor_org_id' | 'disabled_at' | 'created_at'>;

const SUMMARY_COLUMNS = ['id', 'email', 'full_name', 'role', 'region_scopes', 'donor_org_id', 'disabled_at', 'created_at'] as const;

export function presentUser(row: UserRow): TUserSummary {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    role: row.role,
    regionScopes: row.region_scopes,
    donorOrgId: row.donor_org_id,
    disabledAt: row.disabled_at ? row.disabled_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listUsers(db: Kysely<DB>, filter: { q?: string; role?: TUserSummary['role'] }): Promise<TUserSummary[]> {
  const rows = await db
    .selectFrom('users')
    .select(SUMMARY_COLUMNS)
    .$if(Boolean(filter.role), (qb) => qb.where('role', '=', filter.role!))
    .$if(Boolean(filter.q), (qb) => {
      const pattern = `%${filter.q!.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      return qb.where((eb) => eb.or([eb(sql`lower(email)`, 'like', pattern), eb(sql`lower(full_name)`, 'like', pattern)]));
    })
    .orderBy('created_at')
    .limit(500)
    .execute();
  return rows.map(presentUser);
}

const SCOPED_ROLES = new Set(['officer', 'gov', 'agent']);

export async function createUser(
  db: Kysely<DB>,
  options: { actor: Actor; input: TCreateUserBody; requestId: string },
): Promise<TUserSummary> {
  const { input } = options;
  const scopes = [...new Set(input.regionScopes ?? [])];
  const fieldErrors: { path: string; code: string; message: string }[] = [];
  if (SCOPED_ROLES.has(input.role) && scopes.length === 0) {
    fieldErrors.push({ path: 'regionScopes', code: 'required', message: 'Peran ini wajib punya wilayah kerja' });
  }
  if (!SCOPED_ROLES.has(input.role) && scopes.length > 0) {
    fieldErrors.push({ path: 'regionScopes', code: 'not_allowed', message: 'Peran ini tidak memakai wilayah kerja' });
  }
  if (input.role === 'donor' && !input.donorOrgId) {
    fieldErrors.push({ path: 'donorOrgId', code: 'required', message: 'Pengguna donatur wajib terikat ke organisasi donatur' });
  }
  if (input.role !== 'donor' && input.donorOrgId) {
    fieldErrors.push({ path: 'donorOrgId', code: 'not_allowed', message: 'Hanya pengguna donatur yang terikat ke organisasi donatur' });
  }
  if (scopes.length > 0) {
    const known = await db.selectFrom('regions').select('code').where('code', 'in', scopes).execute();
    const knownCodes = new Set(known.map((r) => r.code));
    for (const code of scopes.filter((c) => !knownCodes.has(c))) {
      fieldErrors.push({ path: 'regionScopes', code: 'unknown_region', message: `Kode wilayah ${code} tidak dikenal` });
    }
  }
  if (input.donorOrgId) {
    const org = await db.selectFrom('donor_orgs').select('id').where('id', '=', input.donorOrgId).executeTakeFirst();
    if (!org) fieldErrors.push({ path: 'donorOrgId', code: 'unknown_donor_org', message: 'Organisasi donatur tidak ditemukan' });
  }
  if (fieldErrors.length) throw new AppError('VALIDATION_FAILED', { details: { in: 'body', fields: fieldErrors } });

  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where(sql`lower(email)`, '=', input.email.toLowerCase())
      .executeTakeFirst();
    if (taken) throw new AppError('EMAIL_TAKEN');
    const row = await trx
      .insertInto('users')
      .values({
        id: newId(),
        email: input.email.toLowerCase(),
        password_hash: passwordHash,
        full_name: input.fullName,
        role: input.role,
        region_scopes: scopes,
        donor_org_id: input.donorOrgId ?? null,
      })
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirstOrThrow();
    const user = presentUser(row);
    await writeAudit(trx, {
      actorId: options.actor.userId,
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      after: user,
      requestId: options.requestId,
    });
    return user;
  });
}

/** Disabling a user ends all of their sessions at once; enabling lets them sign in again. */
export async function setUserDisabled(
  db: Kysely<DB>,
  options: { actor: Actor; userId: string; isDisabled: boolean; requestId: string },
): Promise<TUserSummary> {
  if (options.isDisabled && options.userId === options.actor.userId) {
    throw new AppError('CONFLICT', { message: 'Anda tidak dapat menonaktifkan akun sendiri.' });
  }
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').select(SUMMARY_COLUMNS).where('id', '=', options.userId).forUpdate().executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND');
    const row = await trx
      .updateTable('users')
      .set({ disabled_at: options.isDisabled ? (before.disabled_at ?? new Date()) : null, updated_at: new Date() })
      .where('id', '=', options.userId)
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirstOrThrow();
    const endedSessions = options.isDisabled ? await deleteSessionsOfUser(trx, options.userId) : 0;
    await writeAudit(trx, {
      actorId: options.actor.userId,
      action: options.isDisabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: options.userId,
      before: presentUser(before),
      after: { ...presentUser(row), endedSessions },
      requestId: options.requestId,
    });
    return presentUser(row);
  });
}
