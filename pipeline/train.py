"""``newsfacts train``: the project's own spaCy NER (PERSON, GPE, ORG), trained from scratch.

Training data, each source optional:

* **GUM** (``../shared/data/gum_news/gum_news.jsonl``), *train partition only*:
  entities whose head is a proper noun, ``person``→PERSON, ``place``→GPE,
  ``organization``→ORG, trimmed to the name (a leading "the", a trailing
  "'s", and spans that are not a run of capitalised words are dropped);
* **gold files** (``tests/gold/*.jsonl``): each document's annotated names
  (and their accepted spellings; a person's surname too) located in its text;
* **reviewed runs**: the PERSON/GPE/ORG mentions of every document a
  reviewer touched, minus the rows marked ``wrong``, plus the rows added,
  relabelled where the correction is a label;
* **silver**: what the rules find in ``../shared/data/current_events.jsonl``,
  leaving out the election items that may be held out for evaluation (those
  the selection regex of ``tests/gold/README.md`` matches and
  ``election_dev_ids.txt`` does not list) and the gold documents.

Tokens outside every span are ``O``. A deterministic share of the examples
(by a hash of the text) is the dev set ``spacy train`` selects the best
model on; GUM's dev and test partitions are never read here. The DocBin files
live in a work folder, never in ``models/``; the trained pipeline goes to
``models/ner/`` with its ``meta.json`` extended by a ``newsfacts`` block:
data hashes and counts, the config hash, training time, scores.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .errors import UsageError
from .settings import DEFAULT_MODELS

SHARED = DEFAULT_MODELS.parent.parent / "shared"
DEFAULT_GUM = SHARED / "data" / "gum_news" / "gum_news.jsonl"
DEFAULT_SILVER = SHARED / "data" / "current_events.jsonl"
DEFAULT_DEV_IDS = SHARED / "data" / "election_dev_ids.txt"
DEFAULT_CONFIG = DEFAULT_MODELS / "ner_config.cfg"
DEFAULT_OUTPUT = DEFAULT_MODELS / "ner"
NER_LABELS = ("PERSON", "GPE", "ORG")
GUM_LABELS = {"person": "PERSON", "place": "GPE", "organization": "ORG"}
#: Share of the examples held out as spaCy's dev set (chosen by a hash of the text, so stable).
DEV_SHARE = 0.1
#: Silver documents used at most (a random sample, seeded): bounds the training time.
SILVER_LIMIT = 6000
#: The selection regex of tests/gold/README.md: items it matches that are not dev items may be held out.
ELECTION = re.compile(r"\b(elect|election|wins?|won|defeat|vote|votes|runoff|run-off|ballot|poll|candidate|"
                      r"concede|recount|endorse|primary|inaugurat|sworn in)\w*", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w'’.&-]*|of|the|and|for|de|du|des|la|le|el|al|bin|van|von|der|da|di|y|-|&)$")


@dataclass
class Example:
    source: str
    text: str
    spans: list[tuple[int, int, str]]


@dataclass
class TrainReport:
    output: Path
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    seconds: float = 0.0
    scores: dict = field(default_factory=dict)
    size_bytes: int = 0

    def format(self) -> str:
        lines = [f"{'source':<14} {'docs':>6} {'spans':>7}"]
        for src, c in sorted(self.counts.items()):
            lines.append(f"{src:<14} {c['docs']:>6} {c['spans']:>7}")
        lines.append(f"trained in {self.seconds:.0f} s; dev ents_f={self.scores.get('ents_f', 0):.3f}; "
                     f"{self.output} ({self.size_bytes / 1e6:.1f} MB)")
        return "\n".join(lines)


# --------------------------------------------------------------------------- sources


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A GUM span cut to the name: no leading determiner, no trailing possessive, capitalised words only."""
    span = text[start:end]
    m = re.match(r"^(?:the|The|a|an)\s+", span)
    if m:
        start += m.end()
    span = text[start:end]
    m = re.search(r"\s*['’]s?$", span)
    if m and m.start() > 0:
        end = start + m.start()
    words = text[start:end].split()
    if not words or not words[0][:1].isupper() or not all(_NAME_WORD.match(w) for w in words):
        return None
    return start, end


class _Titles:
    """Words that may precede a person's name but are not part of it: roles, cues, places, demonyms."""

    def __init__(self, models: Path):
        from .kb import fold
        from .resources import load_resources

        res = load_resources(models)
        self.fold = fold
        self.kb = res.kb
        self.words = set(res.person_cues_before) | {w for r in res.roles for _, f in r.forms() for w in f.split()}

    def is_title(self, word: str) -> bool:
        w = word.lower().rstrip(".")
        return (word.lower() in self.words or w in self.words or bool(self.kb.demonym(word))
                or bool(self.kb.lookup("GPE", word)))

    def group(self, word: str) -> bool:
        """A plural demonym or group ("Afghans", "Muslims"): not one person."""
        return bool(self.kb.demonym(word) or self.kb.demonym(word.rstrip("s")) or self.kb.lookup("GPE", word))


