import { OTHER_OCCUPATION_CODE } from '../../domain/occupations.ts';
import type { RegionKind } from '../../db/schema.ts';
import { createRng, weightedPicker, type Rng } from '../prng.ts';
import { randomPersonName, NAME_TRADITIONS, type NameTradition, type Sex } from './names.ts';
import { createNikAllocator, type BirthDate } from './nik.ts';
import {
  COMMON_OTHER_OCCUPATIONS,
  DEMO_AREAS,
  femaleShare,
  ISLAMIC_OCCUPATIONS,
  occupationWeights,
  type AreaKey,
  type DemoArea,
} from './profiles.ts';

/**
 * Pure, deterministic generation of demo workers: the same seed and the same village list give
 * the same workers, field for field. No I/O; encryption and inserts happen in persist.ts.
 */
export type DemoVillage = { code: string; kind: RegionKind };

export type DemoWorker = {
  nik: string;
  fullName: string;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  sex: Sex;
  villageCode: string;
  districtCode: string;
  regencyCode: string;
  areaKey: AreaKey;
  occupationCode: string;
  occupationOther: string | null;
  incomeBracket: bigint;
  /** '+628…' or null */
  phone: string | null;
  isDtks: boolean;
  p3keDecile: number | null;
  status: 'registered' | 'verified';
  /** Who registered the worker: the area's officer, or (Pasuruan) the Perisai agent. */
  registeredBy: 'officer' | 'agent';
};

type Uniform = (u: number) => string;

type PreparedArea = {
  area: DemoArea;
  villageCount: number;
  pickVillage: (u: number) => DemoVillage;
  /** Occupation pickers keyed by `${isUrban}:${isWaters}`. */
  occupationPickers: ReadonlyMap<string, Uniform>;
};

export type VillagePool = {
  pickArea: (u: number) => PreparedArea;
  villageCount: number;
};

/** Towns: kelurahan, and every village of a kota (regency part 71–99). */
const URBAN_VILLAGE_WEIGHT = 3;

export function districtOf(villageCode: string): string {
  return villageCode.split('.').slice(0, 3).join('.');
}

export function regencyOf(villageCode: string): string {
  return villageCode.split('.').slice(0, 2).join('.');
}

function isUrbanVillage(village: DemoVillage): boolean {
  const regencyPart = Number(village.code.split('.')[1]);
  return village.kind === 'kelurahan' || regencyPart >= 71;
}

function isWatersVillage(area: DemoArea, villageCode: string): boolean {
  return area.watersCodes.some((prefix) => villageCode.startsWith(prefix + '.'));
}

const pickerKey = (isUrban: boolean, isWaters: boolean) => `${isUrban}:${isWaters}`;

function prepareArea(area: DemoArea, villages: readonly DemoVillage[]): PreparedArea {
  if (villages.length === 0) {
    throw new Error(`Tidak ada desa/kelurahan untuk ${area.label} (${area.regionCode}) di tabel wilayah; muat ulang data wilayah.`);
  }
  const occupationPickers = new Map<string, Uniform>();
  for (const isUrban of [false, true]) {
    for (const isWaters of [false, true]) {
      occupationPickers.set(pickerKey(isUrban, isWaters), weightedPicker(occupationWeights({ area, isUrban, isWaters })));
    }
  }
  return {
    area,
    villageCount: villages.length,
    pickVillage: weightedPicker(villages.map((v) => [v, isUrbanVillage(v) ? URBAN_VILLAGE_WEIGHT : 1] as const)),
    occupationPickers,
  };
}

/** Groups the villages of the demo areas; villages elsewhere are ignored. Input order does not matter. */
export function buildVillagePool(villages: readonly DemoVillage[]): VillagePool {
  const sorted = [...villages].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const prepared = DEMO_AREAS.map((area) =>
    prepareArea(
      area,
      sorted.filter((v) => v.code.startsWith(area.regionCode + '.') && v.code.split('.').length === 4),
    ),
  );
  return {
    pickArea: weightedPicker(prepared.map((p) => [p, p.area.weight] as const)),
    villageCount: prepared.reduce((sum, p) => sum + p.villageCount, 0),
  };
}

/** Birth years so that everyone is 18–64 for the whole of 2026. */
export const BIRTH_YEAR_MIN = 1962;
export const BIRTH_YEAR_MAX = 2007;

