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
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
train=$(cd "${1:-$root/../shared/datasets/polnear/train}" && pwd)
jobs=${JOBS:-2}
# KEEP=DIR keeps the parts, their models and sites in DIR (for scoring a held-out part afterwards).
if [ -n "${KEEP:-}" ]; then
  work=$KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

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

fold() {
  local k=$1 copy="$work/p$1"
  mkdir -p "$copy"
  (cd "$root" && tar c --exclude=./node_modules --exclude=./out --exclude=./.git --exclude=./.cache --exclude=./dist .) | tar x -C "$copy"
  ln -s "$root/node_modules" "$copy/node_modules"
  cd "$copy"
  npm run -s build:lexicon -- --train "$work/f$k/train" > "$work/train-$k.log"
  node_modules/.bin/esbuild scripts/train-content-ends.ts --bundle --platform=node --outfile=out/train-content-ends.js --log-level=warning
  node out/train-content-ends.js collect "$work/f$k/held" "$work/end-$k.json" --kind end
  node out/train-content-ends.js collect "$work/f$k/held" "$work/start-$k.json" --kind start
}
export -f fold
export root work
printf '%s\n' 0 1 2 3 4 | xargs -P "$jobs" -I{} bash -c 'fold {}'

cd "$root"
node_modules/.bin/esbuild scripts/train-content-ends.ts --bundle --platform=node --outfile=out/train-content-ends.js --log-level=warning
node out/train-content-ends.js train "$work"/end-{0,1,2,3,4}.json --kind end --write
node out/train-content-ends.js train "$work"/start-{0,1,2,3,4}.json --kind start --write
