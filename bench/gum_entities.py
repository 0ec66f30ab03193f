"""Score ORG and GPE names on GUM news, as ../shared/eval/gum_score.py scores PERSON.

    .venv/bin/python ../shared/eval/gum_score.py input ../shared/data/gum_news/gum_news.jsonl /tmp/gum_in.jsonl
    .venv/bin/newsfacts run /tmp/gum_in.jsonl --out /tmp/gum_out --quiet
    .venv/bin/python bench/gum_entities.py /tmp/gum_out [--misses]

A yardstick for the organisation and place stages on real news written by others: GUM marks every
mention, common nouns and pronouns included, so a gold name is a coreference cluster of ``organization``
(ORG) or ``place`` (GPE) mentions whose head is a proper noun. A system name (a mention's text, a leading
"the" and a possessive "'s" cut) finds a cluster when it occurs, on word boundaries, in one of the
cluster's proper-noun mentions. A system name found in no mention of that kind at all counts against
precision (repeats of one name count once). GUM's places include buildings, regions and streets the
pipeline does not call GPE, so GPE recall is a floor. Scores are printed for GUM's ``train`` partition
and for ``dev``+``test`` apart.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

GUM = Path(__file__).resolve().parents[2] / "shared" / "data" / "gum_news" / "gum_news.jsonl"
#: GUM entity type -> the pipeline's label.
KINDS = {"organization": "ORG", "place": "GPE"}


def trim(name: str) -> str:
    """A name without a leading article or a trailing possessive, as gum_score.py trims one."""
    name = re.sub(r"^(the|The)\s+", "", name.strip())
    return re.sub(r"\s*['’]s$", "", name).strip()


def occurs(name: str, text: str) -> bool:
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_path: Path, out_dir: Path, misses: bool = False) -> dict[tuple[str, str], list[int]]:
    """(label, partition group) -> [tp, fp, fn]."""
    system: dict[str, dict[str, set[str]]] = {}
    with open(out_dir / "mentions.csv", encoding="utf-8", newline="") as f:
        for m in csv.DictReader(f):
            if m["label"] in KINDS.values():
                system.setdefault(m["doc_id"], {}).setdefault(m["label"], set()).add(trim(m["text"]))
    tally: dict[tuple[str, str], list[int]] = {}
    for line in open(gold_path, encoding="utf-8"):
        doc = json.loads(line)
        group = "train" if doc.get("partition") == "train" else "dev+test"
        for etype, label in sorted(KINDS.items()):
            every = [e["text"] for e in doc["entities"] if e["etype"] == etype]
            clusters: dict[str, list[str]] = {}
            for e in doc["entities"]:
                if e["etype"] == etype and e["head_upos"] == "PROPN":
                    clusters.setdefault(e["eid"], []).append(e["text"])
            names = sorted(system.get(doc["id"], {}).get(label, set()))
            counts = tally.setdefault((label, group), [0, 0, 0])
            for eid, texts in sorted(clusters.items()):
                if any(occurs(n, t) for n in names for t in texts):
                    counts[0] += 1
                else:
                    counts[2] += 1
                    if misses:
                        print(f"{doc['id']}: missed {label} {trim(max(texts, key=len))!r}")
            for n in names:
                if not any(occurs(n, t) for t in every):
                    counts[1] += 1
                    if misses:
                        print(f"{doc['id']}: spurious {label} {n!r}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outputs", type=Path, help="the folder of a run on gum_score.py's input")
    parser.add_argument("--gold", type=Path, default=GUM)
    parser.add_argument("--misses", action="store_true", help="list every missed and spurious name")
    args = parser.parse_args()
    if not args.gold.is_file():
        raise SystemExit(f"{args.gold} does not exist (the benchmark needs ../shared/data)")
    for (label, group), (tp, fp, fn) in sorted(score(args.gold, args.outputs, args.misses).items()):
        p, r, f = f1(tp, fp, fn)
        print(f"{label:<4} {group:<9} P={p:.3f} R={r:.3f} F1={f:.3f}  tp/fp/fn {tp}/{fp}/{fn}")


if __name__ == "__main__":
    main()
