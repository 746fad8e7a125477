import { createHash, randomBytes } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { CLAIM_TYPES, DOCUMENT_KINDS, requiredDocuments, type ClaimType, type DocumentKindCode } from '../../domain/claims.ts';
import { isIsoDate, jakartaToday } from '../../domain/dates.ts';
import { RELATIONSHIPS } from '../../domain/heirs.ts';
import { maskedNikFrom, normalizeNik } from '../../domain/nik.ts';
import { AppError } from '../../http/errors.ts';
import { allow, type Actor } from '../../http/policy.ts';
import { constantTimeEqual, decryptField } from '../../lib/crypto.ts';
import { documentKind, documentStoreFor } from '../../lib/documents.ts';
import { writeAudit } from '../audit/audit.ts';
import { requireActor } from '../auth/routes.ts';
import { verifyPassword } from '../auth/password.ts';
import { nikBlindIndex, registeredByBlindIndex, workerScope } from '../workers/repository.ts';
import {
  addClaimant,
  approveClaim,
  changePayoutAccount,
  coverageOnEvent,
  endScholarship,
  missingDocuments,
  openClaim,
  payClaim,
  payScholarshipYear,
  recipientsOf,
  rejectClaim,
  storeClaimDocument,
  submitClaim,
  updateDetails,
  verifyClaim,
  type ClaimDeps,
  type ClaimRow,
} from './service.ts';

/**
 * Claims: officers take a claim from intake to payout; an heir can start one from a public form and
 * add documents with the token it was given; donors see paid claims of the workers their money
 * protected. Documents and bank accounts never reach donors or public responses.
 */
const CLAIM_STAFF = allow.roles('admin', 'officer');
const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const PUBLIC_LIMIT = { max: 10, timeWindow: 60_000 };

const ZType = z.enum(CLAIM_TYPES);
const ZRelationship = z.enum(RELATIONSHIPS);
const ZDocumentKind = z.enum(Object.keys(DOCUMENT_KINDS) as [DocumentKindCode, ...DocumentKindCode[]]);
const ZRupiah = z.string().regex(/^\d{1,13}$/);
const ZDetails = z.strictObject({
  children: z.array(z.strictObject({ name: z.string().trim().min(1).max(120), birthDate: z.iso.date(), level: z.string().max(20) })).max(10).optional(),
  incapacityMonths: z.number().int().min(0).max(120).optional(),
  disabilityPercent: z.number().min(0).max(100).optional(),
  disabilityCode: z.string().max(40).optional(),
  transport: z.strictObject({ LAND: ZRupiah.optional(), SEA: ZRupiah.optional(), AIR: ZRupiah.optional() }).optional(),
  homeCare: ZRupiah.optional(),
  medical: ZRupiah.optional(),
});
const ZClaimant = z.strictObject({
  fullName: z.string().trim().min(2).max(120),
  relationship: ZRelationship,
  phone: z.string().max(20).optional(),
  bankName: z.string().trim().max(60).optional(),
  bankAccount: z.string().max(30).optional(),
  bankAccountHolder: z.string().trim().max(120).optional(),
  isPublicNameConsented: z.boolean().optional(),
});

type Details = z.infer<typeof ZDetails>;
function detailsOf(d: Details | undefined) {
  if (!d) return {};
  const rupiah = (v: string | undefined) => (v === undefined ? undefined : BigInt(v));
  return {
    children: d.children,
    incapacityMonths: d.incapacityMonths,
    disabilityPercent: d.disabilityPercent,
    disabilityCode: d.disabilityCode,
    transport: d.transport ? { LAND: rupiah(d.transport.LAND), SEA: rupiah(d.transport.SEA), AIR: rupiah(d.transport.AIR) } : undefined,
    homeCare: rupiah(d.homeCare),
    medical: rupiah(d.medical),
  };
}

const ZClaimSummary = z.object({
  id: z.string(),
  number: z.string(),
  type: ZType,
  status: z.enum(['draft', 'submitted', 'verified', 'approved', 'paid', 'rejected']),
  source: z.enum(['officer', 'public']),
  eventDate: z.string(),
  worker: z.object({ id: z.string(), name: z.string(), maskedNik: z.string(), regency: z.string().nullable() }),
  benefitTotal: z.string(),
  slaDueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  createdAt: z.string(),
});

