import { formatRupiah } from '../../domain/money.ts';
import { formatDateId, formatMonthId } from '../documents/pdf.ts';

/**
 * Message templates in Bahasa Indonesia and English. Short enough for one SMS where they go to
 * workers; parameters are already public-safe (masked, no NIK).
 */
export type TemplateName = 'worker_lapse_soon' | 'worker_arrears' | 'worker_self_pay_paid' | 'donor_renewal' | 'donor_allocated';

type Params = Record<string, string>;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dateEn = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
};
const rp = (v: string) => formatRupiah(BigInt(v));

export const TEMPLATES: Record<TemplateName, { id: (p: Params) => string; en: (p: Params) => string }> = {
  worker_lapse_soon: {
    id: (p) =>
      `Lingkaran: perlindungan BPJS Ketenagakerjaan ${p.name} dibayar sampai ${formatDateId(p.protectedUntil!)}. ` +
      `Lanjutkan mandiri mulai ${rp(p.monthly!)}/bulan dengan kode bayar ${p.code} di ${p.url}. Info: 175.`,
    en: (p) =>
      `Lingkaran: ${p.name}'s BPJS Ketenagakerjaan protection is paid until ${dateEn(p.protectedUntil!)}. ` +
      `Continue yourself from ${rp(p.monthly!)}/month with payment code ${p.code} at ${p.url}. Help: 175.`,
  },
  worker_arrears: {
    id: (p) =>
      `Lingkaran: iuran BPJS Ketenagakerjaan ${p.name} belum dibayar ${p.months} bulan. Perlindungan berakhir ${formatDateId(p.endsOn!)} ` +
      `bila belum dibayar. Bayar dengan kode ${p.code} di ${p.url}. Tanpa denda.`,
    en: (p) =>
      `Lingkaran: ${p.name}'s BPJS Ketenagakerjaan contribution is ${p.months} month(s) unpaid. Protection ends ${dateEn(p.endsOn!)} ` +
      `unless paid. Pay with code ${p.code} at ${p.url}. No fine.`,
  },
  worker_self_pay_paid: {
    id: (p) => `Lingkaran: pembayaran ${rp(p.amount!)} diterima. ${p.name} terlindungi sampai ${formatDateId(p.protectedUntil!)}. Terima kasih.`,
    en: (p) => `Lingkaran: payment of ${rp(p.amount!)} received. ${p.name} is protected until ${dateEn(p.protectedUntil!)}. Thank you.`,
  },
  donor_renewal: {
    id: (p) =>
      `Lingkaran: donasi ${p.number} melindungi ${p.workers} pekerja sampai ${formatMonthId(p.endMonth!)}. Perpanjang untuk masa yang sama dalam satu langkah: ${p.url}`,
    en: (p) => `Lingkaran: donation ${p.number} protects ${p.workers} workers until ${p.endMonth}. Renew for the same period in one step: ${p.url}`,
  },
  donor_allocated: {
    id: (p) => `Lingkaran: donasi ${p.number} sudah dialokasikan: ${p.workers} pekerja terlindungi. Bukti pembayaran: ${p.url}`,
    en: (p) => `Lingkaran: donation ${p.number} is allocated: ${p.workers} workers protected. Receipt: ${p.url}`,
  },
};

export function renderMessage(template: TemplateName, locale: 'id' | 'en', params: Params): string {
  return TEMPLATES[template][locale](params);
}
