import { beforeAll, describe, expect, it } from 'vitest';
import { DONOR_TYPES } from '../../src/db/schema.ts';
import { OCCUPATIONS, isOccupationCode, occupationByCode } from '../../src/domain/occupations.ts';
import { DEMO_ACCOUNTS, DEMO_STAFF } from '../../src/seed/demo/accounts.ts';
import { DEMO_BRANCHES, DEMO_DONOR_ORGS } from '../../src/seed/demo/donors.ts';
import { FAMOUS_NAMES } from '../../src/seed/demo/names.ts';
import { formatNik, nikPrefix } from '../../src/seed/demo/nik.ts';
import { DEMO_AREAS } from '../../src/seed/demo/profiles.ts';
import { buildVillagePool, generateDemoWorkers, type DemoVillage, type DemoWorker, type VillagePool } from '../../src/seed/demo/workers.ts';
import { createRng } from '../../src/seed/prng.ts';
import { readRegionTree } from '../../src/seed/regions.ts';

// Pure tests: the real Kemendagri village list from idn-area-data, no database.
let villages: DemoVillage[];
let villageCodes: Set<string>;
let pool: VillagePool;

beforeAll(async () => {
  const tree = await readRegionTree();
  villages = tree.filter((r) => r.level === 4).map((r) => ({ code: r.code, kind: r.kind }));
  villageCodes = new Set(villages.map((v) => v.code));
  pool = buildVillagePool(villages);
});

const generate = (count: number, seed?: number): DemoWorker[] => [...generateDemoWorkers({ count, pool, ...(seed === undefined ? {} : { seed }) })];