async function visibleClaim(db: Kysely<DB>, actor: Actor, claimId: string): Promise<ClaimRow> {
  const claim = await db
    .selectFrom('claims')
    .innerJoin('workers', 'workers.id', 'claims.worker_id')
    .selectAll('claims')
    .where('claims.id', '=', claimId)
    .where(workerScope(actor))
    .executeTakeFirst();
  if (!claim) throw new AppError('NOT_FOUND', { details: { entity: 'claim' } });
  return claim;
}

function isOverdue(c: Pick<ClaimRow, 'status' | 'sla_due_on'>, today: string): boolean {
  return (c.status === 'verified' || c.status === 'approved') && c.sla_due_on !== null && c.sla_due_on < today;
}

async function readDocumentUpload(request: FastifyRequest): Promise<{ kind: DocumentKindCode; fileName: string; bytes: Buffer; type: 'pdf' | 'jpg' | 'png' }> {
  if (!request.isMultipart()) throw new AppError('FILE_REQUIRED');
  let kind: string | undefined;
  let upload: { fileName: string; bytes: Buffer } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field' && part.fieldname === 'kind') kind = String(part.value);
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', { details: { maxBytes: DOCUMENT_MAX_BYTES } });
      upload = { fileName: part.filename.slice(0, 200), bytes };
    }
  }
  const parsedKind = ZDocumentKind.safeParse(kind);
  if (!parsedKind.success) throw new AppError('VALIDATION_FAILED', { details: { field: 'kind', accepted: Object.keys(DOCUMENT_KINDS) } });
  if (!upload || upload.bytes.length === 0) throw new AppError('FILE_REQUIRED');
  const type = documentKind(upload.bytes);
  if (!type) throw new AppError('FILE_TYPE_UNSUPPORTED', { details: { accepted: ['pdf', 'jpg', 'png'] } });
  return { kind: parsedKind.data, fileName: upload.fileName, bytes: upload.bytes, type };
}

