import type { TFunction } from 'i18next';
import type { Region } from '../../api/client';

export function kindLabel(t: TFunction, region: Region): string {
  return t(`regions.kinds.${region.kind}`);
}

export function levelLabel(t: TFunction, level: number): string {
  switch (level) {
    case 1:
      return t('regions.levels.level1');
    case 2:
      return t('regions.levels.level2');
    case 3:
      return t('regions.levels.level3');
    default:
      return t('regions.levels.level4');
  }
}

/** Villages are the leaves of the tree. */
export function hasChildren(region: Region): boolean {
  return region.level < 4;
}
