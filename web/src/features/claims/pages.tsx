/** The claim pages the router mounts; each lives in its own file in this folder. */
export { ClaimPage } from './ClaimPage';
export { ClaimsImpactPage } from './ClaimsImpactPage';
export { ClaimsPage, type ClaimsSearch } from './ClaimsPage';
export { NewClaimPage } from './NewClaimPage';
export { PublicClaimPage } from './PublicClaimPage';