export const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 5, parts: 6 } });
  const db = () => app.deps.database.db;
  const deps = (): ClaimDeps => ({ db: db(), book: app.deps.config.rules, keyring: app.deps.config.keyring });
  const store = () => documentStoreFor(app.deps.config);

  const storeDocument = (claimId: string, actorId: string | null, upload: Awaited<ReturnType<typeof readDocumentUpload>>) =>
    storeClaimDocument(db(), store(), claimId, actorId, upload);

  app.get(
    '/claims',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Daftar klaim di wilayah petugas; overdue=true: melewati batas waktu layanan',
        querystring: z.strictObject({ status: z.enum(['draft', 'submitted', 'verified', 'approved', 'paid', 'rejected']).optional(), overdue: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(ZClaimSummary) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const today = jakartaToday();
      let query = db()
        .selectFrom('claims')
        .innerJoin('workers', 'workers.id', 'claims.worker_id')
        .leftJoin('regions', 'regions.code', 'workers.regency_code')
        .select(['claims.id', 'claims.number', 'claims.type', 'claims.status', 'claims.source', 'claims.event_date', 'claims.benefit_total', 'claims.sla_due_on', 'claims.created_at', 'workers.id as worker_id', 'workers.full_name', 'workers.nik_prefix4', 'workers.nik_last4', 'regions.name as regency'])
        .where(workerScope(actor))
        .orderBy('claims.created_at', 'desc')
        .limit(200);
      if (request.query.status) query = query.where('claims.status', '=', request.query.status);
      if (request.query.overdue === 'true') query = query.where('claims.status', 'in', ['verified', 'approved']).where('claims.sla_due_on', '<', today);
      const rows = await query.execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          number: r.number,
          type: r.type,
          status: r.status,
          source: r.source,
          eventDate: r.event_date,
          worker: { id: r.worker_id, name: r.full_name, maskedNik: maskedNikFrom(r.nik_prefix4 ?? '****', r.nik_last4), regency: r.regency },
          benefitTotal: r.benefit_total.toString(),
          slaDueOn: r.sla_due_on,
          isOverdue: isOverdue(r, today),
          createdAt: r.created_at.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/claims/eligibility',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Sebelum membuka klaim: status kepesertaan pekerja pada tanggal kejadian, dengan alasannya',
        querystring: z.strictObject({ workerId: z.uuid(), type: ZType, eventDate: z.iso.date() }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const worker = await db().selectFrom('workers').select('id').where('id', '=', request.query.workerId).where(workerScope(actor)).executeTakeFirst();
      if (!worker) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
      return coverageOnEvent(db(), app.deps.config.rules, worker.id, request.query.type, request.query.eventDate);
    },
  );

  app.post(
    '/claims',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Buka klaim (draf): kepesertaan pada tanggal kejadian dan manfaat dihitung dengan aturan yang berlaku saat itu',
        body: z.strictObject({ workerId: z.uuid(), type: ZType, eventDate: z.iso.date(), description: z.string().max(2000).optional(), details: ZDetails.optional(), claimants: z.array(ZClaimant).max(20).optional() }),
        response: { 201: z.object({ id: z.string(), number: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const worker = await db().selectFrom('workers').select('id').where('id', '=', request.body.workerId).where(workerScope(actor)).executeTakeFirst();
      if (!worker) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
      const claim = await openClaim(deps(), actor, { ...request.body, details: detailsOf(request.body.details) }, { source: 'officer', requestId: request.id });
      reply.code(201);
      return { id: claim.id, number: claim.number };
    },
  );

  app.get(
    '/claims/:id',
    {
      config: { policy: CLAIM_STAFF },
      schema: { tags: ['klaim'], summary: 'Klaim lengkap: kepesertaan, manfaat terperinci, ahli waris dan urutannya, dokumen, batas waktu, beasiswa', params: z.object({ id: z.uuid() }) },
    },
    async (request) => {
      const actor = requireActor(request);
      const claim = await visibleClaim(db(), actor, request.params.id);
      const today = jakartaToday();
      const worker = await db()
        .selectFrom('workers')
        .leftJoin('regions', 'regions.code', 'workers.regency_code')
        .select(['workers.id', 'workers.full_name', 'workers.nik_prefix4', 'workers.nik_last4', 'workers.kpj', 'workers.birth_date', 'regions.name as regency'])
        .where('workers.id', '=', claim.worker_id)
        .executeTakeFirstOrThrow();
      const claimants = await db().selectFrom('claimants').selectAll().where('claim_id', '=', claim.id).orderBy('created_at').execute();
      const documents = await db().selectFrom('claim_documents').select(['id', 'kind', 'file_name', 'content_type', 'size_bytes', 'uploaded_at']).where('claim_id', '=', claim.id).orderBy('uploaded_at').execute();
      const { decision, recipients } = await recipientsOf(db(), claim);
      const required = requiredDocuments(claim.type, { hasSpouseClaimant: claimants.some((c) => c.relationship === 'SPOUSE') });
      const missing = await missingDocuments(db(), claim);
      const scholarships = await db()
        .selectFrom('scholarship_entitlements')
        .selectAll()
        .where('claim_id', '=', claim.id)
        .orderBy('child_index')
        .execute();
      const payments = scholarships.length
        ? await db().selectFrom('scholarship_payments').selectAll().where('entitlement_id', 'in', scholarships.map((s) => s.id)).orderBy('school_year').execute()
        : [];
      const isMaker = claim.created_by === actor.userId || claim.verified_by === actor.userId;
      return {
        id: claim.id,
        number: claim.number,
        type: claim.type,
        status: claim.status,
        source: claim.source,
        eventDate: claim.event_date,
        description: claim.event_description,
        worker: { id: worker.id, name: worker.full_name, maskedNik: maskedNikFrom(worker.nik_prefix4 ?? '****', worker.nik_last4), kpj: worker.kpj, regency: worker.regency },
        coverage: claim.coverage,
        benefit: claim.benefit,
        /** What the benefit was computed from (children, costs, months): editable while can.edit. */
        details: claim.benefit_input,
        benefitTotal: claim.benefit_total.toString(),
        penalty: claim.penalty_amount === null ? null : { days: claim.penalty_days, amount: claim.penalty_amount.toString() },
        slaDueOn: claim.sla_due_on,
        isOverdue: isOverdue(claim, today),
        claimants: claimants.map((c) => ({
          id: c.id,
          fullName: c.full_name,
          relationship: c.relationship,
          bankName: c.bank_name,
          bankAccountMasked: c.bank_account_last4 ? `****${c.bank_account_last4}` : null,
          bankAccountHolder: c.bank_account_holder,
          payoutHeldUntil: c.bank_changed_at ? new Date(c.bank_changed_at.getTime() + 24 * 3_600_000).toISOString() : null,
          isPublicNameConsented: c.is_public_name_consented,
          amount: recipients.find((r) => r.claimantId === c.id)?.amount ?? null,
        })),
        heirs: decision ? { tier: decision.tier, returnedToFund: decision.returnedToFund.toString(), excluded: decision.excluded.map((e) => e.id) } : null,
        documents: documents.map((d) => ({ id: d.id, kind: d.kind, fileName: d.file_name, contentType: d.content_type, sizeBytes: d.size_bytes, uploadedAt: d.uploaded_at.toISOString() })),
        checklist: required.map((kind) => ({ kind, isPresent: !missing.includes(kind) })),
        history: {
          createdAt: claim.created_at.toISOString(),
          submittedAt: claim.submitted_at?.toISOString() ?? null,
          verifiedAt: claim.verified_at?.toISOString() ?? null,
          approvedAt: claim.approved_at?.toISOString() ?? null,
          paidAt: claim.paid_at?.toISOString() ?? null,
          paidOn: claim.paid_on,
          payoutReference: claim.payout_reference,
          rejectedAt: claim.rejected_at?.toISOString() ?? null,
          rejectionReason: claim.rejection_reason,
        },
        scholarships: scholarships.map((s) => ({
          id: s.id,
          childIndex: s.child_index,
          childName: s.child_name,
          birthDate: s.birth_date,
          endsOn: s.ends_on,
          status: s.status,
          endedReason: s.ended_reason,
          plan: s.plan,
          payments: payments.filter((p) => p.entitlement_id === s.id).map((p) => ({ schoolYear: p.school_year, level: p.level, amount: p.amount.toString(), paidAt: p.paid_at.toISOString(), reference: p.payout_reference })),
        })),
        can: {
          edit: claim.status === 'draft' || claim.status === 'submitted',
          submit: claim.status === 'draft',
          verify: claim.status === 'submitted',
          approve: claim.status === 'verified' && !isMaker,
          pay: claim.status === 'approved',
          reject: !['paid', 'rejected'].includes(claim.status),
        },
      };
    },
  );

  app.post(
    '/claims/:id/claimants',
    {
      config: { policy: CLAIM_STAFF },
      schema: { tags: ['klaim'], summary: 'Tambah ahli waris/penerima', params: z.object({ id: z.uuid() }), body: ZClaimant, response: { 201: z.object({ id: z.string() }) } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      const id = await addClaimant(deps(), actor, request.params.id, request.body, request.id);
      reply.code(201);
      return { id };
    },
  );

  app.put(
    '/claims/:id/details',
    {
      config: { policy: CLAIM_STAFF },
      schema: { tags: ['klaim'], summary: 'Ubah rincian (anak, biaya, lama tidak mampu bekerja) dan hitung ulang manfaat', params: z.object({ id: z.uuid() }), body: ZDetails },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      await updateDetails(deps(), actor, request.params.id, detailsOf(request.body), request.id);
      return { ok: true };
    },
  );

  app.post(
    '/claims/:id/documents',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Unggah dokumen klaim (PDF, JPG, PNG; maks. 10 MB): jenis dari isi berkas, disimpan terenkripsi, tidak pernah publik',
        params: z.object({ id: z.uuid() }),
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const claim = await visibleClaim(db(), actor, request.params.id);
      if (claim.status === 'rejected') throw new AppError('INVALID_STATE', { details: { status: claim.status } });
      const id = await storeDocument(claim.id, actor.userId, await readDocumentUpload(request));
      await writeAudit(db(), { actorId: actor.userId, action: 'claim.document.upload', entity: 'claim', entityId: claim.id, after: { documentId: id }, requestId: request.id });
      reply.code(201);
      return { id };
    },
  );

  app.get(
    '/claims/:id/documents/:documentId',
    {
      config: { policy: CLAIM_STAFF },
      schema: { tags: ['klaim'], summary: 'Buka dokumen klaim (dicatat di log audit)', params: z.object({ id: z.uuid(), documentId: z.uuid() }) },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const claim = await visibleClaim(db(), actor, request.params.id);
      const doc = await db().selectFrom('claim_documents').selectAll().where('id', '=', request.params.documentId).where('claim_id', '=', claim.id).executeTakeFirst();
      if (!doc) throw new AppError('NOT_FOUND', { details: { entity: 'document' } });
      const bytes = await store().get(doc.storage_key);
      await writeAudit(db(), { actorId: actor.userId, action: 'pii.claim_document', entity: 'claim', entityId: claim.id, after: { documentId: doc.id, kind: doc.kind }, requestId: request.id });
      reply.header('content-type', doc.content_type).header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(doc.file_name)}`).header('cache-control', 'private, no-store');
      return reply.send(bytes);
    },
  );

  for (const [path, run, summary] of [
    ['submit', submitClaim, 'Ajukan draf klaim'],
    ['verify', verifyClaim, 'Verifikasi: dokumen lengkap, terlindungi pada tanggal kejadian, penerima dan rekening ada; batas waktu layanan mulai'],
    ['approve', approveClaim, 'Setujui (petugas kedua; pembuat/verifikator tidak boleh): manfaat dicadangkan di buku besar'],
  ] as const) {
    app.post(
      `/claims/:id/${path}`,
      { config: { policy: CLAIM_STAFF }, schema: { tags: ['klaim'], summary, params: z.object({ id: z.uuid() }) } },
      async (request) => {
        const actor = requireActor(request);
        await visibleClaim(db(), actor, request.params.id);
        await run(deps(), actor, request.params.id, request.id);
        return { ok: true };
      },
    );
  }

  app.post(
    '/claims/:id/pay',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Catat pembayaran dengan referensi bank (sekali saja); JKK terlambat: denda 1 % per hari ikut dibayar',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ reference: z.string().trim().min(3).max(80), paidOn: z.iso.date().optional() }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      if (request.body.paidOn && request.body.paidOn > jakartaToday()) throw new AppError('VALIDATION_FAILED', { details: { field: 'paidOn', reason: 'future' } });
      await payClaim(deps(), actor, request.params.id, request.body, request.id);
      return { ok: true };
    },
  );

  app.post(
    '/claims/:id/reject',
    {
      config: { policy: CLAIM_STAFF },
      schema: { tags: ['klaim'], summary: 'Tolak klaim dengan alasan (cadangan dibatalkan bila sudah disetujui)', params: z.object({ id: z.uuid() }), body: z.strictObject({ reason: z.string().trim().min(5).max(1000) }) },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      await rejectClaim(deps(), actor, request.params.id, request.body.reason, request.id);
      return { ok: true };
    },
  );

  app.put(
    '/claims/:id/claimants/:claimantId/bank-account',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Ganti rekening pembayaran: perlu kata sandi petugas lagi; dicatat; pembayaran ditahan 24 jam',
        params: z.object({ id: z.uuid(), claimantId: z.uuid() }),
        body: z.strictObject({ password: z.string().min(1).max(200), bankName: z.string().trim().min(2).max(60), bankAccount: z.string().max(30), bankAccountHolder: z.string().trim().min(2).max(120) }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      const user = await db().selectFrom('users').select('password_hash').where('id', '=', actor.userId).executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, request.body.password))) {
        await writeAudit(db(), { actorId: actor.userId, action: 'claim.payout_account.reauth_failed', entity: 'claimant', entityId: request.params.claimantId, requestId: request.id });
        throw new AppError('REAUTH_FAILED');
      }
      await changePayoutAccount(deps(), actor, request.params.id, request.params.claimantId, request.body, request.id);
      return { ok: true };
    },
  );

  app.post(
    '/claims/:id/claimants/:claimantId/bank-account/reveal',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Tampilkan nomor rekening lengkap untuk transfer (dengan alasan; dicatat di log audit)',
        params: z.object({ id: z.uuid(), claimantId: z.uuid() }),
        body: z.strictObject({ reason: z.string().trim().min(5).max(300) }),
        response: { 200: z.object({ bankName: z.string().nullable(), bankAccount: z.string(), bankAccountHolder: z.string().nullable() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      const c = await db().selectFrom('claimants').selectAll().where('id', '=', request.params.claimantId).where('claim_id', '=', request.params.id).executeTakeFirst();
      if (!c?.bank_account_ciphertext || !c.bank_account_key_id) throw new AppError('NOT_FOUND', { details: { entity: 'bank_account' } });
      const account = decryptField(app.deps.config.keyring, { keyId: c.bank_account_key_id, ciphertext: c.bank_account_ciphertext }, `claimant.bank:${c.id}`);
      await writeAudit(db(), { actorId: actor.userId, action: 'pii.bank_account', entity: 'claimant', entityId: c.id, reason: request.body.reason, requestId: request.id });
      return { bankName: c.bank_name, bankAccount: account, bankAccountHolder: c.bank_account_holder };
    },
  );

  app.post(
    '/claims/:id/scholarships/:entitlementId/payments',
    {
      config: { policy: CLAIM_STAFF },
      schema: {
        tags: ['klaim'],
        summary: 'Bayar beasiswa satu tahun ajaran dengan bukti aktif sekolah (dokumen BUKTI_SEKOLAH klaim ini)',
        params: z.object({ id: z.uuid(), entitlementId: z.uuid() }),
        body: z.strictObject({ proofDocumentId: z.uuid(), reference: z.string().trim().min(3).max(80) }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      const paid = await payScholarshipYear(deps(), actor, request.params.entitlementId, request.body, request.id);
      return { schoolYear: paid.schoolYear, level: paid.level, amount: paid.amount.toString() };
    },
  );

  app.post(
    '/claims/:id/scholarships/:entitlementId/end',
    {
      config: { policy: CLAIM_STAFF },
      schema: { tags: ['klaim'], summary: 'Akhiri beasiswa: menikah, bekerja, atau berhenti sekolah', params: z.object({ id: z.uuid(), entitlementId: z.uuid() }), body: z.strictObject({ reason: z.enum(['married', 'working', 'stopped_school']) }) },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleClaim(db(), actor, request.params.id);
      await endScholarship(deps(), actor, request.params.entitlementId, request.body.reason, request.id);
      return { ok: true };
    },
  );

  // ── Public intake by an heir ────────────────────────────────────────────────────────────────
  const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

  app.post(
    '/public/claims',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_LIMIT },
      schema: {
        tags: ['publik'],
        summary: 'Ahli waris memulai klaim: NIK dan tanggal lahir peserta, kejadian, data pelapor; petugas cabang meninjau. Kembali: nomor klaim dan token untuk mengunggah dokumen.',
        body: z.strictObject({
          nik: z.string().max(40),
          birthDate: z.string().max(10),
          type: ZType,
          eventDate: z.iso.date(),
          description: z.string().max(2000).optional(),
          claimant: ZClaimant,
        }),
        response: { 201: z.object({ number: z.string(), uploadToken: z.string(), documents: z.array(z.object({ kind: z.string(), label: z.string() })) }) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const nik = normalizeNik(body.nik);
      if (!/^\d{16}$/.test(nik) || !isIsoDate(body.birthDate)) throw new AppError('CLAIM_WORKER_NOT_FOUND');
      const found = await registeredByBlindIndex(db(), [nikBlindIndex(app.deps.config.keyring, nik)]);
      const candidate = [...found.values()][0];
      const worker = candidate ? await db().selectFrom('workers').select(['id', 'birth_date']).where('id', '=', candidate).executeTakeFirst() : undefined;
      if (!worker || !constantTimeEqual(worker.birth_date, body.birthDate)) throw new AppError('CLAIM_WORKER_NOT_FOUND');
      const token = randomBytes(24).toString('base64url');
      const claim = await openClaim(
        deps(),
        null,
        { workerId: worker.id, type: body.type, eventDate: body.eventDate, description: body.description, claimants: [body.claimant] },
        { source: 'public', publicTokenHash: tokenHash(token), requestId: request.id },
      );
      const locale = request.headers['accept-language']?.startsWith('en') ? 'en' : 'id';
      reply.code(201);
      return {
        number: claim.number,
        uploadToken: token,
        documents: requiredDocuments(body.type as ClaimType, { hasSpouseClaimant: body.claimant.relationship === 'SPOUSE' }).map((kind) => ({ kind, label: DOCUMENT_KINDS[kind][locale] })),
      };
    },
  );

  app.post(
    '/public/claims/:number/documents',
    {
      config: { policy: allow.public, rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags: ['publik'],
        summary: 'Ahli waris mengunggah dokumen klaimnya dengan token yang diterima saat memulai klaim',
        params: z.object({ number: z.string().regex(/^KLM-\d{4}-\d{6}$/) }),
        headers: z.object({ 'x-claim-token': z.string().min(20).max(64) }),
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const claim = await db().selectFrom('claims').select(['id', 'status', 'public_token_hash']).where('number', '=', request.params.number).executeTakeFirst();
      // Unknown number and wrong token answer alike.
      if (!claim?.public_token_hash || !constantTimeEqual(claim.public_token_hash, tokenHash(request.headers['x-claim-token']))) throw new AppError('NOT_FOUND', { details: { entity: 'claim' } });
      if (!['submitted', 'draft'].includes(claim.status)) throw new AppError('INVALID_STATE', { details: { status: claim.status } });
      const id = await storeDocument(claim.id, null, await readDocumentUpload(request));
      await writeAudit(db(), { actorId: null, action: 'claim.document.upload_public', entity: 'claim', entityId: claim.id, after: { documentId: id }, requestId: request.id });
      reply.code(201);
      return { id };
    },
  );

  // ── Donor impact ─────────────────────────────────────────────────────────────────────────────
  app.get(
    '/donor-impact/claims',
    {
      config: { policy: allow.roles('donor', 'admin') },
      schema: {
        tags: ['klaim'],
        summary: 'Klaim yang dibayar untuk pekerja yang dilindungi dana donatur: jenis, jumlah, wilayah, tanggal — nama keluarga hanya bila setuju',
        querystring: z.strictObject({ donorOrgId: z.uuid().optional() }),
        response: {
          200: z.object({
            items: z.array(z.object({ number: z.string(), type: ZType, amount: z.string(), regency: z.string().nullable(), province: z.string().nullable(), paidOn: z.string(), familyName: z.string().nullable() })),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const donorOrgId = actor.role === 'donor' ? actor.donorOrgId : (request.query.donorOrgId ?? null);
      if (!donorOrgId) return { items: [] };
      const rows = await db()
        .selectFrom('claims as c')
        .innerJoin('workers as w', 'w.id', 'c.worker_id')
        .leftJoin('regions as r', 'r.code', 'w.regency_code')
        .leftJoin('regions as p', 'p.code', 'r.parent_code')
        .select(['c.id', 'c.number', 'c.type', 'c.benefit_total', 'c.penalty_amount', 'c.paid_on', 'r.name as regency', 'p.name as province'])
        .where('c.status', '=', 'paid')
        // The donor's money protected the worker in the month of the event.
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('coverage_months as m')
              .select(sql`1`.as('one'))
              .whereRef('m.worker_id', '=', 'c.worker_id')
              .where('m.donor_org_id', '=', donorOrgId)
              .where(sql<boolean>`m.period_month = date_trunc('month', c.event_date)::date`),
          ),
        )
        .orderBy('c.paid_on', 'desc')
        .limit(200)
        .execute();
      const consented = rows.length
        ? await db().selectFrom('claimants').select(['claim_id', 'full_name']).where('claim_id', 'in', rows.map((r) => r.id)).where('is_public_name_consented', '=', true).orderBy('created_at').execute()
        : [];
      return {
        items: rows.map((r) => ({
          number: r.number,
          type: r.type,
          amount: (r.benefit_total + (r.penalty_amount ?? 0n)).toString(),
          regency: r.regency,
          province: r.province,
          paidOn: r.paid_on!,
          familyName: consented.find((c) => c.claim_id === r.id)?.full_name ?? null,
        })),
      };
    },
  );
};
