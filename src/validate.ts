import { ZodError } from 'zod';
import { ClaimdiffError } from './errors.js';
import { type CompareOptions, CompareOptionsSchema, DEFAULT_MAX_TEXT_LENGTH, type Source, SourceSchema } from './schema.js';

function describe(err: ZodError): string {
  return err.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

// Control characters other than tab, newline, carriage return and form feed.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Validate one source at the boundary; errors name the source and the problem. */
export function validateSource(input: unknown, index: number, maxTextLength = DEFAULT_MAX_TEXT_LENGTH): Source {
  const parsed = SourceSchema.safeParse(input);
  const label = typeof (input as { id?: unknown })?.id === 'string' ? `source "${(input as { id: string }).id}"` : `source #${index + 1}`;
  if (!parsed.success) throw new ClaimdiffError('INVALID_SOURCE', `${label}: ${describe(parsed.error)}`, label);
  const s = parsed.data;
  if (s.text.length > maxTextLength) {
    throw new ClaimdiffError(
      'TEXT_TOO_LARGE',
      `source "${s.id}": text is ${s.text.length} characters, over the limit of ${maxTextLength}; raise it with the maxTextLength option (CLI: --max-chars)`,
      s.id,
    );
  }
  if (!/[\p{L}\p{N}]/u.test(s.text)) throw new ClaimdiffError('EMPTY_TEXT', `source "${s.id}": text is empty or has no letters or digits`, s.id);
  const sample = s.text.slice(0, 100_000);
  const bad = (sample.match(CONTROL)?.length ?? 0) + (sample.match(/\uFFFD/g)?.length ?? 0);
  if (bad / sample.length > 0.05) {
    throw new ClaimdiffError('BINARY_TEXT', `source "${s.id}": text looks like binary data or invalid UTF-8 (${bad} control or replacement characters)`, s.id);
  }
  return s;
}

export function validateSources(input: unknown, min: number, maxTextLength?: number): Source[] {
  if (!Array.isArray(input)) throw new ClaimdiffError('INVALID_SOURCE', `sources must be an array of { id, text, lang? }, got ${input === null ? 'null' : typeof input}`);
  if (input.length < min) throw new ClaimdiffError('TOO_FEW_SOURCES', `compare needs at least ${min} sources, got ${input.length}`);
  const out = input.map((s, i) => validateSource(s, i, maxTextLength));
  const seen = new Set<string>();
  for (const s of out) {
    if (seen.has(s.id)) throw new ClaimdiffError('DUPLICATE_ID', `source id "${s.id}" is used twice; ids must be unique`, s.id);
    seen.add(s.id);
  }
  return out;
}

export function validateOptions(input: unknown): CompareOptions {
  const parsed = CompareOptionsSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ClaimdiffError('INVALID_OPTIONS', `invalid options: ${describe(parsed.error)}`);
  return parsed.data;
}