describe('prng', () => {
  it('repeats the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 50 }, () => rng.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps int() inclusive on both ends, next() in [0, 1), and never picks a zero weight', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 6);
      seen.add(n);
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      expect(rng.weighted([['a', 0], ['b', 1], ['c', 0]])).toBe('b');
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('occupations reference list', () => {
  it('has unique upper-snake codes, both languages, and the §3.3 occupations', () => {
    const codes = OCCUPATIONS.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const o of OCCUPATIONS) {
      expect(o.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(o.nameId.length).toBeGreaterThan(0);
      expect(o.nameEn.length).toBeGreaterThan(0);
    }
    for (const code of ['PETANI', 'BURUH_TANI', 'NELAYAN', 'PKL', 'OJEK', 'OJOL', 'MARBOT', 'GURU_NGAJI', 'PENDERES', 'RT_RW', 'ART', 'LAINNYA']) {
      expect(isOccupationCode(code)).toBe(true);
    }
    expect(occupationByCode('NELAYAN')?.group).toBe('perikanan');
    expect(occupationByCode('TIDAK_ADA')).toBeUndefined();
  });
});

describe('NIK building', () => {
  it('adds 40 to the day for women and pads every part', () => {
    const birthDate = { year: 1968, month: 8, day: 5 };
    expect(nikPrefix({ districtCode: '35.15.14', birthDate, sex: 'P' })).toBe('351514450868');
    expect(nikPrefix({ districtCode: '35.15.14', birthDate, sex: 'L' })).toBe('351514050868');
    expect(formatNik({ prefix: '351514450868', serial: 2 })).toBe('3515144508680002');
    expect(() => formatNik({ prefix: '351514450868', serial: 0 })).toThrow();
  });
});

describe('demo worker generator', () => {
  it('gives identical workers for the same seed and different ones for another seed', () => {
    expect(generate(1500, 42)).toEqual(generate(1500, 42));
    expect(generate(200)).toEqual(generate(200, 20211028));
    expect(generate(200, 42)).not.toEqual(generate(200, 43));
  });

  it('does not depend on the order of the village list', () => {
    const reversed = buildVillagePool([...villages].reverse());
    expect([...generateDemoWorkers({ count: 300, pool: reversed })]).toEqual(generate(300));
  });

  it('builds every NIK from the district, birth date and sex, with a non-zero serial, all unique', () => {
    const workers = generate(5000);
    const niks = new Set<string>();
    for (const w of workers) {
      expect(w.nik).toMatch(/^\d{16}$/);
      expect(w.nik.slice(0, 6)).toBe(w.districtCode.replaceAll('.', ''));
      const [year, month, day] = w.birthDate.split('-').map(Number) as [number, number, number];
      const dd = Number(w.nik.slice(6, 8));
      expect(dd).toBe(w.sex === 'P' ? day + 40 : day);
      expect(w.nik.slice(8, 10)).toBe(String(month).padStart(2, '0'));
      expect(w.nik.slice(10, 12)).toBe(String(year % 100).padStart(2, '0'));
      expect(w.nik.slice(12)).not.toBe('0000');
      niks.add(w.nik);
    }
    expect(niks.size).toBe(workers.length);
  });

  it('places workers in real villages of the five demo areas, with matching district and regency', () => {
    const workers = generate(3000);
    const areaCounts = new Map<string, number>();
    for (const w of workers) {
      expect(villageCodes.has(w.villageCode)).toBe(true);
      expect(w.villageCode.startsWith(w.districtCode + '.')).toBe(true);
      expect(w.districtCode.startsWith(w.regencyCode + '.')).toBe(true);
      expect(w.regencyCode).toMatch(/^\d{2}\.\d{2}$/);
      const area = DEMO_AREAS.find((a) => a.key === w.areaKey);
      expect(area && w.villageCode.startsWith(area.regionCode + '.')).toBe(true);
      areaCounts.set(w.areaKey, (areaCounts.get(w.areaKey) ?? 0) + 1);
    }
    for (const area of DEMO_AREAS) expect(areaCounts.get(area.key) ?? 0).toBeGreaterThan(200);
  });

  it('gives non-empty names, valid occupations, adult ages in 2026 and well-formed flags', () => {
    const workers = generate(5000);
    for (const w of workers) {
      expect(w.fullName.trim()).toBe(w.fullName);
      expect(w.fullName.length).toBeGreaterThan(1);
      expect(FAMOUS_NAMES.has(w.fullName.toLowerCase())).toBe(false);
      expect(isOccupationCode(w.occupationCode)).toBe(true);
      expect(w.occupationOther === null).toBe(w.occupationCode !== 'LAINNYA');
      expect(['L', 'P']).toContain(w.sex);
      const [year, month, day] = w.birthDate.split('-').map(Number) as [number, number, number];
      const ageOn = (m: number, d: number) => 2026 - year - (month > m || (month === m && day > d) ? 1 : 0);
      expect(ageOn(1, 1)).toBeGreaterThanOrEqual(18);
      expect(ageOn(12, 31)).toBeLessThanOrEqual(64);
      if (w.phone !== null) expect(w.phone).toMatch(/^\+628\d{9,12}$/);
      if (w.p3keDecile !== null) expect(w.p3keDecile).toBeGreaterThanOrEqual(1);
      if (w.p3keDecile !== null) expect(w.p3keDecile).toBeLessThanOrEqual(4);
      expect(w.incomeBracket).toBeGreaterThanOrEqual(1_000_000n);
      if (w.registeredBy === 'agent') expect(w.areaKey).toBe('pasuruan');
    }
    const share = (test: (w: DemoWorker) => boolean) => workers.filter(test).length / workers.length;
    expect(share((w) => w.phone !== null)).toBeCloseTo(0.7, 1);
    expect(share((w) => w.isDtks)).toBeCloseTo(0.4, 1);
    expect(share((w) => w.status === 'verified')).toBeGreaterThan(0.75);
    expect(share((w) => w.incomeBracket === 1_000_000n)).toBeGreaterThan(0.9);
    expect(share((w) => w.sex === 'P')).toBeGreaterThan(0.2);
    expect(new Set(workers.map((w) => w.fullName.split(' ').length)).has(1)).toBe(true);
  });

  it('puts fishers mostly by the water', () => {
    const workers = generate(5000);
    const fishers = workers.filter((w) => w.occupationCode === 'NELAYAN');
    const byWater = fishers.filter((w) => DEMO_AREAS.some((a) => a.watersCodes.some((p) => w.villageCode.startsWith(p + '.'))));
    expect(fishers.length).toBeGreaterThan(50);
    expect(byWater.length / fishers.length).toBeGreaterThan(0.7);
  });

  it('refuses a village list that misses a demo area, in Indonesian', () => {
    const withoutKutaiBarat = villages.filter((v) => !v.code.startsWith('64.07.'));
    expect(() => buildVillagePool(withoutKutaiBarat)).toThrow(/Kutai Barat.*tabel wilayah/);
  });
});

describe('demo organisation data', () => {
  it('has the six required accounts, one per role, with scopes', () => {
    const byEmail = new Map(DEMO_STAFF.map((s) => [s.email, s]));
    expect(byEmail.get('admin@lingkaran.test')).toMatchObject({ role: 'admin', regionScopes: [] });
    expect(byEmail.get('officer@lingkaran.test')).toMatchObject({ role: 'officer', branchCode: 'KC-SAMPIT', regionScopes: ['62.02'] });
    expect(byEmail.get('donor@lingkaran.test')).toMatchObject({ role: 'donor', donorOrgKey: 'sawit' });
    expect(byEmail.get('gov@lingkaran.test')).toMatchObject({ role: 'gov', regionScopes: ['63'] });
    expect(byEmail.get('jury@lingkaran.test')).toMatchObject({ role: 'jury' });
    expect(byEmail.get('agent@lingkaran.test')).toMatchObject({ role: 'agent', regionScopes: ['35.14'] });
    expect(DEMO_ACCOUNTS.map((a) => a.email)).toEqual(DEMO_STAFF.map((s) => s.email));
    expect(new Set(DEMO_STAFF.map((s) => s.email.toLowerCase())).size).toBe(DEMO_STAFF.length);
    const donorOrg = DEMO_DONOR_ORGS.find((o) => o.key === 'sawit');
    expect(donorOrg?.type).toBe('SWASTA');
  });

  it('has donors of every type with both consent choices, and the five branches', () => {
    expect(new Set(DEMO_DONOR_ORGS.map((o) => o.type))).toEqual(new Set(DONOR_TYPES));
    expect(new Set(DEMO_DONOR_ORGS.map((o) => o.isPublicNameConsented))).toEqual(new Set([true, false]));
    expect(new Set(DEMO_DONOR_ORGS.map((o) => o.key)).size).toBe(DEMO_DONOR_ORGS.length);
    expect(Object.fromEntries(DEMO_BRANCHES.map((b) => [b.code, b.regionScopes]))).toMatchObject({
      'KC-SAMPIT': ['62.02'],
      'KC-KUTAI-BARAT': ['64.07'],
      'KC-BANJARMASIN': ['63'],
      'KC-PASURUAN': ['35.14'],
      'KC-PALEMBANG': ['16'],
    });
  });
});
