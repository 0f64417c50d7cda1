import { GraphQLError } from 'graphql';
import { formatError } from './format-error';
import { isDatabaseUnavailable } from './database-unavailable';

describe('a database that is not answering', () => {
  it('is recognised through wrapping errors, and told apart from our own faults', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5499'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(new GraphQLError('wrapped', { originalError: refused }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('shutting down'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('x', { cause: new Error('Connection terminated unexpectedly') }))).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
  });

  it('is answered with a clear SERVICE_UNAVAILABLE error in production, not "something went wrong"', () => {
    const error = new GraphQLError('x', { originalError: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }), path: ['needs'] });
    const formatted = formatError(true)({ message: 'x', path: ['needs'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({
      message: 'The database is not answering right now. Please try again in a moment.',
      path: ['needs'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
