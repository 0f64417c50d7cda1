import type { CoopTypeKey } from '@principle-six/taxonomy';

/**
 * Co-operatives UK's "Ownership Classification" (who the members are) to our kinds of co-op.
 * Enterprise and self-employed co-ops are businesses co-operating as producers or for services;
 * "Co-operatives" are co-ops of co-ops.
 */
const BY_OWNERSHIP: Record<string, CoopTypeKey> = {
  consumers: 'CONSUMER',
  workers: 'WORKER',
  'employee trust': 'WORKER',
  enterprises: 'PRODUCER',
  'self-employed': 'PRODUCER',
  'co-operatives': 'SECONDARY',
  'multi-stakeholder': 'MULTI_STAKEHOLDER',
  tenants: 'HOUSING',
  'community of interest': 'COMMUNITY_BENEFIT',
};

export function coopTypeForOwnership(value: string | undefined): CoopTypeKey {
  return BY_OWNERSHIP[(value ?? '').trim().toLowerCase()] ?? 'OTHER';
}
