import type { Resolvers } from '../../generated/resolvers';

export const networkResolvers: Resolvers = {
  Query: {
    networkFigures: (_parent, _args, { services }) => services.networkFigures.figures(),
  },
};
