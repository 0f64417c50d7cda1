/**
 * Kinds of co-operative, after ESSGlobal's organisational-structure vocabulary (`os`). Each kind
 * names the ESSGlobal terms it stands for, so that imports from ESSGlobal-coded data map onto it.
 * The keys are the CoopType enum of the GraphQL contract and of the database.
 */
export const COOP_TYPES = {
  WORKER: {
    label: 'Worker co-op',
    description: 'Owned and run by the people who work in it.',
    essglobal: ['OS60'],
  },
  CONSUMER: {
    label: 'Consumer co-op',
    description: 'Owned by the customers or users it serves.',
    essglobal: ['OS80'],
  },
  HOUSING: {
    label: 'Housing co-op',
    description: 'Owned or managed by its residents.',
    essglobal: ['OS70'],
  },
  PRODUCER: {
    label: 'Producer or agricultural co-op',
    description: 'Independent producers who market, buy or process together.',
    essglobal: ['OS90'],
  },
  MULTI_STAKEHOLDER: {
    label: 'Multi-stakeholder co-op',
    description: 'Owned by more than one kind of member: workers, users, supporters.',
    essglobal: ['OS100'],
  },
  SECONDARY: {
    label: 'Co-op of co-ops',
    description: 'A secondary co-op, federation or consortium whose members are co-ops.',
    essglobal: ['OS110', 'OS240', 'OS180', 'OS190', 'OS200', 'OS210'],
  },
  COMMUNITY_BENEFIT: {
    label: 'Community benefit society',
    description: 'Run for the benefit of a wider community.',
    essglobal: ['OS130'],
  },
  OTHER: {
    label: 'Other co-operative',
    description: 'Any other co-operative or mutual form.',
    essglobal: ['OS115', 'OS170'],
  },
} as const satisfies Record<string, { label: string; description: string; essglobal: readonly string[] }>;

export type CoopTypeKey = keyof typeof COOP_TYPES;

export const COOP_TYPE_KEYS = Object.keys(COOP_TYPES) as CoopTypeKey[];

/** The kind of co-op an ESSGlobal organisational-structure code stands for, if any. */
export function coopTypeForEssglobal(code: string): CoopTypeKey | undefined {
  return COOP_TYPE_KEYS.find((key) =>
    (COOP_TYPES[key].essglobal as readonly string[]).includes(code),
  );
}

/** Where ESSGlobal publishes its organisational-structure terms (the registers' exports use it). */
export const ESSGLOBAL_ORGANISATIONAL_STRUCTURE = 'https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/';

/** The ESSGlobal URI that stands for a kind of co-op: the first term it maps from. */
export function essglobalUriFor(type: CoopTypeKey): string {
  return `${ESSGLOBAL_ORGANISATIONAL_STRUCTURE}${COOP_TYPES[type].essglobal[0]}`;
}

/** The kind of co-op an ESSGlobal organisational-structure URI (or bare code) stands for. */
export function coopTypeForEssglobalUri(uri: string): CoopTypeKey | undefined {
  return coopTypeForEssglobal(uri.trim().split('/').pop() ?? '');
}
