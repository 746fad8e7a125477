import { DomainError, type DomainIssue } from './errors.ts';
import { allocate, type Rupiah } from './money.ts';

/**
 * Who receives a death benefit, in the legal order of PP 44/2015 Pasal 37(5) (domain.md §2.5):
 * 1. widow, widower or children; 2. lineal relatives to the 2nd degree (parents, grandparents,
 * grandchildren); 3. siblings; 4. parents-in-law; 5. the person named in the will; 6. otherwise the
 * funeral cost goes to whoever arranged the funeral and the rest returns to the social-security fund.
 * Within one tier the amount is split equally (setting heirs.splitWithinTier).
 */
export const RELATIONSHIPS = [
  'SPOUSE',
  'CHILD',
  'PARENT',
  'GRANDPARENT',
  'GRANDCHILD',
  'SIBLING',
  'PARENT_IN_LAW',
  'WILL_BENEFICIARY',
  'FUNERAL_ARRANGER',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

const TIER_BY_RELATIONSHIP: Record<Relationship, number | null> = {
  SPOUSE: 1,
  CHILD: 1,
  PARENT: 2,
  GRANDPARENT: 2,
  GRANDCHILD: 2,
  SIBLING: 3,
  PARENT_IN_LAW: 4,
  WILL_BENEFICIARY: 5,
  FUNERAL_ARRANGER: null,
};

export type Claimant = { id: string; relationship: string };
export type HeirShare = { id: string; relationship: Relationship; amount: Rupiah };

export type HeirDecision = {
  /** 1–5: the tier that receives; 6: nobody in tiers 1–5. */
  tier: number;
  recipients: HeirShare[];
  /** Tier 6 only: the funeral cost to whoever arranged the funeral. */
  funeralTo: HeirShare[];
  /** What goes back to the Dana Jaminan Sosial. */
  returnedToFund: Rupiah;
  /** Claimants who do not receive, with the tier that excluded them. */
  excluded: { id: string; relationship: Relationship }[];
};

export function tierOf(relationship: Relationship): number | null {
  return TIER_BY_RELATIONSHIP[relationship];
}

export function decideHeirs(input: { claimants: readonly Claimant[]; total: Rupiah; funeral: Rupiah }): HeirDecision {
  const issues: DomainIssue[] = [];
  input.claimants.forEach((c, i) => {
    if (!RELATIONSHIPS.includes(c.relationship as Relationship)) {
      issues.push({ code: 'RELATIONSHIP_UNKNOWN', field: `claimants.${i}.relationship`, params: { value: c.relationship } });
    }
  });
  if (issues.length > 0) throw new DomainError(issues);
  const claimants = input.claimants.map((c) => ({ id: c.id, relationship: c.relationship as Relationship }));

  const tiers = claimants.map((c) => tierOf(c.relationship)).filter((t): t is number => t !== null);
  if (tiers.length > 0) {
    const tier = Math.min(...tiers);
    const inTier = claimants.filter((c) => tierOf(c.relationship) === tier);
    const shares = allocate(input.total, inTier.length);
    return {
      tier,
      recipients: inTier.map((c, i) => ({ ...c, amount: shares[i]! })),
      funeralTo: [],
      returnedToFund: 0n,
      excluded: claimants.filter((c) => tierOf(c.relationship) !== tier),
    };
  }

  const arrangers = claimants.filter((c) => c.relationship === 'FUNERAL_ARRANGER');
  const funeral = arrangers.length > 0 ? (input.funeral < input.total ? input.funeral : input.total) : 0n;
  const shares = arrangers.length > 0 ? allocate(funeral, arrangers.length) : [];
  return {
    tier: 6,
    recipients: [],
    funeralTo: arrangers.map((c, i) => ({ ...c, amount: shares[i]! })),
    returnedToFund: input.total - funeral,
    excluded: [],
  };
}
