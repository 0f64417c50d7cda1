import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Mutations that check a secret (a password, an emailed or invited token). Each may appear once
 * per operation, so aliases cannot turn one request into many guesses; the rate limits then count
 * requests, which is what a person sends.
 */
export const SECRET_CHECKING_MUTATIONS = new Set(['signIn', 'signUp', 'acceptInvitation', 'verifyEmail']);

/**
 * Written by hand: GraphQL Armor limits aliases in general (15), not per field, and no library
 * counts one field's uses across an operation's fragments.
 */
export function oncePerOperationRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const seen = new Map<string, number>();
      const visit = (selections: readonly import('graphql').SelectionNode[], fragments: Set<string>) => {
        for (const selection of selections) {
          if (selection.kind === Kind.FIELD) {
            if (SECRET_CHECKING_MUTATIONS.has(selection.name.value)) {
              seen.set(selection.name.value, (seen.get(selection.name.value) ?? 0) + 1);
            }
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            visit(selection.selectionSet.selections, fragments);
          } else {
            const name = selection.name.value;
            const fragment = context.getFragment(name);
            if (fragment && !fragments.has(name)) visit(fragment.selectionSet.selections, new Set([...fragments, name]));
          }
        }
      };
      visit(operation.selectionSet.selections, new Set());
      for (const [field, count] of seen) {
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
