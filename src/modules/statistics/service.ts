import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { DomainError } from '../../domain/errors.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import {
  coverageBasisPoints,
  coverageFigure,
  coverageGap,
  coverageGrowth,
  DENOMINATOR_DEFINITIONS,
  numeratorOf,
  PARTICIPANT_SEGMENTS,
  SEGMENTS,
  sumCoverage,
  suppressedCells,
  type CoverageFigure,
  type DenominatorDefinition,
  type ParticipantSegment,
  type Segment,
} from '../../domain/stats.ts';
import { AppError } from '../../http/errors.ts';
import { isInScope } from '../../http/policy.ts';

/**
 * The coverage statistics (domain.md §6): official participants ÷ official workforce per province
 * and regency, formal vs informal vs total, for one participants date and one denominator
 * definition at a time — figures of different definitions are never put side by side, summed or
 * compared — beside Lingkaran's own counts. Reads only the small pre-aggregated tables.
 *
 * Who sees what: the public sees every count of people from 1 to k−1 hidden, with complementary
 * cells hidden so no hidden cell can be recovered by subtraction (domain/stats suppressedCells);
 * gov users and officers see their own regions exact; admins everything.
 */
export type Viewer = { exact: 'all' | readonly string[] };
export const PUBLIC_VIEWER: Viewer = { exact: [] };

const isExact = (viewer: Viewer, code: string) => viewer.exact === 'all' || isInScope(code, viewer.exact);

/**
 * The answers are computed from a few thousand rows but asked for by everyone: they are kept in
 * memory per revision of the figures (stat_revision, bumped by every refresh and committed import),
 * so a request costs one primary-key read while nothing changed. Several server processes stay
 * consistent: each reads the revision.
 */
const answers = new WeakMap<object, { revision: string; entries: Map<string, Promise<unknown>> }>();
const MAX_ANSWERS = 1_000;

export async function cachedAnswer<T>(db: Kysely<DB>, key: string, compute: () => Promise<T>): Promise<T> {
  const { revision } = await db.selectFrom('stat_revision').select(sql<string>`revision::text`.as('revision')).where('id', '=', 1).executeTakeFirstOrThrow();
  const known = answers.get(db);
  const cache = known && known.revision === revision ? known : { revision, entries: new Map<string, Promise<unknown>>() };
  if (cache !== known) answers.set(db, cache);
  const hit = cache.entries.get(key);
  if (hit) return hit as Promise<T>;
  if (cache.entries.size >= MAX_ANSWERS) cache.entries.clear();
  const promise = compute();
  cache.entries.set(key, promise);
  promise.catch(() => cache.entries.delete(key));
  return promise;
}

export const viewerKey = (viewer: Viewer) => (viewer.exact === 'all' ? '*' : [...viewer.exact].sort().join(','));

export type Selection = { date?: IsoDate; definition?: DenominatorDefinition; segment?: Segment };

type Denominator = { workers: bigint; date: IsoDate; source: string; isDemo: boolean };
type Participants = Partial<Record<ParticipantSegment, { n: bigint; source: string; isDemo: boolean }>>;

export type FigureView = {
  segment: Segment;
  definition: DenominatorDefinition;
  percentBp: number | null;
  participants: number | null;
  denominator: number;
  gap: number | null;
  participantsDate: IsoDate;
  denominatorDate: IsoDate;
  participantsSource: string;
  denominatorSource: string;
  isDemo: boolean;
  growth: { previousDate: IsoDate; pointsBp: number; participantsBp: number | null; meetsTarget: boolean | null } | null;
};

export type RegionRow = {
  code: string;
  name: string;
  level: number;
  isExact: boolean;
  figures: Record<Segment, FigureView | null>;
  lingkaran: { protected: number | null; registered: number | null; shareOfInformalBp: number | null };
};

type Basis = {
  date: IsoDate;
  definition: DenominatorDefinition;
  participants: Map<string, Participants>;
  denominators: Map<string, Partial<Record<Segment, Denominator>>>;
};

async function participantDates(db: Kysely<DB>): Promise<IsoDate[]> {
  const rows = await db.selectFrom('stat_participants').select(sql<string>`reference_date::text`.as('d')).distinct().orderBy('d', 'desc').execute();
  return rows.map((r) => r.d as IsoDate);
}

