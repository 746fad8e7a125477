import type { NameTradition } from './names.ts';

/**
 * Who the demo workers are, region by region: the five areas of the news reports the programme
 * grew from, with the naming traditions of their people and the work they do. Weights are
 * plausible shapes for a demo, not statistics.
 */
export type AreaKey = 'kotim' | 'kubar' | 'kalsel' | 'pasuruan' | 'sumsel';

type Weights = readonly (readonly [string, number])[];

export type DemoArea = {
  key: AreaKey;
  /** Region code prefix: a regency (62.02) or a whole province (63). */
  regionCode: string;
  label: string;
  /** Share of all demo workers. */
  weight: number;
  traditions: readonly (readonly [NameTradition, number])[];
  /** Added to (or, if negative, taken from) the base occupation weights. */
  occupationAdjustments: Weights;
  /** Districts or regencies (code prefixes) on the coast, big rivers or lakes: many fishers. */
  watersCodes: readonly string[];
  /** Area-specific free-text occupations for LAINNYA. */
  otherOccupations: readonly string[];
};

export const DEMO_AREAS: readonly DemoArea[] = [
  {
    key: 'kotim',
    regionCode: '62.02',
    label: 'Kabupaten Kotawaringin Timur',
    weight: 28,
    traditions: [['banjar', 35], ['dayak', 25], ['jawa', 25], ['madura', 10], ['bugis', 3], ['sunda', 2]],
    occupationAdjustments: [['PEKEBUN', 10], ['BURUH_TANI', 4], ['PENYADAP_KARET', 5], ['MOTORIS_PERAHU', 2]],
    watersCodes: ['62.02.08', '62.02.09', '62.02.11'],
    otherOccupations: ['Pengrajin rotan', 'Penjual bensin eceran'],
  },
  {
    key: 'kubar',
    regionCode: '64.07',
    label: 'Kabupaten Kutai Barat',
    weight: 17,
    traditions: [['dayak', 50], ['kutai', 20], ['jawa', 15], ['banjar', 10], ['bugis', 5]],
    occupationAdjustments: [
      ['PENYADAP_KARET', 10], ['PEKEBUN', 8], ['PETANI', 4], ['TOKOH_AGAMA_ADAT', 2], ['MOTORIS_PERAHU', 2],
      ['GURU_NGAJI', -1], ['MARBOT', -1],
    ],
    watersCodes: ['64.07.10', '64.07.11', '64.07.13'],
    otherOccupations: ['Pengrajin manik-manik', 'Penenun ulap doyo'],
  },
  {
    key: 'kalsel',
    regionCode: '63',
    label: 'Provinsi Kalimantan Selatan',
    weight: 22,
    traditions: [['banjar', 72], ['jawa', 12], ['bugis', 7], ['madura', 4], ['dayak', 3], ['sunda', 2]],
    occupationAdjustments: [
      ['PETANI', 6], ['PEDAGANG_KELILING', 3], ['MOTORIS_PERAHU', 3], ['PENYADAP_KARET', 3], ['GURU_NGAJI', 2], ['MARBOT', 2],
    ],
    watersCodes: ['63.01.01', '63.01.02', '63.01.04', '63.01.06', '63.01.07', '63.02', '63.04', '63.10'],
    otherOccupations: ['Pengrajin anyaman purun', 'Penggosok batu permata', 'Pembuat sasirangan'],
  },
  {
    key: 'pasuruan',
    regionCode: '35.14',
    label: 'Kabupaten Pasuruan',
    weight: 18,
    traditions: [['jawa', 55], ['madura', 42], ['sunda', 3]],
    occupationAdjustments: [['PETANI', 6], ['BURUH_TANI', 6], ['PETERNAK', 6], ['BECAK', 3], ['GURU_NGAJI', 2], ['MARBOT', 1], ['PENDERES', 1]],
    watersCodes: ['35.14.14', '35.14.16', '35.14.21', '35.14.22', '35.14.23'],
    otherOccupations: ['Pembuat tempe', 'Pengrajin bordir', 'Penjual jamu gendong'],
  },
  {
    key: 'sumsel',
    regionCode: '16',
    label: 'Provinsi Sumatera Selatan',
    weight: 15,
    traditions: [['melayu', 62], ['jawa', 25], ['sunda', 7], ['bugis', 3], ['madura', 3]],
    occupationAdjustments: [['PENYADAP_KARET', 12], ['PEKEBUN', 6], ['PEDAGANG_KELILING', 2], ['MOTORIS_PERAHU', 2], ['PENDERES', 1]],
    watersCodes: ['16.02.11', '16.02.14', '16.02.18', '16.02.19', '16.07.02', '16.07.04', '16.07.07', '16.07.20'],
    otherOccupations: ['Pembuat kerupuk kemplang', 'Penenun songket', 'Pembuat pempek rumahan'],
  },
];

