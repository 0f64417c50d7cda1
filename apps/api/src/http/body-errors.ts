import type { ErrorRequestHandler } from 'express';

/**
 * A request body the JSON parser refused (too large, not JSON) answers as GraphQL clients
 * expect, in JSON with a code, rather than with Express's HTML error page.
 */
export const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'The request is larger than 1 MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (error.type === 'entity.parse.failed' || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};
