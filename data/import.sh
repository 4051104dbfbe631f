#!/usr/bin/env bash
# This community's imports, replayed in order from its posts (../shared/sources by default): people with
# `npm run data:import`, then events with build-events. Idempotent; FRESH=1 starts people.json from empty
# (the hand-written notes on its counts are then lost). Run from the repository root: bash data/import.sh
# build-events reads this community's title translations and live-page group names from data/import/.
# Each step checks its arguments and its result as check:data does, and writes nothing if either is wrong.
set -euo pipefail
S=${1:-../shared/sources}
[ "${FRESH:-}" = 1 ] && echo '{"people":[],"counts":[]}' > data/people.json
for spec in "2020-certificates.zh.md 2020" "2021-annual-review.zh.md 2021" "2021-annual-review.en.md 2021" \
            "2022-annual-review.zh.md 2022" "2023-annual-review.zh.md 2023" "2024-annual-review.zh.md 2024"; do
  set -- $spec
  npx tsx src/cli/import-review.ts "$S/$1" --year "$2"
done
# A certificate post listing one role in yearly batches (17 speakers for 2021, 30 for 2022).
npx tsx src/cli/import-review.ts "$S/2022-speaker-certificates.zh.md" --year 2022 --role speaker
LIVE=https://kubesphere.io/zh/live/
npx tsx src/cli/import-review.ts --talks "$S/meetup-talks.tsv" --talks-base "$LIVE"
npx tsx src/cli/build-events.ts "$S" --live-base "$LIVE"