const RURAL_OCCUPATIONS: Weights = [
  ['PETANI', 14], ['BURUH_TANI', 10], ['PEKEBUN', 6], ['PETERNAK', 3], ['NELAYAN', 1], ['PEDAGANG_KELILING', 6],
  ['PEDAGANG_PASAR', 2], ['USAHA_MIKRO', 3], ['PKL', 2], ['OJEK', 5], ['SOPIR_ANGKOT', 0.5], ['KULI_BANGUNAN', 5],
  ['TUKANG', 3], ['GURU_NGAJI', 2], ['MARBOT', 2], ['PETUGAS_KEAGAMAAN', 1], ['TOKOH_AGAMA_ADAT', 0.5],
  ['PENGGALI_KUBUR', 0.5], ['ART', 1], ['BURUH_CUCI', 1], ['PENJAGA_MALAM', 1], ['PEMULUNG', 0.3], ['RT_RW', 1],
  ['LAINNYA', 1.5],
];

const URBAN_OCCUPATIONS: Weights = [
  ['PKL', 10], ['PEDAGANG_KELILING', 7], ['PEDAGANG_ASONGAN', 3], ['PEDAGANG_PASAR', 5], ['USAHA_MIKRO', 4], ['OJEK', 7],
  ['OJOL', 7], ['BECAK', 1], ['SOPIR_ANGKOT', 3], ['KURIR', 3], ['KULI_BANGUNAN', 6], ['TUKANG', 3], ['BURUH_PASAR', 6],
  ['PEMULUNG', 3], ['PETUGAS_KEBERSIHAN', 4], ['PENJAGA_MALAM', 3], ['JURU_PARKIR', 4], ['ART', 5], ['BURUH_CUCI', 2],
  ['PEKERJA_BANK_SAMPAH', 1], ['GURU_NGAJI', 2], ['MARBOT', 2], ['PETUGAS_KEAGAMAAN', 1], ['PENGGALI_KUBUR', 0.5],
  ['RT_RW', 1.5], ['NELAYAN', 0.5], ['PETANI', 1], ['LAINNYA', 2],
];

const WATERS_OCCUPATIONS: Weights = [['NELAYAN', 25], ['PEMBUDI_DAYA_IKAN', 5], ['MOTORIS_PERAHU', 3], ['BURUH_PASAR', 2]];

/** The occupation weights of one kind of place: urban or rural, by the water or not. */
export function occupationWeights({ area, isUrban, isWaters }: { area: DemoArea; isUrban: boolean; isWaters: boolean }): Weights {
  const weights = new Map<string, number>(isUrban ? URBAN_OCCUPATIONS : RURAL_OCCUPATIONS);
  const add = (extra: Weights, factor: number) => {
    for (const [code, weight] of extra) weights.set(code, Math.max(0, (weights.get(code) ?? 0) + weight * factor));
  };
  // The regional character (plantations, rubber, cattle) shows less in towns.
  add(area.occupationAdjustments, isUrban ? 0.4 : 1);
  if (isWaters) add(WATERS_OCCUPATIONS, 1);
  return [...weights.entries()].filter(([, weight]) => weight > 0);
}

/** Share of women in each occupation; the rest are men. */
const FEMALE_SHARE: Readonly<Record<string, number>> = {
  ART: 0.95, BURUH_CUCI: 0.95, PEDAGANG_PASAR: 0.6, USAHA_MIKRO: 0.6, PEKERJA_BANK_SAMPAH: 0.6, GURU_NGAJI: 0.5,
  PKL: 0.45, PEDAGANG_KELILING: 0.45, PETUGAS_KEBERSIHAN: 0.45, BURUH_TANI: 0.4, PEMULUNG: 0.4, PENYADAP_KARET: 0.35,
  PETANI: 0.3, PEDAGANG_ASONGAN: 0.3, PETERNAK: 0.25, PEKEBUN: 0.25, PEMBUDI_DAYA_IKAN: 0.2, PETUGAS_KEAGAMAAN: 0.2,
  BURUH_PASAR: 0.15, RT_RW: 0.15, OJOL: 0.12, KURIR: 0.1, PENDERES: 0.1, TOKOH_AGAMA_ADAT: 0.1, JURU_PARKIR: 0.08,
  NELAYAN: 0.05, MOTORIS_PERAHU: 0.05, OJEK: 0.03, SOPIR_ANGKOT: 0.03, KULI_BANGUNAN: 0.03, TUKANG: 0.02,
  PENJAGA_MALAM: 0.02, MARBOT: 0.02, BECAK: 0.01, PENGGALI_KUBUR: 0.01,
};

export function femaleShare(occupationCode: string): number {
  return FEMALE_SHARE[occupationCode] ?? 0.4;
}

/** Occupations whose holders are, in practice, Muslim (names are drawn accordingly). */
export const ISLAMIC_OCCUPATIONS: ReadonlySet<string> = new Set(['GURU_NGAJI', 'MARBOT']);

export const COMMON_OTHER_OCCUPATIONS: readonly string[] = [
  'Tukang cukur', 'Tukang pijat', 'Tukang servis sepatu', 'Penjual pulsa', 'Pengrajin bambu', 'Tukang las keliling',
];