def _person(text: str, start: int, end: int, titles: _Titles) -> tuple[int, int] | None:
    """A PERSON span without its leading titles ("U.S. President Donald Trump" -> "Donald Trump")."""
    while True:
        m = re.match(r"\S+\s+", text[start:end])
        if not m or not titles.is_title(text[start:start + m.end()].strip()):
            break
        start += m.end()
    cut = text[start:end].find(" of ")
    if cut > 0:  # "Ann Chiang of DAB": the person, not the party
        end = start + cut
    words = text[start:end].split()
    if len(words) == 1 and (titles.is_title(words[0]) or titles.group(words[0])):
        return None
    return start, end


def gum_examples(path: Path, partitions: Iterable[str] = ("train",), models: Path = DEFAULT_MODELS) -> list[Example]:
    titles = _Titles(models)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["partition"] not in partitions:
            continue
        spans = []
        for e in doc["entities"]:
            label = GUM_LABELS.get(e["etype"])
            if label is None or e["head_upos"] != "PROPN":
                continue
            cut = _trim(doc["text"], e["start"], e["end"])
            if cut and label == "PERSON":
                cut = _person(doc["text"], *cut, titles)
            if cut:
                spans.append((*cut, label))
        out.append(Example("gum", doc["text"], spans))
    return out


def _find(text: str, name: str) -> Iterable[tuple[int, int]]:
    if not name.strip():
        return
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        yield m.span()


def gold_examples(path: Path) -> list[Example]:
    """The gold documents' names located in their texts (canonical names and accepted spellings)."""
    from .evaluate import load_gold

    aliases, docs = load_gold(path)
    out = []
    for d in docs:
        text = d.get("text")
        if not text:
            continue
        spans = []
        for label in NER_LABELS:
            for name in d.get("entities", {}).get(label, []):
                forms = {name, *aliases.get(name, [])}
                if label == "PERSON" and len(name.split()) > 1:
                    forms.add(name.split()[-1])
                for form in forms:
                    spans.extend((s, e, label) for s, e in _find(text, form))
        out.append(Example("gold", text, spans))
    return out


def reviewed_examples(reviewed_dir: Path) -> list[Example]:
    """The documents a reviewer touched, with their kept, corrected and added entity mentions."""
    from .learn import ALL_LABELS, read_review

    review = read_review(reviewed_dir)
    touched = {r.get("doc_id") for r in review.mentions if r.verdict or r.added or r.get("correction")}
    by_doc: dict[str, list] = {}
    for r in review.mentions:
        by_doc.setdefault(r.get("doc_id"), []).append(r)
    out = []
    for doc_id in sorted(touched):
        if doc_id not in review.documents:
            continue
        text = review.documents[doc_id][0]
        spans = []
        for r in by_doc.get(doc_id, []):
            label, corr = r.get("label").upper(), r.get("correction").upper()
            if corr in ALL_LABELS:
                label = corr
            elif r.verdict == "wrong":
                continue
            if label not in NER_LABELS:
                continue
            start, end = _int(r.get("start")), _int(r.get("end"))
            if start is None or end is None or text[start:end] != r.get("text"):
                found = next(iter(_find(text, r.get("text"))), None)
                if found is None:
                    continue
                start, end = found
            spans.append((start, end, label))
        out.append(Example("reviewed", text, spans))
    return out


def _int(v: str) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def silver_examples(path: Path, models: Path, *, exclude_ids: set[str], dev_ids_path: Path | None,
                    limit: int | None, seed: int = 0) -> list[Example]:
    """What the rules find in the current-events file, held-out candidates left out."""
    import pipeline
    from .clean import clean
    from .extensions import MENTIONS

    dev_ids = set(dev_ids_path.read_text(encoding="utf-8").split()) if dev_ids_path and dev_ids_path.is_file() else set()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["id"] in exclude_ids or (ELECTION.search(rec["text"]) and rec["id"] not in dev_ids):
            continue
        rows.append(rec)
    random.Random(seed).shuffle(rows)
    rows = rows[:limit] if limit else rows
    nlp = pipeline.load(models)
    out = []
    for rec in rows:
        text = clean(rec["text"]).text
        doc = nlp.make_doc(text)
        doc._.published = rec.get("published") or None
        doc = nlp(doc)
        spans = [(m.start_char, m.end_char, m.label_) for m in doc.spans.get(MENTIONS, []) if m.label_ in NER_LABELS]
        out.append(Example("silver", text, spans))
    return out


# --------------------------------------------------------------------------- DocBin


def to_docbin(nlp, examples: Sequence[Example]):
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    db = DocBin(store_user_data=False)
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        spans = [doc.char_span(s, e, label=lab, alignment_mode="contract") for s, e, lab in ex.spans]
        doc.ents = filter_spans([s for s in spans if s is not None and len(s)])
        db.add(doc)
    return db


