/** The claims area's texts (Bahasa Indonesia first; English must have the same shape). */
export const claimsId = {
  links: { newClaim: 'Klaim baru' },
  title: 'Klaim',
};

export const claimsEn: typeof claimsId = {
  links: { newClaim: 'New claim' },
  title: 'Claims',
};
