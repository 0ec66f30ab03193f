"""Scoring a run against a gold file, with the semantics of the project's output contract.

Gold files are JSONL: an optional first record ``{"aliases": {canonical: [spellings]}}``,
then one record per document (``id``, or ``source`` + ``doc``) with ``entities``
(canonical names per label), ``dates``, ``figures`` and ``facts``. A label is
scored only where the gold annotates it; gold fields left out of a fact are
wildcards; ``"required": false`` marks what a system may, but need not, find.
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..labels import DATE_LABEL, ENTITY_LABELS, FIGURE_LABELS
from ..nlp.kb import read_jsonl
from ..nlp.predicates import load_predicates
from ..settings import DEFAULT_MODELS
from ..io.tables import read_csv

FIGURE_UNITS = ("votes", "ballots", "percent")
FACT_FIELDS = ("subject", "object", "office", "value", "unit", "date", "date_end", "kind", "qualifier", "polarity")
#: Predicates whose two arguments may come in either order (models/predicates.yml).
SYMMETRIC = load_predicates(DEFAULT_MODELS / "predicates.yml").names("symmetric")
#: Predicates that news outside elections may state ("President X visits ..."): not election facts.
OFF_TOPIC_OK = load_predicates(DEFAULT_MODELS / "predicates.yml").names("off_topic_ok")
#: Every predicate: what a gold header's ``predicates`` may name.
PREDICATES = load_predicates(DEFAULT_MODELS / "predicates.yml").names()
AREAS = (*ENTITY_LABELS, "dates", "figures", "facts", "entities")
#: Resamples of the gold's documents behind an interval (a percentile bootstrap). Documents, not rows, are resampled:
#: one story's rows stand or fall together, so rows are not independent draws.
BOOTSTRAP_RESAMPLES = 2000
#: The bootstrap's seed: the same two runs print the same interval.
BOOTSTRAP_SEED = 0
#: The share of resampled F1 values an interval holds.
INTERVAL_LEVEL = 0.95
#: The areas an interval or a comparison is printed for.
SUMMARY_AREAS = ("entities", "dates", "figures", "facts")


def norm(name: str | None) -> str:
    name = (name or "").lower().replace("’", "'")
    name = re.sub(r"[^\w\s]", " ", name)
    name = re.sub(r"\s+", " ", name).strip()
    return re.sub(r"^the ", "", name)


def number(v: object):
    if v is None or str(v).strip() == "":
        return None
    try:
        return round(float(str(v).replace(",", "")), 4)
    except ValueError:
        return str(v).strip().lower()


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: {a: Tally() for a in AREAS})
    misses: list[str] = field(default_factory=list)
    # misses counted by kind with no document, name or text (:func:`format_categories`): what a frozen split may show
    categories: Counter = field(default_factory=Counter)
    documents: int = 0
    election_facts: int = 0  # system facts other than OFF_TOPIC_OK predicates, in the gold's documents
    off_topic: bool = False  # the gold file says its documents are news outside elections
    # each gold document's id and its own (tp, fp, fn) per area, in the gold's order: what an interval resamples
    document_ids: list[str] = field(default_factory=list)
    per_document: list[dict[str, tuple[int, int, int]]] = field(default_factory=list)

    def election_facts_per_100(self) -> float:
        return 100.0 * self.election_facts / self.documents if self.documents else 0.0

    def f1(self, area: str) -> float:
        return self.tallies[area].prf()[2]

    def below(self, floors: list[str]) -> list[str]:
        """The ``AREA=F1`` floors this report does not reach."""
        failed = []
        for spec in floors:
            area, _, want = spec.partition("=")
            if area not in self.tallies:
                raise UsageError(f"--min {spec}: unknown area {area!r} (one of {', '.join(AREAS)})")
            if self.f1(area) < float(want):
                failed.append(f"{area} {self.f1(area):.3f}<{want}")
        return failed


class Names:
    """Maps any accepted spelling of a gold canonical name to one key."""

    def __init__(self, aliases: dict[str, list[str]]):
        self.key: dict[str, str] = {}
        for canonical, spellings in aliases.items():
            for s in [canonical, *spellings]:
                self.key.setdefault(norm(s), norm(canonical))

    def __call__(self, name: str | None) -> str:
        n = norm(name)
        return self.key.get(n, n)


def load_gold(path: Path) -> tuple[dict, list[dict]]:
    header, docs = load_gold_file(path)
    return header.get("aliases", {}), docs


def load_gold_file(path: Path) -> tuple[dict, list[dict]]:
    """The header record (``aliases``, ``off_topic``, ``predicates``: the only predicates a gold that annotates some
    of them scores, ...) and the document records of a gold file."""
    header: dict = {"aliases": {}}
    aliases = header["aliases"]
    docs = []
    try:
        records = list(read_jsonl(Path(path), error=UsageError))
    except OSError as e:
        raise UsageError(f"gold file {path}: {e.strerror or e}") from None
    for where, row in records:
        if not isinstance(row, dict):
            raise UsageError(f"{where}: a gold record must be a JSON object")
        if "aliases" in row and "doc" not in row and "id" not in row:
            scored = row.get("predicates")
            if scored is not None and (not isinstance(scored, list) or not scored
                                       or any(p not in PREDICATES for p in scored)):
                raise UsageError(f"{where}: 'predicates' must list predicates of predicates.yml, got {scored!r}")
            aliases.update(row["aliases"])
            header.update({k: v for k, v in row.items() if k != "aliases"})
        elif "id" in row or ("source" in row and "doc" in row):
            docs.append(row)
        else:
            raise UsageError(f"{where}: a gold record needs 'id', or 'source' and 'doc'")
    return header, docs


def gold_doc_id(row: dict) -> str:
    return row["id"] if "id" in row else f"{row['source']}#{row['doc']}"


def _read(path: Path, required: list[str]) -> list[dict[str, str]]:
    if not path.is_file():
        raise UsageError(f"{path} is missing: is this the folder of a run?")
    return read_csv(path, required)


def _fact_matches(gold: dict, sys_fact: dict, names: Names) -> bool:
    return gold["predicate"] == sys_fact["predicate"] and not _differing(gold, sys_fact, names)


def _differing(gold: dict, sys_fact: dict, names: Names) -> list[str]:
    """The fields a system fact of the gold fact's predicate gets wrong (the gold's given fields only; of a
    symmetric predicate, "arguments" when its two people are not the gold's)."""
    keys = list(FACT_FIELDS)
    wrong = []
    if gold["predicate"] in SYMMETRIC:
        g = {names(gold.get("subject", "")), names(gold.get("object", ""))}
        s = {names(sys_fact.get("subject", "")), names(sys_fact.get("object", ""))}
        if not g <= s | {""}:
            wrong.append("arguments")
        keys = [k for k in keys if k not in ("subject", "object")]
    for key in keys:
        g = gold.get(key)
        if g is None:
            continue
        s = sys_fact.get(key)
        if key == "value":
            same = number(g) == number(s)
        elif key in ("subject", "object", "office"):
            same = names(str(g)) == names(s or "")
        else:
            same = str(g).strip().lower() == (s or "").strip().lower()
        if not same:
            wrong.append(key)
    return wrong