def split(examples: Sequence[Example], dev_share: float) -> tuple[list[Example], list[Example]]:
    train, dev = [], []
    for ex in examples:
        h = int(hashlib.sha1(ex.text.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
        (dev if h < dev_share and ex.source != "gum" else train).append(ex)
    return train, dev


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# --------------------------------------------------------------------------- train


def train(output: str | Path = DEFAULT_OUTPUT, *, config: str | Path = DEFAULT_CONFIG,
          models: str | Path = DEFAULT_MODELS, gold: Sequence[str | Path] | None = None,
          gum: str | Path | None = DEFAULT_GUM, reviewed: Sequence[str | Path] = (),
          silver: str | Path | None = DEFAULT_SILVER, silver_limit: int | None = SILVER_LIMIT,
          dev_ids: str | Path | None = DEFAULT_DEV_IDS, overrides: dict | None = None,
          workdir: str | Path | None = None, seed: int = 0,
          progress: Callable[[str], None] | None = None) -> TrainReport:
    """Train the NER of ``config`` and save it to ``output`` (see the module docstring).

    ``gum``/``silver`` that do not exist are skipped (a clone without
    ../shared); ``overrides`` are spaCy config overrides (the tests shrink the
    model with them); ``workdir`` keeps the DocBins and checkpoints (default:
    a temporary folder, removed afterwards).
    """
    import spacy
    from spacy.cli.train import train as spacy_train

    from .learn import default_gold

    say = progress or (lambda _m: None)
    output, config, models = Path(output), Path(config), Path(models)
    if not config.is_file():
        raise UsageError(f"--config {config}: no such file")
    gold_files = [Path(g) for g in (default_gold() if gold is None else gold)]
    started = time.perf_counter()
    examples: list[Example] = []
    hashes: dict[str, str] = {"config": sha256(config)}
    gold_ids: set[str] = set()
    if gum and Path(gum).is_file():
        examples += gum_examples(Path(gum), models=models)
        hashes[f"gum:{Path(gum).name}"] = sha256(Path(gum))
    for g in gold_files:
        from .evaluate import gold_doc_id, load_gold

        examples += gold_examples(g)
        gold_ids |= {gold_doc_id(d) for d in load_gold(g)[1]}
        hashes[f"gold:{g.name}"] = sha256(g)
    for r in reviewed:
        examples += reviewed_examples(Path(r))
        hashes[f"reviewed:{Path(r).name}/mentions.csv"] = sha256(Path(r) / "mentions.csv")
    if silver and Path(silver).is_file():
        say("labelling silver data with the rules")
        examples += silver_examples(Path(silver), models, exclude_ids=gold_ids,
                                    dev_ids_path=Path(dev_ids) if dev_ids else None, limit=silver_limit, seed=seed)
        hashes[f"silver:{Path(silver).name}"] = sha256(Path(silver))
    if not examples:
        raise UsageError("no training data: give --gold, --gum, --reviewed or --silver files that exist")
    report = TrainReport(output)
    for ex in examples:
        c = report.counts.setdefault(ex.source, {"docs": 0, "spans": 0})
        c["docs"] += 1
        c["spans"] += len(ex.spans)
    train_ex, dev_ex = split(examples, DEV_SHARE)
    if not dev_ex:
        dev_ex = train_ex[-1:]
    tmp = tempfile.TemporaryDirectory(prefix="newsfacts-train-") if workdir is None else None
    work = Path(tmp.name if tmp else workdir)
    work.mkdir(parents=True, exist_ok=True)
    try:
        blank = spacy.blank("en")
        to_docbin(blank, train_ex).to_disk(work / "train.spacy")
        to_docbin(blank, dev_ex).to_disk(work / "dev.spacy")
        hashes["train.spacy"] = sha256(work / "train.spacy")
        hashes["dev.spacy"] = sha256(work / "dev.spacy")
        say(f"training on {len(train_ex)} documents, {len(dev_ex)} for dev")
        spacy_train(config, work / "out", use_gpu=-1, overrides={
            "paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed, "training.seed": seed, **(overrides or {})})
        best = work / "out" / "model-best"
        meta_path = best / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        report.seconds = time.perf_counter() - started
        report.scores = {k: v for k, v in (meta.get("performance") or {}).items()
                         if k in ("ents_f", "ents_p", "ents_r", "ents_per_type")}
        meta["name"] = "newsfacts_ner"
        meta["newsfacts"] = {
            "data": hashes, "counts": report.counts, "train_docs": len(train_ex), "dev_docs": len(dev_ex),
            "seconds": round(report.seconds, 1), "dev_scores": report.scores, "seed": seed,
            "overrides": {k: str(v) for k, v in (overrides or {}).items()},
        }
        meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        staging = output.with_name(output.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(best, staging)
        shutil.rmtree(output, ignore_errors=True)
        staging.rename(output)
        report.size_bytes = _dir_size(output)
    finally:
        if tmp:
            tmp.cleanup()
    return report


def record_scores(model_dir: str | Path, scores: dict) -> None:
    """Add evaluation scores (e.g. GUM PERSON F1, gold areas) to ``meta.json``'s ``newsfacts`` block."""
    path = Path(model_dir) / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.setdefault("newsfacts", {}).setdefault("scores", {}).update(scores)
    path.write_text(json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
