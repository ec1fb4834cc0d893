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
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
train=$(cd "${1:-$root/../shared/datasets/polnear/train}" && pwd)
jobs=${JOBS:-2}
if [ -n "${KEEP:-}" ]; then
  work=$KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

if [ ! -d "$work/f0" ]; then
  i=0
  while IFS= read -r t; do
    k=$((i % 5))
    for j in 0 1 2 3 4; do
      part=$([ "$j" = "$k" ] && echo held || echo train)
      mkdir -p "$work/f$j/$part/text" "$work/f$j/$part/attributions"
      ln -s "$train/text/$t" "$work/f$j/$part/text/$t"
      for a in "$train/attributions/${t%.txt}"_*.ann; do [ -e "$a" ] && ln -s "$a" "$work/f$j/$part/attributions/"; done
    done
    i=$((i + 1))
  done < <(cd "$train/text" && LC_ALL=C ls)
fi

fold() {
  local k=$1 copy="$work/p$1"
  mkdir -p "$copy/src/engine/data"
  # The project's code, but the part's own tagger models once trained.
  (cd "$root" && tar c --exclude=./node_modules --exclude=./out --exclude=./.git --exclude=./.cache --exclude=./dist .) | tar x -C "$copy"
  [ -e "$copy/node_modules" ] || ln -s "$root/node_modules" "$copy/node_modules"
  cd "$copy"
  if [ -f "$work/models-$k/cue-model.ts" ]; then
    cp "$work/models-$k/"*.ts src/engine/data/
  else
    npm run -s build:lexicon -- --train "$work/f$k/train" > "$work/train-$k.log"
    mkdir -p "$work/models-$k"
    cp src/engine/data/cue-model.ts src/engine/data/role-model.ts src/engine/data/pos-lexicon.ts "$work/models-$k/"
  fi
  node_modules/.bin/esbuild scripts/train-cue-extents.ts --bundle --platform=node --outfile=out/train-cue-extents.js --log-level=warning
  node out/train-cue-extents.js collect "$work/f$k/held" "$work/cue-$k.json"
}
export -f fold
export root work
printf '%s\n' 0 1 2 3 4 | xargs -P "$jobs" -I{} bash -c 'fold {}'

cd "$root"
node_modules/.bin/esbuild scripts/train-cue-extents.ts --bundle --platform=node --outfile=out/train-cue-extents.js --log-level=warning
node out/train-cue-extents.js train "$work"/cue-{0,1,2,3,4}.json --write
