"""``newsfacts learn``: reviewers' verdicts in, gated changes under ``models/`` out.

A reviewed run is the folder of a run whose ``mentions.csv`` and ``facts.csv``
carry two more columns, filled in a spreadsheet: ``verdict`` (empty, ``ok``
or ``wrong``) and ``correction`` (the right value). Rows a reviewer adds (no
``mention_id``/``fact_id``) are things the run missed. What each row teaches:

================================  =================================================================
row                               change (file under ``models/``, see :mod:`pipeline.learned`)
================================  =================================================================
mention, correction = a name      the mention's spelling becomes an alias of that entity: a new KB
                                  entity (``kb/learned.jsonl``) or an alias of a KB entity
                                  (``learned/aliases.jsonl``)
mention, correction = a label     an exception for the old label and a KB entity for the new one
mention ``wrong``                 a mention exception scoped to its rule and context
fact ``wrong``                    a fact exception scoped to its rule, trigger and context
fact, correction ``field=name``   as a mention's name correction, for that field's entity
added / ``ok`` mention            a token pattern induced from its context (cue word + name shape,
                                  trigger + figure, ``patterns/learned.jsonl``); a missed name
                                  without a usable cue becomes a KB entity
================================  =================================================================

An exception starts from the wording alone (rule, trigger and the context
keys around it); when that would also drop a row of the reviewed run that the
reviewer did not mark wrong, it is narrowed to the row's entities, and when
even that hits a kept row it is not learned.

Every change is then gated: each gold file is run with a temporary copy of
the models before and after, and a change that lowers any area's F1 on any
gold file is refused (``force`` accepts it). All changes are tried at once
first; only when that lowers a score is each tried on its own, in order.
Rows that teach nothing learnable (a date value, a missed fact) are listed,
never silently dropped.
"""
from __future__ import annotations

import csv
import difflib
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import learned as L
from .errors import NewsfactsError, UsageError
from .evaluate import AREAS, evaluate, gold_doc_id, load_gold
from .kb import entity_id, fold, slug
from .labels import ENTITY_LABELS as LABELS, MENTION_LABELS as ALL_LABELS
from .settings import DEFAULT_MODELS, models_folder
from .tables import unguard

#: The project's own gold files, scored by default before and after a change.
DEFAULT_GOLD_GLOB = "tests/gold/*.jsonl"
VERDICTS = {"": "", "ok": "ok", "wrong": "wrong"}
#: Rules whose confirmed mentions are worth a pattern: the name shapes and statistical models.
WEAK_RULE = re.compile(r"^(shape\.|ner:)")
#: Slack below which a score counts as unchanged (floating point only).
EPSILON = 1e-9
SOURCE = "newsfacts learn"


# --------------------------------------------------------------------------- reading a review


@dataclass
class Row:
    file: str  # "mentions" or "facts"
    line: int
    cells: dict[str, str]

    def get(self, key: str) -> str:
        return self.cells.get(key, "").strip()

    @property
    def ref(self) -> str:
        ident = self.get("mention_id") or self.get("fact_id") or "added"
        return f"{self.file}.csv:{self.line} ({self.get('doc_id')} {ident})"

    @property
    def verdict(self) -> str:
        return self.get("verdict").lower()

    @property
    def added(self) -> bool:
        return not (self.get("mention_id") if self.file == "mentions" else self.get("fact_id"))


@dataclass
class Review:
    documents: dict[str, tuple[str, str]]  # doc_id -> (clean text, published)
    mentions: list[Row]
    facts: list[Row]


#: Delimiters a spreadsheet may save a CSV with (a ';' in locales whose decimal mark is ',').
DELIMITERS = (",", ";", "\t")
#: Longest name a review row may teach (a KB name is a name, not a paragraph).
MAX_NAME_CHARS = 300


