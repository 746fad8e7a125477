import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB, StatDenominatorsTable, StatParticipantsTable } from '../../db/schema.ts';
import { bumpStatRevision } from '../../modules/statistics/refresh.ts';
import { createRng, type Rng } from '../prng.ts';

/**
 * Demo coverage statistics, shaped like the news reports the product was conceived from
 * (domain.md §6.2) and marked is_demo (the dashboard labels them "angka demo"): every province and
 * regency for three BPS August reference dates, with coverage rising year by year; at the latest
 * date Kotawaringin Timur has formal workers 96 % covered and informal ones 7 % (Sampit, 2021),
 * Kalimantan Selatan 46,44 % formal and 10,6 % informal (Banjarmasin, 2023). Kalimantan Barat also
 * carries the branch's own figure of November 2022 — 667.719 participants against a "potential"
 * of 1.786.809 (BPS minus civil servants, military and police) — a second denominator definition,
 * shown on its own and never mixed with the others.
 */
export const DEMO_STAT_DATES = ['2023-08-31', '2024-08-31', '2025-08-31'] as const;

/** Employed people per province, in thousands (rounded, of the order of BPS August 2024; demo only). */
const EMPLOYED_THOUSANDS: Record<string, number> = {
  '11': 2540, '12': 7620, '13': 2820, '14': 3250, '15': 1830, '16': 4420, '17': 1060, '18': 4630, '19': 760, '21': 1050,
  '31': 5130, '32': 24560, '33': 19240, '34': 2240, '35': 22650, '36': 5640, '51': 2640, '52': 2930, '53': 2920,
  '61': 2620, '62': 1420, '63': 2230, '64': 1840, '65': 350, '71': 1230, '72': 1550, '73': 4340, '74': 1330, '75': 620,
  '76': 720, '81': 830, '82': 620, '91': 560, '92': 310, '93': 330, '94': 720, '95': 820, '96': 320,
};

/** Coverage at the latest date, in basis points, where the news gives it. */
const STORY: Record<string, { formal: number; informal: number }> = {
  '62.02': { formal: 9600, informal: 700 }, // Kotawaringin Timur: "formal 96 %, informal 7 %"
  '63': { formal: 4644, informal: 1060 }, // Kalimantan Selatan: "46,44 % formal, 10,6 % informal"
};

const SOURCE_DENOMINATOR = (date: string) => `Angka demo — bentuk seperti BPS Sakernas ${date.slice(0, 4)} (penduduk bekerja)`;
const SOURCE_PARTICIPANTS = (date: string) => `Angka demo — bentuk seperti data peserta aktif BPJS Ketenagakerjaan per ${date}`;

type Split = { formal: number; informal: number };
type Rates = { formal: number; informal: number };

