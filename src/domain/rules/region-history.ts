import type { Source } from './regulations.ts';

/**
 * Region codes that are no longer in the Kemendagri list but still appear in valid NIKs, because a
 * NIK keeps the code of first registration for life (domain.md §8.1). Each maps to the code the
 * region has now; a NIK district code under an old regency is checked under the new one.
 * Add rows here when a split retires codes.
 */
export type RegionCodeChange = { oldCode: string; currentCode: string; name: string };

export const REGION_HISTORY: { changes: readonly RegionCodeChange[]; source: Source } = {
  source: {
    regulation: 'PERMENDAGRI-58-2021',
    status: 'DERIVED',
    note: 'Pemekaran Papua 2022 (UU 14, 15, 16 dan 29 Tahun 2022): kabupaten pindah dari provinsi 91 dan 92 ke 93–96 dengan kode baru.',
  },
  changes: [
    { oldCode: '91.01', currentCode: '93.01', name: 'Kabupaten Merauke' },
    { oldCode: '91.02', currentCode: '95.01', name: 'Kabupaten Jayawijaya' },
    { oldCode: '91.04', currentCode: '94.01', name: 'Kabupaten Nabire' },
    { oldCode: '91.07', currentCode: '94.02', name: 'Kabupaten Puncak Jaya' },
    { oldCode: '91.08', currentCode: '94.03', name: 'Kabupaten Paniai' },
    { oldCode: '91.09', currentCode: '94.04', name: 'Kabupaten Mimika' },
    { oldCode: '91.12', currentCode: '95.02', name: 'Kabupaten Pegunungan Bintang' },
    { oldCode: '91.13', currentCode: '95.03', name: 'Kabupaten Yahukimo' },
    { oldCode: '91.14', currentCode: '95.04', name: 'Kabupaten Tolikara' },
    { oldCode: '91.16', currentCode: '93.02', name: 'Kabupaten Boven Digoel' },
    { oldCode: '91.17', currentCode: '93.03', name: 'Kabupaten Mappi' },
    { oldCode: '91.18', currentCode: '93.04', name: 'Kabupaten Asmat' },
    { oldCode: '91.21', currentCode: '95.05', name: 'Kabupaten Mamberamo Tengah' },
    { oldCode: '91.22', currentCode: '95.06', name: 'Kabupaten Yalimo' },
    { oldCode: '91.23', currentCode: '95.07', name: 'Kabupaten Lanny Jaya' },
    { oldCode: '91.24', currentCode: '95.08', name: 'Kabupaten Nduga' },
    { oldCode: '91.25', currentCode: '94.05', name: 'Kabupaten Puncak' },
    { oldCode: '91.26', currentCode: '94.06', name: 'Kabupaten Dogiyai' },
    { oldCode: '91.27', currentCode: '94.07', name: 'Kabupaten Intan Jaya' },
    { oldCode: '91.28', currentCode: '94.08', name: 'Kabupaten Deiyai' },
    { oldCode: '92.01', currentCode: '96.01', name: 'Kabupaten Sorong' },
    { oldCode: '92.04', currentCode: '96.02', name: 'Kabupaten Sorong Selatan' },
    { oldCode: '92.05', currentCode: '96.03', name: 'Kabupaten Raja Ampat' },
    { oldCode: '92.09', currentCode: '96.04', name: 'Kabupaten Tambrauw' },
    { oldCode: '92.10', currentCode: '96.05', name: 'Kabupaten Maybrat' },
    { oldCode: '92.71', currentCode: '96.71', name: 'Kota Sorong' },
  ],
};

/** Builds the lookup parseNik needs from the current codes plus the history. */
export function regionCodeLookup(current: { provinces: Iterable<string>; regencies: Iterable<string>; districts: Iterable<string> }) {
  const provinces = new Set(current.provinces);
  const regencies = new Set(current.regencies);
  const districts = new Set(current.districts);
  const renamed = new Map(REGION_HISTORY.changes.map((c) => [c.oldCode, c.currentCode]));
  const currentRegency = (code: string) => (regencies.has(code) ? code : renamed.get(code));
  return {
    hasProvince: (code: string) => provinces.has(code),
    hasRegency: (code: string) => currentRegency(code) !== undefined,
    hasDistrict: (code: string) => {
      if (districts.has(code)) return true;
      const regency = renamed.get(code.slice(0, 5));
      return regency !== undefined && districts.has(`${regency}${code.slice(5)}`);
    },
    /** The code a NIK's regency or district has today. */
    currentCode: (code: string) => {
      const regency = renamed.get(code.slice(0, 5));
      return regency ? `${regency}${code.slice(5)}` : code;
    },
  };
}
