#!/usr/bin/env bash
# This community's imports, replayed in order from its posts (../shared/sources by default): people with
# `npm run data:import`, then events with build-events. Idempotent; FRESH=1 starts people.json from empty
# (the hand-written notes on its counts are then lost). Run from the repository root: bash data/import.sh
# build-events reads this community's title translations and live-page group names from data/import/.
# Identity decisions the rules cannot make are reviewed in data/identity.json, which every step obeys.
# Each step checks its arguments and its result as check:data does, and writes nothing if either is wrong.
set -euo pipefail
S=${1:-../shared/sources}
[ "${FRESH:-}" = 1 ] && echo '{"people":[],"counts":[]}' > data/people.json
for spec in "2020-certificates.zh.md 2020" "2021-annual-review.zh.md 2021" "2021-annual-review.en.md 2021" \
            "2022-annual-review.zh.md 2022" "2023-annual-review.zh.md 2023" "2024-annual-review.zh.md 2024"; do
  set -- $spec
  npx tsx src/cli/import-review.ts "$S/$1" --year "$2"
done
# The 2021 certificate posts (members 2021-11-26, ambassadors 2021-11-12, speakers 2021-10-15), one file with
# each post's URL under its heading.
npx tsx src/cli/import-review.ts "$S/2021-certificates.zh.md" --year 2021
# Certificate posts listing one role; a batch sentence ("2021 年有 17 位…") gives a table its year, otherwise
# the year is the post's (the 2022-07-21 post certifies contributors from 2021-11-19 on, without a split).
for spec in "2021-contributor-certificates.zh.md 2021 contributor" "2022-speaker-certificates.zh.md 2022 speaker" \
            "2022-contributor-certificates.zh.md 2022 contributor" "2022-ambassador-certificates.zh.md 2022 ambassador" \
            "2023-ambassador-certificates.zh.md 2023 ambassador"; do
  set -- $spec
  npx tsx src/cli/import-review.ts "$S/$1" --year "$2" --role "$3"
done
# Beside the posts: commit authors per repository and year (git history; repositories in data/import/repositories.json)
# and the member, user-group and ambassador requests of the community's issue tracker.
npx tsx src/cli/import-review.ts --history "$S"
LIVE=https://kubesphere.io/zh/live/
npx tsx src/cli/import-review.ts --talks "$S/meetup-talks.tsv" --talks-base "$LIVE"
npx tsx src/cli/build-events.ts "$S" --live-base "$LIVE"
# Opt-out requests (data/withheld.json, reviewed; never published): each step above applies them to what it writes;
# this applies them to the rest (committee leaders in ecosystem.json) and changes nothing when all is applied.
npx tsx src/cli/withhold.ts
