// One error type for the whole pipeline: every failure names its input, article and stage.

import type { InputError } from '../model/index.ts';

/** Thrown by stages for bad input they recognise; `reason` is shown to users as is. */
export class InputRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InputRejected';
  }
}

export const describeError = (err: unknown): string => {
  if (err instanceof InputRejected) return err.reason;
  if (err instanceof Error) return err.message || err.name;
  return String(err);
};

export const stampError = (
  err: unknown,
  where: { source: string; articleId: string | null; stage: string },
): InputError => ({ ...where, message: describeError(err) });

export const formatError = (e: InputError): string =>
  `${e.source}${e.articleId && !e.source.endsWith(e.articleId) ? ` [${e.articleId}]` : ''}: ${e.message}${
    e.stage === 'read' ? '' : ` (stage ${e.stage})`
  }`;