def evaluate(gold_path: str | Path, out_dir: str | Path) -> Report:
    """Score the CSVs in ``out_dir`` against ``gold_path``; ``out_dir`` may instead be a second annotation of the
    same documents (a gold JSONL file): see :func:`annotation_rows`."""
    header, gold_docs = load_gold_file(Path(gold_path))
    out_dir = Path(out_dir)
    if out_dir.is_file():
        aliases, mentions, facts, annotated = annotation_rows(out_dir)
        names = Names(_union_aliases(header["aliases"], aliases))
        gold_docs = [g for g in gold_docs if gold_doc_id(g) in annotated]
    else:
        names = Names(header["aliases"])
        mentions = _read(out_dir / "mentions.csv", ["doc_id", "label", "text", "entity", "value", "unit"])
        facts = _read(out_dir / "facts.csv", ["doc_id", "predicate", *FACT_FIELDS])
    by_doc_m, by_doc_f = defaultdict(list), defaultdict(list)
    for m in mentions:
        by_doc_m[m["doc_id"]].append(m)
    for f in facts:
        by_doc_f[f["doc_id"]].append(f)
    report = Report(documents=len(gold_docs), off_topic=bool(header.get("off_topic")))
    scored = frozenset(header.get("predicates") or ())
    t, misses = report.tallies, report.misses
    for g in gold_docs:
        before = {a: (t[a].tp, t[a].fp, t[a].fn) for a in AREAS}
        did = gold_doc_id(g)
        sys_m, sys_f = by_doc_m.get(did, []), by_doc_f.get(did, [])
        report.election_facts += sum(f["predicate"] not in OFF_TOPIC_OK for f in sys_f)
        for label in ENTITY_LABELS:
            if label not in g.get("entities", {}):
                continue
            gold_set = {names(n) for n in g["entities"][label]}
            sys_set = {names(m["entity"] or m["text"]) for m in sys_m if m["label"] == label}
            t[label].add(len(gold_set & sys_set), len(sys_set - gold_set), len(gold_set - sys_set))
            misses += [f"{did}: missed {label} {n}" for n in sorted(gold_set - sys_set)]
            misses += [f"{did}: spurious {label} {n}" for n in sorted(sys_set - gold_set)]
            for kind, found in (("missed", gold_set - sys_set), ("spurious", sys_set - gold_set)):
                report.categories.update(f"{kind} {label}{_entity_class(label, n)}" for n in found)
        # an area whose key a gold document leaves out is not annotated there (off-topic gold)
        dates = g.get("dates", [])
        gold_d = {d["value"] for d in dates if d.get("required", True)}
        maybe = [d for d in dates if not d.get("required", True)]

        def optional(m: dict) -> bool:
            return any(d.get("value") == m["value"] or
                       (d.get("value") is None and _overlaps(d["text"], m["text"])) for d in maybe)

        sys_d = {m["value"] for m in sys_m if m["label"] == DATE_LABEL and m["value"] and not optional(m)}
        if "dates" not in g:
            sys_d = gold_d = set()
        t["dates"].add(len(gold_d & sys_d), len(sys_d - gold_d), len(gold_d - sys_d))
        misses += [f"{did}: spurious DATE {v}" for v in sorted(sys_d - gold_d)]
        misses += [f"{did}: missed DATE {v}" for v in sorted(gold_d - sys_d)]
        for kind, found in (("missed", gold_d - sys_d), ("spurious", sys_d - gold_d)):
            report.categories.update(f"{kind} DATE {_date_shape(v)}" for v in found)
        figs = g.get("figures", [])
        gold_v = {(number(x["value"]), x["unit"]) for x in figs if x.get("required", True)}
        maybe_v = {(number(x["value"]), x["unit"]) for x in figs if not x.get("required", True)}
        sys_v = {(number(m["value"]), m["unit"]) for m in sys_m
                 if m["label"] in FIGURE_LABELS and m["unit"] in FIGURE_UNITS} - maybe_v
        if "figures" not in g:
            sys_v = gold_v = set()
        t["figures"].add(len(gold_v & sys_v), len(sys_v - gold_v), len(gold_v - sys_v))
        misses += [f"{did}: missed figure {v}" for v in sorted(gold_v - sys_v, key=str)]
        misses += [f"{did}: spurious figure {v}" for v in sorted(sys_v - gold_v, key=str)]
        for kind, found in (("missed", gold_v - sys_v), ("spurious", sys_v - gold_v)):
            report.categories.update(f"{kind} figure ({unit})" for _, unit in found)
        seen, unique = set(), []
        for f in sys_f:
            key = (f["predicate"], *(str(names(f.get(k, ""))) for k in FACT_FIELDS))
            if key not in seen:
                seen.add(key)
                unique.append(f)
        gold_f = g.get("facts", [])
        if report.off_topic:  # only election facts count against an off-topic document
            unique = [f for f in unique if f["predicate"] not in OFF_TOPIC_OK]
        if scored:  # a gold of some predicates: the others' facts are not annotated there
            unique = [f for f in unique if f["predicate"] in scored]
        tp = fn = fp = 0
        missed, spurious = [], []
        for gf in gold_f:
            if not gf.get("required", True):
                continue
            if any(_fact_matches(gf, sf, names) for sf in unique):
                tp += 1
            else:
                fn += 1
                missed.append(gf)
                misses.append(f"{did}: missed fact {json.dumps({k: v for k, v in gf.items() if k != 'required'})}")
        for sf in unique:
            if not any(_fact_matches(gf, sf, names) for gf in gold_f):
                fp += 1
                spurious.append(sf)
                brief = {k: sf.get(k) for k in ("predicate", *FACT_FIELDS) if sf.get(k)}
                misses.append(f"{did}: spurious fact {json.dumps(brief)}")
        mentioned: dict[str, set[str]] = defaultdict(set)  # a mentioned name -> the sentences it is mentioned in
        for m in sys_m:
            mentioned[names(m["entity"] or m["text"])].add(m.get("sentence") or "")
        report.categories.update(_fact_categories(missed, spurious, mentioned, names))
        t["facts"].add(tp, fp, fn)
        own = {a: (t[a].tp - before[a][0], t[a].fp - before[a][1], t[a].fn - before[a][2]) for a in AREAS}
        own["entities"] = tuple(sum(own[label][k] for label in ENTITY_LABELS) for k in range(3))
        report.document_ids.append(did)
        report.per_document.append(own)
    for label in ENTITY_LABELS:
        t["entities"].add(t[label].tp, t[label].fp, t[label].fn)
    return report