def _decode_review(data: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1252 (what a spreadsheet on Windows saves)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_table(path: Path) -> list[Row]:
    """A CSV as a spreadsheet saves it: any column order, guard apostrophes, CRLF, BOM, UTF-8 or
    cp1252, ``,``/``;``/tab delimited. A column named twice is a :class:`UsageError`: which of the
    two holds the reviewer's verdict cannot be told."""
    csv.field_size_limit(2**31 - 1)
    rows = []
    text = _decode_review(Path(path).read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        return []
    header = [unguard(h.strip()).strip().lower() for h in header]
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise UsageError(f"{path}: column {', '.join(repr(h) for h in twice)} appears twice in the header "
                         "(keep one)")
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        cells = {h: unguard(v.replace("\r\n", "\n")) for h, v in zip(header, values) if h}
        rows.append(Row(Path(path).stem, reader.line_num, cells))
    return rows


def read_review(reviewed_dir: str | Path) -> Review:
    """The documents, mentions and facts of a reviewed run; verdicts are checked here."""
    root = Path(reviewed_dir)
    for name in ("documents.csv", "mentions.csv", "facts.csv"):
        if not (root / name).is_file():
            raise UsageError(f"{root / name} is missing: REVIEWED_DIR must be the folder of a run")
    documents = {r.get("doc_id"): (r.cells.get("text", ""), r.get("published") or r.get("reference_date")) for r in
                 read_table(root / "documents.csv") if r.get("status") in ("", "ok")}
    mentions, facts = read_table(root / "mentions.csv"), read_table(root / "facts.csv")
    return Review(documents, mentions, facts)


# --------------------------------------------------------------------------- changes


@dataclass
class Change:
    """One record to upsert into one learned file, and what taught it."""

    file: Path  # relative to the models folder
    record: dict
    summary: str
    taught_by: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return str(self.file), self.record["id"]


def _hash(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:8]


def _merge_note(old: str, refs: Iterable[str]) -> str:
    have = [r for r in old.removeprefix("taught by ").split("; ") if r] if old.startswith("taught by ") else []
    return "taught by " + "; ".join(sorted(set(have) | set(refs)))


def _upsert(records: dict[str, dict], change: Change) -> None:
    rec = dict(change.record)
    old = records.get(rec["id"])
    if change.file == L.KB_FILE:
        rec.setdefault("source", SOURCE)
        rec["note"] = _merge_note(old.get("note", "") if old else "", change.taught_by)
        if old:
            rec = {**old, **rec, "aliases": sorted(set(old.get("aliases", [])) | set(rec.get("aliases", [])))}
    else:
        rec["taught_by"] = sorted(set(old.get("taught_by", []) if old else []) | set(change.taught_by))
        if old:
            rec = {**old, **rec}
    records[rec["id"]] = rec


def render(records: dict[str, dict]) -> str:
    """Sorted by id, one record a line: readable in ``git diff``."""
    return "".join(json.dumps(records[k], ensure_ascii=False, sort_keys=True) + "\n" for k in sorted(records))


def _read_records(path: Path) -> dict[str, dict]:
    if not path.is_file():
        return {}
    return {rec["id"]: rec for _, rec in L.read_jsonl(path) if isinstance(rec, dict) and "id" in rec}


def new_texts(models_dir: Path, changes: Sequence[Change]) -> dict[Path, tuple[str, str]]:
    """(old text, new text) of every file the changes touch."""
    out: dict[Path, tuple[str, str]] = {}
    by_file: dict[Path, list[Change]] = {}
    for c in changes:
        by_file.setdefault(c.file, []).append(c)
    for rel, group in by_file.items():
        path = models_dir / rel
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        records = _read_records(path)
        for c in group:
            _upsert(records, c)
        out[rel] = (old, render(records))
    return out


def write_texts(models_dir: Path, texts: dict[Path, tuple[str, str]]) -> list[Path]:
    written = []
    for rel, (_, new) in sorted(texts.items()):
        path = models_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(new)
        os.replace(tmp, path)
        written.append(path)
    return written


def unified_diff(texts: dict[Path, tuple[str, str]]) -> str:
    parts = []
    for rel, (old, new) in sorted(texts.items()):
        parts.extend(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                          fromfile=f"a/models/{rel}", tofile=f"b/models/{rel}"))
    return "".join(parts)


# --------------------------------------------------------------------------- what the rows teach


@dataclass
class _Processed:
    doc: Doc
    keys: list
    triggers: dict


class Teacher:
    """Turns review rows into :class:`Change` objects, using the models the run would use now."""

    def __init__(self, nlp: Language, models_dir: Path, review: Review):
        from .resources import load_resources

        self.nlp = nlp
        self.models_dir = models_dir
        self.review = review
        self.kb = load_resources(models_dir).kb
        self.learned_kb_ids = set(_read_records(models_dir / L.KB_FILE))
        self.changes: list[Change] = []
        self.skipped: list[str] = []
        self.rejected: list[str] = []  # rows that are wrong as rows: reported, never taught from
        self._docs: dict[str, _Processed] = {}
        self.wrong_facts: set[tuple] = set()
        self.wrong_mentions: set[tuple] = set()
        self._kept: dict[str, list[L.Signature]] = {}

    # -- documents ------------------------------------------------------------
    def doc(self, doc_id: str) -> _Processed | None:
        if doc_id not in self._docs:
            if doc_id not in self.review.documents:
                return None
            text, published = self.review.documents[doc_id]
            doc = self.nlp.make_doc(text)
            doc._.published = published or None
            doc = self.nlp(doc)
            self._docs[doc_id] = _Processed(doc, L.token_keys(doc), L.fact_triggers(self.nlp, doc))
        return self._docs[doc_id]

    @staticmethod
    def _fact_key(doc: Doc, f) -> tuple:
        ev = doc[f.start:f.end]
        name = lambda s: fold(s._.entity or s.text) if s is not None else ""  # noqa: E731
        return f.rule, f.predicate, ev.start_char, ev.end_char, name(f.subject), name(f.object)

    @staticmethod
    def _row_fact_key(row: Row) -> tuple:
        return (row.get("rule"), row.get("predicate"), _int(row.get("start")), _int(row.get("end")),
                fold(row.get("subject")), fold(row.get("object")))

    # -- the rows ---------------------------------------------------------------
    def teach(self) -> None:
        self.wrong_facts = {(r.get("doc_id"), self._row_fact_key(r)) for r in self.review.facts
                            if r.verdict == "wrong" and not r.get("correction") and not r.added}
        self.wrong_mentions = {(r.get("doc_id"), r.get("label"), _int(r.get("start")), _int(r.get("end")))
                               for r in self.review.mentions if r.verdict == "wrong" and not r.added}
        for row in self.review.mentions:
            self._guarded(row, self._mention)
        for row in self.review.facts:
            self._guarded(row, self._fact)

    def _guarded(self, row: Row, teach: Callable[[Row], None]) -> None:
        """Teach from one row; a row that cannot teach is rejected with its reason, and the others go on."""
        if not (row.verdict or row.get("correction") or row.added):
            return  # not reviewed
        reason = self._bad_row(row)
        if reason:
            self.rejected.append(f"{row.ref}: {reason}")
            return
        before = len(self.changes)
        try:
            teach(row)
        except (ValueError, KeyError, TypeError, IndexError, UsageError) as e:
            del self.changes[before:]
            self.rejected.append(f"{row.ref}: cannot be learned ({type(e).__name__}: {e})")

    def _bad_row(self, row: Row) -> str:
        if row.verdict not in VERDICTS:
            return f"verdict {row.get('verdict')!r} must be empty, 'ok' or 'wrong'"
        doc_id = row.get("doc_id")
        if doc_id not in self.review.documents:
            return f"doc_id {doc_id!r} is not a processed document of this run (documents.csv)"
        return ""

    def _name_problem(self, name: str) -> str:
        """Why ``name`` cannot be an entity's name (empty when it can)."""
        if not slug(name):
            return f"{name!r} has no letter or digit: it names nothing (its id would be empty)"
        if len(name) > MAX_NAME_CHARS:
            return f"a name of {len(name):,} characters is not a name (at most {MAX_NAME_CHARS})"
        return ""

    def _mention(self, row: Row) -> None:
        label, correction = row.get("label").upper(), row.get("correction")
        if row.added:
            self._missed(row, label)
        elif correction.upper() in ALL_LABELS and correction.upper() != label:
            self._relabel(row, label, correction.upper())
        elif correction:
            if label in LABELS:
                names = [row.get("entity") or row.get("text"), row.get("text")]
                self._name(row, label, names, correction)
            else:
                self.skipped.append(f"{row.ref}: a corrected {label} value is not learned "
                                    "(dates and figures are patterns and lexicons; fix them there)")
        elif row.verdict == "wrong":
            self._mention_exception(row, label)
        elif row.verdict == "ok" and WEAK_RULE.match(row.get("rule")):
            self._pattern(row, label, confirmed=True)

    def _fact(self, row: Row) -> None:
        correction = row.get("correction")
        if row.added:
            self.skipped.append(f"{row.ref}: a missed {row.get('predicate') or 'fact'} needs a fact rule "
                                "(models/facts/*.yml); not learned")
        elif correction:
            fname, _, value = correction.partition("=")
            fname = fname.strip().lower()
            if not value or fname not in ("subject", "object", "office"):
                self.skipped.append(f"{row.ref}: correction {correction!r} is not 'subject=', 'object=' or "
                                    "'office=' a name; only names are learned from facts")
                return
            ident = row.get("office_id" if fname == "office" else f"{fname}_id")
            label = ident.split(":", 1)[0].upper() if ident else ("OFFICE" if fname == "office" else "")
            if label not in LABELS:
                self.skipped.append(f"{row.ref}: cannot tell the label of the {fname} to correct")
                return
            self._name(row, label, [row.get(fname)], value.strip())
        elif row.verdict == "wrong":
            self._fact_exception(row)

    # -- names ----------------------------------------------------------------------
    def _name(self, row: Row, label: str, wrong: list[str], correction: str) -> None:
        """The spellings in ``wrong`` name ``correction``: an alias or a new entity."""
        problem = self._name_problem(correction) or next(
            (self._name_problem(w) for w in wrong if w and self._name_problem(w)), "")
        if problem:
            self.rejected.append(f"{row.ref}: {problem}")
            return
        aliases = sorted({w for w in wrong if w and fold(w) != fold(correction)
                          and (label != "PERSON" or len(w.split()) >= 2)})
        targets = self.kb.lookup(label, correction)
        if not aliases and targets:
            self.skipped.append(f"{row.ref}: {correction!r} is already how the KB spells it; nothing to learn")
            return
        if targets and targets[0].id not in self.learned_kb_ids:
            target = targets[0]
            for alias in aliases:
                self.changes.append(Change(L.ALIASES_FILE, {
                    "id": f"alias.{label.lower()}.{slug(alias)}", "label": label, "alias": alias,
                    "entity": target.id}, f"alias {alias!r} -> {target.id}", [row.ref]))
            return
        if targets:
            target = targets[0]
            record = {"id": target.id, "label": label, "name": target.name, "aliases": aliases}
        else:
            record = {"id": entity_id(label, correction), "label": label, "name": correction, "aliases": aliases}
        self.changes.append(Change(L.KB_FILE, record, f"KB {record['id']} ({record['name']}) "
                                   f"aliases {aliases}", [row.ref]))

    def _relabel(self, row: Row, label: str, new: str) -> None:
        self._mention_exception(row, label)
        if new in ("PERSON", "GPE", "ORG"):
            text = row.get("text")
            if self._name_problem(text):
                self.rejected.append(f"{row.ref}: {self._name_problem(text)}")
                return
            self.changes.append(Change(L.KB_FILE, {"id": entity_id(new, text), "label": new, "name": text,
                                                   "aliases": []}, f"KB {new} {text!r}", [row.ref]))

    # -- exceptions ---------------------------------------------------------------------
    def _kept_signatures(self, kind: str) -> list[L.Signature]:
        """Signatures of every row of the reviewed run the reviewer did not mark wrong."""
        out = []
        for doc_id in self.review.documents:
            p = self.doc(doc_id)
            if kind == "fact":
                for f in p.doc._.facts or ():
                    if (doc_id, self._fact_key(p.doc, f)) not in self.wrong_facts:
                        out.append(L.fact_signature(p.doc, f, L.trigger_of(f, p.triggers), p.keys))
            else:
                for m in p.doc.spans[L.MENTIONS] if L.MENTIONS in p.doc.spans else ():
                    if (doc_id, m.label_, m.start_char, m.end_char) not in self.wrong_mentions:
                        out.append(L.mention_signature(p.doc, m, p.keys))
        return out

    def _scoped(self, row: Row, sig: L.Signature, narrow: dict, kind: str) -> dict | None:
        """The widest exception for ``sig`` that spares every kept row, or None."""
        if kind not in self._kept:
            self._kept[kind] = self._kept_signatures(kind)
        kept = self._kept[kind]
        what = {"predicate": sig.what} if kind == "fact" else {"label": sig.what}
        base = {"kind": kind, "rule": sig.rule, **what, "anchor": list(sig.anchor),
                "before": list(sig.before), "after": list(sig.after)}
        for extra in ({}, narrow):
            rec = {**base, **extra}
            exc = L.parse_exception({"id": "probe", **rec}, "probe")
            if not any(exc.matches(k) for k in kept):
                rec["id"] = f"{kind}.{sig.rule}.{_hash(rec)}"
                return {k: v for k, v in rec.items() if v not in ([], None)}
        self.skipped.append(f"{row.ref}: every exception for it would also drop a row the reviewer kept; not learned")
        return None

    def _fact_exception(self, row: Row) -> None:
        p = self.doc(row.get("doc_id"))
        want = self._row_fact_key(row)
        hits = [f for f in (p.doc._.facts or ()) if self._fact_key(p.doc, f) == want] if p else []
        if not hits:
            self.skipped.append(f"{row.ref}: the current models no longer produce this fact; nothing to learn")
            return
        f = hits[0]
        sig = L.fact_signature(p.doc, f, L.trigger_of(f, p.triggers), p.keys)
        rec = self._scoped(row, sig, {"subject": sig.subject, "object": sig.object}, "fact")
        if rec:
            self.changes.append(Change(L.EXCEPTIONS_FILE, rec, f"exception: {row.get('rule')} must not emit "
                                       f"{row.get('predicate')} at {' '.join(rec['anchor'])!r}", [row.ref]))

    def _mention_span(self, row: Row, label: str) -> tuple[_Processed, Span] | None:
        p = self.doc(row.get("doc_id"))
        if p is None:
            return None
        start, end = _int(row.get("start")), _int(row.get("end"))
        for m in p.doc.spans[L.MENTIONS] if L.MENTIONS in p.doc.spans else ():
            if m.label_ == label and (m.start_char, m.end_char) == (start, end):
                return p, m
        return None

    def _mention_exception(self, row: Row, label: str) -> None:
        found = self._mention_span(row, label)
        if found is None:
            self.skipped.append(f"{row.ref}: the current models no longer produce this mention; nothing to learn")
            return
        p, m = found
        sig = L.mention_signature(p.doc, m, p.keys)
        rec = self._scoped(row, sig, {"text": sig.text}, "mention")
        if rec:
            self.changes.append(Change(L.EXCEPTIONS_FILE, rec, f"exception: {sig.rule} must not make "
                                       f"{label} {m.text!r} in this context", [row.ref]))

    # -- patterns ----------------------------------------------------------------------
    def _locate(self, row: Row, label: str) -> tuple[_Processed, Span] | None:
        p = self.doc(row.get("doc_id"))
        text = row.get("text")
        if p is None or not text:
            return None
        start, end = _int(row.get("start")), _int(row.get("end"))
        doc_text = p.doc.text
        if start is None or end is None or doc_text[start:end] != text:
            m = re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc_text)
            if m is None:
                return None
            start, end = m.span()
        span = p.doc.char_span(start, end, label=label, alignment_mode="expand")
        return (p, span) if span is not None else None

    def _missed(self, row: Row, label: str) -> None:
        if label not in L.PATTERN_LABELS:
            self.skipped.append(f"{row.ref}: a missed {label} is not learned (offices and dates are lexicons)")
            return
        found = self._locate(row, label)
        if found is None:
            self.skipped.append(f"{row.ref}: {row.get('text')!r} is not in the document's text")
            return
        if not self._pattern(row, label, found=found) and label in ("PERSON", "GPE", "ORG"):
            name = row.get("correction") or row.get("entity") or found[1].text
            if self._name_problem(name):
                self.rejected.append(f"{row.ref}: {self._name_problem(name)}")
                return
            aliases = [found[1].text] if fold(found[1].text) != fold(name) else []
            if self.kb.lookup(label, name):
                self._name(row, label, aliases or [found[1].text], name)
            else:
                self.changes.append(Change(L.KB_FILE, {"id": entity_id(label, name), "label": label, "name": name,
                                                       "aliases": aliases}, f"KB {label} {name!r}", [row.ref]))

    def _pattern(self, row: Row, label: str, *, confirmed: bool = False, found=None) -> bool:
        found = found or self._mention_span(row, label)
        if found is None or label not in L.PATTERN_LABELS:
            return False
        p, span = found
        induced = induce_pattern(p.doc, span, label)
        if induced is None:
            return False
        pattern, focus = induced
        unit = row.get("unit") or L.PATTERN_LABELS[label]
        rec = {"label": label, "pattern": pattern, "focus": list(focus)}
        if label in ("VOTES", "PERCENT"):
            rec["unit"] = unit
        rec["id"] = f"learned.{label.lower()}.{_hash(rec)}"
        words = " ".join(json.dumps(t, sort_keys=True) for t in pattern)
        self.changes.append(Change(L.PATTERNS_FILE, rec, f"pattern {rec['id']}: {words}", [row.ref]))
        return True


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _shape(token, label: str) -> dict:
    if label in ("VOTES", "PERCENT"):
        return {"LIKE_NUM": True} if token.like_num else {"LOWER": token.lower_}
    if token.is_title:
        return {"IS_TITLE": True}
    if token.text[:1].isupper():
        return {"TEXT": {"REGEX": r"^[A-Z]"}}
    return {"LOWER": token.lower_}


