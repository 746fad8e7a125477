/**
 * bench/cards — a print batch of 1,000 cards (BENCH_CARDS) on real PostgreSQL, as the batch job runs
 * it: KPJ numbers issued, each card signed (Ed25519) and stored, the A4 PDF drawn with vector QR codes
 * and saved. Printed: time per card for the whole batch, and against the baseline measured in the same
 * run — drawing the same 1,000 card faces with pdfkit alone (no database, no signing). Target: under
 * 5 ms per card.
 *
 *   npm run bench:cards
 */
import { sql } from 'kysely';
import { jakartaToday, lastDayOf, monthOf, addMonths } from '../src/domain/dates.ts';
import { createBatch, runBatch } from '../src/modules/cards/batches.ts';
import { publishCardKeys } from '../src/modules/cards/keys.ts';
import { cardsPdf } from '../src/modules/cards/pdf.ts';
import { cardFaces } from '../src/modules/cards/service.ts';
import { newId } from '../src/lib/ids.ts';
import { benchDatabase } from './lib.ts';

const CARDS = Number(process.env.BENCH_CARDS ?? 1000);
const say = (line: string) => process.stdout.write(line + '\n');

async function main() {
  const bench = await benchDatabase('cards');
  const { config, database } = bench;
  const db = database.db;
  try {
    await publishCardKeys(db, config.cardKeys);
    say(`${bench.version}\n${CARDS.toLocaleString('en')} cards, A4 sheets of ten`);

    // Setup (not measured): workers in one regency, protected for six months, with long and short names.
    const until = lastDayOf(addMonths(monthOf(jakartaToday()), 5));
    await sql`
      insert into workers (id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, nik_prefix4, full_name, name_norm, birth_date, sex,
                           village_code, regency_code, occupation_code, status, verified_at, source)
      select gen_random_uuid(), '\\x00'::bytea, 'b1', decode(md5('nik' || i), 'hex'), lpad((i % 10000)::text, 4, '0'), '6202',
             case when i % 3 = 0 then 'Siti Nurhaliza Binti Haji Abdurrahman ' || i else 'Warga ' || i end, 'warga ' || i,
             date '1980-01-01' + i, case when i % 2 = 0 then 'L' else 'P' end, v.code, left(v.code, 5), 'NELAYAN', 'verified', now(), 'import'
      from generate_series(1, ${CARDS}::int) as i
      cross join lateral (select code from regions where level = 4 and code like '62.02.%' order by code offset (i % 50) limit 1) v
    `.execute(db);
    await sql`
      insert into coverage_states (worker_id, program, state, paid_through, protected_until, ends_on, run_length, last_source, as_of)
      select w.id, p.program, 'ACTIVE', ${until}::date, ${until}::date, ${until}::date + 120, 6, 'donation', current_date
      from workers w cross join (values ('JKK'), ('JKM')) as p(program)
    `.execute(db);
    const user = newId();
    await db.insertInto('users').values({ id: user, email: 'bench@lingkaran.test', password_hash: 'x', full_name: 'Bench', role: 'admin', region_scopes: [] }).execute();
    const actor = { userId: user, email: 'bench@lingkaran.test', fullName: 'Bench', role: 'admin' as const, regionScopes: [], branchId: null, donorOrgId: null, locale: 'id' as const, sessionTokenHash: Buffer.alloc(0) };

    // Warm-up (fonts, QR tables, JIT) on a few cards, not measured.
    const warm = await createBatch(db, actor, { selection: { regionCode: '62.02.01' }, layout: 'a4' });
    await runBatch({ db, keyring: config.cardKeys, book: config.rules }, warm.id);
    await sql`delete from card_batch_items`.execute(db);
    await sql`delete from card_batches`.execute(db);
    await sql`delete from cards`.execute(db);
    await sql`update workers set kpj = null`.execute(db);

    // The batch, as the job runs it.
    const t0 = performance.now();
    const batch = await createBatch(db, actor, { selection: { regionCode: '62.02' }, layout: 'a4' });
    await runBatch({ db, keyring: config.cardKeys, book: config.rules }, batch.id, (done, total) => process.stderr.write(`\r  cards: ${done}/${total}`));
    const batchMs = performance.now() - t0;
    process.stderr.write('\n');
    const stored = await db.selectFrom('card_batches').select(['pdf_bytes', 'total']).where('id', '=', batch.id).executeTakeFirstOrThrow();
    if (stored.total !== CARDS) throw new Error(`batch has ${stored.total} cards, expected ${CARDS}`);

    // Baseline: the same faces drawn by pdfkit alone.
    const cards = await db.selectFrom('cards').selectAll().execute();
    const faces = await cardFaces(db, cards);
    const t1 = performance.now();
    const pdf = await cardsPdf('a4', 'baseline', faces);
    const baselineMs = performance.now() - t1;

    say(`batch     : ${(batchMs / 1000).toFixed(2)} s, ${(batchMs / CARDS).toFixed(2)} ms per card (target < 5 ms), PDF ${(stored.pdf_bytes! / 1024 / 1024).toFixed(1)} MB`);
    say(`baseline  : ${(baselineMs / 1000).toFixed(2)} s, ${(baselineMs / CARDS).toFixed(2)} ms per card (pdfkit drawing only, ${(pdf.length / 1024 / 1024).toFixed(1)} MB)`);
    say(`ratio     : ${(baselineMs / batchMs).toFixed(2)} (baseline time ÷ batch time; 1.00 = issuing, signing and storing cost nothing)`);
  } finally {
    await bench.dispose();
  }
}

await main();
