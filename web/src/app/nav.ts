import { ROLES, type Role } from '../api/client';

/** Areas that are planned but not built yet; each has an honest placeholder page. */
export const AREAS = ['donations', 'coverage', 'cards', 'claims', 'statistics', 'paritrana', 'regulations'] as const;
export type AreaKey = (typeof AREAS)[number];

export type BuiltKey = 'home' | 'regions' | 'simulasi' | 'users' | 'workers';
export type NavKey = BuiltKey | AreaKey;

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

export type BuiltItem = { key: BuiltKey; to: AppPath; roles: readonly Role[]; isAvailable: true };
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
  // Donors see the workers their donations protect (none until donations exist); gov and jury none.
  { key: 'workers', to: '/workers', roles: ['admin', 'officer', 'agent', 'donor'], isAvailable: true },
  { key: 'users', to: '/users', roles: ['admin'], isAvailable: true },
  { key: 'donations', to: '/donations', roles: ['admin', 'officer', 'donor', 'gov'], isAvailable: false },
  { key: 'coverage', to: '/coverage', roles: ['admin', 'officer', 'donor', 'gov', 'agent'], isAvailable: false },
  { key: 'cards', to: '/cards', roles: ['admin', 'officer', 'agent'], isAvailable: false },
  { key: 'claims', to: '/claims', roles: ['admin', 'officer'], isAvailable: false },
  { key: 'statistics', to: '/statistics', roles: ALL_ROLES, isAvailable: false },
  { key: 'paritrana', to: '/paritrana', roles: ['admin', 'gov', 'jury'], isAvailable: false },
  { key: 'regulations', to: '/regulations', roles: ['admin', 'gov'], isAvailable: false },
];

/** The worker registry's own pages, listed under "Pekerja" for the roles that have them. */
export type WorkerLinkKey = 'register' | 'import' | 'verifyQueue' | 'duplicates';
export type WorkerLink = { key: WorkerLinkKey; to: '/workers/new' | '/workers/import' | '/workers/verify' | '/workers/duplicates'; roles: readonly Role[] };

export function workerLinksFor(role: Role): WorkerLink[] {
  const links: WorkerLink[] = [
    { key: 'register', to: '/workers/new', roles: REGISTRAR_ROLES },
    { key: 'import', to: '/workers/import', roles: REGISTRAR_ROLES },
    { key: 'verifyQueue', to: '/workers/verify', roles: CHECKER_ROLES },
    { key: 'duplicates', to: '/workers/duplicates', roles: CHECKER_ROLES },
  ];
  return links.filter((link) => link.roles.includes(role));
}

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

/** Who may check the registry: verify, correct, reveal, resolve duplicates, export. */
export const CHECKER_ROLES: readonly Role[] = ['admin', 'officer'];
/** Who may register and import workers. */
export const REGISTRAR_ROLES: readonly Role[] = ['admin', 'officer', 'agent'];

export function isChecker(role: Role): boolean {
  return CHECKER_ROLES.includes(role);
}

export function isRegistrar(role: Role): boolean {
  return REGISTRAR_ROLES.includes(role);
}

export function rolesFor(key: NavKey): readonly Role[] {
  return NAV_ITEMS.find((item) => item.key === key)?.roles ?? [];
}
