import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { requiredDocuments, type ClaimType } from '../../src/domain/claims.ts';
import { serviceLevelDeadline, workingCalendar } from '../../src/domain/calendar.ts';
import { addMonths, firstDayOf, jakartaToday, lastDayOf, monthOf } from '../../src/domain/dates.ts';
import { newId } from '../../src/lib/ids.ts';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { accountId, postEntry } from '../../src/modules/ledger/ledger.ts';
import { authHeaders, newUser, signIn, type Session, type TestUser } from '../helpers/context.ts';
import { randomName, randomNik, villageIn } from '../helpers/factories.ts';
import { createListeningContext } from '../helpers/listening.ts';
import { multipartWithFields } from '../helpers/upload.ts';

let ctx: Awaited<ReturnType<typeof createListeningContext>>;
let maker: Session;
let checker: Session;
let makerUser: TestUser;
let approver: Session;
let donor: Session;
let otherDonor: Session;
let donorOrgId: string;
const M0 = monthOf(jakartaToday());
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  ctx = await createListeningContext();
  makerUser = await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] });
  maker = await signIn(ctx.app, makerUser);
  checker = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  approver = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  donorOrgId = newId();
  await ctx.database.db.insertInto('donor_orgs').values({ id: donorOrgId, type: 'SWASTA', legal_name: `PT Klaim ${randomName()}`, display_name: 'PT Klaim Uji', region_code: null }).execute();
  donor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor', donorOrgId }));
  otherDonor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor' }));
});
afterAll(async () => {
  await ctx?.close();
});

const call = (session: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session ? authHeaders(session, method) : {}, ...(payload ? { payload } : {}) });

async function verifiedWorker(): Promise<{ id: string; nik: string; birthDate: string; fullName: string }> {
  const { villageCode, districtCode } = await villageIn(ctx.database, '62.02');
  const { nik } = randomNik({ districtCode });
  const fullName = `Klaim ${randomName()} ${randomName()}`;
  const created = await call(maker, 'POST', '/api/workers', { nik, fullName, villageCode, occupation: 'NELAYAN' });
  expect(created.statusCode).toBe(201);
  const worker = created.json().worker;
  expect((await call(checker, 'POST', `/api/workers/${worker.id}/verify`)).statusCode).toBe(200);
  return { id: worker.id, nik, birthDate: worker.birthDate, fullName };
}

/** Months paid by the donor, written as an allocation is: coverage rows and the entry that owes them to BPJS. */
async function paidMonths(workerId: string, months: string[]) {
  await ctx.database.db.transaction().execute(async (trx) => {
    const n = BigInt(months.length);
    const entry = await postEntry(trx, {
      kind: 'allocation',
      memo: 'uji klaim: riwayat iuran',
      postings: [
        { accountId: await accountId(trx, { kind: 'bank' }), side: 'debit', amount: 16_800n * n },
        { accountId: await accountId(trx, { kind: 'bpjs_payable', program: 'JKK' }), side: 'credit', amount: 10_000n * n },
        { accountId: await accountId(trx, { kind: 'bpjs_payable', program: 'JKM' }), side: 'credit', amount: 6_800n * n },
      ],
    });
    for (const month of months) {
      for (const program of ['JKK', 'JKM'] as const) {
        await trx
          .insertInto('coverage_months')
          .values({ worker_id: workerId, program, period_month: firstDayOf(month), amount: program === 'JKK' ? 10_000n : 6_800n, source: 'donation', donation_id: null, donor_org_id: donorOrgId, entry_id: entry })
          .execute();
      }
    }
  });
}

async function upload(session: Session, claimId: string, kind: string, content: Buffer = PDF, name = 'dokumen.pdf') {
  const body = multipartWithFields({ kind }, name, content, 'application/pdf');
  return ctx.app.inject({ method: 'POST', url: `/api/claims/${claimId}/documents`, headers: { ...authHeaders(session, 'POST'), ...body.headers }, payload: body.payload });
}