def annotation_rows(path: Path) -> tuple[dict, list[dict], list[dict], set[str]]:
    """A second annotation of a gold's documents as a run's rows, for inter-annotator agreement: its aliases, its
    entities, required dates and figures as ``mentions.csv`` rows, its required facts as ``facts.csv`` rows, and the
    ids of its documents. Only the documents both files annotate are scored, and an optional annotation is no
    claim: scored as the system, a second annotator is held to what they call required, as a run is."""
    header, docs = load_gold_file(path)
    mentions: list[dict] = []
    facts: list[dict] = []
    for d in docs:
        did = gold_doc_id(d)
        for label, found in sorted(d.get("entities", {}).items()):
            mentions += [{"doc_id": did, "label": label, "text": n, "entity": n, "value": "", "unit": ""} for n in found]
        mentions += [{"doc_id": did, "label": DATE_LABEL, "text": x.get("text", ""), "entity": "",
                      "value": x["value"], "unit": ""}
                     for x in d.get("dates", []) if x.get("required", True) and x.get("value")]
        mentions += [{"doc_id": did, "label": FIGURE_LABELS[0], "text": str(x["value"]), "entity": "",
                      "value": str(x["value"]), "unit": x["unit"]}
                     for x in d.get("figures", []) if x.get("required", True)]
        facts += [{"doc_id": did, "predicate": f["predicate"],
                   **{k: "" if f.get(k) is None else str(f[k]) for k in FACT_FIELDS}}
                  for f in d.get("facts", []) if f.get("required", True)]
    return header["aliases"], mentions, facts, {gold_doc_id(d) for d in docs}