function randomBirthDate(rng: Rng): BirthDate {
  const year = rng.int(BIRTH_YEAR_MIN, BIRTH_YEAR_MAX);
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const date = new Date(Date.UTC(year, 0, 1 + rng.int(0, daysInYear - 1)));
  return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const isoDate = ({ year, month, day }: BirthDate) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const MOBILE_PREFIXES = [
  '811', '812', '813', '821', '822', '823', '851', '852', '853', '814', '815', '816', '855', '856', '857', '858',
  '817', '818', '819', '859', '877', '878', '831', '832', '833', '838', '881', '882', '883', '895', '896', '897',
] as const;

/** '+62' followed by 10–12 digits, starting with 8 (Indonesian mobile numbers). */
function randomPhone(rng: Rng): string {
  let subscriber = '';
  const length = rng.int(7, 9);
  for (let i = 0; i < length; i++) subscriber += String(rng.int(0, 9));
  return `+62${rng.pick(MOBILE_PREFIXES)}${subscriber}`;
}

function pickTradition({ rng, area, occupationCode }: { rng: Rng; area: DemoArea; occupationCode: string }): NameTradition {
  const isIslamic = ISLAMIC_OCCUPATIONS.has(occupationCode);
  const candidates = isIslamic ? area.traditions.filter(([t]) => NAME_TRADITIONS[t].isMostlyMuslim) : area.traditions;
  return rng.weighted(candidates.length > 0 ? candidates : area.traditions);
}

function randomPovertyData(rng: Rng): { isDtks: boolean; p3keDecile: number | null } {
  const isDtks = rng.bool(0.4);
  const hasDecile = rng.bool(isDtks ? 0.6 : 0.25);
  if (!hasDecile) return { isDtks, p3keDecile: null };
  return { isDtks, p3keDecile: rng.weighted([[1, 4], [2, 3], [3, 2], [4, 1]]) };
}

function randomIncomeBracket(rng: Rng): bigint {
  return rng.bool(0.95) ? 1_000_000n : rng.pick([1_500_000n, 2_000_000n]);
}

function randomRegistration(rng: Rng, areaKey: AreaKey): Pick<DemoWorker, 'registeredBy' | 'status'> {
  const registeredBy = areaKey === 'pasuruan' && rng.bool(0.55) ? 'agent' : 'officer';
  // Agents collect registrations in the field; the branch verifies them later.
  const isVerified = rng.bool(registeredBy === 'agent' ? 0.6 : 0.92);
  return { registeredBy, status: isVerified ? 'verified' : 'registered' };
}

export const DEFAULT_DEMO_SEED = 20211028;

/** Yields `count` demo workers; consume lazily to keep memory flat for large counts. */
export function* generateDemoWorkers({
  seed = DEFAULT_DEMO_SEED,
  count,
  pool,
}: {
  seed?: number;
  count: number;
  pool: VillagePool;
}): Generator<DemoWorker> {
  const rng = createRng(seed);
  const allocateNik = createNikAllocator(rng);
  for (let i = 0; i < count; i++) {
    const prepared = pool.pickArea(rng.next());
    const { area } = prepared;
    const village = prepared.pickVillage(rng.next());
    const pickOccupation = prepared.occupationPickers.get(pickerKey(isUrbanVillage(village), isWatersVillage(area, village.code)));
    const occupationCode = (pickOccupation as Uniform)(rng.next());
    const sex: Sex = rng.bool(femaleShare(occupationCode)) ? 'P' : 'L';
    const tradition = pickTradition({ rng, area, occupationCode });
    const birthDate = randomBirthDate(rng);
    const districtCode = districtOf(village.code);
    yield {
      nik: allocateNik({ districtCode, birthDate, sex }),
      fullName: randomPersonName({ rng, tradition, sex }),
      birthDate: isoDate(birthDate),
      sex,
      villageCode: village.code,
      districtCode,
      regencyCode: regencyOf(village.code),
      areaKey: area.key,
      occupationCode,
      occupationOther:
        occupationCode === OTHER_OCCUPATION_CODE ? rng.pick([...COMMON_OTHER_OCCUPATIONS, ...area.otherOccupations]) : null,
      incomeBracket: randomIncomeBracket(rng),
      phone: rng.bool(0.7) ? randomPhone(rng) : null,
      ...randomPovertyData(rng),
      ...randomRegistration(rng, area.key),
    };
  }
}
