import { ROLES, type Role } from '../api/client';

/** Areas that are planned but not built yet; each has an honest placeholder page. */
export const AREAS = ['workers', 'donations', 'coverage', 'cards', 'claims', 'statistics', 'paritrana', 'regulations'] as const;
export type AreaKey = (typeof AREAS)[number];

export type NavKey = 'home' | 'regions' | 'simulasi' | 'users' | AreaKey;

export type AppPath =
  | '/'
  | '/regions'
  | '/simulasi'
  | '/users'
  | '/workers'
  | '/donations'
  | '/coverage'
  | '/cards'
  | '/claims'
  | '/statistics'
  | '/paritrana'
  | '/regulations';

export type BuiltItem = { key: 'home' | 'regions' | 'simulasi' | 'users'; to: AppPath; roles: readonly Role[]; isAvailable: true };
export type PlannedItem = { key: AreaKey; to: AppPath; roles: readonly Role[]; isAvailable: false };
export type NavItem = BuiltItem | PlannedItem;

export function isPlanned(item: NavItem): item is PlannedItem {
  return !item.isAvailable;
}

const ALL_ROLES: readonly Role[] = ROLES;

/** Who sees what, following docs/product.md (roles and capabilities). */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', to: '/', roles: ALL_ROLES, isAvailable: true },
  { key: 'regions', to: '/regions', roles: ALL_ROLES, isAvailable: true },
  { key: 'simulasi', to: '/simulasi', roles: ALL_ROLES, isAvailable: true },
  { key: 'users', to: '/users', roles: ['admin'], isAvailable: true },
  { key: 'workers', to: '/workers', roles: ['admin', 'officer', 'agent'], isAvailable: false },
  { key: 'donations', to: '/donations', roles: ['admin', 'officer', 'donor', 'gov'], isAvailable: false },
  { key: 'coverage', to: '/coverage', roles: ['admin', 'officer', 'donor', 'gov', 'agent'], isAvailable: false },
  { key: 'cards', to: '/cards', roles: ['admin', 'officer', 'agent'], isAvailable: false },
  { key: 'claims', to: '/claims', roles: ['admin', 'officer'], isAvailable: false },
  { key: 'statistics', to: '/statistics', roles: ALL_ROLES, isAvailable: false },
  { key: 'paritrana', to: '/paritrana', roles: ['admin', 'gov', 'jury'], isAvailable: false },
  { key: 'regulations', to: '/regulations', roles: ['admin', 'gov'], isAvailable: false },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

export function rolesFor(key: NavKey): readonly Role[] {
  return NAV_ITEMS.find((item) => item.key === key)?.roles ?? [];
}
