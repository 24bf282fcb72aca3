/** The public surface of claimdiff: every export is listed here. */
export { compare, extractClaims } from './compare.js';
export { ClaimdiffError, ERROR_CODES, isClaimdiffError } from './errors.js';
export type { ClaimdiffErrorCode } from './errors.js';
export {
  ClaimSchema,
  CompareOptionsSchema,
  ConflictSchema,
  FacetSchema,
  ReportSchema,
  SourceSchema,
  SpanSchema,
  SUPPORTED_LANGS,
} from './schema.js';
export type { Claim, CompareOptions, Conflict, Embedder, Facet, Report, Source, Span, SupportedLang } from './schema.js';
export { renderMarkdown } from './render/markdown.js';
export { renderText } from './render/text.js';
export { renderHtml } from './render/html.js';