async function uploadAll(claimId: string, type: ClaimType, hasSpouse: boolean) {
  for (const kind of requiredDocuments(type, { hasSpouseClaimant: hasSpouse })) expect((await upload(maker, claimId, kind)).statusCode).toBe(201);
}

describe('eligibility on the event date', () => {
  it('is active on the last covered day, covered in arrears month 2 (the default setting), not after coverage ended', async () => {
    const w = await verifiedWorker();
    await paidMonths(w.id, [addMonths(M0, -8), addMonths(M0, -7), addMonths(M0, -6)]);
    const at = async (eventDate: string) => (await call(maker, 'GET', `/api/claims/eligibility?workerId=${w.id}&type=JKM&eventDate=${eventDate}`)).json();
    expect(await at(lastDayOf(addMonths(M0, -6)))).toMatchObject({ state: 'ACTIVE', isCovered: true, reason: 'ACTIVE', contributionMonths: 3, declaredIncome: '1000000' });
    expect(await at(`${addMonths(M0, -4)}-20`)).toMatchObject({ state: 'ARREARS', isCovered: true, reason: 'ARREARS_COVERED', unpaidMonths: 2 });
    expect(await at(`${addMonths(M0, -1)}-20`)).toMatchObject({ state: 'ENDED', isCovered: false, reason: 'ENDED' });
    expect((await call(maker, 'GET', `/api/claims/eligibility?workerId=${w.id}&type=JKM&eventDate=${addMonths(M0, -12)}-10`)).json()).toMatchObject({ state: 'NOT_STARTED', isCovered: false });
  });

  it('a claim after coverage ended is recorded with the reason and cannot be verified', async () => {
    const w = await verifiedWorker();
    await paidMonths(w.id, [addMonths(M0, -8)]);
    const opened = await call(maker, 'POST', '/api/claims', { workerId: w.id, type: 'JKM', eventDate: `${addMonths(M0, -1)}-20`, claimants: [{ fullName: 'Siti Ahli', relationship: 'SPOUSE', bankName: 'BRI', bankAccount: '123456789012', bankAccountHolder: 'Siti Ahli' }] });
    expect(opened.statusCode).toBe(201);
    const id = opened.json().id;
    await uploadAll(id, 'JKM', true);
    expect((await call(maker, 'POST', `/api/claims/${id}/submit`)).statusCode).toBe(200);
    const refused = await call(checker, 'POST', `/api/claims/${id}/verify`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'CLAIM_NOT_COVERED', details: { state: 'ENDED' } });
    expect(refused.json().error.message).toMatch(/tidak terlindungi pada tanggal kejadian/);
    expect((await call(maker, 'POST', `/api/claims/${id}/reject`, { reason: 'Kepesertaan berakhir sebelum tanggal kematian.' })).statusCode).toBe(200);
  });
});

