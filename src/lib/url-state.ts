/**
 * URL codecs: the one way a page's state goes into and comes out of its URL. Each feature builds its
 * search params from these (see `defineSearch`), and its links are built by the same definition, so
 * every link parses back to what built it. Unknown or malformed values fall back to the default;
 * defaults are left out of the URL.
 */
export type Codec<T> = {
  readonly fallback: T;
  /** Every value the URL holds for the key (a repeated key or a comma list), raw. */
  parse: (raw: readonly string[]) => T;
  /** The value as it goes into the URL, or null for "leave the key out" (the default). */
  format: (value: T) => string | null;
};

function split(raw: readonly string[]): string[] {
  return raw
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A set of words from a vocabulary, kept in the vocabulary's order: `?role=speaker,member`. */
export function listOf<V extends string>(vocabulary: readonly V[]): Codec<V[]> {
  return {
    fallback: [],
    parse: (raw) => {
      const asked = new Set(split(raw));
      return vocabulary.filter((word) => asked.has(word));
    },
    format: (value) => {
      const wanted = new Set(value);
      const words = vocabulary.filter((word) => wanted.has(word));
      return words.length ? words.join(',') : null;
    },
  };
}

/** Free words, deduplicated, in the order given (`?repo=owner/a,owner/b`); the feature checks them against its data. */
export function words(max = 20): Codec<string[]> {
  return {
    fallback: [],
    parse: (raw) => [...new Set(split(raw))].slice(0, max),
    format: (value) => {
      const unique = [...new Set(value.map((v) => v.trim()).filter((v) => v && !v.includes(',')))];
      return unique.length ? unique.join(',') : null;
    },
  };
}

const YEAR = /^\d{4}$/;

/** A set of years, ascending: `?year=2021,2022`. */
export const years: Codec<number[]> = {
  fallback: [],
  parse: (raw) =>
    [
      ...new Set(
        split(raw)
          .filter((y) => YEAR.test(y))
          .map(Number),
      ),
    ].sort((a, b) => a - b),
  format: (value) => {
    const list = [...new Set(value.filter((y) => Number.isInteger(y) && y >= 1000 && y <= 9999))].sort((a, b) => a - b);
    return list.length ? list.join(',') : null;
  },
};

/** One year, or none: `?from=2021`. */
export const optionalYear: Codec<number | undefined> = {
  fallback: undefined,
  parse: (raw) => {
    const value = raw[0]?.trim();
    return value !== undefined && YEAR.test(value) ? Number(value) : undefined;
  },
  format: (value) => (value !== undefined && Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : null),
};

/** One word of a vocabulary, with a default that stays out of the URL: `?sort=roles`. */
export function oneOf<V extends string>(vocabulary: readonly V[], fallback: V): Codec<V> {
  return {
    fallback,
    parse: (raw) => vocabulary.find((word) => word === raw[0]) ?? fallback,
    format: (value) => (value === fallback || !vocabulary.includes(value) ? null : value),
  };
}

/** Free text, as typed (at most `max` characters): `?q=tan`. */
export function text(max = 200): Codec<string> {
  return {
    fallback: '',
    // Blank text is no text: it stays out of the URL, so it must read as empty too.
    parse: (raw) => {
      const value = (raw[0] ?? '').slice(0, max);
      return value.trim() ? value : '';
    },
    format: (value) => (value.trim() ? value.slice(0, max) : null),
  };
}

/** A lower-case token such as a city id: `?city=hangzhou`. */
export const token: Codec<string> = {
  fallback: '',
  parse: (raw) => {
    const value = (raw[0] ?? '').trim().toLowerCase();
    return /^[a-z0-9][a-z0-9-]{0,63}$/.test(value) ? value : '';
  },
  format: (value) => (/^[a-z0-9][a-z0-9-]{0,63}$/.test(value) ? value : null),
};

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];
/** Chart or table: `?view=table`. */
export const view = oneOf(VIEWS, 'chart');

/** Parameters every page carries over when its own state changes (the language a link was shared in). */
const CARRIED = ['lang'] as const;

export type SearchShape<S> = { readonly [K in keyof S]: readonly [param: string, codec: Codec<S[K]>] };

export type SearchDefinition<S> = {
  readonly defaults: S;
  parse: (params: URLSearchParams) => S;
  /** The state as URL parameters, defaults left out, in the definition's order; `carry` keeps `lang`. */
  serialize: (value: Partial<S>, carry?: URLSearchParams) => URLSearchParams;
  /** A link to `pathname` showing this state (and `#hash`). */
  href: (pathname: string, value?: Partial<S>, hash?: string) => string;
};

/** Builds a feature's search params from codecs: one definition parses, serialises and builds links. */
export function defineSearch<S>(shape: SearchShape<S>): SearchDefinition<S> {
  // A generic record built key by key from its shape: TypeScript cannot follow that, hence the assertion.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  const defaults = {} as S;
  const readers: ((params: URLSearchParams, out: S) => void)[] = [];
  const writers: ((value: Partial<S>, out: URLSearchParams) => void)[] = [];
  for (const key in shape) {
    const [param, codec] = shape[key];
    defaults[key] = codec.fallback;
    readers.push((params, out) => {
      out[key] = codec.parse(params.getAll(param));
    });
    writers.push((value, out) => {
      const v = value[key];
      if (v === undefined) return;
      const formatted = codec.format(v);
      if (formatted !== null) out.set(param, formatted);
    });
  }
  const serialize = (value: Partial<S>, carry?: URLSearchParams) => {
    const out = new URLSearchParams();
    for (const name of CARRIED) {
      const carried = carry?.get(name);
      if (carried) out.set(name, carried);
    }
    for (const write of writers) write(value, out);
    return out;
  };
  return {
    defaults,
    parse: (params) => {
      const out = { ...defaults };
      for (const read of readers) read(params, out);
      return out;
    },
    serialize,
    href: (pathname, value = {}, hash) => {
      const query = serialize(value).toString();
      return `${pathname}${query ? `?${query}` : ''}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
    },
  };
}
