/**
 * Errors that come from reading a body the client cut short or malformed (the connection gone
 * mid-body, a multipart form without its boundary or its end), put in words for a 400: they are
 * the sender's problem, not the receiver's, so they are neither a 500 nor an error in the log.
 */
const PROBLEMS: readonly [test: RegExp, problem: string][] = [
  [/^Multipart: Boundary not found/, 'a multipart/form-data body needs a boundary in its Content-Type'],
  [
    /Unexpected end of (form|multipart data)|Part terminated early/,
    'the multipart body ended before its closing boundary',
  ],
  [/Malformed part header/, 'a part of the multipart body has a malformed header'],
];

/** The problem with the body, in words, or undefined for an error of another kind. */
export function bodyProblem(error: { code?: string; message: string }): string | undefined {
  // The stream's own word, or Node's for a connection closed mid-body.
  if (error.code === 'ERR_STREAM_PREMATURE_CLOSE' || error.code === 'ECONNRESET')
    return 'the body ended before it was complete';
  return PROBLEMS.find(([test]) => test.test(error.message))?.[1];
}
