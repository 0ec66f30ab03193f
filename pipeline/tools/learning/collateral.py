"""The collateral effect of a learned change: every row it alters in documents no reviewer looked at.

A change taught by one reviewed row may alter many others (an alias that moves every mention of an
office, an exception that drops real heads of state). So each change is tried first on the reviewed
run's documents, the documents of the gate's gold files (whose gold judges each altered row,
:class:`Judge`) and a sample of the development pool (:func:`default_pool`), against the base models
(:class:`Collateral`); :class:`Effect` says what it did, and ``learn`` narrows or refuses a change whose
effect is not clean."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ...io import tables
from ...nlp import learned as L
from ...nlp.kb import fold
from ...settings import DEFAULT_MODELS
from ..evaluate import gold_doc_id, load_gold
from .pipelines import Pipelines
from .records import Change
from .reviewed import text_key


#: Examples of altered rows printed per change.
COLLATERAL_EXAMPLES = 3
#: The project's shared data beside a checkout (absent from an installed program: :func:`default_pool`).
SHARED = DEFAULT_MODELS.parent.parent / "shared"
#: The development pool: election items of current_events.jsonl listed in election_dev_ids.txt.
POOL_FILE = SHARED / "data" / "current_events.jsonl"
POOL_IDS = SHARED / "data" / "election_dev_ids.txt"
#: The gold file whose texts join the pool (news outside elections: where a broad change shows).
OFF_TOPIC_GOLD = "off_topic.jsonl"

PoolDoc = tuple[str, str, str]  # id, text, published


def dev_sample(size: int, pool_file: Path = POOL_FILE, ids_file: Path = POOL_IDS) -> list[PoolDoc]:
    """A deterministic sample of ``size`` development documents: the listed ids ordered by a hash of
    the id (spread over the file, the same every time), the first ``size`` kept. Items not listed are
    never used."""
    listed = [i.strip() for i in ids_file.read_text(encoding="utf-8").split() if i.strip()]
    chosen = set(sorted(listed, key=lambda i: hashlib.sha1(i.encode()).hexdigest())[:max(size, 0)])
    out = []
    with pool_file.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("id") in chosen and isinstance(rec.get("text"), str):
                out.append((rec["id"], rec["text"], rec.get("published") or ""))
    return sorted(out)


def gold_texts(path: Path) -> list[PoolDoc]:
    """The documents of a gold file as the pool holds documents (its gold ids; those with a text)."""
    _, docs = load_gold(path)
    return [(gold_doc_id(d), d["text"], d.get("published") or "") for d in docs if isinstance(d.get("text"), str)]


def read_pool(paths: Sequence[Path]) -> list[PoolDoc]:
    """Documents of JSONL files (``id``, ``text``, ``published``) to try changes on."""
    out = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                rec = json.loads(line)
                out.append((str(rec.get("id") or f"{Path(path).name}:{n}"), rec["text"], rec.get("published") or ""))
    return out


def default_pool(sample: int, root: Path | None = None) -> tuple[list[PoolDoc], list[str]]:
    """The development sample and the off-topic gold's texts, and a notice for what is absent."""
    root = root or DEFAULT_MODELS.parent
    docs, notices = [], []
    if sample > 0:
        if POOL_FILE.is_file() and POOL_IDS.is_file():
            docs += dev_sample(sample)
        else:
            notices.append(f"{SHARED} is absent: changes are tried on the reviewed run and the off-topic gold only, "
                           "not on a development sample")
    off_topic = root / "tests" / "gold" / OFF_TOPIC_GOLD
    if off_topic.is_file():
        docs += gold_texts(off_topic)
    return docs, notices


#: The reviewed locator of a missed fact a reviewer added: its sentence (a learned rule's fact there is
#: what the row asked for).
ADDED_FACT = "added fact"


def _is_added(locator: tuple, fields: dict) -> bool:
    """Whether a fact (its scorer fields) is the missed fact an added row names (predicate, subject, and
    object or office when the row gives one)."""
    predicate, subject, obj = locator[4:7]
    return fields["predicate"] == predicate and fold(fields["subject"]) == subject and (
        not obj or obj in (fold(fields["object"]), fold(fields["office"])))


