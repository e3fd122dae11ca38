// One error class for the whole project: a stable code, a message that starts
// with the stage, and the context that matters.
export type ErrorContext = Readonly<Record<string, unknown>>;

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: string,
    message: string,
    readonly context: ErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Returns true when err is an AppError whose code starts with prefix. */
export function isAppError(err: unknown, prefix = ''): err is AppError {
  return err instanceof AppError && err.code.startsWith(prefix);
}
