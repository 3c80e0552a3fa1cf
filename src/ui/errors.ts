/**
 * What the screen may say of a failure that is not the user's data (a file the browser could not read,
 * a link the browser could not encrypt): the error's name, a code such as `NotReadableError`, never its
 * message, which is English, technical and can echo the data back. Storage failures have their own
 * typed problem (`storageProblem`, worded by `D.problem`). The lint rule workbench/no-exception-text
 * (eslint.config.js) keeps `.message` of caught values off the screen.
 */
export function errorName(e: unknown): string {
  const name = (e as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : typeof e;
}
