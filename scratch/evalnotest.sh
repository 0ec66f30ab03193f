#!/bin/bash
# usage (from a repo root): evalall.sh TAG  -> /tmp/e-TAG-{tune,test,off,races,seed}
# dev_test: aggregates only (never --misses item by item).
T=$1; I=/work/wt/tools/inputs; F=/work/wt/tools/frozen
B=${NF:-.venv/bin/newsfacts}
$B run $I/dev_tune.input.jsonl --out /tmp/e-$T-tune -q >/dev/null 2>&1

$B run $I/off_topic.input.jsonl --out /tmp/e-$T-off -q >/dev/null 2>&1
$B run tests/gold/races_gold_input.jsonl --out /tmp/e-$T-races -q >/dev/null 2>&1
$B run corpus/ --out /tmp/e-$T-seed -q >/dev/null 2>&1
for p in tune:dev_tune off:off_topic seed:seed_gold; do
  k=${p%%:*}; g=${p##*:}
  echo "== $g"; $B evaluate tests/gold/$g.jsonl /tmp/e-$T-$k 2>&1 | grep -E "facts|entities|figures|dates|per 100|PERSON|GPE|ORG|OFFICE" | head -12
done
echo "== races"; $B evaluate tests/gold/races_gold.json /tmp/e-$T-races 2>&1 | tail -3
