import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { coverageStatusOn, workingCalendar, type CoverageState } from '../../domain/calendar.ts';
import { firstDayOf, isIsoDate, jakartaToday, maxDate, monthOf, type IsoDate, type YearMonth } from '../../domain/dates.ts';
import { DomainError } from '../../domain/errors.ts';
import { normalizeNik } from '../../domain/nik.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { constantTimeEqual, type Keyring } from '../../lib/crypto.ts';
import { writeAudit } from '../audit/audit.ts';
import { nikBlindIndex, registeredByBlindIndex } from '../workers/repository.ts';

/**
 * The public self-check: NIK + birth date → covered or not, until when, which programmes, and a
 * masked name. Anyone may ask, so it must not tell who is registered: an unknown NIK and a wrong
 * birth date get the same answer, in the same shape, after the same work (the same queries run with
 * a placeholder id, one audit row is written either way) and no sooner than a fixed floor.
 */
export const SELF_CHECK_FLOOR_MS = 350;
const NOBODY = '00000000-0000-0000-0000-000000000000';

export type SelfCheckResult = {
  isMatch: boolean;
  maskedName: string | null;
  isCovered: boolean;
  programs: { program: string; state: CoverageState; protectedUntil: IsoDate | null; endsOn: IsoDate | null }[];
};

/** "Siti Aminah binti Karta" → "S*** A***** b**** K****": enough to recognise oneself, not to learn a name. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => (word.length <= 1 ? word : word[0] + '*'.repeat(Math.min(word.length - 1, 6))))
    .join(' ');
}

export async function selfCheck(
  deps: { db: Kysely<DB>; keyring: Keyring; book: RuleBook },
  input: { nik: string; birthDate: string },
  context: { requestId?: string; on?: IsoDate } = {},
): Promise<SelfCheckResult> {
  const startedAt = performance.now();
  const nik = normalizeNik(input.nik);
  // Malformed input is the caller's own typing, not a probe: it is told precisely what is wrong.
  if (!/^\d{16}$/.test(nik)) throw new DomainError({ code: 'NIK_LENGTH', field: 'nik', params: { length: nik.replace(/\D/g, '').length } });
  if (!isIsoDate(input.birthDate)) throw new DomainError({ code: 'DATE_INVALID', field: 'birthDate', params: { value: input.birthDate } });

  const { db, keyring, book } = deps;
  const found = await registeredByBlindIndex(db, [nikBlindIndex(keyring, nik)]);
  const candidate = [...found.values()][0] ?? NOBODY;
  const worker = await db.selectFrom('workers').select(['id', 'full_name', 'birth_date', 'created_at']).where('id', '=', candidate).executeTakeFirst();
  const isMatch = constantTimeEqual(worker?.birth_date ?? '0000-00-00', input.birthDate) && worker !== undefined;
  const months = await db
    .selectFrom('coverage_months')
    .select(['program', 'period_month'])
    .where('worker_id', '=', isMatch ? candidate : NOBODY)
    .orderBy('period_month')
    .execute();
  await writeAudit(db, {
    actorId: null,
    action: isMatch ? 'pii.self_check' : 'self_check.no_match',
    entity: 'worker',
    entityId: isMatch ? candidate : null,
    requestId: context.requestId ?? null,
  });

  const on = context.on ?? jakartaToday();
  const calendar = workingCalendar(book);
  const byProgram = new Map<string, YearMonth[]>();
  for (const m of months) byProgram.set(m.program, [...(byProgram.get(m.program) ?? []), monthOf(m.period_month)]);
  const programs = [...byProgram.entries()].map(([program, paid]) => {
    const startsOn = maxDate(worker!.created_at.toISOString().slice(0, 10), firstDayOf(paid[0]!));
    const s = coverageStatusOn(book, calendar, { paidMonths: paid, startsOn, on });
    return { program, state: s.state, isCovered: s.isCovered, protectedUntil: s.protectedUntil, endsOn: s.endsOn };
  });
  const result: SelfCheckResult = {
    isMatch,
    maskedName: isMatch ? maskName(worker!.full_name) : null,
    isCovered: programs.some((p) => p.isCovered),
    programs: programs.map(({ isCovered: _, ...p }) => p),
  };
  const elapsed = performance.now() - startedAt;
  if (elapsed < SELF_CHECK_FLOOR_MS) await sleep(SELF_CHECK_FLOOR_MS - elapsed);
  return result;
}
