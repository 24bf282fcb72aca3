import { z } from 'zod';

/** Supported languages; any other BCP 47 primary tag may be given and gets language-neutral alignment. */
export const SUPPORTED_LANGS = ['fr', 'en', 'de'] as const;
export type SupportedLang = (typeof SUPPORTED_LANGS)[number];

export const SourceSchema = z.object({
  id: z.string().min(1, 'id must not be empty').max(200),
  text: z.string(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'lang must be a two- or three-letter code such as "fr"')
    .optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const SpanSchema = z.object({
  claim: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const FacetSchema = z.object({
  kind: z.string(),
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Facet = z.infer<typeof FacetSchema>;

export const ClaimSchema = z.object({
  id: z.string(),
  source: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  facets: z.array(FacetSchema),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ConflictSchema = z.object({
  kind: z.string(),
  a: SpanSchema,
  b: SpanSchema,
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const ReportSchema = z.object({
  version: z.literal(1),
  sources: z.array(
    z.object({
      id: z.string(),
      lang: z.string(),
      langConfidence: z.number().min(0).max(1),
      warnings: z.array(z.string()),
    }),
  ),
  stories: z.array(z.object({ id: z.string(), sources: z.array(z.string()) })),
  claims: z.array(ClaimSchema),
  groups: z.array(z.object({ id: z.string(), claims: z.array(z.string()) })),
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      onlyInA: z.array(SpanSchema),
      onlyInB: z.array(SpanSchema),
      conflicts: z.array(ConflictSchema),
    }),
  ),
  removed: z.array(
    z.object({
      source: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      reason: z.string(),
    }),
  ),
});
export type Report = z.infer<typeof ReportSchema>;

/** A user-supplied sentence embedder: one vector per text, same order. */
export type Embedder = (texts: string[]) => Promise<number[][]>;

export const CompareOptionsSchema = z
  .object({
    /** Largest accepted text, in UTF-16 code units. */
    maxTextLength: z.number().int().positive().optional(),
    /** Minimum alignment score for two claims to state the same fact (0..1). */
    linkThreshold: z.number().min(0).max(1).optional(),
    /** Minimum share of linked claims for two sources to be on one story (0..1). */
    storyThreshold: z.number().min(0).max(1).optional(),
    /** Optional multilingual sentence embedder whose cosine adds to the built-in score. */
    embed: z.custom<Embedder>((v) => typeof v === 'function', 'embed must be a function').optional(),
    /** Weight of the embedding cosine in the score (0..1), when `embed` is given. */
    embedWeight: z.number().min(0).max(1).optional(),
  })
  .strict();
export type CompareOptions = z.infer<typeof CompareOptionsSchema>;

export const DEFAULT_MAX_TEXT_LENGTH = 1_000_000;