/** Splits `total` into parts proportional to `weights`, exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) parts[order[j]![1]]! += 1;
  return parts;
}

const between = (rng: Rng, low: number, high: number) => low + rng.next() * (high - low);

export async function seedDemoStatistics(db: Kysely<DB>, options: { seed?: number } = {}): Promise<{ skipped: boolean; rows: number }> {
  const present = await db.selectFrom('stat_denominators').select('region_code').limit(1).executeTakeFirst();
  if (present) return { skipped: true, rows: 0 };
  const rng = createRng(options.seed ?? 9);
  const regions = await db.selectFrom('regions').select(['code', 'parent_code', 'level']).where('level', '<=', 2).orderBy('code').execute();
  const provinces = regions.filter((r) => r.level === 1);
  const regenciesOf = new Map<string, string[]>();
  for (const r of regions) if (r.level === 2) regenciesOf.set(r.parent_code!, [...(regenciesOf.get(r.parent_code!) ?? []), r.code]);

  type Den = Insertable<StatDenominatorsTable>;
  type Par = Insertable<StatParticipantsTable>;
  const denominators: Den[] = [];
  const participants: Par[] = [];
  const den = (region: string, segment: Den['segment'], date: string, workers: number, definition: Den['definition'] = 'PENDUDUK_BEKERJA', source = SOURCE_DENOMINATOR(date)) =>
    denominators.push({ region_code: region, segment, definition, reference_date: date, workers: BigInt(workers), source, is_demo: true, import_id: null });
  const par = (region: string, segment: Par['segment'], date: string, n: number, source = SOURCE_PARTICIPANTS(date)) =>
    participants.push({ region_code: region, segment, reference_date: date, participants: BigInt(n), source, is_demo: true, import_id: null });

  for (const province of provinces) {
    const code = province.code;
    const employed = (EMPLOYED_THOUSANDS[code] ?? 800) * 1000 + rng.int(0, 999);
    const informalShare = code === '31' ? 0.36 : code.startsWith('9') ? between(rng, 0.72, 0.88) : between(rng, 0.5, 0.72);
    const latest: Rates = STORY[code] ?? { formal: Math.round(between(rng, 2800, 6500)), informal: Math.round(between(rng, 350, 1500)) };
    const regencies = regenciesOf.get(code) ?? [];
    const weights = regencies.map(() => between(rng, 0.4, 1.6));
    const regencyFactors = regencies.map((r) => ({ formal: STORY[r] ? 1 : between(rng, 0.7, 1.3), informal: STORY[r] ? 1 : between(rng, 0.5, 1.6) }));

    DEMO_STAT_DATES.forEach((date, step) => {
      const back = DEMO_STAT_DATES.length - 1 - step; // years before the latest date
      const workforce = Math.round(employed / Math.pow(1.015, back));
      const split: Split = { formal: Math.round(workforce * (1 - informalShare)), informal: 0 };
      split.informal = workforce - split.formal;
      // Coverage rose each year: informal faster (the stimulus programmes), formal slowly.
      const rates: Rates = { formal: Math.round(latest.formal / Math.pow(1.04, back)), informal: Math.round(latest.informal / Math.pow(1.22, back)) };
      const pu = Math.round((split.formal * rates.formal) / 10_000);
      const bpu = Math.round((split.informal * rates.informal) / 10_000);
      const jakon = Math.round(pu * 0.12);
      den(code, 'FORMAL', date, split.formal);
      den(code, 'INFORMAL', date, split.informal);
      den(code, 'TOTAL', date, workforce);
      par(code, 'PU', date, pu);
      par(code, 'BPU', date, bpu);
      par(code, 'JAKON', date, jakon);
      if (regencies.length === 0) return;

      // The regencies add up to their province exactly, for every number.
      const formalParts = apportion(split.formal, weights);
      const informalParts = apportion(split.informal, weights.map((w, i) => w * (0.6 + (i % 5) * 0.2)));
      const fixed = regencies.map((r, i) => {
        const story = STORY[r];
        if (!story) return null;
        const f = Math.round(formalParts[i]! * (story.formal / Math.pow(1.01, back)) / 10_000);
        const inf = Math.round(informalParts[i]! * (story.informal / Math.pow(1.15, back)) / 10_000);
        return { pu: Math.min(f, formalParts[i]!), bpu: Math.min(inf, informalParts[i]!) };
      });
      const rest = (total: number, key: 'pu' | 'bpu', parts: number[], factor: (i: number) => number) => {
        const taken = fixed.reduce((s, f) => s + (f ? f[key] : 0), 0);
        const shares = apportion(Math.max(0, total - taken), parts.map((p, i) => (fixed[i] ? 0 : p * factor(i))));
        return shares.map((s, i) => (fixed[i] ? fixed[i]![key] : Math.min(s, parts[i]!)));
      };
      const puParts = rest(pu, 'pu', formalParts, (i) => regencyFactors[i]!.formal);
      const bpuParts = rest(bpu, 'bpu', informalParts, (i) => regencyFactors[i]!.informal);
      // Rounding by the caps above may leave a few people unassigned: give them to the largest regency with room.
      const settle = (parts: number[], total: number, caps: number[]) => {
        let left = total - parts.reduce((s, p) => s + p, 0);
        const order = caps.map((c, i) => [c - parts[i]!, i] as const).filter(([, i]) => !fixed[i]).sort((a, b) => b[0] - a[0]);
        for (const [room, i] of order) {
          if (left <= 0) break;
          const add = Math.min(room, left);
          parts[i]! += add;
          left -= add;
        }
      };
      settle(puParts, pu, formalParts);
      settle(bpuParts, bpu, informalParts);
      const jakonParts = apportion(jakon, puParts.map((p) => p + 1));
      regencies.forEach((r, i) => {
        den(r, 'FORMAL', date, Math.max(1, formalParts[i]!));
        den(r, 'INFORMAL', date, Math.max(1, informalParts[i]!));
        den(r, 'TOTAL', date, Math.max(1, formalParts[i]! + informalParts[i]!));
        par(r, 'PU', date, puParts[i]!);
        par(r, 'BPU', date, bpuParts[i]!);
        par(r, 'JAKON', date, jakonParts[i]!);
      });
    });
  }

  // Kalimantan Barat, November 2022: the branch's "coverage share by NIK" against the potential workforce.
  const kalbarDate = '2022-11-30';
  den('61', 'TOTAL', kalbarDate, 1_786_809, 'POTENSI_BPS', 'Angka demo — bentuk seperti BPJAMSOSTEK Kalbar, potensi = data BPS dikurangi ASN, TNI, Polri (Tribun Pontianak 2022-12-11)');
  par('61', 'PU', kalbarDate, 491_512, 'Angka demo — bentuk seperti BPJAMSOSTEK Kalbar, November 2022 (667.719 peserta)');
  par('61', 'BPU', kalbarDate, 118_140, 'Angka demo — bentuk seperti BPJAMSOSTEK Kalbar, November 2022 (667.719 peserta)');
  par('61', 'JAKON', kalbarDate, 58_067, 'Angka demo — bentuk seperti BPJAMSOSTEK Kalbar, November 2022 (667.719 peserta)');

  for (let from = 0; from < denominators.length; from += 1000) await db.insertInto('stat_denominators').values(denominators.slice(from, from + 1000)).execute();
  for (let from = 0; from < participants.length; from += 1000) await db.insertInto('stat_participants').values(participants.slice(from, from + 1000)).execute();
  await bumpStatRevision(db);
  await sql`analyze stat_denominators, stat_participants`.execute(db);
  return { skipped: false, rows: denominators.length + participants.length };
}
