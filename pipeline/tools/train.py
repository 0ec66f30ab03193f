"""``newsfacts train``: the project's own spaCy NER (PERSON, GPE, ORG), trained from scratch.

Training data, each source optional:

* **GUM** (``gum_news/gum_news.jsonl`` of ``--data``), *train partition only*:
  entities whose head is a proper noun, ``person``→PERSON, ``place``→GPE,
  ``organization``→ORG, trimmed to the name (a leading "the", a trailing
  "'s", and spans that are not a run of capitalised words are dropped);
* **GUM treebank** (``ud/gum_train.conllu`` of ``--data``): the ``Entity=`` annotations of
  GUM's training documents of every genre (the news ones come from the file above, once), read
  the same way (proper-noun head, trimmed to the name); ``gum_dev``/``gum_test`` are refused;
* **gold files** (``tests/gold/*.jsonl`` but the frozen ``dev_test.jsonl``, which is refused):
  each document's annotated names
  (and their accepted spellings; a person's surname too) located in its text;
* **reviewed runs**: the PERSON/GPE/ORG mentions of every document a
  reviewer touched, minus the rows marked ``wrong``, plus the rows added,
  relabelled where the correction is a label;
* **silver**: what the rules (without the person check's model) find in ``current_events.jsonl`` of ``--data``,
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

from ..errors import UsageError
from ..settings import DEFAULT_MODELS
from ..io.tables import atomic_write_text

#: What ``newsfacts train --data DIR`` reads from its data folder (``../shared/data`` in the
#: project's workspace; an installed program knows no default).
GUM_FILE = "gum_news/gum_news.jsonl"
#: GUM's training treebank: its entity annotations (all genres) are NER training data too.
UD_NER_FILE = "ud/gum_train.conllu"
SILVER_FILE = "current_events.jsonl"
DEV_IDS_FILE = "election_dev_ids.txt"
UD_TRAIN_FILES = ("ud/gum_train.conllu", "ud/ewt_dev.conllu", "ud/ewt_test.conllu")
UD_DEV_FILE = "ud/gum_dev.conllu"
UD_TEST_FILE = "ud/gum_test.conllu"
DEFAULT_CONFIG = DEFAULT_MODELS / "ner_config.cfg"
DEFAULT_OUTPUT = DEFAULT_MODELS / "ner"
NER_LABELS = ("PERSON", "GPE", "ORG")
GUM_LABELS = {"person": "PERSON", "place": "GPE", "organization": "ORG"}
#: Gold files that are scored, never trained on (tests/gold/README.md: the frozen test splits; the AG files
#: hold no text, so ``ag_tune.jsonl`` adds no example either).
FROZEN_GOLD = frozenset({"dev_test.jsonl", "ag_test.jsonl", "pool8_test.jsonl", "ag9_test.jsonl",
                         "dev_test_second.jsonl"})
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


def data_file(data: str | Path | None, name: str) -> Path:
    """``name`` inside the data folder ``data`` (``--data``); a :class:`UsageError` saying what to
    give when ``data`` is not given or does not hold it."""
    if data is None:
        raise UsageError(f"--data DIR is needed to read {name}: the folder holding {GUM_FILE}, {SILVER_FILE}, "
                         f"{DEV_IDS_FILE} and ud/ (../shared/data in the project's workspace)")
    path = Path(data) / name
    if not path.is_file():
        raise UsageError(f"--data {data}: no {name} there")
    return path


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
        from ..nlp.kb import fold
        from ..nlp.resources import load_resources

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
    if cut > 0:  # "Ana Ruiz of ZPK": the person, not the party
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


_ENTITY_OPEN = re.compile(r"\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)")
_ENTITY_CLOSE = re.compile(r"(?<![-\w])(\d+)\)")


def _conllu_entities(misc: str) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """GUM's ``Entity=`` of one word: the mentions it opens (id, type, closed on this word) and those it closes."""
    value = next((f[len("Entity="):] for f in misc.split("|") if f.startswith("Entity=")), "")
    opened = [(m.group(1), m.group(2), bool(m.group(3))) for m in _ENTITY_OPEN.finditer(value)]
    rest = _ENTITY_OPEN.sub("", value)
    return opened, _ENTITY_CLOSE.findall(rest)


