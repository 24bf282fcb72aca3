/** Stable error codes: callers may switch on them; messages may change. */
export const ERROR_CODES = [
  'INVALID_SOURCE',
  'EMPTY_TEXT',
  'BINARY_TEXT',
  'TEXT_TOO_LARGE',
  'DUPLICATE_ID',
  'TOO_FEW_SOURCES',
  'INVALID_OPTIONS',
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'USAGE',
] as const;

export type ClaimdiffErrorCode = (typeof ERROR_CODES)[number];

export class ClaimdiffError extends Error {
  readonly code: ClaimdiffErrorCode;
  /** The source id (or file) the problem is about, when there is one. */
  readonly source: string | undefined;

  constructor(code: ClaimdiffErrorCode, message: string, source?: string) {
    super(`claimdiff: ${message}`);
    this.name = 'ClaimdiffError';
    this.code = code;
    this.source = source;
  }
}

export function isClaimdiffError(value: unknown): value is ClaimdiffError {
  return value instanceof ClaimdiffError;
}
