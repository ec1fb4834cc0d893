# Cross-fitting for the rankers' training (sourced by train-content-ends.sh and train-cue-extents.sh).
# The rankers see the taggers' output, and the taggers are trained on all of train, so their output
# on train is near perfect: each ranker learns instead from five held-out parts. cross_fit_setup
# TRAIN_DIR cuts the PolNeAR train split into five parts by sorted file name (every fifth article),
# as $work/fK/{train,held}; fold_taggers K then makes $work/pK, a scratch copy of the project (the
# shipped models stay untouched) whose tagger models are trained on part K's train (or reused from
# $work/models-K when KEEP=DIR kept them), and leaves the caller there.

# Usage, sourced by a trainer that defines collect_part K (run in part K's copy of the project, to
# collect its held-out sites into $work): cross_fit [TRAIN_DIR]; it returns in the project's root.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

cross_fit() {
  cross_fit_setup "${1:-$root/../shared/datasets/polnear/train}"
  fold() {
    fold_taggers "$1"
    collect_part "$1"
  }
  export -f fold fold_taggers collect_part
  export root work
  printf '%s\n' 0 1 2 3 4 | xargs -P "${JOBS:-2}" -I{} bash -c 'fold {}'
  cd "$root"
}

cross_fit_setup() {
  train=$(cd "$1" && pwd)
  if [ -n "${KEEP:-}" ]; then
    work=$KEEP
    mkdir -p "$work"
  else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
  fi
  [ -d "$work/f0" ] && return
  local i=0 t k j part a
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
}

fold_taggers() {
  local k=$1 copy="$work/p$1"
  mkdir -p "$copy/src/engine/data"
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
}
