import type { DonorType } from '../../db/schema.ts';

/**
 * Synthetic branches and donor organisations. Every company name carries "Contoh" (example) so
 * nobody mistakes demo data for a real company's commitment; regional governments appear with
 * "(data contoh)" for the same reason.
 */
export type DemoBranch = { code: string; name: string; regionScopes: readonly string[] };

export const DEMO_BRANCHES: readonly DemoBranch[] = [
  { code: 'KC-SAMPIT', name: 'Kantor Cabang Sampit', regionScopes: ['62.02'] },
  { code: 'KC-KUTAI-BARAT', name: 'Kantor Cabang Kutai Barat', regionScopes: ['64.07'] },
  { code: 'KC-BANJARMASIN', name: 'Kantor Cabang Banjarmasin', regionScopes: ['63'] },
  { code: 'KC-PASURUAN', name: 'Kantor Cabang Pasuruan', regionScopes: ['35.14'] },
  { code: 'KC-PALEMBANG', name: 'Kantor Cabang Palembang', regionScopes: ['16'] },
];

export type DemoDonorOrg = {
  /** Stable handle to refer to the organisation within the seed (not stored). */
  key: string;
  type: DonorType;
  legalName: string;
  displayName: string;
  regionCode: string | null;
  isPublicNameConsented: boolean;
};

export const DEMO_DONOR_ORGS: readonly DemoDonorOrg[] = [
  // Private companies (CSR)
  { key: 'sawit', type: 'SWASTA', legalName: 'PT Sawit Contoh Lestari', displayName: 'Sawit Contoh Lestari', regionCode: '62.02', isPublicNameConsented: true },
  { key: 'tambang', type: 'SWASTA', legalName: 'PT Tambang Contoh Mahakam', displayName: 'Tambang Contoh Mahakam', regionCode: '64.07', isPublicNameConsented: false },
  { key: 'karet', type: 'SWASTA', legalName: 'PT Karet Contoh Musi', displayName: 'Karet Contoh Musi', regionCode: '16', isPublicNameConsented: true },
  { key: 'kertas', type: 'SWASTA', legalName: 'PT Kertas Contoh Jaya', displayName: 'Kertas Contoh Jaya', regionCode: '35.14', isPublicNameConsented: true },
  { key: 'kayu', type: 'SWASTA', legalName: 'CV Kayu Contoh Barito', displayName: 'Kayu Contoh Barito', regionCode: '63', isPublicNameConsented: false },
  // State-owned enterprises
  { key: 'perkebunan', type: 'BUMN', legalName: 'PT Perkebunan Contoh Nusantara (Persero)', displayName: 'Perkebunan Contoh Nusantara', regionCode: null, isPublicNameConsented: true },
  { key: 'energi', type: 'BUMN', legalName: 'PT Energi Contoh Indonesia (Persero)', displayName: 'Energi Contoh Indonesia', regionCode: null, isPublicNameConsented: true },
  // Regionally owned enterprises
  { key: 'bank-kalteng', type: 'BUMD', legalName: 'PT Bank Daerah Contoh Kalimantan Tengah', displayName: 'Bank Daerah Contoh Kalteng', regionCode: '62', isPublicNameConsented: true },
  { key: 'air-banjarmasin', type: 'BUMD', legalName: 'Perumda Air Minum Contoh Banjarmasin', displayName: 'PDAM Contoh Banjarmasin', regionCode: '63.71', isPublicNameConsented: false },
  { key: 'bank-sumsel', type: 'BUMD', legalName: 'PT Bank Daerah Contoh Sumatera Selatan', displayName: 'Bank Daerah Contoh Sumsel', regionCode: '16', isPublicNameConsented: true },
  // Institutions
  { key: 'asn-peduli', type: 'INSTANSI', legalName: 'Paguyuban ASN Peduli Pekerja Rentan Contoh', displayName: 'ASN Peduli Contoh', regionCode: '35.14', isPublicNameConsented: true },
  { key: 'universitas', type: 'INSTANSI', legalName: 'Universitas Contoh Borneo', displayName: 'Universitas Contoh Borneo', regionCode: '63', isPublicNameConsented: false },
  // Zakat bodies
  { key: 'laz', type: 'LEMBAGA_ZAKAT', legalName: 'Lembaga Amil Zakat Contoh Amanah', displayName: 'LAZ Contoh Amanah', regionCode: null, isPublicNameConsented: true },
  { key: 'upz', type: 'LEMBAGA_ZAKAT', legalName: 'Unit Pengumpul Zakat Contoh Kutai Barat', displayName: 'UPZ Contoh Kutai Barat', regionCode: '64.07', isPublicNameConsented: false },
  // Regional governments
  { key: 'pemkab-kotim', type: 'PEMDA', legalName: 'Pemerintah Kabupaten Kotawaringin Timur (data contoh)', displayName: 'Pemkab Kotawaringin Timur (contoh)', regionCode: '62.02', isPublicNameConsented: true },
  { key: 'pemprov-kalsel', type: 'PEMDA', legalName: 'Pemerintah Provinsi Kalimantan Selatan (data contoh)', displayName: 'Pemprov Kalimantan Selatan (contoh)', regionCode: '63', isPublicNameConsented: true },
  { key: 'pemkab-pasuruan', type: 'PEMDA', legalName: 'Pemerintah Kabupaten Pasuruan (data contoh)', displayName: 'Pemkab Pasuruan (contoh)', regionCode: '35.14', isPublicNameConsented: true },
  // Individuals
  { key: 'perorangan-sampit', type: 'PERORANGAN', legalName: 'Rudianto Halim', displayName: 'Rudianto Halim', regionCode: '62.02', isPublicNameConsented: true },
  { key: 'perorangan-banjar', type: 'PERORANGAN', legalName: 'Hj. Nurul Aini Fadhilah', displayName: 'Hj. Nurul Aini Fadhilah', regionCode: '63', isPublicNameConsented: false },
  { key: 'perorangan-kubar', type: 'PERORANGAN', legalName: 'Gregorius Anyeq Lawing', displayName: 'Gregorius Anyeq Lawing', regionCode: '64.07', isPublicNameConsented: true },
];
