import { defineSearch, text } from '@/lib/url-state';

/** `/community?q=acme#cases`: the case-study search. */
export const communitySearch = defineSearch({ q: ['q', text()] });