def _names_added_office(locator: tuple, fields: dict) -> bool:
    """Whether a mention (its label and name) is the office an added row names, in the row's sentence:
    what a learned role noun was asked to find."""
    return fields["label"] == "OFFICE" and fold(fields["name"]) in {locator[5], locator[6]} - {""}


@dataclass
class Altered:
    """One row a change alters: ``before`` or ``after`` is empty when the row appears or disappears."""

    doc: str
    kind: str  # "fact" or "mention"
    before: str
    after: str

    def format(self) -> str:
        return f"{self.doc}: {self.before or '(none)'} -> {self.after or '(dropped)'}"


#: A context key that stands for a mention (:func:`pipeline.nlp.learned.token_keys`), not a word.
LABEL_KEY = re.compile(r"<[A-Z]+>")
#: Rows a change may alter outside the reviewed and the judged ones, per row it improves on the judged
#: tuning material, beyond ``max_collateral``: the development sample holds about 1.4 election documents
#: per tuning document, so a change whose judged effect is all improvements alters the sample at about
#: that rate; one that alters it at over twice that rate touches what the gold did not judge.
UNJUDGED_PER_JUDGED_GAIN = 3


@dataclass
class Effect:
    """What a change does to the documents it was tried on.

    Rows in documents of a tuning gold file are *judged* by that gold (:class:`Judge`): ``gains`` are
    rows it makes right (a wrong fact dropped, a gold fact found), ``losses`` rows it makes wrong (a
    gold fact dropped, a wrong one added). Rows no reviewer looked at and no gold judges are
    ``unreviewed``."""

    unreviewed: list[Altered] = field(default_factory=list)
    reviewed: int = 0
    documents: int = 0  # documents tried
    gains: list[Altered] = field(default_factory=list)
    losses: list[Altered] = field(default_factory=list)

    @property
    def fixes(self) -> int:
        """Rows the change makes right: reviewed rows it changes (a change never drops a kept one) and
        judged gains."""
        return self.reviewed + len(self.gains)

    def limit(self, max_collateral: int) -> int:
        """Unreviewed rows this change may alter: ``max_collateral``, more for judged gains."""
        return max(max_collateral, UNJUDGED_PER_JUDGED_GAIN * len(self.gains))

    def clean(self, max_collateral: int) -> bool:
        return not self.losses and len(self.unreviewed) <= self.limit(max_collateral)

    def describe(self) -> str:
        judged = ""
        if self.gains or self.losses:
            judged = (f"; on the tuning gold {len(self.gains)} row(s) made right, {len(self.losses)} made wrong"
                      + (": " + "; ".join(a.format() for a in self.losses[:COLLATERAL_EXAMPLES]) if self.losses
                         else ""))
        if not self.unreviewed:
            return (f"alters no row you did not review ({self.reviewed} reviewed row(s) changed, "
                    f"{self.documents} document(s) tried){judged}")
        facts = sum(a.kind == "fact" for a in self.unreviewed)
        mentions = len(self.unreviewed) - facts
        what = " and ".join(p for p in (f"{facts} fact{'s' * (facts != 1)}" if facts else "",
                                        f"{mentions} mention{'s' * (mentions != 1)}" if mentions else "") if p)
        docs = len({a.doc for a in self.unreviewed})
        examples = "; ".join(a.format() for a in self.unreviewed[:COLLATERAL_EXAMPLES])
        more = f"; … {len(self.unreviewed) - COLLATERAL_EXAMPLES} more" if len(self.unreviewed) > COLLATERAL_EXAMPLES \
            else ""
        return (f"this change alters {what} in {docs} document{'s' * (docs != 1)} you did not review: "
                f"{examples}{more}{judged}")


def _span_name(span) -> str:
    return "" if span is None else (span._.entity or span.text)


def fact_fields(f) -> dict[str, str]:
    """A fact as the scorer reads a facts.csv row (:func:`pipeline.tools.evaluate._fact_matches`)."""
    return {"predicate": f.predicate, "subject": _span_name(f.subject), "object": _span_name(f.object),
            "office": _span_name(f.office), "value": tables.fmt(f.value), "unit": f.unit or "", "date": f.date or "",
            "date_end": f.date_end or "", "kind": f.kind or "", "qualifier": f.qualifier or "",
            "polarity": f.polarity}