async function definitionsAvailable(db: Kysely<DB>, date: IsoDate | null) {
  const rows = await db
    .selectFrom('stat_denominators')
    .select(['definition', sql<number>`count(*)::int`.as('n')])
    .$if(date !== null, (q) => q.where('reference_date', '<=', date!))
    .groupBy('definition')
    .execute();
  return DENOMINATOR_DEFINITIONS.map((d) => ({ code: d, rows: rows.find((r) => r.definition === d)?.n ?? 0 }));
}

async function loadBasis(db: Kysely<DB>, date: IsoDate, definition: DenominatorDefinition, regionCodes: readonly string[] | null): Promise<Basis> {
  const participants = new Map<string, Participants>();
  const pRows = await db
    .selectFrom('stat_participants')
    .select(['region_code', 'segment', 'participants', 'source', 'is_demo'])
    .where('reference_date', '=', date)
    .$if(regionCodes !== null, (q) => q.where('region_code', 'in', regionCodes!.length ? regionCodes! : ['-']))
    .execute();
  for (const r of pRows) {
    const entry = participants.get(r.region_code) ?? {};
    entry[r.segment] = { n: r.participants, source: r.source, isDemo: r.is_demo };
    participants.set(r.region_code, entry);
  }
  // The latest denominator of this definition dated on or before the participants' date.
  const { rows: dRows } = await sql<{ region_code: string; segment: Segment; workers: bigint; d: string; source: string; is_demo: boolean }>`
    select distinct on (region_code, segment) region_code, segment, workers, reference_date::text as d, source, is_demo
    from stat_denominators
    where definition = ${definition} and reference_date <= ${date}::date
      ${regionCodes !== null ? sql`and region_code = any(${regionCodes.length ? regionCodes : ['-']}::text[])` : sql``}
    order by region_code, segment, reference_date desc
  `.execute(db);
  const denominators = new Map<string, Partial<Record<Segment, Denominator>>>();
  for (const r of dRows) {
    const entry = denominators.get(r.region_code) ?? {};
    entry[r.segment] = { workers: BigInt(r.workers), date: r.d as IsoDate, source: r.source, isDemo: r.is_demo };
    denominators.set(r.region_code, entry);
  }
  return { date, definition, participants, denominators };
}

function figureOf(basis: Basis, code: string, segment: Segment): { figure: CoverageFigure; participantsSource: string; isDemo: boolean; denominatorSource: string } | null {
  const p = basis.participants.get(code);
  const d = basis.denominators.get(code)?.[segment];
  if (!p || !d) return null;
  const counts: Partial<Record<ParticipantSegment, bigint>> = {};
  for (const [k, v] of Object.entries(p)) counts[k as ParticipantSegment] = v.n;
  const numerator = numeratorOf(segment, counts);
  if (numerator === null) return null;
  const parts = PARTICIPANT_SEGMENTS.flatMap((segment) => p[segment] ?? []);
  return {
    figure: coverageFigure({ regionCode: code, segment, numerator, denominator: d.workers, definition: basis.definition, referenceDate: d.date, source: d.source }),
    participantsSource: [...new Set(parts.map((x) => x.source))].join('; '),
    denominatorSource: d.source,
    isDemo: d.isDemo || parts.some((x) => x.isDemo),
  };
}

function view(
  basis: Basis,
  found: NonNullable<ReturnType<typeof figureOf>>,
  previous: { basis: Basis; found: ReturnType<typeof figureOf> } | null,
  options: { isExact: boolean; k: number; targetBp: number },
): FigureView {
  const { figure } = found;
  const hidden = !options.isExact && figure.numerator > 0n && figure.numerator < BigInt(options.k);
  let growth: FigureView['growth'] = null;
  if (previous?.found && !hidden) {
    const g = coverageGrowth(previous.found.figure, figure);
    const prevHidden = !options.isExact && previous.found.figure.numerator > 0n && previous.found.figure.numerator < BigInt(options.k);
    growth = prevHidden
      ? null
      : { previousDate: previous.basis.date, pointsBp: g.pointsBp, participantsBp: g.participantsBp, meetsTarget: g.participantsBp === null ? null : g.participantsBp >= options.targetBp };
  }
  return {
    segment: figure.segment,
    definition: figure.definition,
    percentBp: hidden ? null : coverageBasisPoints(figure),
    participants: hidden ? null : Number(figure.numerator),
    denominator: Number(figure.denominator),
    gap: hidden ? null : Number(coverageGap(figure)),
    participantsDate: basis.date,
    denominatorDate: figure.referenceDate,
    participantsSource: found.participantsSource,
    denominatorSource: found.denominatorSource,
    isDemo: found.isDemo,
    growth,
  };
}

