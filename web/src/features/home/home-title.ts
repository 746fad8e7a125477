import type { TFunction } from 'i18next';
import type { Me } from '../../api/client';

const BRANCH_PREFIX = /^(kantor cabang|kc)\s+/i;

/** A region scope as people say it: "Provinsi Kalimantan Selatan", "Kabupaten Pasuruan". */
export function scopeLabel(t: TFunction, scope: { code: string; name: string }): string {
  const isProvince = !scope.code.includes('.');
  return isProvince ? t('home.province', { name: scope.name }) : scope.name;
}

export function scopesLabel(t: TFunction, user: Me): string {
  return user.regionScopes.map((scope) => scopeLabel(t, scope)).join(', ');
}

/** The h1 of the home page: who this desk belongs to, in the user's language. */
export function homeTitle(t: TFunction, user: Me): string {
  const region = scopesLabel(t, user);
  switch (user.role) {
    case 'admin':
      return t('home.title.admin');
    case 'officer':
      return user.branch
        ? t('home.title.officer', { branch: user.branch.name.replace(BRANCH_PREFIX, '') })
        : t('home.title.officerNoBranch');
    case 'donor':
      return user.donorOrg ? t('home.title.donor', { org: user.donorOrg.displayName }) : t('home.title.donorNoOrg');
    case 'gov':
      return region ? t('home.title.gov', { region }) : t('home.title.govNoRegion');
    case 'jury':
      return t('home.title.jury');
    case 'agent':
      return region ? t('home.title.agent', { region }) : t('home.title.agentNoRegion');
  }
}
