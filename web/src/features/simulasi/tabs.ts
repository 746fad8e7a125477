/** The sections of /simulasi, in the address as ?tab=… so each one can be linked to. */
export const SIMULASI_TABS = ['donatur', 'keluarga', 'nik', 'aturan'] as const;
export type SimulasiTab = (typeof SIMULASI_TABS)[number];

export function isSimulasiTab(value: unknown): value is SimulasiTab {
  return SIMULASI_TABS.some((tab) => tab === value);
}
