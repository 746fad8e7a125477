import type { Rng } from '../prng.ts';
import type { Sex } from './names.ts';

/**
 * Structurally valid synthetic NIKs (domain.md §8.1): district code (6) ‖ DDMMYY (women DD + 40)
 * ‖ serial (4, from 0001). Real NIKs of real people are never generated on purpose, but any
 * 16-digit number could exist: demo NIKs must stay in demo databases.
 */
export type BirthDate = { year: number; month: number; day: number };

/** '62.02.05' → '620205'. */
export function districtDigits(districtCode: string): string {
  const digits = districtCode.replaceAll('.', '');
  if (!/^\d{6}$/.test(digits)) throw new Error(`Kode kecamatan tidak sah: ${districtCode}`);
  return digits;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The first 12 digits: district, birth day (+40 for women), month, two-digit year. */
export function nikPrefix({ districtCode, birthDate, sex }: { districtCode: string; birthDate: BirthDate; sex: Sex }): string {
  const day = sex === 'P' ? birthDate.day + 40 : birthDate.day;
  return `${districtDigits(districtCode)}${two(day)}${two(birthDate.month)}${two(birthDate.year % 100)}`;
}

export function formatNik({ prefix, serial }: { prefix: string; serial: number }): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) throw new Error(`Nomor urut NIK harus 1–9999: ${serial}`);
  return `${prefix}${String(serial).padStart(4, '0')}`;
}

export type NikAllocator = (person: { districtCode: string; birthDate: BirthDate; sex: Sex }) => string;

/**
 * Hands out unique NIKs. The serial of the first holder of a prefix is small and random (other,
 * unseen residents share birth dates too); later holders of the same prefix get higher serials.
 */
export function createNikAllocator(rng: Rng): NikAllocator {
  const lastSerial = new Map<string, number>();
  return (person) => {
    const prefix = nikPrefix(person);
    const previous = lastSerial.get(prefix);
    const serial = previous === undefined ? rng.int(1, 30) : previous + rng.int(1, 4);
    lastSerial.set(prefix, serial);
    return formatNik({ prefix, serial });
  };
}
