import * as z from 'zod/mini';

// No code generation: the page runs under a CSP without 'unsafe-eval', and zod's JIT would probe for it.
z.config({ jitless: true });

/** Only http(s) links are accepted from data: a `javascript:` or `data:` URL fails validation. */
export const httpUrl = z
  .string()
  .check(z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL'));

/** Every record names the public post it comes from. */
export const sourceUrl = httpUrl;

export const isoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD'));
export const isoYear = z.string().check(z.regex(/^\d{4}$/, 'must be a year YYYY'));
export const isoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'));
export const year = z.int().check(z.minimum(1990), z.maximum(2100));
export const slugId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'));

/**
 * Text in both languages: zh as published; en as published or, where `enTranslated` is true,
 * our faithful translation (shown as such).
 */
export const localized = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
  enTranslated: z.optional(z.boolean()),
});
export type Localized = z.infer<typeof localized>;

/** Text as published (zh field), with English only where a source has it or we translated it (marked). */
export const publishedText = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
  enTranslated: z.optional(z.boolean()),
});
export type PublishedText = z.infer<typeof publishedText>;
