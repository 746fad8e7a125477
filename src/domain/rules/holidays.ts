import type { IsoDate } from '../dates.ts';
import type { Source } from './regulations.ts';

/**
 * National holidays (libur nasional) and collective leave days (cuti bersama) for working-day
 * arithmetic. Saturdays and Sundays are never working days. Years not listed here count only
 * weekends: add the next year's SKB as rows when it is published.
 */
export type Holiday = { date: IsoDate; nameId: string; kind: 'LIBUR_NASIONAL' | 'CUTI_BERSAMA' };
export type HolidayYear = { year: number; source: Source; days: readonly Holiday[] };

const L = (date: IsoDate, nameId: string): Holiday => ({ date, nameId, kind: 'LIBUR_NASIONAL' });
const C = (date: IsoDate, nameId: string): Holiday => ({ date, nameId, kind: 'CUTI_BERSAMA' });

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2025,
    source: { regulation: 'SKB-LIBUR-2025', status: 'UNVERIFIED', note: 'Disalin dari SKB 3 Menteri 2025 (dengan tambahan cuti bersama 18 Agustus); periksa terhadap salinan resmi.' },
    days: [
      L('2025-01-01', 'Tahun Baru 2025 Masehi'),
      L('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
      C('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      L('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      L('2025-03-28', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
      L('2025-03-31', 'Idul Fitri 1446 H'),
      L('2025-04-01', 'Idul Fitri 1446 H'),
      C('2025-04-02', 'Cuti bersama Idul Fitri'),
      C('2025-04-03', 'Cuti bersama Idul Fitri'),
      C('2025-04-04', 'Cuti bersama Idul Fitri'),
      C('2025-04-07', 'Cuti bersama Idul Fitri'),
      L('2025-04-18', 'Wafat Yesus Kristus'),
      L('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      L('2025-05-01', 'Hari Buruh Internasional'),
      L('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      C('2025-05-13', 'Cuti bersama Waisak'),
      L('2025-05-29', 'Kenaikan Yesus Kristus'),
      C('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      L('2025-06-01', 'Hari Lahir Pancasila'),
      L('2025-06-06', 'Idul Adha 1446 H'),
      C('2025-06-09', 'Cuti bersama Idul Adha'),
      L('2025-06-27', 'Tahun Baru Islam 1447 H'),
      L('2025-08-17', 'Hari Kemerdekaan Republik Indonesia'),
      C('2025-08-18', 'Cuti bersama Hari Kemerdekaan'),
      L('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      L('2025-12-25', 'Hari Raya Natal'),
      C('2025-12-26', 'Cuti bersama Natal'),
    ],
  },
  {
    year: 2026,
    source: { regulation: 'SKB-LIBUR-2026', status: 'UNVERIFIED', note: 'Disalin dari SKB 3 Menteri 2026; periksa terhadap salinan resmi.' },
    days: [
      L('2026-01-01', 'Tahun Baru 2026 Masehi'),
      L('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      C('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      L('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      C('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      L('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
      C('2026-03-20', 'Cuti bersama Idul Fitri'),
      L('2026-03-21', 'Idul Fitri 1447 H'),
      L('2026-03-22', 'Idul Fitri 1447 H'),
      C('2026-03-23', 'Cuti bersama Idul Fitri'),
      C('2026-03-24', 'Cuti bersama Idul Fitri'),
      L('2026-04-03', 'Wafat Yesus Kristus'),
      L('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      L('2026-05-01', 'Hari Buruh Internasional'),
      L('2026-05-14', 'Kenaikan Yesus Kristus'),
      C('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      L('2026-05-27', 'Idul Adha 1447 H'),
      C('2026-05-28', 'Cuti bersama Idul Adha'),
      L('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      L('2026-06-01', 'Hari Lahir Pancasila'),
      L('2026-06-16', 'Tahun Baru Islam 1448 H'),
      L('2026-08-17', 'Hari Kemerdekaan Republik Indonesia'),
      L('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      C('2026-12-24', 'Cuti bersama Natal'),
      L('2026-12-25', 'Hari Raya Natal'),
    ],
  },
];
