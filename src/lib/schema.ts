import * as z from 'zod/mini';

// No code generation: the page runs under a CSP without 'unsafe-eval', and zod's JIT would probe for it.
// zod/mini ships without messages ("Invalid input"); its English locale (about 1.5 KB gzipped) says what was
// expected, and for numbers and options we add what was found: "expected number to be >=1990, got 1900".
const english = z.locales.en().localeError;
z.config({
  jitless: true,
  localeError: (issue) => {
    const said = english(issue);
    const text = typeof said === 'string' ? said : said?.message;
    if (text === undefined) return undefined;
    const got = issue.input;
    const shown = typeof got === 'number' || (typeof got === 'string' && got.length <= 40) ? JSON.stringify(got) : undefined;
    return (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_value') && shown !== undefined
      ? `${text}, got ${shown}`
      : text;
  },
});

/** An absolute http(s) URL (the one test the schemas and the people fast path share). */
export const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Only http(s) links are accepted from data: a `javascript:` or `data:` URL fails validation. */
export const httpUrl = z.string().check(z.refine(isHttpUrl, 'must be an http(s) URL'));

/** Every record names the public post it comes from (an http(s) URL listed in sources.json, cross-checked). */
export const sourceUrl = z.string().check(z.refine(isHttpUrl, 'must be an http(s) URL'));

/** A calendar date that exists: `2021-02-30` is an error, not 2 March. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD'),
  z.refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'must be a date that exists'),
);
export const isoYear = z.string().check(z.regex(/^\d{4}$/, 'must be a year YYYY'));
export const isoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'));
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
export const year = z.int().check(z.minimum(YEAR_MIN), z.maximum(YEAR_MAX));
export const SLUG_ID = /^[a-z0-9][a-z0-9-]*$/;
export const slugId = z.string().check(z.regex(SLUG_ID, 'must be lower-case letters, digits and dashes'));

/** Anything but whitespace, zero-width characters and bidi controls: a name made only of those renders as nothing. */
const VISIBLE = /[^\s\u200B-\u200F\u2028-\u202F\u205F-\u206F\uFEFF\u061C\u180E]/u;
/** Explicit bidi embeddings, overrides and isolates: one left open reverses the text after it. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Something visible is left once spaces, zero-width and direction characters are taken out. */
export const isVisible = (value: string) => VISIBLE.test(value);
/** No bidi embedding, override or isolate. */
export const hasNoBidiControl = (value: string) => !BIDI_CONTROL.test(value);
export const NAME_MAX = 60;

/** A person's name as shown on a page: something visible, no bidi controls, at most 60 characters. */
export const personName = z
  .string()
  .check(
    z.refine(isVisible, 'must not be blank (only spaces, zero-width or direction characters)'),
    z.refine(hasNoBidiControl, 'must not contain bidi override or isolate characters'),
    z.maxLength(NAME_MAX),
  );

/**
 * Text in both languages: zh as published; en as published or, where `enTranslated` is true,
 * our faithful translation (shown as such).
 */
export const localized = z.strictObject({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
  enTranslated: z.optional(z.boolean()),
});
export type Localized = z.infer<typeof localized>;

/** Text as published (zh field), with English only where a source has it or we translated it (marked). */
export const publishedText = z.strictObject({
  zh: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
  enTranslated: z.optional(z.boolean()),
});
export type PublishedText = z.infer<typeof publishedText>;
