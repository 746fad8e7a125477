import { ROLES, type Role } from '../api/client';

/** Areas that are planned but not built yet; each has an honest placeholder page. */
export const AREAS = ['statistics', 'paritrana', 'regulations'] as const;
export type AreaKey = (typeof AREAS)[number];

export type BuiltKey = 'home' | 'regions' | 'simulasi' | 'users' | 'workers' | 'donations' | 'coverage' | 'cards' | 'claims';
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
/** Who may create and pay donations: donors for their organisation, officers and admins for any. */
export const DONATION_ROLES: readonly Role[] = ['admin', 'officer', 'donor'];
/** Who sees the coverage lifecycle: staff and regional government in their regions, donors for their workers. */
export const COVERAGE_ROLES: readonly Role[] = ['admin', 'officer', 'donor', 'gov', 'agent'];
/** Who prints cards, runs print batches and records handover ceremonies. */
export const CARD_ROLES: readonly Role[] = ['admin', 'officer', 'agent'];
/** Who takes claims from intake to payout (a second officer approves). */
export const CLAIM_ROLES: readonly Role[] = ['admin', 'officer'];
/** Who runs the money desk: donor organisations, bank-transfer confirmation, payment exceptions. */
export const MONEY_DESK_ROLES: readonly Role[] = ['admin', 'officer'];

/** Who sees what, following docs/product.md (roles and capabilities). */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', to: '/', roles: ALL_ROLES, isAvailable: true },
  { key: 'regions', to: '/regions', roles: ALL_ROLES, isAvailable: true },
  { key: 'simulasi', to: '/simulasi', roles: ALL_ROLES, isAvailable: true },
  // Donors see the workers their donations protect (none until donations exist); gov and jury none.
  { key: 'workers', to: '/workers', roles: ['admin', 'officer', 'agent', 'donor'], isAvailable: true },
  { key: 'users', to: '/users', roles: ['admin'], isAvailable: true },
  // The donations API serves donors and the staff who act for them; gov sees coverage, not invoices.
  { key: 'donations', to: '/donations', roles: DONATION_ROLES, isAvailable: true },
  // Everyone who pays for, runs or watches the programme; the server scopes what each one sees.
  { key: 'coverage', to: '/coverage', roles: COVERAGE_ROLES, isAvailable: true },
  { key: 'cards', to: '/cards', roles: CARD_ROLES, isAvailable: true },
  { key: 'claims', to: '/claims', roles: CLAIM_ROLES, isAvailable: true },
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

/** The donation area's own pages, listed under "Donasi & Pembayaran" for the roles that have them. */
export type DonationLinkKey = 'newDonation' | 'fund' | 'organisation' | 'impact' | 'donors' | 'transfers' | 'exceptions' | 'ledger';
export type DonationLink = {
  key: DonationLinkKey;
  to: '/donations/new' | '/donations/fund' | '/donations/organisation' | '/donations/impact' | '/donors' | '/payments/transfers' | '/payments/exceptions' | '/ledger';
  roles: readonly Role[];
};

export function donationLinksFor(role: Role): DonationLink[] {
  const links: DonationLink[] = [
    { key: 'newDonation', to: '/donations/new', roles: DONATION_ROLES },
    { key: 'fund', to: '/donations/fund', roles: ['donor'] },
    { key: 'organisation', to: '/donations/organisation', roles: ['donor'] },
    { key: 'impact', to: '/donations/impact', roles: ['donor'] },
    { key: 'donors', to: '/donors', roles: MONEY_DESK_ROLES },
    { key: 'transfers', to: '/payments/transfers', roles: MONEY_DESK_ROLES },
    { key: 'exceptions', to: '/payments/exceptions', roles: MONEY_DESK_ROLES },
    { key: 'ledger', to: '/ledger', roles: ['admin'] },
  ];
  return links.filter((link) => link.roles.includes(role));
}

/** The coverage area's own pages, listed under "Kepesertaan" for the roles that have them. */
export type CoverageLinkKey = 'messages' | 'pool';
export type CoverageLink = { key: CoverageLinkKey; to: '/coverage/messages' | '/coverage/pool'; roles: readonly Role[] };

export function coverageLinksFor(role: Role): CoverageLink[] {
  const links: CoverageLink[] = [
    { key: 'messages', to: '/coverage/messages', roles: ['admin', 'officer'] },
    { key: 'pool', to: '/coverage/pool', roles: ['donor'] },
  ];
  return links.filter((link) => link.roles.includes(role));
}

/** The card area's own pages, listed under "Kartu". */
export type CardLinkKey = 'events';
export type CardLink = { key: CardLinkKey; to: '/cards/events'; roles: readonly Role[] };

export function cardLinksFor(role: Role): CardLink[] {
  const links: CardLink[] = [{ key: 'events', to: '/cards/events', roles: CARD_ROLES }];
  return links.filter((link) => link.roles.includes(role));
}

/** The claims area's own pages, listed under "Klaim". */
export type ClaimLinkKey = 'newClaim';
export type ClaimLink = { key: ClaimLinkKey; to: '/claims/new'; roles: readonly Role[] };

export function claimLinksFor(role: Role): ClaimLink[] {
  const links: ClaimLink[] = [{ key: 'newClaim', to: '/claims/new', roles: CLAIM_ROLES }];
  return links.filter((link) => link.roles.includes(role));
}

export function isMoneyDesk(role: Role): boolean {
  return MONEY_DESK_ROLES.includes(role);
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