def _cue(token, figure: bool) -> bool:
    """A context word a pattern may hold: a lower-case word (a function word only before a figure)."""
    return token.is_alpha and token.text[:1].islower() and (figure or not token.is_stop)


def induce_pattern(doc: Doc, span: Span, label: str) -> tuple[list[dict], tuple[int, int]] | None:
    """Cue word + the mention's shape ("interviewed" + Xxx Xxx; "with" + NUM "%"), or None."""
    figure = label in ("VOTES", "PERCENT")
    shape = [_shape(t, label) for t in span]
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    if span.start > sent.start and _cue(doc[span.start - 1], figure):
        return [{"LOWER": doc[span.start - 1].lower_}] + shape, (1, 1 + len(shape))
    if span.end < sent.end and _cue(doc[span.end], figure):
        return shape + [{"LOWER": doc[span.end].lower_}], (0, len(shape))
    return None


def merge_changes(changes: Iterable[Change]) -> list[Change]:
    """One change per (file, id); provenance and aliases of repeats are merged, first-seen order kept."""
    out: dict[tuple[str, str], Change] = {}
    for c in changes:
        if c.key in out:
            old = out[c.key]
            old.taught_by = sorted(set(old.taught_by) | set(c.taught_by))
            if "aliases" in c.record:
                old.record["aliases"] = sorted(set(old.record.get("aliases", [])) | set(c.record["aliases"]))
        else:
            out[c.key] = Change(c.file, dict(c.record), c.summary, list(c.taught_by))
    return list(out.values())


