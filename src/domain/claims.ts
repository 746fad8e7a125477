import type { ClaimKind } from './calendar.ts';

/**
 * Claim types (the benefit types of benefits.ts: a work accident's care and transport costs are part of
 * each JKK type) and the documents each needs (domain.md §2.6).
 */
export const CLAIM_TYPES = ['JKM', 'JKK_DEATH', 'JKK_TOTAL_DISABILITY', 'JKK_PARTIAL_DISABILITY', 'JKK_TEMPORARY_INCAPACITY'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export function programOf(type: ClaimType): 'JKM' | 'JKK' {
  return type === 'JKM' ? 'JKM' : 'JKK';
}

export function serviceKindOf(type: ClaimType): ClaimKind {
  return type === 'JKM' ? 'JKM' : 'JKK';
}

export function isDeath(type: ClaimType): boolean {
  return type === 'JKM' || type === 'JKK_DEATH';
}

export const DOCUMENT_KINDS = {
  KARTU_PESERTA: { id: 'Kartu peserta BPJS Ketenagakerjaan', en: 'BPJS Ketenagakerjaan membership card' },
  KTP_PESERTA: { id: 'KTP peserta', en: "Participant's identity card (KTP)" },
  KTP_AHLI_WARIS: { id: 'KTP ahli waris', en: "Heir's identity card (KTP)" },
  AKTA_KEMATIAN: { id: 'Akta kematian atau surat keterangan kematian', en: 'Death certificate' },
  KARTU_KELUARGA: { id: 'Kartu Keluarga', en: 'Family card (KK)' },
  SURAT_AHLI_WARIS: { id: 'Surat keterangan ahli waris', en: 'Certificate of heirs' },
  BUKU_NIKAH: { id: 'Buku nikah (bila ahli waris suami/istri)', en: 'Marriage book (when the heir is the spouse)' },
  BUKU_TABUNGAN: { id: 'Buku tabungan penerima', en: "Recipient's bank book" },
  LAPORAN_KECELAKAAN: { id: 'Laporan kecelakaan kerja', en: 'Work-accident report' },
  SURAT_DOKTER: { id: 'Surat keterangan dokter (sembuh, cacat, atau meninggal)', en: "Doctor's statement (healed, disabled or deceased)" },
  KUITANSI: { id: 'Kuitansi biaya (perawatan, pengangkutan)', en: 'Receipts (care, transport)' },
  BUKTI_SEKOLAH: { id: 'Surat keterangan aktif sekolah dan rapor', en: 'Proof of schooling and report card' },
  LAINNYA: { id: 'Dokumen pendukung lain', en: 'Other supporting document' },
} as const;
export type DocumentKindCode = keyof typeof DOCUMENT_KINDS;

/** The documents a claim must have before it can be verified. */
export function requiredDocuments(type: ClaimType, options: { hasSpouseClaimant: boolean }): DocumentKindCode[] {
  const death: DocumentKindCode[] = ['KARTU_PESERTA', 'KTP_PESERTA', 'KTP_AHLI_WARIS', 'AKTA_KEMATIAN', 'KARTU_KELUARGA', 'SURAT_AHLI_WARIS', 'BUKU_TABUNGAN'];
  if (options.hasSpouseClaimant) death.push('BUKU_NIKAH');
  switch (type) {
    case 'JKM':
      return death;
    case 'JKK_DEATH':
      return [...death, 'LAPORAN_KECELAKAAN', 'SURAT_DOKTER'];
    default:
      return ['KARTU_PESERTA', 'KTP_PESERTA', 'LAPORAN_KECELAKAAN', 'SURAT_DOKTER', 'BUKU_TABUNGAN'];
  }
}
