/**
 * Coded reference list of the occupations of vulnerable informal workers (pekerja rentan),
 * domain.md §3.3. Codes are stable identifiers stored in workers.occupation_code: never rename
 * or reuse one; add new codes at the end of their group. `LAINNYA` goes with free text
 * (workers.occupation_other).
 */
export type OccupationGroup =
  | 'pertanian'
  | 'perikanan'
  | 'perdagangan'
  | 'transportasi'
  | 'konstruksi'
  | 'jasa'
  | 'keagamaan'
  | 'lainnya';

export type Occupation = { code: string; nameId: string; nameEn: string; group: OccupationGroup };

export const OCCUPATIONS: readonly Occupation[] = [
  // Agriculture and plantations
  { code: 'PETANI', nameId: 'Petani', nameEn: 'Farmer', group: 'pertanian' },
  { code: 'BURUH_TANI', nameId: 'Buruh tani', nameEn: 'Farm labourer', group: 'pertanian' },
  { code: 'PEKEBUN', nameId: 'Pekebun', nameEn: 'Smallholder planter', group: 'pertanian' },
  { code: 'PENYADAP_KARET', nameId: 'Penyadap karet', nameEn: 'Rubber tapper', group: 'pertanian' },
  { code: 'PENDERES', nameId: 'Penderes nira', nameEn: 'Palm-sap tapper', group: 'pertanian' },
  { code: 'PETERNAK', nameId: 'Peternak', nameEn: 'Livestock farmer', group: 'pertanian' },
  // Fisheries
  { code: 'NELAYAN', nameId: 'Nelayan', nameEn: 'Fisher', group: 'perikanan' },
  { code: 'PEMBUDI_DAYA_IKAN', nameId: 'Pembudi daya ikan', nameEn: 'Fish farmer', group: 'perikanan' },
  // Trade
  { code: 'PEDAGANG_KELILING', nameId: 'Pedagang keliling', nameEn: 'Itinerant trader', group: 'perdagangan' },
  { code: 'PEDAGANG_ASONGAN', nameId: 'Pedagang asongan', nameEn: 'Hawker', group: 'perdagangan' },
  { code: 'PKL', nameId: 'Pedagang kaki lima', nameEn: 'Street vendor', group: 'perdagangan' },
  { code: 'PEDAGANG_PASAR', nameId: 'Pedagang pasar', nameEn: 'Market trader', group: 'perdagangan' },
  { code: 'USAHA_MIKRO', nameId: 'Pelaku usaha mikro', nameEn: 'Micro-entrepreneur', group: 'perdagangan' },
  // Transport
  { code: 'OJEK', nameId: 'Pengemudi ojek pangkalan', nameEn: 'Motorcycle-taxi driver', group: 'transportasi' },
  { code: 'OJOL', nameId: 'Pengemudi ojek daring', nameEn: 'App-based motorcycle-taxi driver', group: 'transportasi' },
  { code: 'BECAK', nameId: 'Pengemudi becak', nameEn: 'Pedicab driver', group: 'transportasi' },
  { code: 'SOPIR_ANGKOT', nameId: 'Sopir angkutan kota', nameEn: 'Minibus driver', group: 'transportasi' },
  { code: 'MOTORIS_PERAHU', nameId: 'Motoris perahu/kelotok', nameEn: 'Riverboat operator', group: 'transportasi' },
  { code: 'KURIR', nameId: 'Kurir', nameEn: 'Courier', group: 'transportasi' },
  // Construction
  { code: 'KULI_BANGUNAN', nameId: 'Kuli bangunan', nameEn: 'Construction labourer', group: 'konstruksi' },
  { code: 'TUKANG', nameId: 'Tukang kayu/batu', nameEn: 'Carpenter or mason', group: 'konstruksi' },
  // Services
  { code: 'BURUH_PASAR', nameId: 'Buruh pasar/bongkar muat', nameEn: 'Market porter or loader', group: 'jasa' },
  { code: 'PEMULUNG', nameId: 'Pemulung', nameEn: 'Waste picker', group: 'jasa' },
  { code: 'PETUGAS_KEBERSIHAN', nameId: 'Petugas kebersihan', nameEn: 'Cleaner', group: 'jasa' },
  { code: 'PENJAGA_MALAM', nameId: 'Penjaga malam', nameEn: 'Night watchman', group: 'jasa' },
  { code: 'JURU_PARKIR', nameId: 'Juru parkir', nameEn: 'Parking attendant', group: 'jasa' },
  { code: 'ART', nameId: 'Asisten rumah tangga', nameEn: 'Domestic worker', group: 'jasa' },
  { code: 'BURUH_CUCI', nameId: 'Buruh cuci', nameEn: 'Laundry worker', group: 'jasa' },
  { code: 'PEKERJA_BANK_SAMPAH', nameId: 'Pekerja bank sampah', nameEn: 'Waste-bank worker', group: 'jasa' },
  // Religious and community service
  { code: 'GURU_NGAJI', nameId: 'Guru ngaji', nameEn: 'Quran teacher', group: 'keagamaan' },
  { code: 'MARBOT', nameId: 'Marbot masjid/musala', nameEn: 'Mosque caretaker', group: 'keagamaan' },
  { code: 'PETUGAS_KEAGAMAAN', nameId: 'Petugas keagamaan', nameEn: 'Religious worker', group: 'keagamaan' },
  { code: 'TOKOH_AGAMA_ADAT', nameId: 'Tokoh agama/adat', nameEn: 'Religious or customary leader', group: 'keagamaan' },
  { code: 'PENGGALI_KUBUR', nameId: 'Penggali kubur', nameEn: 'Gravedigger', group: 'keagamaan' },
  // Other
  { code: 'RT_RW', nameId: 'Pengurus RT/RW', nameEn: 'Neighbourhood head (RT/RW)', group: 'lainnya' },
  { code: 'LAINNYA', nameId: 'Lainnya', nameEn: 'Other', group: 'lainnya' },
];

/** The code that requires free text (workers.occupation_other). */
export const OTHER_OCCUPATION_CODE = 'LAINNYA';

const BY_CODE: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.code, o]));

export function occupationByCode(code: string): Occupation | undefined {
  return BY_CODE.get(code);
}

export function isOccupationCode(code: string): boolean {
  return BY_CODE.has(code);
}