type LingkaranCounts = Map<string, { protected: number; registered: number }>;

async function lingkaranByRegency(db: Kysely<DB>): Promise<LingkaranCounts> {
  const rows = await db.selectFrom('stat_lingkaran_regency').select(['regency_code', 'protected', 'registered']).execute();
  return new Map(rows.map((r) => [r.regency_code, { protected: r.protected, registered: r.registered }]));
}

function lingkaranOf(counts: LingkaranCounts, code: string): { protected: number; registered: number } {
  if (code.includes('.')) return counts.get(code) ?? { protected: 0, registered: 0 };
  let p = 0;
  let r = 0;
  for (const [regency, c] of counts) {
    if (regency.startsWith(`${code}.`)) {
      p += c.protected;
      r += c.registered;
    }
  }
  return { protected: p, registered: r };
}

/** Builds the rows of a table of regions; `parentHidden` says the public cannot see the parent's own total exactly. */
function regionRows(
  regions: readonly { code: string; name: string; level: number }[],
  ctx: { basis: Basis | null; previous: Basis | null; counts: LingkaranCounts; viewer: Viewer; k: number; targetBp: number; parentHidden: boolean },
): RegionRow[] {
  const lk = regions.map((r) => lingkaranOf(ctx.counts, r.code));
  // The public pattern, the same for every viewer (so two views never differ in what they hide
  // outside a viewer's scope); a viewer's own regions are then shown exactly.
  const parent = ctx.parentHidden ? 'hidden' : 'published';
  const hideProtected = suppressedCells(lk.map((c) => c.protected), ctx.k, { parent });
  const hideRegistered = suppressedCells(lk.map((c) => c.registered), ctx.k, { parent });
  return regions.map((region, i) => {
    const exact = isExact(ctx.viewer, region.code);
    const figures = {} as Record<Segment, FigureView | null>;
    for (const segment of SEGMENTS) {
      const found = ctx.basis ? figureOf(ctx.basis, region.code, segment) : null;
      figures[segment] = found
        ? view(ctx.basis!, found, ctx.previous ? { basis: ctx.previous, found: figureOf(ctx.previous, region.code, segment) } : null, { isExact: exact, k: ctx.k, targetBp: ctx.targetBp })
        : null;
    }
    const protectedCount = hideProtected[i] && !exact ? null : lk[i]!.protected;
    const informal = ctx.basis?.denominators.get(region.code)?.INFORMAL;
    return {
      code: region.code,
      name: region.name,
      level: region.level,
      isExact: exact,
      figures,
      lingkaran: {
        protected: protectedCount,
        registered: hideRegistered[i] && !exact ? null : lk[i]!.registered,
        shareOfInformalBp:
          protectedCount === null || !informal ? null : Number((BigInt(protectedCount) * 10_000n * 2n + informal.workers) / (informal.workers * 2n)),
      },
    };
  });
}

async function resolveSelection(db: Kysely<DB>, selection: Selection) {
  const dates = await participantDates(db);
  if (selection.date && !dates.includes(selection.date)) throw new AppError('NOT_FOUND', { details: { date: selection.date } });
  const date = selection.date ?? dates[0] ?? null;
  const definitions = await definitionsAvailable(db, date);
  const definition = selection.definition ?? [...definitions].sort((a, b) => b.rows - a.rows)[0]?.code ?? 'PENDUDUK_BEKERJA';
  const previousDate = date ? (dates.find((d) => d <= shiftYear(date, -1)) ?? dates[dates.indexOf(date) + 1] ?? null) : null;
  return { dates, date, definitions, definition, previousDate };
}