def _union_aliases(*tables: dict[str, list[str]]) -> dict[str, list[str]]:
    """The alias tables of two annotations as one, the first table's canonical names first: each file spells an
    entity its own way, and agreement is on the entity, not on its spelling."""
    out: dict[str, list[str]] = {}
    for table in tables:
        for canonical, spellings in table.items():
            out.setdefault(canonical, [])
            out[canonical] += [s for s in spellings if s not in out[canonical]]
    return out


def _f1(counts: list[tuple[int, int, int]]) -> float:
    tally = Tally()
    for tp, fp, fn in counts:
        tally.add(tp, fp, fn)
    return tally.prf()[2]


def _bounds(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    tail = (1.0 - INTERVAL_LEVEL) / 2
    return values[int(tail * len(values))], values[min(len(values) - 1, int((1.0 - tail) * len(values)))]


def interval(report: Report, area: str, *, resamples: int = BOOTSTRAP_RESAMPLES,
             seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """The :data:`INTERVAL_LEVEL` interval of ``area``'s F1 over the gold's documents: how far the score could move
    on another draw of as many documents of the same kind (135 items give about ±0.05 on facts)."""
    docs = [d[area] for d in report.per_document]
    if not docs:
        raise UsageError("an interval needs a gold with documents")
    rng = random.Random(seed)
    return _bounds([_f1(rng.choices(docs, k=len(docs))) for _ in range(resamples)])


def compare(report: Report, base: Report, area: str, *, resamples: int = BOOTSTRAP_RESAMPLES,
            seed: int = BOOTSTRAP_SEED) -> tuple[float, float, float]:
    """``area``'s F1 in ``report`` minus in ``base``, two runs scored on the same gold, with the interval of that
    difference when the same documents are resampled for both (a paired bootstrap): whether a change's gain on a
    test split is more than the draw of its documents."""
    if report.document_ids != base.document_ids or not report.per_document:
        raise UsageError("the two runs were not scored on the same gold documents")
    pairs = [(d[area], b[area]) for d, b in zip(report.per_document, base.per_document)]
    rng = random.Random(seed)
    diffs = []
    for _ in range(resamples):
        sample = rng.choices(pairs, k=len(pairs))
        diffs.append(_f1([a for a, _ in sample]) - _f1([b for _, b in sample]))
    lo, hi = _bounds(diffs)
    return report.f1(area) - base.f1(area), lo, hi


def format_interval(report: Report) -> str:
    """One line: each summary area's F1 and its interval over documents."""
    parts = []
    for area in SUMMARY_AREAS:
        lo, hi = interval(report, area)
        parts.append(f"{area}={report.f1(area):.3f} [{lo:.3f}, {hi:.3f}]")
    return (f"{INTERVAL_LEVEL:.0%} intervals over {len(report.per_document)} documents "
            f"({BOOTSTRAP_RESAMPLES:,} resamples): " + " ".join(parts))


def format_comparison(report: Report, base: Report, base_name: str) -> str:
    """Each summary area's F1 difference against ``base`` and its paired interval; "*" marks a difference whose
    interval leaves out zero."""
    lines = [f"against {base_name} ({INTERVAL_LEVEL:.0%} paired intervals over {len(report.per_document)} documents):"]
    for a in SUMMARY_AREAS:
        d, lo, hi = compare(report, base, a)
        mark = " *" if lo > 0 or hi < 0 else ""
        lines.append(f"  {a:<9} {d:+.3f} [{lo:+.3f}, {hi:+.3f}]{mark}")
    return "\n".join(lines)


#: The TIMEX3 shapes a date miss is counted by (:func:`_date_shape`), most specific first.
_DATE_SHAPES = (("day", re.compile(r"^\d{4}-\d{2}-\d{2}")), ("week", re.compile(r"^\d{4}-W")),
                ("month", re.compile(r"^\d{4}-\d{2}$")), ("year", re.compile(r"^\d{4}$")),
                ("unanchored", re.compile(r"^X")))


def _date_shape(value: str) -> str:
    return next((name for name, shape in _DATE_SHAPES if shape.match(value)), "other")


def _entity_class(label: str, name: str) -> str:
    """An office's role words before its "of", the place left out ("member of", "prime minister of"); "other" for
    an office without one ("Taoiseach" is all name); nothing for other labels, whose names are all they hold."""
    if label != "OFFICE":
        return ""
    head, of, _ = name.partition(" of ")
    return f" ({head} of)" if of else " (other)"


def _fact_categories(missed: list[dict], spurious: list[dict], mentioned: dict[str, set[str]],
                     names: Names) -> list[str]:
    """One category per fact miss of a document: a missed fact with a system row of its predicate wrong in one
    field only is that field's miss (and the row is no separate spurious one); another missed fact is counted by
    whether the run found all of its people and offices as mentions and, for two or more, whether one sentence
    mentions them all (a rule's reach) or only different ones do (the story's); an unpaired system row is
    spurious."""
    out, paired = [], set()
    for gf in missed:
        pair = next((i for i, sf in enumerate(spurious) if i not in paired and sf["predicate"] == gf["predicate"]
                     and len(_differing(gf, sf, names)) == 1), None)
        if pair is not None:
            paired.add(pair)
            out.append(f"missed {gf['predicate']}: one field wrong ({_differing(gf, spurious[pair], names)[0]})")
            continue
        args = [names(str(gf[k])) for k in ("subject", "object", "office") if gf.get(k)]
        if not all(a in mentioned for a in args):
            found = "an argument not mentioned"
        elif len(args) < 2:
            found = "arguments all mentioned"
        elif set.intersection(*(mentioned[a] for a in args)):
            found = "arguments all mentioned, in one sentence"
        else:
            found = "arguments all mentioned, in different sentences"
        out.append(f"missed {gf['predicate']}: no row, {found}")
    out += [f"spurious {sf['predicate']}" for i, sf in enumerate(spurious) if i not in paired]
    return out


def format_categories(report: Report) -> str:
    """The misses counted by kind, most frequent first: no document, name or text, so a frozen test split's
    misses can be read without being learned from."""
    return "\n".join(f"{n:4d}  {kind}" for kind, n in sorted(report.categories.items(), key=lambda kv: (-kv[1], kv[0])))


def _overlaps(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (a in b or b in a)


def format_table(report: Report, *, misses: bool = False) -> str:
    lines = [f"{'area':<10} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for area in (*ENTITY_LABELS, "dates", "figures", "facts", "entities"):
        t = report.tallies[area]
        p, r, f = t.prf()
        lines.append(f"{area:<10} {p:6.3f} {r:6.3f} {f:6.3f}   {t.tp}/{t.fp}/{t.fn}")
    if report.off_topic:
        lines.append(f"election facts per 100 documents: {report.election_facts_per_100():.2f} "
                     f"({report.election_facts} in {report.documents}; news outside elections, the right answer is 0)")
    if misses:
        lines.extend(report.misses)
    lines.append(" ".join(f"{a}={report.f1(a):.3f}" for a in ("entities", "dates", "figures", "facts")))
    return "\n".join(lines)


# --------------------------------------------------------------------------- races (races.csv)

@dataclass
class RaceReport:
    """The checks of a race gold (``../shared/eval/seed_races.json`` format): one per field of a race."""

    checks: list[tuple[str, bool, str]] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(ok for _, ok, _ in self.checks) / len(self.checks) if self.checks else 0.0

    def below(self, floors: list[str]) -> list[str]:
        failed = []
        for spec in floors:
            area, _, want = spec.partition("=")
            if area != "races":
                raise UsageError(f"--min {spec}: a race gold has one area, races")
            if self.score < float(want):
                failed.append(f"races {self.score:.3f}<{want}")
        return failed


def is_race_gold(path: str | Path) -> bool:
    """A JSON file with a ``races`` list (not a JSONL gold of documents)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and isinstance(data.get("races"), list)


def _fold(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _race_checks(gold: dict, row: dict, cands: list[dict]):
    """(name, ok, detail) per field the gold race names: the checks of ``race_score.py``."""
    for key in ("office", "kind", "date", "winner"):
        if key in gold:
            yield key, _fold(row.get(key)) == _fold(gold[key]), row.get(key, "")
    if "status_in" in gold:
        yield "status", row.get("status", "") in gold["status_in"], row.get("status", "")
    if "ballots_cast" in gold:
        yield "ballots_cast", number(row.get("ballots_cast")) == number(gold["ballots_cast"]), row.get("ballots_cast", "")
    stated = set()
    for m in row.get("margins", "").split("|"):
        words = m.split("@")[0].split()
        if words:
            stated.add((number(words[0]), words[-1]))
    for value, unit in gold.get("margins_include", []):
        yield f"margins has {value} {unit}", (number(value), unit) in stated, row.get("margins", "")
    split = lambda cell: {_fold(x) for x in (cell or "").split("|") if x.strip()}  # noqa: E731
    if gold.get("recount_requested_by"):
        yield ("recount_requested_by", _fold(gold["recount_requested_by"]) in split(row.get("recount_requested_by")),
               row.get("recount_requested_by", ""))
    if "certified" in gold:
        truthy = row.get("certified", "").strip().lower() in ("1", "true", "yes", "y")
        yield "certified", truthy == gold["certified"], row.get("certified", "")
    if gold.get("conflict"):
        yield "conflicts noted", bool(row.get("conflicts", "").strip()), row.get("conflicts", "")[:60]
    sources = {s.strip() for s in row.get("sources", "").split("|")}
    for doc in gold.get("sources_include", []):
        yield f"source {doc}", doc in sources, ""
    for doc in gold.get("sources_exclude", []):
        yield f"not source {doc}", doc not in sources, ""
    by_name = {_fold(c.get("name")): c for c in cands}
    for name, want in gold.get("candidates", {}).items():
        c = by_name.get(_fold(name))
        yield f"candidate {name}", c is not None, ""
        if c is None:
            continue
        if "outcome" in want:
            yield f"{name} outcome", c.get("outcome", "") == want["outcome"], c.get("outcome", "")
        for who in want.get("endorsed_by", []):
            yield f"{name} endorsed by {who}", _fold(who) in split(c.get("endorsed_by")), c.get("endorsed_by", "")
    if gold.get("only_these_candidates"):
        extra = set(by_name) - {_fold(n) for n in gold.get("candidates", {})}
        yield "no other candidates", not extra, "|".join(sorted(extra))


def _affinity(gold: dict, row: dict) -> tuple[bool, bool, bool]:
    """How well a row of the gold race's office fits it: the same date, the same year, the same kind."""
    date, mine = gold.get("date", ""), row.get("date", "")
    return (bool(date) and mine == date, bool(date) and mine[:4] == date[:4],
            _fold(row.get("kind")) == _fold(gold.get("kind", "")))


def evaluate_races(gold_path: str | Path, out_dir: str | Path) -> RaceReport:
    """Score ``races.csv`` and ``race_candidates.csv`` against a race gold.

    Each gold race is paired with a row of its office, best fit first (the same date, then the same
    year, then the same kind; ties in gold and file order), so a new race row of that office does not
    shift every pairing as ``race_score.py``'s file-order pairing does. The checks and the score are
    otherwise that script's: a gold race without a row is one failed check, a row no gold race takes
    is one failed check."""
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UsageError(f"race gold {gold_path}: {getattr(e, 'strerror', None) or e}") from None
    out_dir = Path(out_dir)
    races = _read(out_dir / "races.csv", ["race_id", "office", "kind", "date"])
    cands = _read(out_dir / "race_candidates.csv", ["race_id", "name"])
    wanted = gold.get("races", [])
    pairs = sorted(((_affinity(g, r), -i, -j) for i, g in enumerate(wanted) for j, r in enumerate(races)
                    if _fold(r.get("office")) == _fold(g.get("office"))), reverse=True)
    paired: dict[int, int] = {}
    for _, i, j in pairs:
        if -i not in paired and -j not in paired.values():
            paired[-i] = -j
    report = RaceReport()
    for i, g in enumerate(wanted):
        if i not in paired:
            report.checks.append((f"{g.get('office')}: race row", False, "none"))
            continue
        row = races[paired[i]]
        mine = [c for c in cands if c.get("race_id") == row.get("race_id")]
        label = f"{g.get('office')} {g.get('kind', '')} {g.get('date', '')}".replace("  ", " ")
        report.checks += [(f"{label}: {n}", ok, d) for n, ok, d in _race_checks(g, row, mine)]
    used = set(paired.values())
    report.checks += [(f"spurious race {r.get('race_id')}", False, r.get("office", ""))
                      for j, r in enumerate(races) if j not in used]
    return report


def format_races(report: RaceReport, *, misses: bool = False) -> str:
    """The failed checks (every check with ``misses``) and the score line."""
    lines = [f"{'ok  ' if ok else 'FAIL'} {name}" + (f"  [{detail}]" if detail and not ok else "")
             for name, ok, detail in report.checks if misses or not ok]
    lines.append(f"races={report.score:.3f} ({sum(ok for _, ok, _ in report.checks)}/{len(report.checks)} checks, "
                 f"paired by office, date, year and kind)")
    return "\n".join(lines)