def doc_rows(doc: Doc) -> dict[tuple, tuple[tuple, str, dict]]:
    """Every output row of ``doc``: its content -> (its place: kind, start, end; how it reads; what a
    gold judges: the fact's fields, or the mention's label and name)."""
    rows: dict[tuple, tuple[tuple, str, dict]] = {}
    for m in doc.spans[L.MENTIONS] if L.MENTIONS in doc.spans else ():
        entity = m._.entity or ""
        shown = f"{m.label_} {m.text!r}" + (f" = {entity}" if entity and entity != m.text else "")
        rows[("mention", m.label_, m.start_char, m.end_char, m._.entity_id or "", entity)] = (
            ("mention", m.start_char, m.end_char), shown, {"label": m.label_, "name": entity or m.text})
    for f in doc._.facts or ():
        ev = doc[f.start:f.end]
        args = [_span_name(f.subject), _span_name(f.object), _span_name(f.office)]
        value = "" if f.value is None else str(f.value)
        shown = f"{f.predicate}({', '.join(a for a in (*args, value) if a)})"
        rows[("fact", f.predicate, ev.start_char, ev.end_char, *args, value)] = (
            ("fact", ev.start_char, ev.end_char), shown, fact_fields(f))
    return rows


class Judge:
    """The tuning gold's verdict on rows of its documents (found by their text), in the scorer's terms:
    a fact is right when it matches a gold fact, wrong when it matches none (one that matches only an
    optional gold fact is neither); a mention of a label the gold lists is right when the gold lists
    its name."""

    def __init__(self, gold_files: Sequence[Path]):
        from ..evaluate import Names, load_gold_file

        self.docs: dict[str, tuple[dict, object]] = {}
        for path in gold_files:
            header, docs = load_gold_file(Path(path))
            names = Names(header.get("aliases", {}))
            for d in docs:
                if isinstance(d.get("text"), str):
                    self.docs.setdefault(text_key(d["text"]), (d, names))

    def __bool__(self) -> bool:
        return bool(self.docs)

    def knows(self, text: str) -> bool:
        return text_key(text) in self.docs

    def verdict(self, text: str, kind: str, fields: dict) -> bool | None:
        """True (right), False (wrong) or None (not judged) for one row of the document ``text``."""
        from ..evaluate import _fact_matches

        found = self.docs.get(text_key(text))
        if found is None:
            return None
        gold, names = found
        if kind == "fact":
            hits = [g for g in gold.get("facts", []) if _fact_matches(g, fields, names)]
            if not hits:
                return False
            return True if any(g.get("required", True) for g in hits) else None
        listed = gold.get("entities", {}).get(fields["label"])
        if listed is None:
            return None
        return names(fields["name"]) in {names(x) for x in listed}


