import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Mutations that check a secret (a password, an emailed or invited token). Each may appear once
 * per operation, so aliases cannot turn one request into many guesses; the rate limits then count
 * requests, which is what a person sends.
 */
export const SECRET_CHECKING_MUTATIONS = new Set(['signIn', 'signUp', 'acceptInvitation', 'verifyEmail']);

type Counts = Map<string, number>;

/**
 * Written by hand: GraphQL Armor limits aliases in general (15), not per field, and no library
 * counts one field's uses across an operation's fragments. Each fragment is counted once and
 * remembered, so a chain of fragments that spread the next one twice costs no more than its
 * length to check (walking every spread would double with each link).
 */
export function oncePerOperationRule(context: ValidationContext): ASTVisitor {
  const fragmentCounts = new Map<string, Counts>();
  const inProgress = new Set<string>();

  const countsOf = (selectionSet: SelectionSetNode): Counts => {
    const counts: Counts = new Map();
    const add = (from: Counts, times = 1) => {
      for (const [field, n] of from) counts.set(field, Math.min(1_000_000, (counts.get(field) ?? 0) + n * times));
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (SECRET_CHECKING_MUTATIONS.has(selection.name.value)) add(new Map([[selection.name.value, 1]]));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(countsOf(selection.selectionSet));
      } else {
        add(fragmentCountsOf(selection.name.value));
      }
    }
    return counts;
  };

  const fragmentCountsOf = (name: string): Counts => {
    const known = fragmentCounts.get(name);
    if (known) return known;
    // A cycle is reported by GraphQL's own NoFragmentCycles rule; here it counts nothing more.
    if (inProgress.has(name)) return new Map();
    const fragment = context.getFragment(name);
    if (!fragment) return new Map();
    inProgress.add(name);
    const counts = countsOf(fragment.selectionSet);
    inProgress.delete(name);
    fragmentCounts.set(name, counts);
    return counts;
  };

  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      for (const [field, count] of countsOf(operation.selectionSet)) {
        if (count > 1) {
          context.reportError(
            new GraphQLError(`${field} may be sent once per operation (this one has it ${count} times).`, {
              nodes: [operation],
            }),
          );
        }
      }
    },
  };
}