def conllu_examples(path: Path, *, skip_docs: Callable[[str], bool] = lambda _d: False,
                    models: Path = DEFAULT_MODELS) -> list[Example]:
    """GUM's entity annotations in a treebank (``gum_train.conllu``), one example per document.

    The text is rebuilt from the words (``SpaceAfter=No``; a paragraph is a blank line). As for
    GUM news, a mention counts when its head word is a proper noun, trimmed to the name; a
    scoring-only treebank (GUM dev/test) is refused.
    """
    _check_training_files([Path(path)], ())
    titles = _Titles(models)
    out: list[Example] = []
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    doc_id = ""
    sent: list[dict] = []

    def flush_sentence() -> None:
        if not sent:
            return
        pos = sum(map(len, parts))
        by_id = {w["id"]: w for w in sent}
        stack: dict[str, tuple[str, int]] = {}
        mentions = []
        for w in sent:
            w["start"] = pos
            parts.append(w["form"] + (" " if w["space"] else ""))
            pos += len(w["form"]) + (1 if w["space"] else 0)
            w["end"] = w["start"] + len(w["form"])
            opened, closed = _conllu_entities(w["misc"])
            for eid, etype, single in opened:
                if single:
                    mentions.append((etype, w["id"], w["id"]))
                else:
                    stack[eid] = (etype, w["id"])
            for eid in closed:
                if eid in stack:
                    etype, first = stack.pop(eid)
                    mentions.append((etype, first, w["id"]))
        if parts and parts[-1].endswith(" ") is False:
            parts.append(" ")
        for etype, first, last in mentions:
            label = GUM_LABELS.get(etype)
            if label is None:
                continue
            inside = range(first, last + 1)
            heads = [by_id[i] for i in inside if i in by_id and by_id[i]["head"] not in inside]
            if len(heads) != 1 or heads[0]["upos"] != "PROPN":
                continue
            text = "".join(parts)
            cut = _trim(text, by_id[first]["start"], by_id[last]["end"])
            if cut and label == "PERSON":
                cut = _person(text, *cut, titles)
            if cut:
                spans.append((*cut, label))
        sent.clear()

    def flush_doc() -> None:
        flush_sentence()
        if doc_id and not skip_docs(doc_id) and parts:
            out.append(Example("conllu", "".join(parts).rstrip(), list(spans)))
        parts.clear()
        spans.clear()

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id ="):
            flush_doc()
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# newpar") and not line.startswith("# newpar_") and parts:
            flush_sentence()
            if parts and not parts[-1].endswith("\n\n"):
                parts[-1] = parts[-1].rstrip(" ") + "\n\n"
        elif line.startswith("#"):
            continue
        elif not line.strip():
            flush_sentence()
        else:
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue  # multi-word token ranges and empty nodes: the words carry the text
            sent.append({"id": int(cols[0]), "form": cols[1], "upos": cols[3], "head": int(cols[6]) if cols[6].isdigit() else 0,
                         "misc": cols[9], "space": "SpaceAfter=No" not in cols[9]})
    flush_doc()
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
    from ..labels import MENTION_LABELS as ALL_LABELS
    from .learning.reviewed import read_review

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
    from ..io.clean import clean
    from ..nlp.extensions import MENTIONS

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
    if "newsfacts_person_check" in nlp.pipe_names:
        nlp.remove_pipe("newsfacts_person_check")  # the rules' labels, not an earlier model's
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
        (dev if h < dev_share and ex.source not in ("gum", "conllu") else train).append(ex)
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
          gum: str | Path | None = None, ud: str | Path | None = None, reviewed: Sequence[str | Path] = (),
          silver: str | Path | None = None, silver_limit: int | None = SILVER_LIMIT,
          dev_ids: str | Path | None = None, overrides: dict | None = None,
          workdir: str | Path | None = None, seed: int = 0,
          progress: Callable[[str], None] | None = None) -> TrainReport:
    """Train the NER of ``config`` and save it to ``output`` (see the module docstring).

    ``gum``/``silver`` (files, see :func:`data_file`) are read when given;
    ``overrides`` are spaCy config overrides (the tests shrink the
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
    for given, what in ((gum, "GUM"), (ud, "UD"), (silver, "silver"), (dev_ids, "dev ids")):
        if given and not Path(given).is_file():
            raise UsageError(f"{what} file {given}: no such file")
    if gold is not None and (frozen := [str(g) for g in gold if Path(g).name in FROZEN_GOLD]):
        raise UsageError(f"--gold {frozen[0]}: the frozen test split is scored, never trained on")
    gold_files = [Path(g) for g in (default_gold() if gold is None else gold) if Path(g).name not in FROZEN_GOLD]
    started = time.perf_counter()
    examples: list[Example] = []
    hashes: dict[str, str] = {"config": sha256(config)}
    gold_ids: set[str] = set()
    if gum:
        examples += gum_examples(Path(gum), models=models)
        hashes[f"gum:{Path(gum).name}"] = sha256(Path(gum))
    if ud:
        news = {json.loads(line)["id"] for line in Path(gum).read_text(encoding="utf-8").splitlines()
                if line.strip()} if gum and Path(gum).is_file() else set()
        examples += conllu_examples(Path(ud), skip_docs=news.__contains__, models=models)  # no document twice
        hashes[f"ud:{Path(ud).name}"] = sha256(Path(ud))
    for g in gold_files:
        from .evaluate import gold_doc_id, load_gold

        examples += gold_examples(g)
        gold_ids |= {gold_doc_id(d) for d in load_gold(g)[1]}
        hashes[f"gold:{g.name}"] = sha256(g)
    for r in reviewed:
        examples += reviewed_examples(Path(r))
        hashes[f"reviewed:{Path(r).name}/mentions.csv"] = sha256(Path(r) / "mentions.csv")
    if silver:
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
            "never_trained_on": ["gum_news.jsonl partitions dev and test", "gum_dev.conllu", "gum_test.conllu",
                                 *sorted(f"tests/gold/{g}" for g in FROZEN_GOLD)],
            "overrides": {k: str(v) for k, v in (overrides or {}).items()},
        }
        _dump_meta(meta_path, meta)
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


def _dump_meta(path: Path, meta: dict) -> None:
    """A model's ``meta.json``, sorted and indented, replaced atomically."""
    atomic_write_text(path, json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def record_scores(model_dir: str | Path, scores: dict) -> None:
    """Add evaluation scores (e.g. GUM PERSON F1, gold areas) to ``meta.json``'s ``newsfacts`` block."""
    path = Path(model_dir) / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.setdefault("newsfacts", {}).setdefault("scores", {}).update(scores)
    _dump_meta(path, meta)


# --------------------------------------------------------------------------- parser (newsfacts train --parser)

DEFAULT_PARSER_CONFIG = DEFAULT_MODELS / "parser_config.cfg"
DEFAULT_PARSER_OUTPUT = DEFAULT_MODELS / "parser"
#: GUM's dev and test split: never training data (the news ones are gum_news's dev/test articles).
SCORING_ONLY = ("gum_dev", "gum_test")
#: Sentences per training document, as ``spacy convert -n 10``.
UD_SENTS_PER_DOC = 10
#: The scores kept from ``Language.evaluate`` (spaCy leaves punctuation out of UAS/LAS).
PARSER_SCORES = ("dep_las", "dep_uas", "tag_acc", "pos_acc", "sents_f")


@dataclass
class ParserReport:
    output: Path
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    dev_scores: dict = field(default_factory=dict)
    test_scores: dict = field(default_factory=dict)
    size_bytes: int = 0

    def format(self) -> str:
        lines = [f"{name:<22} {n:>7} sentences" for name, n in sorted(self.counts.items())]
        lines.append(f"trained in {self.seconds:.0f} s; {self.output} ({self.size_bytes / 1e6:.1f} MB)")
        for what, scores in (("dev", self.dev_scores), ("test", self.test_scores)):
            if scores:
                lines.append(f"{what}: " + " ".join(f"{k}={scores[k]:.3f}" for k in PARSER_SCORES if k in scores))
        return "\n".join(lines)


def conllu_docs(path: Path, n_sents: int = UD_SENTS_PER_DOC) -> list:
    """A CoNLL-U file as spaCy Docs (UD syntactic words as tokens; XPOS in ``tag_``, UPOS in ``pos_``)."""
    from spacy.training.converters import conllu_to_docs

    if not Path(path).is_file():
        raise UsageError(f"{path}: no such CoNLL-U file")
    return list(conllu_to_docs(Path(path).read_text(encoding="utf-8"), n_sents=n_sents, no_print=True))


def _sentences(docs) -> int:
    return sum(1 for d in docs for _ in d.sents)


def tag_to_pos(docs) -> dict[str, str]:
    """The most frequent UPOS of each XPOS tag in ``docs``: the tagger's tags mapped to ``pos_``."""
    from collections import Counter

    counts: dict[str, Counter] = {}
    for doc in docs:
        for t in doc:
            counts.setdefault(t.tag_, Counter())[t.pos_] += 1
    return {tag: c.most_common(1)[0][0] for tag, c in sorted(counts.items()) if tag and c.most_common(1)[0][0]}


def _check_training_files(files: Sequence[Path], held: Sequence[Path]) -> None:
    held_hashes = {sha256(p) for p in held if p.is_file()}
    for f in files:
        if f.stem in SCORING_ONLY or (f.is_file() and sha256(f) in held_hashes):
            raise UsageError(f"{f}: a scoring-only treebank (GUM dev/test) cannot be training data")


def evaluate_parser(model: str | Path, conllu: str | Path, *, batch_size: int = 64) -> dict[str, float]:
    """LAS/UAS, tag and POS accuracy of a trained parser on a CoNLL-U file (gold tokens, so 1:1 alignment)."""
    import spacy
    from spacy.training import Example

    nlp = spacy.load(model)
    examples = [Example(_words_doc(nlp.vocab, d), d) for d in conllu_docs(Path(conllu))]
    scores = nlp.evaluate(examples, batch_size=batch_size)
    return {k: round(float(scores[k]), 4) for k in PARSER_SCORES if scores.get(k) is not None}


def _words_doc(vocab, doc):
    from spacy.tokens import Doc

    return Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def train_parser(output: str | Path = DEFAULT_PARSER_OUTPUT, *, config: str | Path = DEFAULT_PARSER_CONFIG,
                 train_files: Sequence[str | Path], dev_file: str | Path,
                 test_file: str | Path | None = None, overrides: dict | None = None,
                 workdir: str | Path | None = None, seed: int = 0,
                 progress: Callable[[str], None] | None = None) -> ParserReport:
    """Train the tagger + dependency parser of ``config`` on UD treebanks and save it to ``output``.

    ``dev_file`` (GUM dev) selects the best checkpoint; ``test_file`` (GUM
    test) only scores the result. GUM dev/test as ``train_files`` is a
    :class:`UsageError`. An ``attribute_ruler`` maps the predicted XPOS tag to
    its most frequent UPOS in the training data, so ``token.pos_`` is set too.
    ``meta.json`` gets a ``newsfacts`` block: data hashes, sentence counts,
    seconds, dev and test scores.
    """
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    say = progress or (lambda _m: None)
    output, config = Path(output), Path(config)
    train_paths = [Path(p) for p in train_files]
    dev_path, test_path = Path(dev_file), Path(test_file) if test_file else None
    if not config.is_file():
        raise UsageError(f"--config {config}: no such file")
    _check_training_files(train_paths, [dev_path] + ([test_path] if test_path else []))
    started = time.perf_counter()
    tmp = tempfile.TemporaryDirectory(prefix="newsfacts-parser-") if workdir is None else None
    work = Path(tmp.name if tmp else workdir)
    (work / "train").mkdir(parents=True, exist_ok=True)
    try:
        for p in train_paths:
            DocBin(docs=conllu_docs(p), store_user_data=False).to_disk(work / "train" / f"{p.stem}.spacy")
        DocBin(docs=conllu_docs(dev_path), store_user_data=False).to_disk(work / "dev.spacy")
        say(f"training on {', '.join(p.name for p in train_paths)}; best model by {dev_path.name}")
        spacy_train(config, work / "out", use_gpu=-1, overrides={
            "paths.train": str(work / "train"), "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed, "training.seed": seed, **(overrides or {})})
        return package_parser(work / "out" / "model-best", output, config=config, train_files=train_paths,
                              dev_file=dev_path, test_file=test_path, seed=seed, overrides=overrides,
                              seconds=time.perf_counter() - started)
    finally:
        if tmp:
            tmp.cleanup()


def package_parser(best: str | Path, output: str | Path, *, config: Path, train_files: Sequence[Path],
                   dev_file: Path, test_file: Path | None, seed: int, overrides: dict | None, seconds: float,
                   note: str | None = None) -> ParserReport:
    """Turn spaCy's ``model-best`` into ``output``: the tag -> POS ruler, dev/test scores, the ``newsfacts`` meta.

    ``note`` records how training ended when it was not by the config's ``max_steps`` (a time budget).
    """
    best, output = Path(best), Path(output)
    report = ParserReport(output, seconds=seconds)
    hashes = {"config": sha256(config)}
    train_docs = []
    for p in train_files:
        docs = conllu_docs(p)
        train_docs += docs
        report.counts[f"train:{p.name}"] = _sentences(docs)
        hashes[f"train:{p.name}"] = sha256(p)
    report.counts[f"dev:{dev_file.name}"] = _sentences(conllu_docs(dev_file))
    hashes[f"dev:{dev_file.name}"] = sha256(dev_file)
    finish_parser(best, train_docs)
    report.dev_scores = evaluate_parser(best, dev_file)
    if test_file:
        hashes[f"test:{test_file.name}"] = sha256(test_file)
        report.test_scores = evaluate_parser(best, test_file)
    block = {"data": hashes, "sentences": report.counts, "seconds": round(seconds, 1), "seed": seed,
             "dev_scores": report.dev_scores, "test_scores": report.test_scores,
             "scoring": "spaCy Scorer on gold tokens; UAS/LAS leave punctuation out",
             "overrides": {k: str(v) for k, v in (overrides or {}).items()}}
    if note:
        block["note"] = note
    _write_meta(best, "newsfacts_parser", block)
    _install(best, output)
    report.size_bytes = _dir_size(output)
    return report


def finish_parser(model_dir: str | Path, train_docs) -> None:
    """Add the tag -> POS ``attribute_ruler`` (from ``train_docs``) to a trained tagger+parser folder."""
    import spacy

    nlp = spacy.load(model_dir)
    if "attribute_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe("attribute_ruler", after="tagger")
        ruler.load_from_tag_map({tag: {"POS": pos} for tag, pos in tag_to_pos(train_docs).items()})
    nlp.to_disk(model_dir)


def _write_meta(model_dir: Path, name: str, block: dict) -> None:
    path = Path(model_dir) / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["name"] = name
    meta["newsfacts"] = block
    _dump_meta(path, meta)


def _clear_paths(model_dir: Path) -> None:
    """Drop the work folder's DocBin paths from the saved config: they name a temporary folder."""
    from spacy.util import load_config

    cfg = load_config(Path(model_dir) / "config.cfg", interpolate=False)
    for key in ("train", "dev"):
        if key in cfg.get("paths", {}):
            cfg["paths"][key] = None
    cfg.to_disk(Path(model_dir) / "config.cfg")


def _install(model_dir: Path, output: Path) -> None:
    """Copy a trained pipeline to ``output`` through a staging folder (no half-written model on failure)."""
    _clear_paths(model_dir)
    staging = output.with_name(output.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(model_dir, staging)
    shutil.rmtree(output, ignore_errors=True)
    staging.rename(output)


# --------------------------------------------------------------------------- election context (newsfacts train --context)

DEFAULT_CONTEXT_CONFIG = DEFAULT_MODELS / "context_config.cfg"
DEFAULT_CONTEXT_OUTPUT = DEFAULT_MODELS / "context"
CONTEXT_LABEL = "ELECTION"
CONTEXT_OTHER = "OTHER"
#: Share of the examples held out (by a hash of the id) to report precision/recall; never trained on.
CONTEXT_HELD_OUT_SHARE = 0.15
#: A further share (by the same hash) that spaCy selects the best checkpoint on.
CONTEXT_DEV_SHARE = 0.10
#: Positives are repeated in the training set up to this share of the negatives' count (the
#: election items are the minority; without it recall on held-out election news drops).
CONTEXT_BALANCE = 1.0
#: Probability of ELECTION above which an item counts as election news in the reported scores.
CONTEXT_THRESHOLD = 0.5
#: ``current_events.jsonl`` categories that give negatives: general news outside politics. Political
#: categories, "Uncategorized" and topic categories (a named war, an election) hold the evaluation.
NEGATIVE_CATEGORY = re.compile(
    r"^(?:sports?|arts and culture|science(?: and technology)?|health(?: and (?:environment|medicine))?|"
    r"disasters(?: and accidents)?|business and econom(?:y|ics)|armed (?:conflicts?|attacks) and "
    r"(?:attacks|conflicts|incidents)|law and crime|religion)$", re.I)


@dataclass(frozen=True)
class ContextExample:
    id: str
    text: str
    election: bool


@dataclass
class ContextReport:
    output: Path
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    excluded: int = 0
    seconds: float = 0.0
    held_out: dict = field(default_factory=dict)
    size_bytes: int = 0

    def format(self) -> str:
        lines = [f"{'part':<9} {'election':>8} {'other':>7}"]
        for part, c in self.counts.items():
            lines.append(f"{part:<9} {c['election']:>8} {c['other']:>7}")
        h = self.held_out
        lines.append(f"excluded ids: {self.excluded}; trained in {self.seconds:.0f} s; "
                     f"{self.output} ({self.size_bytes / 1e6:.1f} MB)")
        if h:
            lines.append(f"held-out (p > {CONTEXT_THRESHOLD}): precision={h['precision']:.3f} "
                         f"recall={h['recall']:.3f} f1={h['f1']:.3f}")
        return "\n".join(lines)


def read_ids(path: str | Path) -> set[str]:
    """Document ids from a gold JSONL file (its rows' ids), a JSON list or a JSON object (its keys)."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"--exclude {path}: no such file")
    if path.suffix == ".jsonl":
        from .evaluate import gold_doc_id

        ids = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if "id" in row or "doc" in row:
                ids.add(gold_doc_id(row))
        return ids
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return set(map(str, data))
    if isinstance(data, list):
        return set(map(str, data))
    raise UsageError(f"--exclude {path}: expected a JSON list of ids or an object keyed by id")


def _id_share(doc_id: str) -> float:
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF


def context_examples(path: Path, dev_ids: set[str], exclude: set[str]) -> list[ContextExample]:
    """Positives: the ``dev_ids`` items; negatives: items of a :data:`NEGATIVE_CATEGORY`; ``exclude`` never."""
    from ..io.clean import clean

    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        doc_id = rec["id"]
        if doc_id in exclude:
            continue
        if doc_id in dev_ids:
            election = True
        elif NEGATIVE_CATEGORY.match((rec.get("category") or "").strip()):
            election = False
        else:
            continue
        out.append(ContextExample(doc_id, clean(rec["text"]).text, election))
    return out


def context_split(examples: Sequence[ContextExample]) -> dict[str, list[ContextExample]]:
    """train / dev / held_out by a hash of the id: the same ids land in the same part on every run."""
    parts: dict[str, list[ContextExample]] = {"train": [], "dev": [], "held_out": []}
    for ex in examples:
        h = _id_share(ex.id)
        part = ("held_out" if h < CONTEXT_HELD_OUT_SHARE else
                "dev" if h < CONTEXT_HELD_OUT_SHARE + CONTEXT_DEV_SHARE else "train")
        parts[part].append(ex)
    return parts


def balanced(examples: Sequence[ContextExample], balance: float) -> list[ContextExample]:
    """``examples`` with the positives repeated until they are about ``balance`` times the negatives."""
    pos = [e for e in examples if e.election]
    neg = len(examples) - len(pos)
    repeat = max(1, round(balance * neg / len(pos))) if pos and balance > 0 else 1
    return [e for e in examples for _ in range(repeat if e.election else 1)]


def _context_docbin(nlp, examples: Sequence[ContextExample]):
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        doc.cats = {CONTEXT_LABEL: float(ex.election), CONTEXT_OTHER: float(not ex.election)}
        db.add(doc)
    return db


def context_scores(model: str | Path, texts: Sequence[str]) -> list[float]:
    """The ELECTION probability of each text under a trained context model."""
    import spacy

    nlp = spacy.load(model)
    return [round(float(doc.cats.get(CONTEXT_LABEL, 0.0)), 6) for doc in nlp.pipe(texts, batch_size=256)]


def prf(scores: Sequence[float], gold: Sequence[bool], threshold: float = CONTEXT_THRESHOLD) -> dict[str, float]:
    tp = sum(1 for s, g in zip(scores, gold) if s > threshold and g)
    fp = sum(1 for s, g in zip(scores, gold) if s > threshold and not g)
    fn = sum(1 for s, g in zip(scores, gold) if s <= threshold and g)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "tp": tp, "fp": fp, "fn": fn, "n": len(gold)}


def train_context(output: str | Path = DEFAULT_CONTEXT_OUTPUT, *, config: str | Path = DEFAULT_CONTEXT_CONFIG,
                  data: str | Path, dev_ids: str | Path,
                  gold: Sequence[str | Path] | None = None, exclude: Sequence[str | Path] = (),
                  balance: float = CONTEXT_BALANCE, overrides: dict | None = None, workdir: str | Path | None = None, seed: int = 0,
                  progress: Callable[[str], None] | None = None) -> ContextReport:
    """Train the election-context textcat of ``config`` and save it to ``output``.

    Positives are the items of ``data`` listed in ``dev_ids``, negatives the
    items of a non-political category (:data:`NEGATIVE_CATEGORY`). Every id of
    the ``gold`` files (default ``tests/gold/*.jsonl``: the off-topic gold and
    the dev_tune/dev_test split) and of the ``exclude`` files (JSON id lists,
    JSON objects keyed by id, gold JSONL) is left out. A share of the rest,
    chosen by a hash of the id, is held out and scored.
    """
    import spacy
    from spacy.cli.train import train as spacy_train

    from .learn import default_gold

    say = progress or (lambda _m: None)
    output, config, data, dev_ids = Path(output), Path(config), Path(data), Path(dev_ids)
    for p, what in ((config, "--config"), (data, "data"), (dev_ids, "dev ids")):
        if not p.is_file():
            raise UsageError(f"{what} {p}: no such file")
    gold_files = [Path(g) for g in (default_gold() if gold is None else gold)]
    excluded: set[str] = set()
    hashes = {"config": sha256(config), f"data:{data.name}": sha256(data), f"dev_ids:{dev_ids.name}": sha256(dev_ids)}
    for f in [*gold_files, *map(Path, exclude)]:
        excluded |= read_ids(f)
        hashes[f"exclude:{f.name}"] = sha256(f)
    started = time.perf_counter()
    examples = context_examples(data, set(dev_ids.read_text(encoding="utf-8").split()), excluded)
    parts = context_split(examples)
    report = ContextReport(output, excluded=len(excluded))
    for name, exs in parts.items():
        report.counts[name] = {"election": sum(e.election for e in exs), "other": sum(not e.election for e in exs)}
    if not parts["train"] or not any(e.election for e in parts["train"]) or all(e.election for e in parts["train"]):
        raise UsageError("no usable training data: the context model needs election and other items")
    dev = parts["dev"] or parts["train"][-1:]
    tmp = tempfile.TemporaryDirectory(prefix="newsfacts-context-") if workdir is None else None
    work = Path(tmp.name if tmp else workdir)
    work.mkdir(parents=True, exist_ok=True)
    try:
        blank = spacy.blank("en")
        _context_docbin(blank, balanced(parts["train"], balance)).to_disk(work / "train.spacy")
        _context_docbin(blank, dev).to_disk(work / "dev.spacy")
        say(f"training on {len(parts['train'])} items, {len(dev)} for dev")
        spacy_train(config, work / "out", use_gpu=-1, overrides={
            "paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed, "training.seed": seed, **(overrides or {})})
        best = work / "out" / "model-best"
        held = parts["held_out"]
        if held:
            report.held_out = prf(context_scores(best, [e.text for e in held]), [e.election for e in held])
        report.seconds = time.perf_counter() - started
        _write_meta(best, "newsfacts_context", {
            "data": hashes, "counts": report.counts, "excluded_ids": sorted(excluded), "seconds": round(report.seconds, 1),
            "seed": seed, "balance": balance, "held_out_scores": report.held_out, "threshold": CONTEXT_THRESHOLD,
            "selection": {
                "positives": f"ids listed in {dev_ids.name}",
                "negatives": f"category matching {NEGATIVE_CATEGORY.pattern}",
                "excluded": "every id of the gold files and --exclude files named under data (exclude:*)",
                "held_out": f"sha1(id)[:8]/0xFFFFFFFF < {CONTEXT_HELD_OUT_SHARE}",
                "dev": f"next {CONTEXT_DEV_SHARE} of the same hash",
            },
            "overrides": {k: str(v) for k, v in (overrides or {}).items()}})
        _install(best, output)
        report.size_bytes = _dir_size(output)
    finally:
        if tmp:
            tmp.cleanup()
    return report


# --------------------------------------------------------------------------- --evaluate


def evaluate_parser_model(model: str | Path = DEFAULT_PARSER_OUTPUT, *, test_file: str | Path) -> dict:
    """Score a trained parser on ``test_file`` and record the scores (with the file's hash) in its meta.json."""
    model, test_file = Path(model), Path(test_file)
    if not (model / "meta.json").is_file():
        raise UsageError(f"{model}: not a trained pipeline folder (no meta.json)")
    scores = evaluate_parser(model, test_file)
    record_scores(model, {f"test:{test_file.name}": {**scores, "sha256": sha256(test_file)}})
    return {f"test:{test_file.name}": scores}


def evaluate_context_model(model: str | Path = DEFAULT_CONTEXT_OUTPUT, gold: Sequence[str | Path] | None = None) -> dict:
    """The share of each gold file's documents a context model scores above the threshold, recorded in meta.json.

    A gold file's documents are its rows with a ``text``; for the off-topic gold the share should be low.
    """
    from ..io.clean import clean
    from .learn import default_gold

    model = Path(model)
    if not (model / "meta.json").is_file():
        raise UsageError(f"{model}: not a trained pipeline folder (no meta.json)")
    out = {}
    for g in [Path(p) for p in (default_gold() if gold is None else gold)]:
        if not g.is_file():
            raise UsageError(f"--gold {g}: no such file")
        texts = [clean(r["text"]).text for r in map(json.loads, filter(str.strip, g.read_text("utf-8").splitlines()))
                 if r.get("text")]
        scores = context_scores(model, texts)
        out[f"gold:{g.name}"] = {"docs": len(texts), "share_election": round(
            sum(s > CONTEXT_THRESHOLD for s in scores) / len(texts), 4) if texts else 0.0, "sha256": sha256(g)}
    record_scores(model, out)
    return out


def format_scores(scores: dict) -> str:
    return "\n".join(f"{what}: " + " ".join(f"{k}={v}" for k, v in vals.items() if k != "sha256")
                     for what, vals in scores.items())