# --------------------------------------------------------------------------- the gate


Scores = dict[tuple[str, str], float]


def gold_input(gold_path: Path, work: Path) -> Path:
    """The gold file's documents as a JSONL input whose ids are the gold ids."""
    _, docs = load_gold(gold_path)
    out = work / f"{gold_path.stem}.input.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            if "text" not in d:
                raise UsageError(f"gold file {gold_path}: document {gold_doc_id(d)} has no 'text' to run")
            rec = {"id": gold_doc_id(d), "text": d["text"]}
            if d.get("published"):
                rec["published"] = d["published"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def score(models_dir: Path, gold: Sequence[Path], inputs: dict[Path, Path], work: Path) -> Scores:
    """F1 per (gold file, area) of the pipeline built from ``models_dir``."""
    from .engine import RunOptions
    from .engine import run as run_engine
    from .settings import Settings

    out: Scores = {}
    for g in gold:
        run_dir = Path(tempfile.mkdtemp(prefix="run-", dir=work))
        run_engine(RunOptions(inputs=[str(inputs[g])], out_dir=run_dir, settings=Settings(models=models_dir)))
        report = evaluate(g, run_dir)
        for area in AREAS:
            out[(g.name, area)] = report.f1(area)
        shutil.rmtree(run_dir, ignore_errors=True)
    return out


def load_problem(models_dir: Path) -> str:
    """Why the pipeline cannot be built from ``models_dir`` (empty when it can): the same
    loaders and validation a run uses."""
    from .nlp import build
    from .resources import load_resources

    try:
        build(models_dir)
        return ""
    except (NewsfactsError, ValueError, KeyError, TypeError) as e:
        return " ".join(str(e).split())[:300]
    finally:
        L.load_learned.cache_clear()  # keyed by folder: never keep a candidate's
        load_resources.cache_clear()


def loadable(changes: list[Change], candidate: Callable[[list[Change]], Path]) -> tuple[list[Change], list[str]]:
    """The changes a pipeline still loads with, and why each other one is refused.

    All at once first; when that fails, one by one on top of the ones kept, so a bad
    record never stops the good ones and is never written.
    """
    if not changes or not load_problem(candidate(changes)):
        return changes, []
    kept: list[Change] = []
    refused: list[str] = []
    for c in changes:
        problem = load_problem(candidate(kept + [c]))
        if problem:
            refused.append(f"{', '.join(c.taught_by)}: {c.summary} would write a record the pipeline cannot load "
                           f"({problem})")
        else:
            kept.append(c)
    return kept, refused


def lowered(before: Scores, after: Scores) -> list[str]:
    return [f"{g} {a} {before[(g, a)]:.3f}->{after[(g, a)]:.3f}" for g, a in before
            if after[(g, a)] < before[(g, a)] - EPSILON]


def format_table(before: Scores, after: Scores) -> str:
    lines = [f"{'gold':<22} {'area':<9} {'before':>7} {'after':>7} {'delta':>7}"]
    for g, a in before:
        d = after[(g, a)] - before[(g, a)]
        mark = "" if abs(d) < EPSILON else ("  +" if d > 0 else "  LOWER")
        lines.append(f"{g:<22} {a:<9} {before[(g, a)]:7.3f} {after[(g, a)]:7.3f} {d:+7.3f}{mark}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- learn


@dataclass
class LearnReport:
    accepted: list[Change] = field(default_factory=list)
    refused: list[tuple[Change, str]] = field(default_factory=list)
    forced: list[tuple[Change, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # bad rows and changes that would not load
    warnings: list[str] = field(default_factory=list)
    before: Scores = field(default_factory=dict)
    after: Scores = field(default_factory=dict)
    diff: str = ""
    written: list[Path] = field(default_factory=list)
    dry_run: bool = False

    def table(self) -> str:
        return format_table(self.before, self.after) if self.before else "(no gold files: nothing scored)"

    def format(self) -> str:
        out = [self.table(), ""]
        out += [f"accepted  {c.summary}  <- {', '.join(c.taught_by)}" for c in self.accepted]
        out += [f"forced    {c.summary}  ({why})" for c, why in self.forced]
        out += [f"refused   {c.summary}  ({why})" for c, why in self.refused]
        out += [f"skipped   {s}" for s in self.skipped]
        out += [f"rejected  {r}" for r in self.rejected]
        out += [f"warning   {w}" for w in self.warnings]
        if self.dry_run:
            out += ["", self.diff or "(no change)"]
        else:
            out += [f"wrote     {p}" for p in self.written] or ["wrote     nothing"]
        return "\n".join(out)


def default_gold(root: Path | None = None) -> list[Path]:
    """The project's gold files beside the default models folder (a checkout); an installed
    program has none, and says to give ``--gold`` instead of skipping the gate silently."""
    root = root or DEFAULT_MODELS.parent
    found = sorted(root.glob(DEFAULT_GOLD_GLOB))
    if not found:
        raise UsageError(f"no gold files at {root / DEFAULT_GOLD_GLOB} (not a checkout of the project): "
                         "give them with --gold FILE")
    return found


def _config_warnings(models_dir: Path) -> list[str]:
    import spacy

    config = spacy.util.load_config(models_dir / "config.cfg", interpolate=False)
    pipes = config["nlp"].get("pipeline", [])
    missing = [c for c in ("newsfacts_learned", "newsfacts_exceptions") if c not in pipes]
    if not missing:
        return []
    return [f"{models_dir / 'config.cfg'} does not run {', '.join(missing)}: learned exceptions, patterns "
            "and aliases have no effect until it does (KB entities do)"]


def learn(reviewed_dir: str | Path, *, gold: Sequence[str | Path] | None = None, models: str | Path = DEFAULT_MODELS,
          force: bool = False, dry_run: bool = False,
          progress: Callable[[str], None] | None = None) -> LearnReport:
    """Turn a reviewed run's verdicts into gated changes of ``models`` (see the module docstring).

    ``gold`` defaults to the project's gold files (``tests/gold/*.jsonl``);
    pass ``[]`` to skip the gate. ``dry_run`` computes everything and writes
    nothing (the report holds the diff).
    """
    import pipeline

    say = progress or (lambda _msg: None)
    models = models_folder(models)
    gold_files = [Path(g) for g in (default_gold() if gold is None else gold)]
    for g in gold_files:
        if not g.is_file():
            raise UsageError(f"--gold {g}: no such file")
    review = read_review(reviewed_dir)
    report = LearnReport(dry_run=dry_run, warnings=_config_warnings(models))
    with tempfile.TemporaryDirectory(prefix="newsfacts-learn-") as tmp:
        work = Path(tmp)
        base = work / "base"
        shutil.copytree(models, base, ignore=shutil.ignore_patterns("ner", "__pycache__"))
        say("reading the review")
        teacher = Teacher(pipeline.load(base), base, review)
        teacher.teach()
        report.skipped = teacher.skipped
        report.rejected = teacher.rejected

        def candidate(accepted: list[Change]) -> Path:
            path = Path(tempfile.mkdtemp(prefix="cand-", dir=work))
            shutil.rmtree(path)
            shutil.copytree(base, path)
            write_texts(path, new_texts(base, accepted))
            return path

        changes, invalid = loadable(merge_changes(teacher.changes), candidate)
        report.rejected += invalid
        if report.rejected and not changes:
            raise UsageError(f"no usable review row: {len(report.rejected)} rejected; the first: {report.rejected[0]}")
        inputs = {g: gold_input(g, work) for g in gold_files}
        say(f"{len(changes)} candidate change(s); scoring {len(gold_files)} gold file(s)")
        report.before = score(base, gold_files, inputs, work) if gold_files else {}

        accepted: list[Change] = []
        current = report.before
        if changes and gold_files:
            after_all = score(candidate(changes), gold_files, inputs, work)
            drops = lowered(current, after_all)
            if not drops or force:
                accepted, current = list(changes), after_all
                if drops:
                    report.forced = [(c, "forced with the others: " + "; ".join(drops)) for c in changes]
            else:
                for c in changes:
                    say(f"trying {c.summary}")
                    trial = score(candidate(accepted + [c]), gold_files, inputs, work)
                    drops = lowered(current, trial)
                    if drops:
                        report.refused.append((c, "lowers " + "; ".join(drops)))
                    else:
                        accepted.append(c)
                        current = trial
        else:
            accepted = list(changes)
        report.accepted = accepted
        report.after = current if gold_files else {}
        texts = new_texts(models, accepted)
        texts = {rel: t for rel, t in texts.items() if t[0] != t[1]}
        report.diff = unified_diff(texts)
        if not dry_run:
            problem = load_problem(candidate(accepted)) if texts else ""
            if problem:  # loadable() checked every change: this is a bug, and nothing is written
                raise NewsfactsError(f"learn: the accepted changes would not load ({problem}); nothing written")
            report.written = write_texts(models, texts)
            from .resources import load_resources

            # Both caches are keyed by folder: a pipeline loaded after this call must see the new files.
            L.load_learned.cache_clear()
            load_resources.cache_clear()
    return report
