import type { Role } from '../../db/schema.ts';
import type { AreaKey } from './profiles.ts';

/** Every demo account signs in with this password (printed in the start banner and the README). */
export const DEMO_PASSWORD = 'lingkaran-demo';

export type DemoStaff = {
  email: string;
  role: Role;
  fullName: string;
  description: string;
  regionScopes: readonly string[];
  /** DEMO_BRANCHES code, or null. */
  branchCode: string | null;
  /** DEMO_DONOR_ORGS key (donor role only), or null. */
  donorOrgKey: string | null;
  /** The area whose workers this officer registers and verifies. */
  officerOfArea: AreaKey | null;
};

export const ADMIN_EMAIL = 'admin@lingkaran.test';

export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    email: ADMIN_EMAIL, role: 'admin', fullName: 'Ratna Wulandari', description: 'Admin pusat — semua wilayah',
    regionScopes: [], branchCode: null, donorOrgKey: null, officerOfArea: null,
  },
  {
    email: 'officer@lingkaran.test', role: 'officer', fullName: 'Ahmad Fauzan Noor',
    description: 'Petugas Kantor Cabang Sampit — Kab. Kotawaringin Timur',
    regionScopes: ['62.02'], branchCode: 'KC-SAMPIT', donorOrgKey: null, officerOfArea: 'kotim',
  },
  {
    email: 'supervisor@lingkaran.test', role: 'officer', fullName: 'Hj. Noorhayati Saleh',
    description: 'Kepala Bidang Pelayanan Kantor Cabang Sampit — petugas kedua yang menyetujui klaim',
    regionScopes: ['62.02'], branchCode: 'KC-SAMPIT', donorOrgKey: null, officerOfArea: null,
  },
  {
    email: 'donor@lingkaran.test', role: 'donor', fullName: 'Yulia Anggraini', description: 'Donatur — PT Sawit Contoh Lestari',
    regionScopes: [], branchCode: null, donorOrgKey: 'sawit', officerOfArea: null,
  },
  {
    email: 'gov@lingkaran.test', role: 'gov', fullName: 'Gusti Rizali Noor', description: 'Pemerintah daerah — Prov. Kalimantan Selatan',
    regionScopes: ['63'], branchCode: null, donorOrgKey: null, officerOfArea: null,
  },
  {
    email: 'jury@lingkaran.test', role: 'jury', fullName: 'Wahyu Adi Nugroho', description: 'Juri Paritrana Award',
    regionScopes: [], branchCode: null, donorOrgKey: null, officerOfArea: null,
  },
  {
    email: 'agent@lingkaran.test', role: 'agent', fullName: 'Moh. Subairi Hasan', description: 'Agen Perisai — Kab. Pasuruan',
    regionScopes: ['35.14'], branchCode: 'KC-PASURUAN', donorOrgKey: null, officerOfArea: null,
  },
  {
    email: 'officer.kubar@lingkaran.test', role: 'officer', fullName: 'Paulus Ajang', description: 'Petugas Kantor Cabang Kutai Barat',
    regionScopes: ['64.07'], branchCode: 'KC-KUTAI-BARAT', donorOrgKey: null, officerOfArea: 'kubar',
  },
  {
    email: 'officer.banjarmasin@lingkaran.test', role: 'officer', fullName: 'Siti Rahmah Maulida',
    description: 'Petugas Kantor Cabang Banjarmasin — Prov. Kalimantan Selatan',
    regionScopes: ['63'], branchCode: 'KC-BANJARMASIN', donorOrgKey: null, officerOfArea: 'kalsel',
  },
  {
    email: 'officer.pasuruan@lingkaran.test', role: 'officer', fullName: 'Dwi Setyowati', description: 'Petugas Kantor Cabang Pasuruan',
    regionScopes: ['35.14'], branchCode: 'KC-PASURUAN', donorOrgKey: null, officerOfArea: 'pasuruan',
  },
  {
    email: 'officer.palembang@lingkaran.test', role: 'officer', fullName: 'Kemas Rusli Hanafi',
    description: 'Petugas Kantor Cabang Palembang — Prov. Sumatera Selatan',
    regionScopes: ['16'], branchCode: 'KC-PALEMBANG', donorOrgKey: null, officerOfArea: 'sumsel',
  },
];

/** For the README and the start banner. */
export const DEMO_ACCOUNTS: readonly { email: string; role: Role; description: string }[] = DEMO_STAFF.map(
  ({ email, role, description }) => ({ email, role, description }),
);

export const AGENT_EMAIL = 'agent@lingkaran.test';