const shiftYear = (date: IsoDate, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}` as IsoDate;

async function provinceList(db: Kysely<DB>) {
  return db.selectFrom('regions').select(['code', 'name', 'level']).where('level', '=', 1).orderBy('code').execute();
}

/** The national view: totals, the 38 provinces, the national figure where every province is comparable, and the gap ranking of regencies. */
export function nationalStatistics(db: Kysely<DB>, book: RuleBook, viewer: Viewer, selection: Selection) {
  return cachedAnswer(db, `national|${viewerKey(viewer)}|${selection.date ?? ''}|${selection.definition ?? ''}|${selection.segment ?? ''}`, () => computeNational(db, book, viewer, selection));
}

async function computeNational(db: Kysely<DB>, book: RuleBook, viewer: Viewer, selection: Selection) {
  const k = book.settings.stats.minPublicCell;
  const targetBp = book.settings.stats.annualGrowthTargetBasisPoints;
  const { dates, date, definitions, definition, previousDate } = await resolveSelection(db, selection);
  const basis = date ? await loadBasis(db, date, definition, null) : null;
  const previous = previousDate ? await loadBasis(db, previousDate, definition, null) : null;
  const counts = await lingkaranByRegency(db);
  const provinces = await provinceList(db);
  const rows = regionRows(provinces, { basis, previous, counts, viewer, k, targetBp, parentHidden: false });

  // National figures: the sum of the provinces, only when all 38 have one of the same definition and date.
  const national = {} as Record<Segment, { percentBp: number; participants: number; denominator: number; gap: number; denominatorDate: IsoDate } | null>;
  const nationalNote = {} as Record<Segment, string | null>;
  for (const segment of SEGMENTS) {
    const figures = basis ? provinces.map((p) => figureOf(basis, p.code, segment)?.figure ?? null) : [];
    if (!basis || figures.some((f) => f === null)) {
      national[segment] = null;
      nationalNote[segment] = 'INCOMPLETE';
      continue;
    }
    try {
      const sum = sumCoverage(figures as CoverageFigure[], 'ID');
      national[segment] = { percentBp: coverageBasisPoints(sum), participants: Number(sum.numerator), denominator: Number(sum.denominator), gap: Number(coverageGap(sum)), denominatorDate: sum.referenceDate };
      nationalNote[segment] = null;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      national[segment] = null;
      nationalNote[segment] = error.issues[0]?.code ?? 'NOT_COMPARABLE';
    }
  }

  const ranking = basis ? await gapRanking(db, basis, viewer, k, selection.segment ?? 'INFORMAL') : [];
  const totals = await programmeTotals(db, viewer, k);
  return {
    selection: { date, definition, segment: selection.segment ?? 'INFORMAL', previousDate },
    dates,
    definitions,
    minPublicCell: k,
    growthTargetBp: targetBp,
    totals,
    national,
    nationalNote,
    provinces: rows,
    ranking,
    isDemo: rows.some((r) => SEGMENTS.some((s) => r.figures[s]?.isDemo)),
  };
}

async function gapRanking(db: Kysely<DB>, basis: Basis, viewer: Viewer, k: number, segment: Segment) {
  const regencies = await db.selectFrom('regions').select(['code', 'name', 'level', 'parent_code']).where('level', '=', 2).execute();
  const withFigures = regencies
    .map((r) => ({ region: r, found: figureOf(basis, r.code, segment) }))
    .filter((x): x is { region: (typeof regencies)[number]; found: NonNullable<ReturnType<typeof figureOf>> } => x.found !== null)
    .map((x) => ({ ...x, view: view(basis, x.found, null, { isExact: isExact(viewer, x.region.code), k, targetBp: 0 }) }))
    .filter((x) => x.view.gap !== null)
    .sort((a, b) => b.view.gap! - a.view.gap! || a.region.code.localeCompare(b.region.code))
    .slice(0, 15);
  const provinceNames = new Map((await provinceList(db)).map((p) => [p.code, p.name]));
  return withFigures.map((x) => ({ code: x.region.code, name: x.region.name, province: provinceNames.get(x.region.parent_code ?? '') ?? null, figure: x.view }));
}

async function programmeTotals(db: Kysely<DB>, viewer: Viewer, k: number) {
  const t = await db.selectFrom('stat_totals').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!t) return null;
  const small = (n: number) => viewer.exact !== 'all' && n > 0 && n < k;
  const claimsHidden = small(t.claims_paid);
  return {
    workersProtected: small(Number(t.workers_protected)) ? null : Number(t.workers_protected),
    workersRegistered: small(Number(t.workers_registered)) ? null : Number(t.workers_registered),
    workersEverProtected: small(Number(t.workers_ever_protected)) ? null : Number(t.workers_ever_protected),
    donors: t.donors,
    paidIn: t.paid_in.toString(),
    claimsPaid: claimsHidden ? null : t.claims_paid,
    claimsPaidAmount: claimsHidden ? null : t.claims_paid_amount.toString(),
    refreshedAt: t.refreshed_at.toISOString(),
  };
}

/** One province (with its regencies) or one regency: figures, trend over every date, donors that consented to be named. */
export function regionStatistics(db: Kysely<DB>, book: RuleBook, viewer: Viewer, code: string, selection: Selection) {
  return cachedAnswer(db, `region|${code}|${viewerKey(viewer)}|${selection.date ?? ''}|${selection.definition ?? ''}|${selection.segment ?? ''}`, () =>
    computeRegion(db, book, viewer, code, selection),
  );
}

async function computeRegion(db: Kysely<DB>, book: RuleBook, viewer: Viewer, code: string, selection: Selection) {
  const k = book.settings.stats.minPublicCell;
  const targetBp = book.settings.stats.annualGrowthTargetBasisPoints;
  const region = await db.selectFrom('regions').select(['code', 'name', 'level', 'parent_code']).where('code', '=', code).executeTakeFirst();
  if (!region || region.level > 2) throw new AppError('NOT_FOUND');
  const { dates, date, definition, previousDate, definitions } = await resolveSelection(db, selection);
  const children = region.level === 1 ? await db.selectFrom('regions').select(['code', 'name', 'level']).where('parent_code', '=', code).orderBy('code').execute() : [];
  const scopeCodes = [region.code, ...children.map((c) => c.code)];
  const basis = date ? await loadBasis(db, date, definition, scopeCodes) : null;
  const previous = previousDate ? await loadBasis(db, previousDate, definition, scopeCodes) : null;
  const counts = await lingkaranByRegency(db);

  // Whether the public sees this region's own Lingkaran total as it appears in its parent's table;
  // when it is hidden there, its parts must not add up to it either.
  const selfHidden = await isHiddenInParentTable(db, counts, k, region);
  const [self] = regionRows([region], { basis, previous, counts, viewer, k, targetBp, parentHidden: false });
  if (selfHidden && !isExact(viewer, region.code)) self!.lingkaran = { protected: null, registered: null, shareOfInformalBp: null };
  const childRows = regionRows(children, { basis, previous, counts, viewer, k, targetBp, parentHidden: selfHidden });

  const trend = [];
  for (const d of [...dates].reverse()) {
    const b = d === date ? basis! : await loadBasis(db, d, definition, [region.code]);
    const point: Record<string, unknown> = { date: d };
    for (const segment of SEGMENTS) {
      const found = figureOf(b, region.code, segment);
      point[segment] = found ? view(b, found, null, { isExact: isExact(viewer, region.code), k, targetBp }).percentBp : null;
    }
    // A date without any figure of this definition for the region is no point of its line.
    if (SEGMENTS.some((segment) => figureOf(b, region.code, segment) !== null)) trend.push(point as { date: IsoDate } & Record<Segment, number | null>);
  }

  return {
    region: { code: region.code, name: region.name, level: region.level, parentCode: region.parent_code },
    selection: { date, definition, segment: selection.segment ?? 'INFORMAL', previousDate },
    dates,
    definitions,
    minPublicCell: k,
    growthTargetBp: targetBp,
    row: self!,
    children: childRows,
    trend,
    donors: await donorsIn(db, viewer, k, region.code),
    detail: isExact(viewer, region.code) ? await lingkaranDetail(db, region.code) : null,
  };
}

/** Whether the public table that lists this region (the provinces, or its province's regencies) hides its Lingkaran count. */
async function isHiddenInParentTable(db: Kysely<DB>, counts: LingkaranCounts, k: number, region: { code: string; level: number; parent_code: string | null }): Promise<boolean> {
  const provinces = await provinceList(db);
  const hiddenIn = (rows: readonly { code: string; name: string; level: number }[], parentHidden: boolean, code: string) => {
    const table = regionRows(rows, { basis: null, previous: null, counts, viewer: PUBLIC_VIEWER, k, targetBp: 0, parentHidden });
    return table.find((r) => r.code === code)?.lingkaran.protected === null;
  };
  if (region.level === 1) return hiddenIn(provinces, false, region.code);
  const provinceHidden = hiddenIn(provinces, false, region.parent_code!);
  const siblings = await db.selectFrom('regions').select(['code', 'name', 'level']).where('parent_code', '=', region.parent_code!).orderBy('code').execute();
  return hiddenIn(siblings, provinceHidden, region.code);
}

/**
 * Donors protecting workers here, by name only when they consented (is_public_name_consented);
 * the others and the pool or self-payers form one remainder that is never shown but takes part in
 * the suppression, so a named donor's hidden count cannot be recovered from the region's total.
 */
async function donorsIn(db: Kysely<DB>, viewer: Viewer, k: number, code: string) {
  const rows = await db
    .selectFrom('stat_donor_regency as s')
    .innerJoin('donor_orgs as d', 'd.id', 's.donor_org_id')
    .select(['d.id', 'd.display_name', 'd.legal_name', 'd.type', 'd.is_public_name_consented', sql<number>`sum(s.protected)::int`.as('protected')])
    .where((eb) => eb.or([eb('s.regency_code', '=', code), eb('s.regency_code', 'like', `${code}.%`)]))
    .groupBy(['d.id', 'd.display_name', 'd.legal_name', 'd.type', 'd.is_public_name_consented'])
    .execute();
  const total = await db
    .selectFrom('stat_lingkaran_regency')
    .select(sql<number>`coalesce(sum(protected), 0)::int`.as('n'))
    .where((eb) => eb.or([eb('regency_code', '=', code), eb('regency_code', 'like', `${code}.%`)]))
    .executeTakeFirstOrThrow();
  const named = rows.filter((r) => r.is_public_name_consented).sort((a, b) => b.protected - a.protected || a.display_name.localeCompare(b.display_name));
  const remainder = Math.max(0, total.n - named.reduce((s, r) => s + r.protected, 0));
  const exact = isExact(viewer, code);
  const hidden = exact ? named.map(() => false) : suppressedCells([...named.map((r) => r.protected), remainder], k, { parent: 'published' });
  return {
    named: named.map((r, i) => ({ name: r.display_name, type: r.type, protected: hidden[i] ? null : r.protected })),
    unnamedDonors: rows.length - named.length,
  };
}

async function lingkaranDetail(db: Kysely<DB>, code: string) {
  const r = await db
    .selectFrom('stat_lingkaran_regency')
    .select([
      sql<number>`coalesce(sum(registered), 0)::int`.as('registered'),
      sql<number>`coalesce(sum(protected), 0)::int`.as('protected'),
      sql<number>`coalesce(sum(in_arrears), 0)::int`.as('inArrears'),
      sql<number>`coalesce(sum(ended), 0)::int`.as('ended'),
      sql<number>`coalesce(sum(self_paying), 0)::int`.as('selfPaying'),
      sql<number>`coalesce(sum(claims_paid), 0)::int`.as('claimsPaid'),
      sql<string>`coalesce(sum(claims_paid_amount), 0)::text`.as('claimsPaidAmount'),
      sql<string | null>`max(refreshed_at)::text`.as('refreshedAt'),
    ])
    .where((eb) => eb.or([eb('regency_code', '=', code), eb('regency_code', 'like', `${code}.%`)]))
    .executeTakeFirstOrThrow();
  return r;
}
