import type { AdoptionFigure, StatedFact } from '@/features/community/schema';
import { ADOPTION_METRICS, FACT_TOPICS } from '@/features/community/vocabulary';

/** Adoption figures grouped by what they measure (in the vocabulary's order), oldest first within each. */
export function adoptionInOrder(figures: readonly AdoptionFigure[]): AdoptionFigure[] {
  return [...figures].sort(
    (a, b) => ADOPTION_METRICS.indexOf(a.metric) - ADOPTION_METRICS.indexOf(b.metric) || a.asOf.localeCompare(b.asOf),
  );
}

/** Stated lists by year, then topic. */
export function factsInOrder(facts: readonly StatedFact[]): StatedFact[] {
  return [...facts].sort((a, b) => a.year - b.year || FACT_TOPICS.indexOf(a.topic) - FACT_TOPICS.indexOf(b.topic));
}
