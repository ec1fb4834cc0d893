#!/usr/bin/env bash
# Regenerates src/engine/data/cue-extent-model.ts, the ranker of where a found cue starts and ends
# (attribution/cueExtent.ts), by cross-fitting as scripts/train-content-ends.sh does: the PolNeAR
# train split is cut into five parts by sorted file name (every fifth article); for each part, cue
# and role models are trained on the other four (in a scratch copy of the project, so the shipped
# models stay untouched) and the ranker's sites are collected on the held-out part; the ranker is
# then trained on the sites of all five parts. Deterministic; 6 to 15 minutes on two cores.
# Usage: [JOBS=N] [KEEP=DIR] npm run build:cue-extents [-- TRAIN_DIR]
#   KEEP=DIR keeps the parts, their models (DIR/pK/src/engine/data) and sites (DIR/cue-K.json), for
#   scoring a held-out part afterwards; with KEEP, parts whose models are already there are not retrained.
source "$(dirname "$0")/cross-fit.sh"

collect_part() {
  node_modules/.bin/esbuild scripts/train-cue-extents.ts --bundle --platform=node --outfile=out/train-cue-extents.js --log-level=warning
  node out/train-cue-extents.js collect "$work/f$1/held" "$work/cue-$1.json"
}
cross_fit "$@"

node_modules/.bin/esbuild scripts/train-cue-extents.ts --bundle --platform=node --outfile=out/train-cue-extents.js --log-level=warning
node out/train-cue-extents.js train "$work"/cue-{0,1,2,3,4}.json --write
