#!/usr/bin/env bash
# Imports into data/people.json (FRESH=1 starts from empty; hand-written count notes are then lost) from the posts in ../shared/sources, in order. Each step is `npm run data:import`.
set -euo pipefail
S=${1:-../shared/sources}
[ "${FRESH:-}" = 1 ] && echo '{"people":[],"counts":[]}' > data/people.json
for spec in "2020-certificates.zh.md 2020" "2021-annual-review.zh.md 2021" "2021-annual-review.en.md 2021" \
            "2022-annual-review.zh.md 2022" "2023-annual-review.zh.md 2023" "2024-annual-review.zh.md 2024"; do
  set -- $spec
  npx tsx src/cli/import-review.ts "$S/$1" --year "$2"
done
npx tsx src/cli/import-review.ts --talks "$S/meetup-talks.tsv"
