import { id } from '../../i18n/id';

/**
 * Guards that turn codes from the API into keys of the catalogue, so every label is translated
 * and an unknown code falls back to itself instead of breaking the page.
 */
type Simulasi = typeof id.simulasi;

export type Program = keyof Simulasi['programs'];
export type OccupationGroup = keyof Simulasi['occupationGroups'];
export type BenefitType = keyof Simulasi['benefit']['types'];
export type BenefitItemCode = keyof Simulasi['benefit']['items'];
export type ChildLevel = keyof Simulasi['levels'];
export type ScholarshipReason = keyof Simulasi['benefit']['scholarshipReasons'];
export type ChildReason = keyof Simulasi['benefit']['childReasons'];
export type BenefitKey = keyof Simulasi['rules']['benefitLabels'];
export type SettingKey = keyof Simulasi['rules']['settingLabels'];
export type SettingValue = keyof Simulasi['rules']['settingValues'];

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

export const isProgram = (code: string): code is Program => hasKey(id.simulasi.programs, code);
export const isOccupationGroup = (code: string): code is OccupationGroup => hasKey(id.simulasi.occupationGroups, code);
export const isBenefitItemCode = (code: string): code is BenefitItemCode => hasKey(id.simulasi.benefit.items, code);
export const isChildLevel = (code: string): code is ChildLevel => hasKey(id.simulasi.levels, code);
export const isScholarshipReason = (code: string): code is ScholarshipReason => hasKey(id.simulasi.benefit.scholarshipReasons, code);
export const isChildReason = (code: string): code is ChildReason => hasKey(id.simulasi.benefit.childReasons, code);
export const isSettingValue = (code: string): code is SettingValue => hasKey(id.simulasi.rules.settingValues, code);

/** Rule-book keys carry dots ("jkm.lumpSum"); the catalogue uses underscores, dots being its separator. */
export function benefitKey(key: string): BenefitKey | null {
  const flat = key.replaceAll('.', '_');
  return hasKey(id.simulasi.rules.benefitLabels, flat) ? flat : null;
}

export function settingKey(key: string): SettingKey | null {
  const flat = key.replaceAll('.', '_');
  return hasKey(id.simulasi.rules.settingLabels, flat) ? flat : null;
}

export const BENEFIT_TYPES = ['JKM', 'JKK_DEATH', 'JKK_TOTAL_DISABILITY', 'JKK_PARTIAL_DISABILITY', 'JKK_TEMPORARY_INCAPACITY'] as const satisfies readonly BenefitType[];
export const CHILD_LEVELS = ['BELUM_SEKOLAH', 'TK', 'SD', 'SMP', 'SMA', 'PT'] as const satisfies readonly ChildLevel[];

export function isBenefitType(value: string): value is BenefitType {
  return BENEFIT_TYPES.some((type) => type === value);
}

/** A name from the rule book in the interface language (the book carries both). */
export function occupationName(item: { nameId: string; nameEn: string }, language: string): string {
  return language === 'en' ? item.nameEn : item.nameId;
}