class Collateral:
    """Tries changes on the reviewed run's documents, the tuning gold's and a development sample,
    against the base models.

    A change's *collateral* is every row it alters (a row dropped, added, or read otherwise) that no
    reviewer looked at; in a document of a tuning gold file the gold judges it (:class:`Judge`). The
    base rows are computed once; a change to the learned files is tried by swapping in the two learned
    components built with it (a fact exception: only the last one, on the facts kept from the base
    run), a new KB entity or fact rule by loading a pipeline from a candidate copy of the models. Only
    the documents a change could touch are rerun (its rule fired there, its words occur there), which
    gives the same answer as rerunning all; the gate reruns its gold documents so too
    (:meth:`may_touch`).
    """

    def __init__(self, nlp: Language, models_dir: Path, docs: Sequence[PoolDoc], reviewed: set[tuple],
                 candidate: Callable[[list[Change]], Path], judge: "Judge | None" = None,
                 pipelines: Pipelines | None = None):
        self.nlp, self.models_dir, self.candidate = nlp, models_dir, candidate
        self.judge = judge
        self.pipelines = pipelines
        self.docs = {d[0]: d for d in docs}
        self.by_text = {(text_key(t), p): i for i, t, p in docs}
        self.reviewed = reviewed
        self.base: dict[str, dict] = {}
        self.rules: dict[str, set[str]] = {}
        self.lower: dict[str, str] = {}
        self.entities: dict[str, set[str]] = {}
        self.words: dict[str, set[str]] = {}  # each document's token lowers
        self.folded: dict[str, str] = {}  # each document's text folded as names are
        self.done: dict[str, Doc] = {}  # the base run's Docs
        self.facts_before: dict[str, list] = {}  # their facts before the learned fact exceptions
        for doc_id, doc in zip(self.docs, self._run(self.nlp, list(self.docs), keep=True)):
            self.base[doc_id] = doc_rows(doc)
            group = doc.spans[L.MENTIONS] if L.MENTIONS in doc.spans else ()
            self.rules[doc_id] = {m._.rule or "" for m in group} | {f.rule for f in self.facts_before[doc_id]}
            self.entities[doc_id] = {fold(m._.entity or m.text) for m in group}
            self.lower[doc_id] = doc.text.lower()
            self.words[doc_id] = {t.lower_ for t in doc}
            self.folded[doc_id] = fold(doc.text)

    def _run(self, nlp: Language, ids: list[str], swap: dict | None = None, keep: bool = False) -> Iterable[Doc]:
        for doc_id in ids:
            _, text, published = self.docs[doc_id]
            doc = nlp.make_doc(text)
            doc._.published = published or None
            doc._.doc_id = doc_id
            for name, proc in nlp.pipeline:
                if keep and name == "newsfacts_exceptions":
                    self.facts_before[doc_id] = list(doc._.facts or ())
                doc = (swap or {}).get(name, proc)(doc)
            if keep:
                self.facts_before.setdefault(doc_id, list(doc._.facts or ()))
                self.done[doc_id] = doc
            yield doc

    def may_touch(self, c: Change, run_id: str, text: str, published: str) -> bool:
        """Whether ``c`` may change the rows of a document of another run (its id there, its text and
        date) - by this base run's rows of the same text and date; True for a document not tried here."""
        doc_id = self.by_text.get((text_key(text), published))
        return doc_id is None or self._may_touch(c, doc_id, run_id)

    def _may_touch(self, c: Change, doc_id: str, run_id: str | None = None) -> bool:
        """Whether ``c`` may change the rows of document ``doc_id`` (under ``run_id`` in the run asked
        about: a record scoped to a document names that run's id)."""
        rec = c.record
        run_id = doc_id if run_id is None else run_id
        if c.file == L.EXCEPTIONS_FILE:
            # An exception's context words are token lowers of the row's document (a key "<LABEL>" stands
            # for a mention); its text, a mention's folded text, is a piece of the folded document.
            words = {k for part in ("anchor", "before", "after") for k in rec.get(part) or ()
                     if not LABEL_KEY.fullmatch(k)}
            return (rec.get("doc") in (None, run_id) and rec["rule"] in self.rules[doc_id]
                    and words <= self.words[doc_id] and (not rec.get("text") or rec["text"] in self.folded[doc_id]))
        if c.file == L.CORRECTIONS_FILE:
            return rec["doc"] == run_id
        if c.file == L.ALIASES_FILE:
            return rec["alias"].lower() in self.lower[doc_id] or fold(rec["alias"]) in self.entities[doc_id]
        if c.file == L.PATTERNS_FILE:
            return all(t["LOWER"] in self.lower[doc_id] for t in rec["pattern"] if "LOWER" in t)
        if c.file == L.RULES_FILE:
            return any(w in self.lower[doc_id] for w in rec["words"])
        if c.file == L.ROLES_FILE:
            return any(w in self.lower[doc_id] for w in rec["nouns"])
        return True

    def _refilter(self, ids: list[str], exceptions: "L.FactExceptions") -> list[dict]:
        """The rows of the base Docs with only the fact exceptions redone (a fact exception changes
        nothing else); each Doc keeps its base facts."""
        out = []
        for doc_id in ids:
            doc = self.done[doc_id]
            kept = doc._.facts
            doc._.facts = list(self.facts_before[doc_id])
            try:
                out.append(doc_rows(exceptions(doc)))
            finally:
                doc._.facts = kept
        return out

    def effect(self, change: Change) -> Effect:
        ids = [d for d in self.docs if self._may_touch(change, d)]
        if not ids:
            return Effect(documents=len(self.docs))
        if change.file in (L.KB_FILE, L.RULES_FILE, L.ROLES_FILE) or "newsfacts_learned" not in self.nlp.pipe_names:
            from ...runner.engine import checkout_pipeline

            if self.pipelines is not None:  # the candidate's, if already built
                rows = [doc_rows(d) for d in self._run(self.pipelines.get(self.candidate([change])).nlp, ids)]
            else:
                with checkout_pipeline(self.candidate([change])) as nlp:
                    rows = [doc_rows(d) for d in self._run(nlp, ids)]
            L.load_learned.cache_clear()
        else:
            from ...nlp.resources import load_resources

            base = L.load_learned(self.models_dir)
            parse = {L.EXCEPTIONS_FILE: L.parse_exception, L.ALIASES_FILE: L.parse_alias,
                     L.CORRECTIONS_FILE: L.parse_correction, L.PATTERNS_FILE: L.parse_pattern}[change.file]
            item = parse(dict(change.record), "candidate")
            field_name = {L.EXCEPTIONS_FILE: "exceptions", L.ALIASES_FILE: "aliases",
                          L.CORRECTIONS_FILE: "corrections", L.PATTERNS_FILE: "patterns"}[change.file]
            items = tuple(x for x in getattr(base, field_name) if x.id != item.id) + (item,)
            learned = L.Learned(**{**{k: getattr(base, k) for k in ("exceptions", "patterns", "aliases",
                                                                    "corrections")}, field_name: items})
            kb = (self.pipelines.base.resources if self.pipelines is not None else load_resources(self.models_dir)).kb
            exceptions = L.FactExceptions(self.nlp, "newsfacts_exceptions", learned, kb)
            if change.file == L.EXCEPTIONS_FILE and item.kind == "fact" and "newsfacts_exceptions" in self.nlp.pipe_names:
                rows = self._refilter(ids, exceptions)
            else:
                swap = {"newsfacts_learned": L.LearnedMentions(self.nlp, "newsfacts_learned", learned, kb)}
                if "newsfacts_exceptions" in self.nlp.pipe_names:
                    swap["newsfacts_exceptions"] = exceptions
                rows = (doc_rows(d) for d in self._run(self.nlp, ids, swap))
        out = Effect(documents=len(self.docs))
        for doc_id, after in zip(ids, rows):
            before = self.base[doc_id]
            gone = [before[k] for k in before if k not in after]
            new = [after[k] for k in after if k not in before]
            for old in gone:
                twin = next((n for n in new if n[0] == old[0]), None)
                if twin is not None:
                    new.remove(twin)
                self._add(out, doc_id, old, twin)
            for row in new:
                self._add(out, doc_id, None, row)
        return out

    def _add(self, out: Effect, doc_id: str, old: tuple | None, new: tuple | None) -> None:
        place = (old or new)[0]
        altered = Altered(doc_id, place[0], old[1] if old else "", new[1] if new else "")
        if (doc_id, *place) in self.reviewed or new is not None and any(
                (doc_id, ADDED_FACT) == r[:2] and r[2] <= place[1] and place[2] <= r[3] and
                (_is_added(r, new[2]) if place[0] == "fact" else _names_added_office(r, new[2]))
                for r in self.reviewed):
            out.reviewed += 1
            return
        text = self.docs[doc_id][1]
        if self.judge is not None and self.judge.knows(text):
            worth = {True: 1, None: 0, False: -1}
            delta = (worth[self.judge.verdict(text, place[0], new[2])] if new else 0) \
                - (worth[self.judge.verdict(text, place[0], old[2])] if old else 0)
            if delta:
                (out.gains if delta > 0 else out.losses).append(altered)
            return
        out.unreviewed.append(altered)
