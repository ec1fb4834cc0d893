#!/usr/bin/env bash
# Regenerates src/engine/data/content-end-model.ts and content-start-model.ts, the rankers of where
# a right-hand content ends and starts, by cross-fitting: the PolNeAR train split is cut into five
# parts by sorted file name (every fifth article); for each part, cue and role models are trained
# on the other four (in a scratch copy of the project, so the shipped models stay untouched) and
# the rankers' sites are collected on the held-out part; each ranker is then trained on the sites of
# all five parts. The rankers thus learn how the rules' boundaries relate to gold on text the
# taggers never saw, as at run time. Deterministic; 6 to 15 minutes on two cores (JOBS=1 to run
# the parts one after another).
# Usage: [JOBS=N] [KEEP=DIR] npm run build:content-ends [-- TRAIN_DIR]
#   KEEP=DIR keeps the parts, their models and sites in DIR (for scoring a held-out part afterwards).
source "$(dirname "$0")/cross-fit.sh"

collect_part() {
  node_modules/.bin/esbuild scripts/train-content-ends.ts --bundle --platform=node --outfile=out/train-content-ends.js --log-level=warning
  node out/train-content-ends.js collect "$work/f$1/held" "$work/end-$1.json" --kind end
  node out/train-content-ends.js collect "$work/f$1/held" "$work/start-$1.json" --kind start
}
cross_fit "$@"

node_modules/.bin/esbuild scripts/train-content-ends.ts --bundle --platform=node --outfile=out/train-content-ends.js --log-level=warning
node out/train-content-ends.js train "$work"/end-{0,1,2,3,4}.json --kind end --write
node out/train-content-ends.js train "$work"/start-{0,1,2,3,4}.json --kind start --write
