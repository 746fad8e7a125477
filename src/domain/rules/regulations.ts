/**
 * The regulations and sources the rule data cites. Each rate, benefit, holiday and setting names one
 * of these ids, so every number can be traced to where it comes from (GET /api/rules shows them).
 * Status follows domain.md: VERIFIED (stated in a source), DERIVED (arithmetic or a rule inferred
 * from verified facts), UNVERIFIED (an assumption to check against the primary text), CONFLICT
 * (sources disagree; the default is documented).
 */
export type SourceStatus = 'VERIFIED' | 'DERIVED' | 'UNVERIFIED' | 'CONFLICT';

export type Regulation = {
  id: string;
  title: string;
  /** Date the instrument was set or the source was published (YYYY-MM-DD), when known. */
  date: string | null;
  url: string | null;
};

export const REGULATIONS = [
  {
    id: 'PP-44-2015',
    title: 'PP 44/2015 tentang Penyelenggaraan Program JKK dan JKM',
    date: '2015-06-30',
    url: 'https://pasal.id/en/peraturan/pp/pp-no-44-tahun-2015/koreksi/9064480',
  },
  {
    id: 'PP-46-2015',
    title: 'PP 46/2015 tentang Penyelenggaraan Program JHT',
    date: '2015-06-30',
    url: 'https://pasal.id/en/peraturan/pp/pp-no-46-tahun-2015/koreksi/9065376',
  },
  {
    id: 'PP-82-2019',
    title: 'PP 82/2019 tentang Perubahan atas PP 44/2015 (manfaat JKK dan JKM)',
    date: '2019-12-02',
    url: 'https://id.scribd.com/document/481284436/PP-Nomor-82-Tahun-2019-Lamp-III-pdf',
  },
  {
    id: 'PERMENAKER-5-2021',
    title: 'Permenaker 5/2021 tentang Tata Cara Penyelenggaraan Program JKK, JKM dan JHT (beasiswa)',
    date: '2021-04-01',
    url: 'https://id.scribd.com/document/512317569/Permenaker-5-2021',
  },
  {
    id: 'PP-49-2020',
    title: 'PP 49/2020 tentang Penyesuaian Iuran selama Bencana Nonalam COVID-19 (keringanan iuran JKM 99 %)',
    date: '2020-08-31',
    url: 'https://www.pasal.id/peraturan/pp/pp-no-49-tahun-2020/koreksi/8991934',
  },
  {
    id: 'STIMULUS-2025-TRANSPORT',
    title: 'Paket stimulus ekonomi 2025 ("8+4+5"): diskon 50 % iuran JKK dan JKM BPU sektor transportasi, 6 bulan',
    date: '2025-09-15',
    url: 'https://gencilnews.com/2025/09/16/diskon-iuran-bpjs-ketenagakerjaan',
  },
  {
    id: 'PERDIR-22-2022',
    title: 'Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022 (Pedoman Kepesertaan): tunggakan BPU maksimal 3 bulan',
    date: '2022-07-01',
    url: 'http://online.flipbuilder.com/kduhm/fxda/files/basic-html/page59.html',
  },
  {
    id: 'FAQ-BPU-2023',
    title: 'FAQ BPJS Ketenagakerjaan peserta BPU: tanpa denda, nonaktif sesudah 3 bulan berturut-turut tidak membayar',
    date: '2023-04-01',
    url: 'https://perisaiblora.blogspot.com/2023/04/frequently-asked-questions-faq.html',
  },
  {
    id: 'PP-14-1993-LAMPIRAN',
    title: 'Tabel persentase cacat (Lampiran PP 14/1993, sebagaimana lazim dikutip; periksa terhadap Lampiran PP 44/2015)',
    date: null,
    url: null,
  },
  {
    id: 'SKB-LIBUR-2025',
    title: 'SKB 3 Menteri: hari libur nasional dan cuti bersama 2025',
    date: '2024-10-14',
    url: null,
  },
  {
    id: 'SKB-LIBUR-2026',
    title: 'SKB 3 Menteri: hari libur nasional dan cuti bersama 2026',
    date: '2025-09-19',
    url: null,
  },
  {
    id: 'UU-24-2013',
    title: 'UU 23/2006 jo. UU 24/2013 (Administrasi Kependudukan), Pasal 13: NIK',
    date: '2013-12-24',
    url: 'https://dukcapil.klaten.go.id/arti-16-digit-nomor-induk-kependudukan-nik',
  },
  {
    id: 'PERMENDAGRI-58-2021',
    title: 'Permendagri 58/2021 (kode wilayah) dan Kepmendagri 100.1.1-6117/2022',
    date: '2021-12-13',
    url: 'https://github.com/cahyadsn/wilayah',
  },
  {
    id: 'PERMENDAGRI-15-2024',
    title: 'Permendagri 15/2024 tentang Pedoman Penyusunan APBD 2025 (cakupan jamsostek naik ≥ 20 %; dikutip semarang.inews 2025-11)',
    date: null,
    url: null,
  },
  {
    id: 'BAPPENAS-06.02.021',
    title: 'Indikator Bappenas 06.02.021 (KEP.26A/M.PPN/HK/05/2025): cakupan peserta PBPU JKK dan JKM',
    date: '2025-05-01',
    url: 'https://sdi.beltim.go.id/kodref/06.02.021',
  },
  {
    id: 'LINGKARAN',
    title: 'Keputusan perancangan Lingkaran (bukan regulasi): lihat docs/decisions/',
    date: null,
    url: null,
  },
] as const satisfies readonly Regulation[];

export type RegulationId = (typeof REGULATIONS)[number]['id'];

/**
 * What a number rests on: a regulation (an id of REGULATIONS or of the deployment's rule file), how
 * sure we are, and a note when it needs one.
 */
export type Source = { regulation: string; status: SourceStatus; note?: string };