describe('a JKM claim from intake to payout', () => {
  let w: Awaited<ReturnType<typeof verifiedWorker>>;
  let claimId: string;
  let widowId: string;

  it('computes Rp 42 juta by the rules on the event date and divides it among the heirs in legal order', async () => {
    w = await verifiedWorker();
    await paidMonths(w.id, [addMonths(M0, -2), addMonths(M0, -1), M0]);
    const eventDate = `${addMonths(M0, -1)}-10`;
    const opened = await call(maker, 'POST', '/api/claims', {
      workerId: w.id,
      type: 'JKM',
      eventDate,
      description: 'Meninggal karena sakit di rumah.',
      claimants: [
        { fullName: 'Sri Wahyuni', relationship: 'SPOUSE', bankName: 'BRI', bankAccount: '0012-3456-7890', bankAccountHolder: 'Sri Wahyuni', isPublicNameConsented: true },
        { fullName: 'Ahmad Kakak', relationship: 'SIBLING' },
      ],
    });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().number).toMatch(/^KLM-\d{4}-\d{6}$/);
    claimId = opened.json().id;
    const claim = (await call(maker, 'GET', `/api/claims/${claimId}`)).json();
    expect(claim).toMatchObject({ status: 'draft', benefitTotal: '42000000', coverage: { state: 'ACTIVE', isCovered: true }, heirs: { tier: 1 } });
    expect(claim.benefit.items.map((i: { code: string; amount: string }) => [i.code, i.amount])).toEqual([
      ['JKM_LUMP_SUM', '20000000'],
      ['PERIODIC', '12000000'],
      ['FUNERAL', '10000000'],
    ]);
    const widow = claim.claimants.find((c: { relationship: string }) => c.relationship === 'SPOUSE');
    const sibling = claim.claimants.find((c: { relationship: string }) => c.relationship === 'SIBLING');
    widowId = widow.id;
    expect(widow).toMatchObject({ amount: '42000000', bankAccountMasked: '****7890' });
    expect(sibling.amount).toBeNull();
    expect(JSON.stringify(claim)).not.toContain('001234567890');
    expect(claim.checklist.every((c: { isPresent: boolean }) => !c.isPresent)).toBe(true);
  });

  it('refuses uploads of the wrong type or size, and verification until documents are complete', async () => {
    const text = await upload(maker, claimId, 'AKTA_KEMATIAN', Buffer.from('bukan pdf, hanya teks'), 'akta.pdf');
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('FILE_TYPE_UNSUPPORTED');
    const huge = await upload(maker, claimId, 'AKTA_KEMATIAN', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1)]));
    expect(huge.statusCode).toBe(413);
    expect((await upload(maker, claimId, 'BUKAN_JENIS')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await call(maker, 'POST', `/api/claims/${claimId}/submit`)).statusCode).toBe(200);
    const early = await call(checker, 'POST', `/api/claims/${claimId}/verify`);
    expect(early.json().error.code).toBe('CLAIM_DOCUMENTS_MISSING');
    expect(early.json().error.details.missing).toContain('AKTA_KEMATIAN');
    await uploadAll(claimId, 'JKM', true);
    // Documents are never reachable by donors, and opening one is audited.
    const docs = (await call(maker, 'GET', `/api/claims/${claimId}`)).json().documents;
    expect((await call(donor, 'GET', `/api/claims/${claimId}/documents/${docs[0].id}`)).statusCode).toBe(403);
    const opened = await call(maker, 'GET', `/api/claims/${claimId}/documents/${docs[0].id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.rawPayload.equals(PDF)).toBe(true);
  });

  it('is verified with a service-level clock, and only an officer who neither opened nor verified it approves', async () => {
    expect((await call(checker, 'POST', `/api/claims/${claimId}/verify`)).statusCode).toBe(200);
    const verified = (await call(maker, 'GET', `/api/claims/${claimId}`)).json();
    expect(verified.slaDueOn).toBe(serviceLevelDeadline(ctx.config.rules, workingCalendar(ctx.config.rules), { kind: 'JKM', completeOn: jakartaToday() }));
    expect(verified.can.approve).toBe(false); // the maker asks
    const byMaker = await call(maker, 'POST', `/api/claims/${claimId}/approve`);
    expect(byMaker.statusCode).toBe(403);
    expect(byMaker.json().error.code).toBe('CLAIM_MAKER_CANNOT_APPROVE');
    expect((await call(checker, 'POST', `/api/claims/${claimId}/approve`)).json().error.code).toBe('CLAIM_MAKER_CANNOT_APPROVE');
    expect((await call(approver, 'POST', `/api/claims/${claimId}/approve`)).statusCode).toBe(200);
  });

  it('asks for the password again to change a payout account, and holds the payout for 24 hours after', async () => {
    const wrong = await call(maker, 'PUT', `/api/claims/${claimId}/claimants/${widowId}/bank-account`, { password: 'salah-sandi', bankName: 'BNI', bankAccount: '9988776655', bankAccountHolder: 'Sri Wahyuni' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('REAUTH_FAILED');
    const right = await call(maker, 'PUT', `/api/claims/${claimId}/claimants/${widowId}/bank-account`, { password: makerUser.password, bankName: 'BNI', bankAccount: '9988776655', bankAccountHolder: 'Sri Wahyuni' });
    expect(right.statusCode).toBe(200);
    const held = await call(approver, 'POST', `/api/claims/${claimId}/pay`, { reference: 'TRF-BNI-0001' });
    expect(held.statusCode).toBe(409);
    expect(held.json().error.code).toBe('CLAIM_PAYOUT_HOLD');
    const audit = await ctx.database.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_id', '=', widowId).where('action', '=', 'claim.payout_account').executeTakeFirstOrThrow();
    expect(JSON.stringify(audit)).not.toContain('9988776655');
    // A day later (the hold is measured from the change).
    await ctx.database.db.updateTable('claimants').set({ bank_changed_at: new Date(Date.now() - 25 * 3_600_000) }).where('id', '=', widowId).execute();
    const reveal = await call(approver, 'POST', `/api/claims/${claimId}/claimants/${widowId}/bank-account/reveal`, { reason: 'transfer santunan JKM' });
    expect(reveal.json()).toMatchObject({ bankName: 'BNI', bankAccount: '9988776655' });
  });

  it('records the payout once, even when two officers press "paid" at the same moment', async () => {
    const [a, b] = await Promise.all([
      call(approver, 'POST', `/api/claims/${claimId}/pay`, { reference: 'TRF-BNI-0001' }),
      call(maker, 'POST', `/api/claims/${claimId}/pay`, { reference: 'TRF-BNI-0002' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('CLAIM_ALREADY_PAID');
    expect((await call(maker, 'POST', `/api/claims/${claimId}/pay`, { reference: 'TRF-BNI-0003' })).json().error.code).toBe('CLAIM_ALREADY_PAID');
    const entries = await ctx.database.db.selectFrom('journal_entries').select(['kind']).where('claim_id', '=', claimId).orderBy('created_at').execute();
    expect(entries.map((e) => e.kind)).toEqual(['claim_approval', 'claim_payout']);
    expect((await call(maker, 'GET', `/api/claims/${claimId}`)).json()).toMatchObject({ status: 'paid', penalty: { days: 0, amount: '0' } });
    expect((await checkLedger(ctx.database.db)).filter((r) => r.violations > 0)).toEqual([]);
    // A person dies once: a second death claim is refused while this one stands.
    const again = await call(maker, 'POST', '/api/claims', { workerId: w.id, type: 'JKK_DEATH', eventDate: `${addMonths(M0, -1)}-10` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CLAIM_DUPLICATE', details: { status: 'paid' } });
  });

  it('shows the paid claim to the donor whose money protected the worker, with the family name it consented to', async () => {
    const mine = (await call(donor, 'GET', '/api/donor-impact/claims')).json().items;
    const claim = mine[0];
    expect(claim).toMatchObject({ type: 'JKM', amount: '42000000', regency: 'Kabupaten Kotawaringin Timur', familyName: 'Sri Wahyuni' });
    expect((await call(otherDonor, 'GET', '/api/donor-impact/claims')).json().items).toEqual([]);
    expect((await call(donor, 'GET', '/api/claims')).statusCode).toBe(403);
  });
});

describe('a JKK claim paid late', () => {
  it('carries the 1 % a day penalty after its service level, in the same payout entry', async () => {
    const w = await verifiedWorker();
    await paidMonths(w.id, [addMonths(M0, -1), M0]);
    const opened = await call(maker, 'POST', '/api/claims', {
      workerId: w.id,
      type: 'JKK_TEMPORARY_INCAPACITY',
      eventDate: `${addMonths(M0, -1)}-05`,
      details: { incapacityMonths: 2, medical: '3500000', transport: { LAND: '250000' } },
      claimants: [{ fullName: w.fullName, relationship: 'SPOUSE', bankName: 'BRI', bankAccount: '5566778899', bankAccountHolder: w.fullName }],
    });
    const id = opened.json().id;
    const claim = (await call(maker, 'GET', `/api/claims/${id}`)).json();
    expect(claim.benefit.items.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['INCAPACITY_FULL', 'TRANSPORT_LAND', 'MEDICAL']));
    expect(claim.details).toEqual({ incapacityMonths: 2, medical: '3500000', transport: { LAND: '250000' } });
    // Corrected before submission: three months, not two; the benefit follows.
    expect((await call(maker, 'PUT', `/api/claims/${id}/details`, { incapacityMonths: 3, medical: '3500000', transport: { LAND: '250000' } })).statusCode).toBe(200);
    const corrected = (await call(maker, 'GET', `/api/claims/${id}`)).json();
    expect(corrected.details.incapacityMonths).toBe(3);
    expect(BigInt(corrected.benefitTotal)).toBeGreaterThan(BigInt(claim.benefitTotal));
    await uploadAll(id, 'JKK_TEMPORARY_INCAPACITY', false);
    await call(maker, 'POST', `/api/claims/${id}/submit`);
    expect((await call(maker, 'POST', `/api/claims/${id}/verify`)).statusCode).toBe(200);
    expect((await call(approver, 'POST', `/api/claims/${id}/approve`)).statusCode).toBe(200);
    // The clock ran out three days ago.
    const today = jakartaToday();
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() - 3);
    await ctx.database.db.updateTable('claims').set({ sla_due_on: due.toISOString().slice(0, 10) }).where('id', '=', id).execute();
    const overdue = (await call(maker, 'GET', '/api/claims?overdue=true')).json().items.map((c: { id: string }) => c.id);
    expect(overdue).toContain(id);
    expect((await call(maker, 'POST', `/api/claims/${id}/pay`, { reference: 'TRF-BRI-7788' })).statusCode).toBe(200);
    const paid = (await call(maker, 'GET', `/api/claims/${id}`)).json();
    const total = BigInt(paid.benefitTotal);
    expect(paid.penalty).toEqual({ days: 3, amount: ((total * 300n) / 10_000n).toString() });
    const { rows } = await sql<{ amount: string }>`
      select sum(p.amount)::text as amount from postings p join journal_entries e on e.id = p.entry_id
      where e.claim_id = ${id}::uuid and e.kind = 'claim_payout' and p.side = 'credit'
    `.execute(ctx.database.db);
    expect(BigInt(rows[0]!.amount)).toBe(total + (total * 300n) / 10_000n);
  });
});

describe('an heir starts a claim from the public form', () => {
  it('with the participant’s NIK and birth date, then adds documents with the token it was given', async () => {
    const w = await verifiedWorker();
    await paidMonths(w.id, [M0]);
    const claimant = { fullName: 'Rina Anak', relationship: 'CHILD', phone: '081234567890', bankName: 'BRI', bankAccount: '1122334455', bankAccountHolder: 'Rina Anak' };
    const wrong = await call(null, 'POST', '/api/public/claims', { nik: w.nik, birthDate: '1900-01-01', type: 'JKM', eventDate: jakartaToday(), claimant });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('CLAIM_WORKER_NOT_FOUND');
    const started = await call(null, 'POST', '/api/public/claims', { nik: w.nik, birthDate: w.birthDate, type: 'JKM', eventDate: jakartaToday(), claimant });
    expect(started.statusCode).toBe(201);
    const { number, uploadToken, documents } = started.json();
    expect(documents.map((d: { kind: string }) => d.kind)).toContain('AKTA_KEMATIAN');
    const body = multipartWithFields({ kind: 'AKTA_KEMATIAN' }, 'akta.pdf', PDF, 'application/pdf');
    const bad = await ctx.app.inject({ method: 'POST', url: `/api/public/claims/${number}/documents`, headers: { ...body.headers, 'x-claim-token': 'x'.repeat(32) }, payload: body.payload });
    expect(bad.statusCode).toBe(404);
    const good = await ctx.app.inject({ method: 'POST', url: `/api/public/claims/${number}/documents`, headers: { ...body.headers, 'x-claim-token': uploadToken }, payload: body.payload });
    expect(good.statusCode).toBe(201);
    const listed = (await call(maker, 'GET', '/api/claims?status=submitted')).json().items.find((c: { number: string }) => c.number === number);
    expect(listed).toMatchObject({ source: 'public', status: 'submitted', worker: { id: w.id } });
  });
});

describe('scholarships from a work-accident death', () => {
  it('gives each eligible child an entitlement, paid a school year at a time against proof, until it ends', async () => {
    const w = await verifiedWorker();
    await paidMonths(w.id, [addMonths(M0, -1), M0]);
    const childBirth = `${Number(jakartaToday().slice(0, 4)) - 9}-03-10`;
    const opened = await call(maker, 'POST', '/api/claims', {
      workerId: w.id,
      type: 'JKK_DEATH',
      eventDate: `${addMonths(M0, -1)}-12`,
      details: { children: [{ name: 'Dewi Anak', birthDate: childBirth, level: 'SD' }] },
      claimants: [{ fullName: 'Wati Istri', relationship: 'SPOUSE', bankName: 'BRI', bankAccount: '4455667788', bankAccountHolder: 'Wati Istri' }],
    });
    const id = opened.json().id;
    await uploadAll(id, 'JKK_DEATH', true);
    await call(maker, 'POST', `/api/claims/${id}/submit`);
    expect((await call(maker, 'POST', `/api/claims/${id}/verify`)).statusCode).toBe(200);
    expect((await call(approver, 'POST', `/api/claims/${id}/approve`)).statusCode).toBe(200);
    expect((await call(approver, 'POST', `/api/claims/${id}/pay`, { reference: 'TRF-JKK-1' })).statusCode).toBe(200);
    const claim = (await call(maker, 'GET', `/api/claims/${id}`)).json();
    expect(claim.scholarships).toHaveLength(1);
    // The scholarship is not part of what is paid at once: each school year is booked when paid.
    const scholarship = claim.benefit.items.filter((i: { code: string }) => i.code === 'SCHOLARSHIP').reduce((t: bigint, i: { amount: string }) => t + BigInt(i.amount), 0n);
    expect(scholarship).toBeGreaterThan(0n);
    expect(BigInt(claim.benefitTotal)).toBe(BigInt(claim.benefit.total) - scholarship);
    expect(claim.claimants[0].amount).toBe(claim.benefitTotal);
    const entitlement = claim.scholarships[0];
    expect(entitlement).toMatchObject({ childName: 'Dewi Anak', status: 'active', endsOn: `${Number(childBirth.slice(0, 4)) + 23}-03-09` });
    const firstYear = entitlement.plan[0];
    expect(firstYear.level).toBe('SD');

    const wrongProof = await call(maker, 'POST', `/api/claims/${id}/scholarships/${entitlement.id}/payments`, { proofDocumentId: claim.documents[0].id, reference: 'BEA-1' });
    expect(wrongProof.json().error.code).toBe('VALIDATION_FAILED');
    const proof = (await upload(maker, id, 'BUKTI_SEKOLAH')).json().id;
    const paid = await call(maker, 'POST', `/api/claims/${id}/scholarships/${entitlement.id}/payments`, { proofDocumentId: proof, reference: 'BEA-1' });
    expect(paid.json()).toEqual({ schoolYear: 1, level: 'SD', amount: firstYear.amount });
    expect((await call(maker, 'POST', `/api/claims/${id}/scholarships/${entitlement.id}/end`, { reason: 'married' })).statusCode).toBe(200);
    expect((await call(maker, 'POST', `/api/claims/${id}/scholarships/${entitlement.id}/payments`, { proofDocumentId: proof, reference: 'BEA-2' })).statusCode).toBe(409);
    expect((await checkLedger(ctx.database.db)).filter((r) => r.violations > 0)).toEqual([]);
  });
});
