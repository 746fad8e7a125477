import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { TMe } from './schemas.ts';

/** The signed-in user as the web app sees it: scopes with their region names. */
export async function loadMe(db: Kysely<DB>, userId: string): Promise<TMe> {
  const user = await db
    .selectFrom('users as u')
    .leftJoin('branches as b', 'b.id', 'u.branch_id')
    .leftJoin('donor_orgs as d', 'd.id', 'u.donor_org_id')
    .select([
      'u.id',
      'u.email',
      'u.full_name',
      'u.role',
      'u.locale',
      'u.region_scopes',
      'b.code as branch_code',
      'b.name as branch_name',
      'd.id as donor_id',
      'd.display_name as donor_name',
      'd.type as donor_type',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AppError('UNAUTHENTICATED');
  const regions =
    user.region_scopes.length === 0
      ? []
      : await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', user.region_scopes).execute();
  const nameOf = new Map(regions.map((r) => [r.code, r.name]));
  return {
    id: user.id,
    email: user.email,
    fullName: user.full_name,
    role: user.role,
    locale: user.locale,
    regionScopes: user.region_scopes.map((code) => ({ code, name: nameOf.get(code) ?? code })),
    branch: user.branch_code && user.branch_name ? { code: user.branch_code, name: user.branch_name } : null,
    donorOrg:
      user.donor_id && user.donor_name && user.donor_type
        ? { id: user.donor_id, displayName: user.donor_name, type: user.donor_type }
        : null,
  };
}
