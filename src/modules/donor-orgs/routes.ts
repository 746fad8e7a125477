import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { DONOR_TYPES, type DonorType } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { allow } from '../../http/policy.ts';
import { newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password.ts';
import { requireActor } from '../auth/routes.ts';
import { createUser } from '../users/service.ts';
import { ZUserSummary } from '../users/schemas.ts';

/**
 * Donor organisations of every type (company, BUMN, BUMD, institution, zakat body, regional
 * government, individual): officers onboard them and their users; individuals register themselves
 * from a public page; each organisation decides whether its name may appear publicly; a donor sees
 * the money in and out of its fund.
 */
const ZType = z.enum(DONOR_TYPES as unknown as [DonorType, ...DonorType[]]);
const ZId = z.object({ id: z.uuid() });

const ZDonorOrg = z
  .object({
    id: z.string(),
    type: ZType,
    legalName: z.string(),
    displayName: z.string(),
    regionCode: z.string().nullable(),
    contactEmail: z.string().nullable(),
    npwp: z.string().nullable(),
    isPublicNameConsented: z.boolean(),
    fundBalance: z.string(),
    donations: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'DonorOrg' });

const ZOrgInput = z.strictObject({
  type: ZType,
  legalName: z.string().trim().min(2).max(200),
  displayName: z.string().trim().min(2).max(120),
  regionCode: z.string().regex(/^\d{2}(\.\d{2})?$/).optional(),
  contactEmail: z.email().max(254).optional(),
  npwp: z.string().regex(/^[\d.-]{15,20}$/).optional(),
  isPublicNameConsented: z.boolean().default(false),
});

async function loadOrgs(request: FastifyRequest, where: { id?: string; q?: string }) {
  const db = request.server.deps.database.db;
  return db
    .selectFrom('donor_orgs as o')
    .leftJoin('ledger_accounts as a', (join) => join.onRef('a.donor_org_id', '=', 'o.id').on('a.kind', '=', 'donor_fund'))
    .select([
      'o.id',
      'o.type',
      'o.legal_name',
      'o.display_name',
      'o.region_code',
      'o.contact_email',
      'o.npwp',
      'o.is_public_name_consented',
      'o.created_at',
      sql<bigint>`coalesce(a.credits - a.debits, 0)::int8`.as('balance'),
      sql<number>`(select count(*)::int from donations d where d.donor_org_id = o.id)`.as('donations'),
    ])
    .$if(Boolean(where.id), (q) => q.where('o.id', '=', where.id!))
    // The system organisation behind self-payments is not a donor anyone chooses from a list.
    .$if(!where.id, (q) => q.where('o.is_system', '=', false))
    .$if(Boolean(where.q), (q) => q.where(sql<boolean>`lower(o.display_name || ' ' || o.legal_name) like ${`%${where.q!.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`))
    .orderBy('o.display_name')
    .limit(500)
    .execute();
}

type OrgRow = Awaited<ReturnType<typeof loadOrgs>>[number];
const present = (r: OrgRow): z.infer<typeof ZDonorOrg> => ({
  id: r.id,
  type: r.type,
  legalName: r.legal_name,
  displayName: r.display_name,
  regionCode: r.region_code,
  contactEmail: r.contact_email,
  npwp: r.npwp,
  isPublicNameConsented: r.is_public_name_consented,
  fundBalance: r.balance.toString(),
  donations: r.donations,
  createdAt: r.created_at.toISOString(),
});

/** Donors act on their own organisation only; officers and admins on any. */
function orgIdFor(request: FastifyRequest, requested: string): string {
  const actor = requireActor(request);
  if (actor.role === 'donor' && actor.donorOrgId !== requested) throw new AppError('NOT_FOUND', { details: { entity: 'donor_org' } });
  return requested;
}

export const donorOrgRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/donor-orgs',
    {
      config: { policy: allow.roles('admin', 'officer') },
      schema: {
        tags: ['donatur'],
        summary: 'Organisasi donatur dengan saldo dana dan jumlah donasi',
        querystring: z.strictObject({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(ZDonorOrg) }) },
      },
    },
    async (request) => ({ items: (await loadOrgs(request, { q: request.query.q })).map(present) }),
  );

  app.post(
    '/donor-orgs',
    {
      config: { policy: allow.roles('admin', 'officer') },
      schema: { tags: ['donatur'], summary: 'Daftarkan organisasi donatur', body: ZOrgInput, response: { 201: ZDonorOrg } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = newId();
      const b = request.body;
      if (b.regionCode && !(await db.selectFrom('regions').select('code').where('code', '=', b.regionCode).executeTakeFirst())) {
        throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'regionCode', code: 'unknown_region', message: b.regionCode }] } });
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('donor_orgs')
          .values({
            id,
            type: b.type,
            legal_name: b.legalName,
            display_name: b.displayName,
            region_code: b.regionCode ?? null,
            contact_email: b.contactEmail ?? null,
            npwp: b.npwp ?? null,
            is_public_name_consented: b.isPublicNameConsented,
            created_by: actor.userId,
          })
          .execute();
        await writeAudit(trx, { actorId: actor.userId, action: 'donor_org.create', entity: 'donor_org', entityId: id, after: { ...b }, requestId: request.id });
      });
      reply.code(201);
      return present((await loadOrgs(request, { id }))[0]!);
    },
  );

  app.get(
    '/donor-orgs/:id',
    { config: { policy: allow.roles('admin', 'officer', 'donor') }, schema: { tags: ['donatur'], summary: 'Satu organisasi donatur', params: ZId, response: { 200: ZDonorOrg } } },
    async (request) => {
      const row = (await loadOrgs(request, { id: orgIdFor(request, request.params.id) }))[0];
      if (!row) throw new AppError('NOT_FOUND', { details: { entity: 'donor_org' } });
      return present(row);
    },
  );

  app.patch(
    '/donor-orgs/:id',
    {
      config: { policy: allow.roles('admin', 'officer', 'donor') },
      schema: {
        tags: ['donatur'],
        summary: 'Ubah kontak dan persetujuan nama tampil di publik (papan peringkat, kartu)',
        params: ZId,
        body: z.strictObject({ displayName: z.string().trim().min(2).max(120).optional(), contactEmail: z.email().max(254).optional(), isPublicNameConsented: z.boolean().optional() }),
        response: { 200: ZDonorOrg },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const id = orgIdFor(request, request.params.id);
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('donor_orgs').select(['display_name', 'contact_email', 'is_public_name_consented']).where('id', '=', id).forUpdate().executeTakeFirst();
        if (!before) throw new AppError('NOT_FOUND', { details: { entity: 'donor_org' } });
        const b = request.body;
        await trx
          .updateTable('donor_orgs')
          .set({
            ...(b.displayName !== undefined ? { display_name: b.displayName } : {}),
            ...(b.contactEmail !== undefined ? { contact_email: b.contactEmail } : {}),
            ...(b.isPublicNameConsented !== undefined ? { is_public_name_consented: b.isPublicNameConsented } : {}),
          })
          .where('id', '=', id)
          .execute();
        await writeAudit(trx, { actorId: actor.userId, action: 'donor_org.update', entity: 'donor_org', entityId: id, before, after: b, requestId: request.id });
      });
      return present((await loadOrgs(request, { id }))[0]!);
    },
  );

  app.post(
    '/donor-orgs/:id/users',
    {
      config: { policy: allow.roles('admin', 'officer') },
      schema: {
        tags: ['donatur'],
        summary: 'Buat akun pengguna untuk organisasi donatur',
        params: ZId,
        body: z.strictObject({ email: z.email().max(254), fullName: z.string().trim().min(2).max(120), password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH) }),
        response: { 201: ZUserSummary },
      },
    },
    async (request, reply) => {
      const user = await createUser(db, { actor: requireActor(request), input: { ...request.body, role: 'donor', donorOrgId: request.params.id }, requestId: request.id });
      reply.code(201);
      return user;
    },
  );

  app.get(
    '/donor-orgs/:id/statement',
    {
      config: { policy: allow.roles('admin', 'officer', 'donor') },
      schema: {
        tags: ['donatur'],
        summary: 'Mutasi dana donatur: uang masuk (pembayaran), keluar (alokasi, pengembalian), dan saldonya',
        params: ZId,
        response: {
          200: z.object({
            balance: z.string(),
            items: z.array(
              z.object({ at: z.string(), kind: z.string(), donationId: z.string().nullable(), donationNumber: z.string().nullable(), moneyIn: z.string(), moneyOut: z.string(), balance: z.string(), memo: z.string().nullable() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const id = orgIdFor(request, request.params.id);
      const rows = await sql<{ at: Date; kind: string; donation_id: string | null; number: string | null; money_in: bigint; money_out: bigint; memo: string | null }>`
        select e.created_at as at, e.kind, e.donation_id, d.number,
               coalesce(sum(p.amount) filter (where p.side = 'credit'), 0)::int8 as money_in,
               coalesce(sum(p.amount) filter (where p.side = 'debit'), 0)::int8 as money_out,
               e.memo
        from ledger_accounts a
        join postings p on p.account_id = a.id
        join journal_entries e on e.id = p.entry_id
        left join donations d on d.id = e.donation_id
        where a.kind = 'donor_fund' and a.donor_org_id = ${id}::uuid
        group by e.id, d.number
        order by e.created_at, e.id
        limit 5000
      `.execute(db);
      let balance = 0n;
      const items = rows.rows.map((r) => {
        balance += r.money_in - r.money_out;
        return {
          at: r.at.toISOString(),
          kind: r.kind,
          donationId: r.donation_id,
          donationNumber: r.number,
          moneyIn: r.money_in.toString(),
          moneyOut: r.money_out.toString(),
          balance: balance.toString(),
          memo: r.memo,
        };
      });
      return { balance: balance.toString(), items: items.reverse() };
    },
  );

  app.post(
    '/donor-orgs/register-individual',
    {
      config: { policy: allow.public, rateLimit: { max: 5, timeWindow: 3_600_000 } },
      schema: {
        tags: ['donatur'],
        summary: 'Perorangan mendaftar sebagai donatur (lalu masuk dan berdonasi)',
        body: z.strictObject({
          fullName: z.string().trim().min(2).max(120),
          email: z.email().max(254),
          password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
          isPublicNameConsented: z.boolean().default(false),
        }),
        response: { 201: z.object({ donorOrgId: z.string(), userId: z.string() }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const orgId = newId();
      const userId = newId();
      const passwordHash = await hashPassword(b.password);
      // The organisation and its user are created together or not at all.
      await db.transaction().execute(async (trx) => {
        const taken = await trx.selectFrom('users').select('id').where(sql`lower(email)`, '=', b.email.toLowerCase()).executeTakeFirst();
        if (taken) throw new AppError('EMAIL_TAKEN');
        await trx
          .insertInto('donor_orgs')
          .values({ id: orgId, type: 'PERORANGAN', legal_name: b.fullName, display_name: b.fullName, region_code: null, contact_email: b.email.toLowerCase(), is_public_name_consented: b.isPublicNameConsented })
          .execute();
        await trx
          .insertInto('users')
          .values({ id: userId, email: b.email.toLowerCase(), password_hash: passwordHash, full_name: b.fullName, role: 'donor', region_scopes: [], donor_org_id: orgId })
          .execute();
        await writeAudit(trx, { actorId: null, action: 'donor_org.register_individual', entity: 'donor_org', entityId: orgId, after: { userId, isPublicNameConsented: b.isPublicNameConsented }, requestId: request.id });
      });
      reply.code(201);
      return { donorOrgId: orgId, userId };
    },
  );
};
