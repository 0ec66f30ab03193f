"""``newsfacts learn``: reviewers' verdicts in, bounded and gated changes under ``models/`` out.

A reviewed run is the folder of a run whose ``mentions.csv`` and ``facts.csv``
carry two more columns, filled in a spreadsheet (or exported by the review
app): ``verdict`` (empty, ``ok`` or ``wrong``) and ``correction`` (the right
value). Rows a reviewer adds (no ``mention_id``/``fact_id``) are things the run
missed. A correction fixes the reviewed row, in its document, unless it is
marked general: ``general: NAME`` in the cell (or a ``scope`` column reading
``general``). What each row teaches:

================================  =================================================================
row                               change (file under ``models/``, see :mod:`pipeline.nlp.learned`)
================================  =================================================================
mention, correction = a name      a correction: this mention of this document names that entity
                                  (``learned/corrections.jsonl``)
mention, ``general: NAME``        an alias (``learned/aliases.jsonl``, or a KB entity in
                                  ``kb/learned.jsonl``) - only when the mention is another spelling
                                  of NAME (:func:`spelling_relation`) and names no other KB entity;
                                  else the row is corrected in its document
mention, correction = a label     an exception for the old label and a correction to the new one
mention ``wrong``                 a mention exception: its wording, else its text, else its document
fact ``wrong``                    a fact exception in its most general clean form: with a gate gold, a
                                  construction (the trigger under a future or modal verb), an argument
                                  type (``ORG:electoral_body``, ``none``), the trigger's word family
                                  with one ("is elected" for "elects" too), the trigger with one; then
                                  its cue form (the head word of the phrase after the trigger: "wins the
                                  Nobel Prize" -> ``prize``), its wording, its entities, its document;
                                  ranked by the rejections each fixes
added fact                        a new trigger word for a rule of its predicate, else a new frame
                                  (``learned/rules.jsonl``, :func:`pipeline.nlp.rules.learned_rule`);
                                  when its office is no mention, the words of its sentence that name it,
                                  as another noun of the role its office name fits (``learned/roles.jsonl``);
                                  an argument an added mention row names is read with that mention added
fact, correction ``field=name``   as a mention's name correction, for that field's mention
added mention                     a token pattern induced from its context (cue word + name shape,
                                  trigger + figure, ``patterns/learned.jsonl``); else the mention added
                                  in its document, linked to the entity of the document it spells
                                  ("SL" -> Sierra Leone; an all-capitals name is never a new name)
================================  =================================================================

An exception form that would drop a row of the reviewed run the reviewer did
not mark wrong is never learned; an unmarked row counts as kept, and every row
that rules a form out is named in the report so that it can be marked.

Each change is then tried (:class:`Collateral`) on the reviewed run's
documents, the documents of the gate's gold files (their gold judges every row
a change alters there, :class:`Judge`) and a sample of the development pool
(``DEFAULT_SAMPLE`` ids of ``election_dev_ids.txt`` and the off-topic gold's
texts): every row it alters that no reviewer looked at is listed. A change
that makes a judged row wrong, or alters more unreviewed rows than
:meth:`Effect.limit`, is narrowed to a cleaner form or refused (``force``
accepts it). The survivors are gated on the gate's gold files (``GATE_GOLD``:
dev_tune, seed, off_topic; never dev_test, which is scored, not chosen with):
a change that lowers any area's F1, or raises the off-topic election facts per
100 documents, is refused. All at once first; only when that lowers a score is
each tried on its own, in order. A trial reruns only the gold documents its
changes may touch and keeps the base run's rows for the rest (:class:`Gate`);
each distinct models content is built once (:class:`Pipelines`). Rows of a held-out gold's documents
(``HELD_OUT_GOLD``: dev_test, off_topic) are never learned from. Rows that
teach nothing learnable (a date value, a missed fact no rule word finds) are
listed, never silently dropped.

This module holds what decides: :class:`Teacher` (rows -> changes), :class:`Gate` and :func:`learn`,
which puts them together. The parts each of them uses are one concept a module in
:mod:`pipeline.tools.learning` (reading the review, spellings, records on disk, cached pipelines,
what a missed row teaches, collateral), so that each can be read and tested alone.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import NewsfactsError, UsageError
from ..labels import ENTITY_LABELS as LABELS, MENTION_LABELS as ALL_LABELS
from ..nlp import learned as L
from ..nlp.kb import entity_id, fold, slug
from ..settings import DEFAULT_MAX_COLLATERAL, DEFAULT_MODELS, DEFAULT_SAMPLE, MODELS_CONFIG, models_folder
from .evaluate import AREAS, evaluate, gold_doc_id, load_gold, load_gold_file
from .learning.collateral import ADDED_FACT, Collateral, Effect, Judge, default_pool, gold_texts, read_pool
from .learning.missed import (MIN_TRIGGER_USES, RULE_CLASS_SHARE, STORY_NAME_LABELS, argument_heads, argument_path,
                             engine_with, induce_pattern, office_roles, phrase_class, role_candidates,
                             role_noun_conflict, rule_classes, story_words, taken_words, trigger_problem,
                             TriggerSpecificity)
from .learning.pipelines import COPY_IGNORE, Pipelines, load_problem, loadable
from .learning.records import (Change, merge_changes, new_texts, read_records, record_hash, render, unified_diff,
                               write_texts)
from .learning.reviewed import SCOPES, VERDICTS, Review, Row, int_cell, looked_at, read_review, text_key
from .learning.spelling import name_suffixes, spelling_relation

#: Rules whose confirmed mentions are worth a pattern: the name shapes and statistical models.
WEAK_RULE = re.compile(r"^(shape\.|ner:)")
#: Rules that find a name by looking it up (the KB, a learned alias or correction): an exception for
#: one of their mentions always keeps its text.
NAME_LOOKUP = re.compile(r"^(kb|alias\.|correction\.)")
#: Slack below which a score counts as unchanged (floating point only).
EPSILON = 1e-9


# --------------------------------------------------------------------------- what the rows teach


#: Longest name a review row may teach (a KB name is a name, not a paragraph).
MAX_NAME_CHARS = 300
#: Longest all-capitals spelling read as an abbreviation ("URV"); a longer one ("OSTRAVA") is a name in
#: capitals, and a new entity learned from it is named in title case.
MAX_ABBREVIATION = 5


@dataclass
class _Processed:
    doc: Doc
    keys: list
    triggers: dict


class Teacher:
    """Turns review rows into :class:`Change` objects, using the models the run would use now."""

    def __init__(self, nlp: Language, models_dir: Path, review: Review, held_out: dict[str, str] | None = None,
                 *, judged: bool = False, pipelines: Pipelines | None = None,
                 specificity: TriggerSpecificity | None = None):
        from ..nlp.resources import load_resources

        self.nlp = nlp
        self.pipelines = pipelines  # builds the probes' pipelines (:meth:`_probe_roles`)
        res = pipelines.base.resources if pipelines is not None else load_resources(models_dir)
        #: A tuning gold judges each change (:class:`Judge`): only then are the widest fact exceptions (a
        #: construction, an argument type) proposed; one reviewed row alone never proves them.
        self.judged = judged
        #: Election vs off-topic document rates of words: a new trigger word must be typical of elections.
        self.specificity = specificity
        self.models_dir = models_dir
        self.review = review
        self.held_out = held_out or {}  # text key -> gold file name: never learned from
        self.kb = res.kb
        self.roles = res.roles
        engine = nlp.get_pipe("newsfacts_facts") if "newsfacts_facts" in nlp.pipe_names else None
        # Words a role noun never is: a role's form already, or a fact rule's trigger ("elected", "defeated").
        self.role_forms = frozenset(form for r in self.roles for _, form in r.forms()) | frozenset(
            w.lower() for r in (engine.rules if engine else ()) for w in r.words)
        self.role_of = {form: r.id for r in self.roles for _, form in r.forms()}  # also the nouns taught this round
        self.suffixes = name_suffixes(models_dir, res)
        self.learned_kb_ids = set(read_records(models_dir / L.KB_FILE))
        self.changes: list[Change] = []
        self.skipped: list[str] = []
        self.rejected: list[str] = []  # rows that are wrong as rows: reported, never taught from
        self.narrowed: list[str] = []  # exceptions kept narrower than their widest form, and the rows why
        self.notes: list[str] = []  # rows taught otherwise than their kind says (an added fact as a mention)
        self._docs: dict[str, _Processed] = {}
        self.wrong_facts: set[tuple] = set()
        self.wrong_mentions: set[tuple] = set()
        self._kept: dict[str, list[tuple[L.Signature, str]]] = {}
        self._wrong: list[L.Signature] | None = None
        self._fact_rows: dict[tuple, Row] = {}
        self._mention_rows: dict[tuple, Row] = {}
        self._classes: dict[str, frozenset[str]] = {}  # rule id -> the classes of trigger it learns

    # -- documents ------------------------------------------------------------
    def doc(self, doc_id: str) -> _Processed | None:
        if doc_id not in self._docs:
            if doc_id not in self.review.documents:
                return None
            text, published = self.review.documents[doc_id]
            doc = self.nlp.make_doc(text)
            doc._.published = published or None
            doc._.doc_id = doc_id
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
        return (row.get("rule"), row.get("predicate"), int_cell(row.get("start")), int_cell(row.get("end")),
                fold(row.get("subject")), fold(row.get("object")))

    def _find_fact(self, row: Row):
        p = self.doc(row.get("doc_id"))
        want = self._row_fact_key(row)
        hits = [f for f in (p.doc._.facts or ()) if self._fact_key(p.doc, f) == want] if p else []
        return (p, hits[0]) if hits else None

    def reviewed_locators(self) -> set[tuple]:
        """(doc, kind, start, end) of every row a reviewer looked at, and of the mentions a reviewed fact
        names: a change to these is what the review asked for; any other change is collateral."""
        out: set[tuple] = set()
        for row in self.review.mentions:
            if looked_at(row):
                found = self._mention_span(row, row.get("label").upper()) or self._locate(row, row.get("label").upper())
                if found:
                    out.add((row.get("doc_id"), "mention", found[1].start_char, found[1].end_char))
                elif int_cell(row.get("start")) is not None:
                    out.add((row.get("doc_id"), "mention", int_cell(row.get("start")), int_cell(row.get("end"))))
        for row in self.review.facts:
            if row.added:  # a fact a rule learned from this row finds in the row's sentence: what was asked for
                sent = self._added_sentence(row)
                if sent is not None:
                    out.add((row.get("doc_id"), ADDED_FACT, sent.start_char, sent.end_char, row.get("predicate"),
                             fold(row.get("subject")), fold(row.get("object") or row.get("office"))))
                continue
            if not looked_at(row):
                continue
            out.add((row.get("doc_id"), "fact", int_cell(row.get("start")), int_cell(row.get("end"))))
            found = self._find_fact(row)
            if found:
                for span in (found[1].subject, found[1].object, found[1].office):
                    if span is not None:
                        out.add((row.get("doc_id"), "mention", span.start_char, span.end_char))
        return out

    # -- the rows ---------------------------------------------------------------
    def teach(self) -> None:
        self.wrong_facts = {(r.get("doc_id"), self._row_fact_key(r)) for r in self.review.facts
                            if r.verdict == "wrong" and not r.get("correction") and not r.added}
        self.wrong_mentions = {(r.get("doc_id"), r.get("label"), int_cell(r.get("start")), int_cell(r.get("end")))
                               for r in self.review.mentions if r.verdict == "wrong" and not r.added}
        self._fact_rows = {(r.get("doc_id"), self._row_fact_key(r)): r for r in self.review.facts if not r.added}
        self._mention_rows = {(r.get("doc_id"), r.get("label"), int_cell(r.get("start")), int_cell(r.get("end"))): r
                              for r in self.review.mentions if not r.added}
        for row in self.review.mentions:
            self._guarded(row, self._mention)
        for row in self.review.facts:
            self._guarded(row, self._fact)

    def _guarded(self, row: Row, teach: Callable[[Row], None]) -> None:
        """Teach from one row; a row that cannot teach is rejected with its reason, and the others go on."""
        if not looked_at(row):
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
        if row.get("scope").lower() not in SCOPES:
            return f"scope {row.get('scope')!r} must be empty, 'document' or 'general'"
        doc_id = row.get("doc_id")
        if doc_id not in self.review.documents:
            return f"doc_id {doc_id!r} is not a processed document of this run (documents.csv)"
        gold = self.held_out.get(text_key(self.review.documents[doc_id][0]))
        if gold:
            return (f"document {doc_id!r} is a document of the held-out gold {gold}: learn never learns "
                    "from it")
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
                self._name(row, label, names, correction, self._mention_span(row, label))
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
            self._missed_fact(row)
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
            found = self._find_fact(row)
            span = None
            if found:
                f = found[1]
                span = getattr(f, fname) or (f.object if fname == "office" and f.object is not None
                                             and f.object.label_ == "OFFICE" else None)
            self._name(row, label, [row.get(fname)], value.strip(), (found[0], span) if span is not None else None)
        elif row.verdict == "wrong":
            fixed = self._fixed_by_added(row)
            if fixed:
                self.skipped.append(f"{row.ref}: wrong by its {fixed[1]} only, which {fixed[0]} names in full "
                                    f"({fixed[2]!r}): taught as that mention, no exception for the phrasing")
                return
            self._fact_exception(row)

    def _fixed_by_added(self, row: Row) -> tuple[str, str, str] | None:
        """(ref, slot, name) of an added fact of the row's document and predicate whose subject or object spells
        in full what the rejected fact's names in part ("Campo Elias Teran" for "Elias Teran"): the fact
        was wrong by that mention (:meth:`_implied_mention`), not by its phrasing, which the added fact keeps."""
        for added in self.review.facts:
            if not added.added or (added.get("doc_id"), added.get("predicate")) != (row.get("doc_id"),
                                                                                   row.get("predicate")):
                continue
            for slot in ("subject", "object"):
                part, whole = row.get(slot), added.get(slot)
                if part and whole and fold(part) != fold(whole) and \
                        re.search(r"(?<!\w)" + re.escape(fold(part)) + r"(?!\w)", fold(whole)):
                    return added.ref, slot, whole
        return None

    # -- missed facts -----------------------------------------------------------------
    def _added_sentence(self, row: Row) -> Span | None:
        """The sentence of an added fact: the one holding its evidence offsets (or text), else the first
        that names its subject."""
        p = self.doc(row.get("doc_id"))
        if p is None:
            return None
        doc, start = p.doc, int_cell(row.get("start"))
        if start is None and row.get("evidence"):
            at = doc.text.find(row.get("evidence"))
            start = at if at >= 0 else None
        if start is not None:
            span = doc.char_span(start, min(len(doc.text), start + 1), alignment_mode="expand")
            if span is not None:
                return span.sent
        subject = row.get("subject")
        for sent in doc.sents:
            if subject and self._argument(p, sent, subject, ("PERSON", "ORG", "GPE", "OFFICE")) is not None:
                return sent
        return None

    def _added_mention(self, doc_id: str, sent: Span, name: str) -> str | None:
        """The ref of an added mention row of ``doc_id`` inside ``sent`` that names ``name``, if any."""
        found = self._added_mention_row(doc_id, sent, name)
        return found.ref if found is not None else None

    def _added_mention_row(self, doc_id: str, sent: Span, name: str) -> Row | None:
        """The added mention row of ``doc_id`` inside ``sent`` that names ``name``, if any."""
        for m in self.review.mentions:
            start = int_cell(m.get("start"))
            if m.added and m.get("doc_id") == doc_id and fold(name) in {
                    fold(m.get(k)) for k in ("correction", "entity", "text") if m.get(k)} \
                    and (start is None or sent.start_char <= start < sent.end_char):
                return m
        return None

    def _arguments(self, row: Row, p: _Processed, sent: Span) -> tuple[dict, dict, dict]:
        """The added fact's arguments in ``sent``: (slot -> the mention naming it, slot -> a name no mention
        names, slot -> the whole name where the run's mention spells only part of it)."""
        want, unseen, cut = {}, {}, {}
        for slot, labels in (("subject", ("PERSON", "ORG", "GPE", "OFFICE")),
                             ("object", ("PERSON", "OFFICE", "ORG", "GPE")), ("office", ("OFFICE",))):
            name = row.get(slot)
            if not name:
                continue
            span = self._argument(p, sent, name, labels)
            if span is None:
                unseen[slot] = name
            else:
                want[slot] = span
                whole = self._whole_name(sent, span, name)
                if whole is not None:
                    cut[slot] = whole
        return want, unseen, cut

    def _with_added_mentions(self, p: _Processed, rows: Sequence[Row]) -> _Processed | None:
        """A copy of the document ``p`` with the mentions that ``rows`` (added mention rows) add, named as they
        name them, and its facts found again: what the rerun sees once those rows are learned (as a correction
        in the document, or a pattern), so that a missed fact on such a mention teaches its rule in the same
        round instead of waiting for the next. None when a row's span is not in the text."""
        doc = self.nlp.make_doc(p.doc.text)  # a document of its own: the teacher's copy stays as the run has it
        doc._.published, doc._.doc_id = p.doc._.published, p.doc._.doc_id
        doc = self.nlp(doc)
        spans = list(doc.spans[L.MENTIONS]) if L.MENTIONS in doc.spans else []
        for m in rows:
            label = m.get("label").upper()
            found = self._locate(m, label)
            if found is None:
                return None
            span = doc.char_span(found[1].start_char, found[1].end_char, label=label, alignment_mode="expand")
            if span is None:
                return None
            name = m.get("correction") or m.get("entity") or span.text
            span._.entity_id, span._.entity = self._target(label, name)
            span._.rule = "added"
            spans.append(span)
        doc.spans[L.MENTIONS] = sorted(spans, key=lambda s: (s.start, -s.end, s.label_))
        engine = self.nlp.get_pipe("newsfacts_facts")
        doc._.facts = None
        doc = engine(doc)
        return _Processed(doc, L.token_keys(doc), L.fact_triggers(self.nlp, doc))

    def _argument(self, p: _Processed, sent: Span, name: str, labels: Sequence[str]) -> Span | None:
        """The mention of ``sent`` that names ``name`` (its entity or text, or another spelling of it)."""
        if not name:
            return None
        spans = [m for m in p.doc.spans[L.MENTIONS] if m.label_ in labels and sent.start <= m.start
                 and m.end <= sent.end] if L.MENTIONS in p.doc.spans else []
        for strict in (True, False):
            for m in spans:
                for have in {m._.entity or "", m.text} - {""}:
                    how = spelling_relation(name, have, m.label_, self.suffixes)
                    # a person may be named by a shorter spelling ("Ruiz"); any other name only as itself
                    if how and (how == "the same name") == strict and (strict or m.label_ == "PERSON"):
                        return m
        return None

    def _missed_fact(self, row: Row) -> None:
        """A fact the run missed: a new trigger word for a rule of its predicate (the word of its sentence
        that, given to that rule, finds exactly this fact), else the same with the rule's slots on the
        sides where this sentence has its arguments (a new frame). Written to ``learned/rules.jsonl``."""
        predicate = row.get("predicate")
        engine = self.nlp.get_pipe("newsfacts_facts") if "newsfacts_facts" in self.nlp.pipe_names else None
        bases = [r for r in engine.rules if r.predicate == predicate and r.words and not r.dependency
                 and L.RULES_FILE.as_posix() not in Path(r.source).as_posix()] if engine else []  # any folder's
        if not bases:
            self.skipped.append(f"{row.ref}: no rule of trigger words makes {predicate or 'that predicate'} facts; "
                                "a new kind of fact is a new rule in models/facts/*.yml")
            return
        p, sent = self.doc(row.get("doc_id")), self._added_sentence(row)
        if sent is None:
            self.skipped.append(f"{row.ref}: cannot tell the sentence of the missed fact (give its evidence)")
            return
        want, unseen, cut = self._arguments(row, p, sent)
        pending = {slot: self._added_mention_row(row.get("doc_id"), sent, name) for slot, name in unseen.items()}
        if unseen and all(pending.values()):  # the reviewer added each missing argument with m this round: teach
            with_added = self._with_added_mentions(p, list(pending.values()))  # the fact on the doc that has them
            if with_added is not None:
                p, sent = with_added, with_added.doc[sent.start:sent.end]
                want, unseen, cut = self._arguments(row, p, sent)
                if not unseen:
                    self.notes.append(f"{row.ref}: taught on its document with the mention(s) "
                                      f"{', '.join(m.ref for m in pending.values())} added this round")
        if cut:  # "Campo Elias Teran" taken as "Elias Teran": the mention is what the run got wrong
            for slot, whole in cut.items():
                self._implied_mention(row, p, whole, want[slot])
            return
        if unseen:
            offices = {slot: name for slot, name in unseen.items() if office_roles(self.roles, name)}
            if len(unseen) == 1 and offices:  # an office the run did not see: another word for a known role?
                (slot, name), = offices.items()
                self._office_alias(row, p, sent, slot, name, want)
                return
            slot, name = next(iter(unseen.items()))
            added = self._added_mention(row.get("doc_id"), sent, name)
            if added is not None:  # the reviewer added it: the rerun has it, and a rule may read the fact
                self.skipped.append(f"{row.ref}: its {slot} {name!r} is the mention {added} adds, learned with that "
                                    "row; no trigger is learned before the run has the mention")
                return
            self.skipped.append(f"{row.ref}: the {slot} {name!r} is no mention of its sentence; add the "
                                f"mention first (m), then the fact" + (
                                    "" if slot not in offices else " (or give the other arguments, so that the "
                                    "office's words can be learned)"))
            return
        if not want:
            self.skipped.append(f"{row.ref}: a missed fact needs at least its subject or object")
            return
        if any(self._finds(p.doc, f, predicate, want) for f in p.doc._.facts or ()):
            self.skipped.append(f"{row.ref}: the run finds this {predicate} now; nothing to learn")
            return
        taken = {w for r in engine.rules if r.predicate == predicate for w in r.words}
        busy = {i for m in (p.doc.spans[L.MENTIONS] if L.MENTIONS in p.doc.spans else ()) for i in range(m.start, m.end)}
        args = sorted(want.values(), key=lambda m: m.start)
        lo, hi = args[0].start, args[-1].end

        def distance(t) -> tuple:
            inside = lo <= t.i < hi
            return (not inside, min(abs(t.i - m.start) for m in args), t.i)

        parsed = engine.syntax.parse(sent) if engine.syntax is not None else None
        path = argument_path(parsed, [(m.start - sent.start, m.end - sent.start) for m in args]) \
            if parsed is not None else None
        if path is not None:
            own = sorted({t.text for i in path for t in (sent[i],) if t.lower_ in taken_words(taken)})
            if own:
                self.skipped.append(f"{row.ref}: the words that join its arguments hold a trigger of {predicate} "
                                    f"already ({', '.join(repr(w) for w in own)}): the rule misses this phrasing "
                                    "by its structure, not by a word, so no trigger is learned")
                return
        governing = argument_heads(parsed, [(m.start - sent.start, m.end - sent.start) for m in args]) \
            if path is not None else None
        words = sorted((t for t in sent if t.is_alpha and len(t) > 2 and not t.is_stop and t.i not in busy
                        and t.lower_ not in taken and (path is None or t.i - sent.start in path & governing)),
                       key=distance)
        if path is not None and not words:
            self.skipped.append(f"{row.ref}: no word joins its arguments in the parse of its sentence (a title, "
                                "an apposition or a list), or none that governs one of them ('X's campaign "
                                "*called* ...' is said by the campaign): no trigger to learn")
            return
        names = story_words(p.doc)
        others: dict[str, str] = {}
        for r in sorted(engine.rules, key=lambda r: r.id):
            if r.predicate != predicate:
                for w in r.words:
                    if " " not in w:
                        others.setdefault(w.lower(), r.id)
        refused: dict[str, str] = {}
        for token in words:
            pos, dep = (parsed[token.i - sent.start].pos_, parsed[token.i - sent.start].dep_) if parsed is not None \
                else ("", "")
            for base in bases:
                problem = trigger_problem(token, pos, self._rule_classes(base), names, f"rule {base.id}", others, dep) \
                    if parsed is not None else "no parser to tell its part of speech"
                if not problem and self.specificity is not None:
                    problem = self.specificity.problem(token.lower_, predicate)
                if problem:
                    refused.setdefault(token.text, problem)
                    continue
                for frame in (False, True):
                    rec = {"rule": base.id, "words": [token.lower_]}
                    if frame:  # the function words after the trigger up to the next mention belong to the frame
                        glue = [t.lower_ for t in itertools.takewhile(
                            lambda t: t.is_stop and t.is_alpha and t.i not in busy, p.doc[token.i + 1:sent.end])]
                        if 0 < len(glue) <= FRAME_GLUE:
                            rec["words"] = [" ".join([token.lower_, *glue])]
                        rec["slots"] = {slot: {"side": "left" if span.end <= token.i else "right",
                                               "window": max(abs(token.i - span.start), abs(span.end - token.i)) + 1}
                                        for slot, span in want.items() if slot in base.slots}
                    rec["id"] = f"learned.{base.id}.{slug(token.lower_)}" + (f".{record_hash(rec)}" if frame else "")
                    if self._reproduces(p.doc, rec, engine, predicate, want):
                        how = (f"a new frame: rule {base.id} with trigger {rec['words'][0]!r}, its "
                               + ", ".join(f"{k} {v['side']}" for k, v in rec["slots"].items())) if frame else \
                            f"a new trigger {token.lower_!r} for rule {base.id}"
                        self.changes.append(Change(L.RULES_FILE, rec, f"rule {rec['id']}: {how}", [row.ref]))
                        return
        shown = "; ".join(f"{w!r}: {why}" for w, why in itertools.islice(refused.items(), REFUSED_SHOWN))
        others = sorted(r.id for r in engine.rules if r.predicate == predicate and not r.words)
        self.skipped.append(f"{row.ref}: no word of its sentence, given to a rule of {predicate}, finds this fact "
                            "(a missed fact whose arguments the run does not link is a mention or office to add"
                            + (f"; a phrasing of {', '.join(others)}, rules of no trigger words, is not learned"
                               if others else "") + ")" + (f"; never a trigger: {shown}" if shown else ""))

    def _rule_classes(self, base) -> frozenset[str]:
        """The classes of trigger (verb, noun) rule ``base`` learns, once per rule: those of at least
        :data:`RULE_CLASS_SHARE` of its trigger matches in the reviewed documents, as the parser tags them
        there; when they hold fewer than :data:`MIN_TRIGGER_USES`, :func:`rule_classes` of its word list."""
        if base.id not in self._classes:
            engine = self.nlp.get_pipe("newsfacts_facts")
            counts: dict[str, int] = {}
            if engine.syntax is not None:
                for doc_id in sorted({r.get("doc_id") for r in (*self.review.facts, *self.review.mentions)
                                      if looked_at(r) or r.added}):
                    p = self.doc(doc_id)
                    for s, e in (p.triggers.get(base.id, ()) if p is not None else ()):
                        sent = p.doc[s:e].sent
                        cls = phrase_class(engine.syntax.parse(sent)[s - sent.start:e - sent.start])
                        counts[cls] = counts.get(cls, 0) + 1
            uses = sum(counts.values())
            self._classes[base.id] = frozenset(c for c, n in counts.items() if c and n >= RULE_CLASS_SHARE * uses) \
                if uses >= MIN_TRIGGER_USES else rule_classes(self.nlp, engine.syntax, base.words)
        return self._classes[base.id]

    @staticmethod
    def _whole_name(sent: Span, span: Span, name: str) -> Span | None:
        """The words of ``sent`` that spell the added fact's argument ``name`` when the run's mention ``span``
        bound to it (:meth:`_argument`) is only a part of them ("Elias Teran" of "Campo Elias Teran"), else None."""
        if span.label_ not in STORY_NAME_LABELS or fold(span.text) == fold(name):
            return None
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sent.text):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if start <= span.start_char and span.end_char <= end and (start, end) != (span.start_char, span.end_char):
                return sent.doc.char_span(start, end, label=span.label_, alignment_mode="expand")
        return None

    def _implied_mention(self, row: Row, p: _Processed, whole: Span, part: Span) -> None:
        """An added fact whose argument the run's mention ``part`` only partly spells: the whole name
        (``whole``) is a missed mention, taught as an added mention row is (a cue pattern when one is
        induced, else the mention in its document), named as the fact row spells it; the run's rule for the
        fact's phrasing then finds it (learning a trigger would not: a rule found the fact on the part)."""
        label = part.label_
        self.notes.append(f"{row.ref}: its {label} {whole.text!r} is a missed mention (the run took "
                          f"{part.text!r}); learned as an added mention, not as a new trigger")
        if self._pattern(row, label, found=(p, whole)) or label not in ("PERSON", "GPE", "ORG"):
            return
        known = self.kb.lookup(label, whole.text)
        self._correct(row, (p, whole), label, *((known[0].id, known[0].name) if known else
                                                self._target(label, whole.text)))

    def _office_alias(self, row: Row, p: _Processed, sent: Span, slot: str, name: str, want: dict[str, Span]) -> None:
        """A missed fact whose office (``slot``, named ``name``) is no mention: find the words of its sentence
        that name it, as another noun of the role whose offices are named like ``name`` ("burgomaster" for
        the role of "Mayor of Springfield"), tried by a run of the document with the noun added; the first
        with which the run finds this very fact (the office of that name in the sentence, and the fact on
        it) is proposed (``learned/roles.jsonl``), scored like every change. Words already a form of some
        role, and words of a name, date or figure, are never tried."""
        def finds_fact(doc: Doc, office: Span) -> bool:
            found = {k: next((m for m in doc.spans[L.MENTIONS] if (m.start_char, m.end_char, m.label_) ==
                              (v.start_char, v.end_char, v.label_)), None) for k, v in want.items()}
            found[slot] = office
            # An office of that name alone is not enough: "arrested" before "in Springfield" makes one too.
            return all(found.values()) and any(self._finds(doc, f, row.get("predicate"), found)
                                               for f in doc._.facts or ())

        failed = self._role_noun(row, p, sent, name, list(want.values()), finds_fact)
        if failed is not None:
            roles, tried = failed
            self.skipped.append(f"{row.ref}: no word of its sentence, as another noun of {roles}, names the office "
                                f"{name!r} so that the run finds this {row.get('predicate')} ({tried})")

    def _role_noun(self, row: Row, p: _Processed, within: Span, name: str, args: Sequence[Span],
                   accept: Callable[[Doc, Span], bool]) -> tuple[str, str] | None:
        """Propose the first run of words of ``within`` that, as another noun of a role whose offices are named
        like ``name``, makes the run name an office ``name`` there that ``accept`` (the probe's document, that
        office) takes (``learned/roles.jsonl``); None when one is proposed, else the roles and what was tried
        (for the skip message)."""
        roles = office_roles(self.roles, name)
        engine = self.nlp.get_pipe("newsfacts_facts") if "newsfacts_facts" in self.nlp.pipe_names else None
        sent = within.sent
        parsed = engine.syntax.parse(sent) if engine is not None and engine.syntax is not None else None
        pos = (lambda t: parsed[t.i - sent.start].pos_) if parsed is not None else None  # noqa: E731
        candidates = role_candidates(p.doc, within, name, args, self.role_forms, pos)
        probes = [(noun, role) for noun in candidates for role in roles][:MAX_ROLE_PROBES]
        conflicts = []
        for noun, role in probes:
            conflict = role_noun_conflict(noun, role.id, self.role_of)
            if conflict:
                conflicts.append(conflict)
                continue
            rec = {"id": f"learned.{role.id}.{slug(noun)}", "role": role.id, "nouns": [noun]}
            doc = self._probe_roles(p.doc, rec)
            if doc is None:
                continue
            office = next((m for m in doc.spans[L.MENTIONS] if m.label_ == "OFFICE"
                           and within.start_char <= m.end_char and m.start_char <= within.end_char
                           and sent.start_char <= m.start_char and m.end_char <= sent.end_char
                           and fold(m._.entity or m.text) == fold(name)), None)
            if office is not None and accept(doc, office):
                self.changes.append(Change(L.ROLES_FILE, rec, f"role noun {noun!r} for {role.id} (names {name!r} "
                                           "here)", [row.ref]))
                self.role_of.setdefault(" ".join(noun.lower().split()), role.id)
                return None
        tried = ", ".join(repr(n) for n in dict.fromkeys(n for n, _ in probes)) or "none"
        return (", ".join(r.id for r in roles) or "no known role",
                f"tried {tried}" + (f"; refused: {'; '.join(dict.fromkeys(conflicts))}" if conflicts else ""))

    def _probe_roles(self, doc: Doc, rec: dict) -> Doc | None:
        """The document run again by a pipeline whose roles include the learned role record ``rec``
        (a copy of the models with it written); None when that copy does not load (the noun is taken)."""
        import pipeline
        from ..nlp.resources import load_resources

        folder = self.models_dir.parent / f"probe-{record_hash(rec)}"
        if not folder.exists():
            shutil.copytree(self.models_dir, folder, ignore=shutil.ignore_patterns("__pycache__"))
            records = read_records(folder / L.ROLES_FILE)
            records[rec["id"]] = rec
            (folder / L.ROLES_FILE).parent.mkdir(parents=True, exist_ok=True)
            (folder / L.ROLES_FILE).write_text(render(records), encoding="utf-8")
        try:
            nlp = self.pipelines.get(folder).nlp if self.pipelines is not None else pipeline.load(folder)
        except NewsfactsError:
            return None
        finally:
            L.load_learned.cache_clear()
            load_resources.cache_clear()
        again = nlp.make_doc(doc.text)
        again._.published, again._.doc_id = doc._.published, doc._.doc_id
        return nlp(again)

    @staticmethod
    def _finds(doc: Doc, f, predicate: str, want: dict[str, Span]) -> bool:
        if f.predicate != predicate:
            return False
        for slot, span in want.items():
            got = getattr(f, slot) or (f.object if slot == "office" else None)
            if got is None or (got.start, got.end) != (span.start, span.end) and \
                    fold(got._.entity or got.text) != fold(span._.entity or span.text):
                return False
        return True

    def _reproduces(self, doc: Doc, rec: dict, engine, predicate: str, want: dict[str, Span]) -> bool:
        """Whether the learned rule ``rec`` alone finds the wanted fact in ``doc``."""
        from ..nlp.rules import learned_rule

        try:
            rule = learned_rule(rec, "candidate", engine.by_id)
        except NewsfactsError:
            return False
        probe = engine_with(self.nlp, engine, [rule])
        kept = doc._.facts
        try:
            return any(self._finds(doc, f, predicate, want) for f in probe(doc)._.facts or ())
        finally:
            doc._.facts = kept

    # -- names ----------------------------------------------------------------------
    def _target(self, label: str, name: str) -> tuple[str, str]:
        """The id and name of the entity ``name`` names: the KB's, else the id a run derives for it."""
        targets = self.kb.lookup(label, name)
        return (targets[0].id, targets[0].name) if targets else (entity_id(label, name), name)

    def _correct(self, row: Row, found: tuple[_Processed, Span] | None, label: str, entity: str, name: str,
                 why: str = "") -> None:
        """Fix the reviewed row in its document only: a record in ``learned/corrections.jsonl``."""
        if found is None:
            self.skipped.append(f"{row.ref}: the current models no longer produce this row; nothing to correct")
            return
        p, span = found
        if span._.entity_id == entity and span._.entity == name:
            self.skipped.append(f"{row.ref}: {span.text!r} already names {name!r} here; nothing to learn")
            return
        rec = {"doc": p.doc._.doc_id, "start": span.start_char, "end": span.end_char, "label": label,
               "text": span.text, "entity": entity, "name": name}
        rec["id"] = f"correction.{label.lower()}.{record_hash(rec)}"
        self.changes.append(Change(L.CORRECTIONS_FILE, rec, f"correction in {rec['doc']} only: {label} "
                                   f"{span.text!r} is {name!r} ({entity}){why}", [row.ref]))

    def _name(self, row: Row, label: str, wrong: list[str], correction: str,
              found: tuple[_Processed, Span] | None) -> None:
        """The spellings in ``wrong`` name ``correction``: fixed in the row's document, or - marked
        general, and only for another spelling of the same name that names no other entity - an alias."""
        problem = self._name_problem(correction) or next(
            (self._name_problem(w) for w in wrong if w and self._name_problem(w)), "")
        if problem:
            self.rejected.append(f"{row.ref}: {problem}")
            return
        entity, name = self._target(label, correction)
        if not row.general:
            self._correct(row, found, label, entity, name)
            return
        aliases = []
        for w in sorted({w for w in wrong if w and w != correction}):
            if not spelling_relation(w, correction, label, self.suffixes):
                self._correct(row, found, label, entity, name, f" (general refused: {w!r} is not another "
                              f"spelling of {correction!r}; an alias is learned only for the same name)")
                return
            other = sorted({e.id for e in self.kb.lookup(label, w)} - {entity})
            if other:
                self._correct(row, found, label, entity, name, f" (general refused: {w!r} already names "
                              f"{other[0]}; an alias is never moved)")
                return
            if label != "PERSON" or len(w.split()) >= 2:
                aliases.append(w)
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
        found = self._mention_span(row, label)
        self._mention_exception(row, label, scoped=not row.general)
        if new in ("PERSON", "GPE", "ORG"):
            text = row.get("text")
            if self._name_problem(text):
                self.rejected.append(f"{row.ref}: {self._name_problem(text)}")
                return
            if not row.general:
                entity, name = self._target(new, text)
                self._correct(row, found, new, entity, name)
                return
            self.changes.append(Change(L.KB_FILE, {"id": entity_id(new, text), "label": new, "name": text,
                                                   "aliases": []}, f"KB {new} {text!r}", [row.ref]))

    # -- exceptions ---------------------------------------------------------------------
    def _row_name(self, doc_id: str, key: tuple, kind: str) -> str:
        """The reviewed CSV row of a kept row, named for the reviewer."""
        row = self._fact_rows.get((doc_id, key)) if kind == "fact" else self._mention_rows.get(key)
        if row is None:
            return f"{doc_id} (a {kind} not in the reviewed {kind}s.csv)"
        return f"{row.ref} ({'marked ok' if row.verdict == 'ok' else 'unmarked'})"

    def _kept_signatures(self, kind: str) -> list[tuple[L.Signature, str]]:
        """Signatures of every row of the reviewed run the reviewer did not mark wrong, each with the
        row it comes from (an unmarked row counts as kept, and is named whenever that blocks a change)."""
        out = []
        for doc_id in self.review.documents:
            p = self.doc(doc_id)
            if kind == "fact":
                for f in p.doc._.facts or ():
                    key = self._fact_key(p.doc, f)
                    if (doc_id, key) not in self.wrong_facts:
                        out.append((self._fact_signature(p, f), self._row_name(doc_id, key, "fact")))
            else:
                for m in p.doc.spans[L.MENTIONS] if L.MENTIONS in p.doc.spans else ():
                    key = (doc_id, m.label_, m.start_char, m.end_char)
                    if key not in self.wrong_mentions:
                        out.append((L.mention_signature(p.doc, m, p.keys), self._row_name(doc_id, key, "mention")))
        return out

    def _forms(self, row: Row, sig: L.Signature, kind: str, ladder: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
        """The forms of the exception for ``sig``, widest first, that spare every kept row of the reviewed
        run; the rows that rule a form out are named in ``skipped``."""
        if kind not in self._kept:
            self._kept[kind] = self._kept_signatures(kind)
        kept = self._kept[kind]
        what = {"predicate": sig.what} if kind == "fact" else {"label": sig.what}
        base = {"kind": kind, "rule": sig.rule, **what, "anchor": list(sig.anchor),
                "before": list(sig.before), "after": list(sig.after)}
        forms, blocked = [], []
        for name, extra in ladder:
            rec = {**base, **extra}
            exc = L.parse_exception({"id": "probe", **{k: v for k, v in rec.items() if v not in ([], None)}}, "probe")
            hits = sorted({label for k, label in kept if exc.matches(k)})
            if hits:
                blocked.append(f"{name} would also drop {', '.join(hits[:3])}"
                               + (f" and {len(hits) - 3} more" if len(hits) > 3 else ""))
                continue
            rec = {k: v for k, v in rec.items() if v not in ([], None)}
            rec["id"] = f"{kind}.{sig.rule}.{record_hash(rec)}"
            forms.append((name, rec))
        if blocked and forms:
            self.narrowed.append(f"{row.ref}: the {'; the '.join(blocked)} (mark a row wrong to drop it too)")
        elif blocked:
            self.skipped.append(f"{row.ref}: not learned: the {'; the '.join(blocked)} "
                                "(mark a row wrong to drop it too, or ok to keep it)")
        return forms

    def _exception(self, row: Row, forms: list[tuple[str, dict]], summary: Callable[[str, dict], str]) -> None:
        if forms:
            (name, rec), rest = forms[0], forms[1:]
            self.changes.append(Change(L.EXCEPTIONS_FILE, rec, summary(name, rec), [row.ref],
                                       narrower=[(summary(n, r), r) for n, r in rest]))

    def _fact_signature(self, p: _Processed, f) -> L.Signature:
        return L.fact_signature(p.doc, f, L.trigger_of(f, p.triggers), p.keys, nlp=self.nlp, kb=self.kb)

    def _wrong_signatures(self) -> list[L.Signature]:
        """Signatures of the facts reviewers marked wrong (what a form of an exception may fix)."""
        if self._wrong is None:
            self._wrong = [self._fact_signature(*found) for row in self.review.facts
                           if row.verdict == "wrong" and not row.get("correction") and not row.added
                           for found in [self._find_fact(row)] if found]
        return self._wrong

    def _fact_exception(self, row: Row) -> None:
        found = self._find_fact(row)
        if not found:
            self.skipped.append(f"{row.ref}: the current models no longer produce this fact; nothing to learn")
            return
        p, f = found
        sig = self._fact_signature(p, f)
        entities = {"subject": sig.subject, "object": sig.object}
        bare = {"anchor": [], "before": [], "after": []}
        widest: list[tuple[str, dict]] = []
        if self.judged:  # constructions and argument types: general enough to need the tuning gold's judgement
            if sig.construction:
                widest.append((f"{sig.construction} construction", {**bare, "construction": sig.construction}))
            widest += [(f"{slot} type", {**bare, f"{slot}_type": kind})
                       for slot, kind in (("subject", sig.subject_type), ("object", sig.object_type))]
        types = (("subject", sig.subject_type), ("object", sig.object_type))
        anchored = [(f"trigger with its {slot} type", {"before": [], "after": [], f"{slot}_type": kind})
                    for slot, kind in types] if self.judged and sig.anchor else []
        # The trigger's word family with an argument type: "is elected" taught for "was elected" and "elects"
        # too, where the wording alone would fix its own example only; tried when it is wider than the wording.
        family = [(f"trigger's word family with its {slot} type", {**bare, "stem": list(sig.stem), f"{slot}_type": kind})
                  for slot, kind in types] if self.judged and sig.stem and sig.stem != sig.anchor else []
        ladder = widest + ([("cue form", {**bare, "cue": sig.cue})] if sig.cue else []) + family + anchored + [
            ("wording", {}), ("wording with its entities", entities),
            ("wording in its document", {**entities, "doc": sig.doc})]

        def summary(name: str, rec: dict) -> str:
            if "construction" in rec:
                where = f"a trigger under a {rec['construction']} verb"
            elif "cue" in rec:
                where = f"a phrase headed by {rec['cue']!r} after its trigger"
            elif rec.get("stem"):
                where = f"any form of {' '.join(rec['stem'])!r}"
            elif rec.get("anchor"):
                where = repr(" ".join(rec["anchor"]))
            else:
                where = "any trigger"
            types = "".join(f" whose {k[:-5]} is {'missing' if v == L.NO_ARGUMENT else v}"
                            for k, v in rec.items() if k.endswith("_type"))
            scope = f", in {rec['doc']} only" if "doc" in rec else ""
            return (f"exception ({name}): {row.get('rule')} must not emit {row.get('predicate')}{types} at "
                    f"{where}{scope}")

        forms = self._forms(row, sig, "fact", ladder)
        # Rank by the rejections each form fixes on the reviewed material (a form never drops a kept row);
        # the order above breaks ties, widest first.
        wrong = self._wrong_signatures()
        fixed = [sum(L.parse_exception(rec, "probe").matches(w) for w in wrong) for _, rec in forms]
        ranked = [form for _, _, form in sorted(zip((-n for n in fixed), range(len(forms)), forms))]
        self._exception(row, ranked, summary)

    def _mention_span(self, row: Row, label: str) -> tuple[_Processed, Span] | None:
        p = self.doc(row.get("doc_id"))
        if p is None:
            return None
        start, end = int_cell(row.get("start")), int_cell(row.get("end"))
        for m in p.doc.spans[L.MENTIONS] if L.MENTIONS in p.doc.spans else ():
            if m.label_ == label and (m.start_char, m.end_char) == (start, end):
                return p, m
        return None

    def _mention_exception(self, row: Row, label: str, *, scoped: bool = False) -> None:
        found = self._mention_span(row, label)
        if found is None:
            self.skipped.append(f"{row.ref}: the current models no longer produce this mention; nothing to learn")
            return
        p, m = found
        sig = L.mention_signature(p.doc, m, p.keys)
        # "non-name": this text is never this label by this rule, in any context (a non_names entry).
        non_name = ("non-name", {"text": sig.text, "before": [], "after": []})
        ladder = [("wording", {}), ("wording with its text", {"text": sig.text})]
        if NAME_LOOKUP.match(sig.rule):  # a name found by lookup is wrong for what it says, not its context
            ladder = ladder[1:]
        elif WEAK_RULE.match(sig.rule):  # a name shape that took a non-name: that text is never a name so
            ladder.insert(0, non_name)
        else:
            ladder.insert(1, non_name)
        ladder = [] if scoped else ladder
        ladder.append(("text in its document", {"text": sig.text, "doc": sig.doc}))

        def summary(name: str, rec: dict) -> str:
            scope = f", in {rec['doc']} only" if "doc" in rec else ""
            where = " in any context" if "text" in rec and "before" not in rec and "after" not in rec \
                else " in this context"
            return f"exception ({name}): {sig.rule} must not make {label} {m.text!r}{where}{scope}"

        self._exception(row, self._forms(row, sig, "mention", ladder), summary)

    # -- patterns ----------------------------------------------------------------------
    def _locate(self, row: Row, label: str) -> tuple[_Processed, Span] | None:
        p = self.doc(row.get("doc_id"))
        text = row.get("text")
        if p is None or not text:
            return None
        start, end = int_cell(row.get("start")), int_cell(row.get("end"))
        doc_text = p.doc.text
        if start is None or end is None or doc_text[start:end] != text:
            m = re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc_text)
            if m is None:
                return None
            start, end = m.span()
        span = p.doc.char_span(start, end, label=label, alignment_mode="expand")
        return (p, span) if span is not None else None

    def _known_spelling(self, p: _Processed, label: str, text: str) -> tuple[str, str] | None:
        """(id, name) of the entity of the document (else the KB) that ``text`` is another spelling of:
        the same name first, then an abbreviation or a shorter spelling."""
        named = sorted({(m._.entity_id, m._.entity) for m in (p.doc.spans[L.MENTIONS] if L.MENTIONS in p.doc.spans
                                                               else ()) if m.label_ == label and m._.entity_id})
        for strict in (True, False):
            for eid, name in named:
                how = spelling_relation(text, name or "", label, self.suffixes)
                if how and (how == "the same name") == strict:
                    return eid, name
        hits = self.kb.lookup(label, text)
        return (hits[0].id, hits[0].name) if hits else None

    def _missed(self, row: Row, label: str) -> None:
        if label == "OFFICE":
            self._missed_office(row)
            return
        if label not in L.PATTERN_LABELS:
            self.skipped.append(f"{row.ref}: a missed {label} is not learned (dates are a grammar: "
                                "pipeline/nlp/components/dates.py and models/lexicons)")
            return
        found = self._locate(row, label)
        if found is None:
            self.skipped.append(f"{row.ref}: {row.get('text')!r} is not in the document's text")
            return
        if self._pattern(row, label, found=found) or label not in ("PERSON", "GPE", "ORG"):
            return
        p, span = found
        given = row.get("correction") or row.get("entity")
        if given and self._name_problem(given):
            self.rejected.append(f"{row.ref}: {self._name_problem(given)}")
            return
        known = self._known_spelling(p, label, given or span.text)
        if known is None:  # a name nobody spelled before: an all-capitals spelling is not its name
            name = given or (span.text.title() if span.text.isupper() and len(span.text) > MAX_ABBREVIATION
                             else span.text)
            known = self._target(label, name)
        if not row.general:
            self._correct(row, found, label, *known)
            return
        entity, name = known
        aliases = [span.text] if span.text != name else []  # "ZANDOR PEKKALA": the KB matches as written
        if self.kb.get(entity) is not None:
            if aliases:
                self._name(row, label, aliases, name, found)
            else:
                self.skipped.append(f"{row.ref}: {span.text!r} is already how the KB spells {entity}; "
                                    "nothing general to learn")
            return
        self.changes.append(Change(L.KB_FILE, {"id": entity, "label": label, "name": name, "aliases": aliases},
                                   f"KB {label} {name!r} aliases {aliases}", [row.ref]))

    def _missed_office(self, row: Row) -> None:
        """A missed office: marked general, another noun of a known role when the run, with the noun added,
        names this very office there (:meth:`_role_noun`); else the office in its document only (a
        correction), named as the row names it."""
        found = self._locate(row, "OFFICE")
        if found is None:
            self.skipped.append(f"{row.ref}: {row.get('text')!r} is not in the document's text")
            return
        p, span = found
        name = row.get("correction") or row.get("entity") or span.text
        if self._name_problem(name):
            self.rejected.append(f"{row.ref}: {self._name_problem(name)}")
            return
        why = ""
        if row.general:
            failed = self._role_noun(row, p, span, name, [], lambda doc, office: True)
            if failed is None:
                return
            why = f" (general refused: no word of it, as another noun of {failed[0]}, names {name!r} here; {failed[1]})"
        self._correct(row, found, "OFFICE", *self._target("OFFICE", name), why)

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
        rec["id"] = f"learned.{label.lower()}.{record_hash(rec)}"
        words = " ".join(json.dumps(t, sort_keys=True) for t in pattern)
        self.changes.append(Change(L.PATTERNS_FILE, rec, f"pattern {rec['id']}: {words}", [row.ref]))
        return True


#: Runs of a document (each a pipeline load) tried per missed fact whose office is no mention: every
#: candidate word (:func:`role_candidates`) with every role its office could be (:func:`office_roles`).
MAX_ROLE_PROBES = 8
#: Words refused as triggers that a skipped missed fact's message names, with why.
REFUSED_SHOWN = 4
#: Function words after a trigger a learned frame may take into its trigger ("thrashed *by*").
FRAME_GLUE = 2


# --------------------------------------------------------------------------- the gate


#: Gold files learn never learns from (their documents' rows are rejected): the frozen test splits, and
#: the news outside elections the gate scores.
HELD_OUT_GOLD = ("dev_test.jsonl", "pool8_test.jsonl", "off_topic.jsonl")
#: Gold files the gate scores and whose documents judge each change's collateral (:class:`Judge`): the
#: tuning split, the seed, the news outside elections. dev_test is not one: it is never chosen with.
GATE_GOLD = ("dev_tune.jsonl", "seed_gold.jsonl", "off_topic.jsonl")
#: Every gold file of the project (what ``train`` reads by default).
DEFAULT_GOLD_GLOB = "tests/gold/*.jsonl"

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


#: The two tables the scorer reads (:func:`pipeline.tools.evaluate.evaluate`): the gate merges them.
SCORED_TABLES = ("mentions.csv", "facts.csv")


def _run_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    import csv

    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


class Gate:
    """The gate's scores on its gold files. The base models' run of each file is kept; a candidate
    reruns only the documents its changes may touch (``touches``, :meth:`Collateral.may_touch`) and
    takes the base run's rows for the others: the scores of a run of every document, since the scorer
    reads each document's rows alone and a document no change touches comes out the same."""

    def __init__(self, gold: Sequence[Path], work: Path, base: Path, nlp: Language):
        self.gold, self.work = list(gold), work
        self.inputs = {g: gold_input(g, work) for g in self.gold}
        self.docs = {g: [(gold_doc_id(d), d["text"], d.get("published") or "") for d in load_gold(g)[1]]
                     for g in self.gold}
        self.runs: dict[Path, Path] = {}
        self.reran: dict[str, int] = {}  # documents of each gold file the last score ran again
        self.before: Scores = {}
        for g in self.gold:
            self.runs[g] = self._run(g, base, nlp, self.inputs[g])
            self.before.update(self._scores(g, self.runs[g]))

    def _run(self, g: Path, models_dir: Path, nlp: Language, inputs: Path) -> Path:
        from ..runner.engine import RunOptions
        from ..runner.engine import run as run_engine
        from ..settings import Settings

        run_dir = Path(tempfile.mkdtemp(prefix="run-", dir=self.work))
        run_engine(RunOptions(inputs=[str(inputs)], out_dir=run_dir, settings=Settings(models=models_dir)), nlp)
        return run_dir

    @staticmethod
    def _scores(g: Path, run_dir: Path) -> Scores:
        report = evaluate(g, run_dir)
        if report.off_topic:  # no election fact is right there: the rate of them is the score
            return {(g.name, OFF_TOPIC_AREA): report.election_facts_per_100()}
        return {(g.name, area): report.f1(area) for area in AREAS}

    def score(self, models_dir: Path, nlp: Language,
              touches: Callable[[str, str, str], bool] | None = None) -> Scores:
        """F1 per (gold file, area) of the pipeline ``nlp`` built from ``models_dir``; ``touches(id, text,
        published)`` says which documents it may read otherwise than the base (None: all)."""
        import csv

        out: Scores = {}
        for g in self.gold:
            rerun = [d for d in self.docs[g] if touches is None or touches(*d)]
            self.reran[g.name] = len(rerun)
            if touches is None:
                run_dir = self._run(g, models_dir, nlp, self.inputs[g])
            else:
                ids = {d[0] for d in rerun}
                run_dir = Path(tempfile.mkdtemp(prefix="merged-", dir=self.work))
                part = None
                if rerun:
                    subset = run_dir / "input.jsonl"
                    subset.write_text("".join(json.dumps({"id": i, "text": t, **({"published": p} if p else {})},
                                                         ensure_ascii=False) + "\n" for i, t, p in rerun),
                                      encoding="utf-8")
                    part = self._run(g, models_dir, nlp, subset)
                for table in SCORED_TABLES:
                    header, rows = _run_rows(self.runs[g] / table)
                    at = header.index("doc_id")
                    rows = [r for r in rows if r[at] not in ids] + (_run_rows(part / table)[1] if part else [])
                    with (run_dir / table).open("w", encoding="utf-8", newline="") as f:
                        csv.writer(f).writerows([header, *rows])
                if part:
                    shutil.rmtree(part, ignore_errors=True)
            out.update(self._scores(g, run_dir))
            shutil.rmtree(run_dir, ignore_errors=True)
        return out


#: The off-topic gold's score: election facts per 100 documents (lower is better).
OFF_TOPIC_AREA = "facts/100"


def _worse(area: str, before: float, after: float) -> bool:
    return after > before + EPSILON if area == OFF_TOPIC_AREA else after < before - EPSILON


def lowered(before: Scores, after: Scores) -> list[str]:
    return [f"{g} {a} {before[(g, a)]:.3f}->{after[(g, a)]:.3f}" for g, a in before
            if _worse(a, before[(g, a)], after[(g, a)])]


def format_table(before: Scores, after: Scores) -> str:
    lines = [f"{'gold':<22} {'area':<9} {'before':>7} {'after':>7} {'delta':>7}"]
    for g, a in before:
        d = after[(g, a)] - before[(g, a)]
        mark = "" if abs(d) < EPSILON else ("  LOWER" if _worse(a, before[(g, a)], after[(g, a)]) else "  +")
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
    notices: list[str] = field(default_factory=list)
    narrowed: list[str] = field(default_factory=list)  # a wider form would drop a kept row (named)
    collateral: list[str] = field(default_factory=list)  # what each change tried does to unreviewed rows
    before: Scores = field(default_factory=dict)
    after: Scores = field(default_factory=dict)
    diff: str = ""
    written: list[Path] = field(default_factory=list)
    dry_run: bool = False

    def table(self) -> str:
        return format_table(self.before, self.after) if self.before else "(no gold files: nothing scored)"

    def format(self) -> str:
        out = [f"notice    {n}" for n in self.notices] + [self.table(), ""]
        out += [f"effect    {c}" for c in self.collateral]
        out += [f"accepted  {c.summary}  <- {', '.join(c.taught_by)}" for c in self.accepted]
        out += [f"forced    {c.summary}  <- {', '.join(c.taught_by)}  ({why})" for c, why in self.forced]
        out += [f"refused   {c.summary}  <- {', '.join(c.taught_by)}  ({why})" for c, why in self.refused]
        out += [f"narrowed  {s}" for s in self.narrowed]
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
    program has none, and says to give ``--gold`` instead of skipping the gate silently. ``train``
    reads this list; learn's gate uses :func:`gate_gold`."""
    root = root or DEFAULT_MODELS.parent
    found = sorted(root.glob(DEFAULT_GOLD_GLOB))
    if not found:
        raise UsageError(f"no gold files at {root / DEFAULT_GOLD_GLOB} (not a checkout of the project): "
                         "give them with --gold FILE")
    return found


def gate_gold(root: Path | None = None) -> list[Path]:
    """The gold files learn's gate scores and judges collateral with (those present; none outside a
    checkout: give ``--gold``). Never ``dev_test.jsonl``: it is scored, never chosen with."""
    root = root or DEFAULT_MODELS.parent
    found = [p for p in (root / "tests" / "gold" / name for name in GATE_GOLD) if p.is_file()]
    if not found:
        raise UsageError(f"no gate gold files ({', '.join(GATE_GOLD)}) under {root / 'tests' / 'gold'} "
                         "(not a checkout of the project): give them with --gold FILE")
    return found


def held_out_texts(root: Path | None = None) -> dict[str, str]:
    """text key -> gold file name, for every document of a held-out gold file."""
    out = {}
    root = root or DEFAULT_MODELS.parent
    for path in (root / "tests" / "gold" / name for name in HELD_OUT_GOLD):
        if not path.is_file():
            continue
        for _, text, _ in gold_texts(path):
            out[text_key(text)] = path.name
    return out


def trigger_specificity(gold_files: Sequence[Path]) -> TriggerSpecificity | None:
    """Word rates of the gate's gold texts, read once per learn run: its off-topic gold (``off_topic`` in the
    header) and the others (election news, with the predicates of each document's gold facts); ``None``
    without election texts (no gate gold)."""
    election, off_topic = [], []
    for g in gold_files:
        header, docs = load_gold_file(g)
        for d in docs:
            if not isinstance(d.get("text"), str):
                continue
            if header.get("off_topic"):
                off_topic.append(d["text"])
            else:
                election.append((d["text"], {f.get("predicate") for f in d.get("facts") or () if isinstance(f, dict)}))
    return TriggerSpecificity(election, off_topic) if election else None


def _config_warnings(models_dir: Path) -> list[str]:
    import spacy

    config = spacy.util.load_config(models_dir / MODELS_CONFIG, interpolate=False)
    pipes = config["nlp"].get("pipeline", [])
    missing = [c for c in ("newsfacts_learned", "newsfacts_exceptions") if c not in pipes]
    if not missing:
        return []
    return [f"{models_dir / MODELS_CONFIG} does not run {', '.join(missing)}: learned exceptions, patterns "
            "and aliases have no effect until it does (KB entities do)"]


#: Rows a form with no trigger words (a construction, an argument type) must fix - reviewed, or judged by
#: the tuning gold - to be learned: one example alone never shows that every such fact is wrong.
MIN_BROAD_SUPPORT = 2


def _broad(record: dict) -> bool:
    """A fact exception that names no words: any trigger of its rule under a construction or with an
    argument type."""
    return record.get("kind") == "fact" and not record.get("anchor") and not record.get("stem") and \
        not record.get("cue") and any(
        record.get(k) for k in ("construction", "subject_type", "object_type"))


def _cheap(c: Change) -> bool:
    """A change whose every form is tried in a moment: a fact exception only refilters the base facts."""
    return c.file == L.EXCEPTIONS_FILE and c.record.get("kind") == "fact"


def bound(changes: Sequence[Change], collateral: Collateral, max_collateral: int, force: bool,
          report: LearnReport, say: Callable[[str], None]) -> list[Change]:
    """Each change in the form that fixes most (reviewed rows and rows the tuning gold judges, widest
    first on a tie) among those whose collateral is clean: no judged row made wrong, at most
    :meth:`Effect.limit` unreviewed rows altered. A fact exception's forms are all tried and ranked so;
    other changes take their widest clean form. A change with no clean form is refused (``force``:
    accepted in its widest form). Every form tried is listed."""
    kept: list[Change] = []
    tried: dict[str, Effect] = {}
    for c in changes:
        forms = [(c.summary, c.record)] + list(c.narrower)
        best: tuple[int, Change] | None = None
        for summary, record in forms:
            form = Change(c.file, record, summary, c.taught_by)
            key = f"{c.file}|{record.get('id')}"
            if key not in tried:  # two rows that teach the same record are tried once
                say(f"trying {summary}")
                tried[key] = collateral.effect(form)
            effect = tried[key]
            clean = effect.clean(max_collateral)
            unproven = clean and _broad(record) and effect.fixes < MIN_BROAD_SUPPORT
            clean = clean and not unproven
            note = "" if clean else (" (makes judged rows wrong)" if effect.losses else
                                     f" (fixes {effect.fixes} row(s): a form this wide needs "
                                     f"{MIN_BROAD_SUPPORT})" if unproven else
                                     f" (over the limit of {effect.limit(max_collateral)})")
            report.collateral.append(f"{summary}: {effect.describe()}{note}")
            if clean and (best is None or effect.fixes > best[0]):
                best = (effect.fixes, form)
            if clean and not _cheap(c):
                break
        if best is not None:
            kept.append(best[1])
        elif force:
            first = Change(c.file, c.record, c.summary, c.taught_by)
            widest = tried[f"{c.file}|{c.record.get('id')}"]
            report.forced.append((first, f"forced: alters {len(widest.unreviewed)} rows no reviewer looked at, "
                                         f"makes {len(widest.losses)} judged row(s) wrong"))
            kept.append(first)
        else:
            report.refused.append((c, "every form makes a row of the tuning gold wrong or alters more rows no "
                                      f"reviewer looked at than its limit ({max_collateral}, more for rows it "
                                      "makes right; see its effect; --max-collateral or --force to accept)"))
    return kept


@contextlib.contextmanager
def _forgetting_pipelines(folder: str) -> Iterator[None]:
    """On the way out, drop the pipelines this process built from the models copies in ``folder``."""
    from ..runner.engine import forget_pipelines

    try:
        yield
    finally:
        forget_pipelines(folder)


def learn(reviewed_dir: str | Path, *, gold: Sequence[str | Path] | None = None, models: str | Path = DEFAULT_MODELS,
          force: bool = False, dry_run: bool = False, pool: Sequence[str | Path] | None = None,
          sample: int = DEFAULT_SAMPLE, max_collateral: int = DEFAULT_MAX_COLLATERAL,
          progress: Callable[[str], None] | None = None) -> LearnReport:
    """Turn a reviewed run's verdicts into bounded, gated changes of ``models`` (see the module docstring).

    ``gold`` defaults to the gate's gold files (``tests/gold/dev_tune.jsonl``,
    ``seed_gold.jsonl``, ``off_topic.jsonl``; never dev_test): scored before and
    after, and judging the rows each change alters in their documents; pass
    ``[]`` to skip the gate (and the widest fact exceptions, which need a judge). ``pool`` (JSONL
    files) replaces the default documents changes are tried on (``sample``
    development documents and the off-topic gold's texts); ``[]`` tries them on
    the reviewed run only. ``dry_run`` computes everything and writes nothing
    (the report holds the diff).
    """
    say = progress or (lambda _msg: None)
    models = models_folder(models)
    if max_collateral < 0 or sample < 0:
        raise UsageError("--max-collateral and --sample must be 0 or more")
    gold_files = [Path(g) for g in (gate_gold() if gold is None else gold)]
    for g in gold_files:
        if not g.is_file():
            raise UsageError(f"--gold {g}: no such file")
    review = read_review(reviewed_dir)
    report = LearnReport(dry_run=dry_run, warnings=_config_warnings(models))
    if pool is None:
        pool_docs, report.notices = default_pool(sample)
    else:
        pool_docs = read_pool([Path(p) for p in pool])
    with tempfile.TemporaryDirectory(prefix="newsfacts-learn-") as tmp, _forgetting_pipelines(tmp):
        work = Path(tmp)
        base = work / "base"
        shutil.copytree(models, base, ignore=shutil.ignore_patterns(*COPY_IGNORE))
        say("reading the review")
        pipes = Pipelines(base)  # every pipeline of this call, each built once
        nlp = pipes.base.nlp
        teacher = Teacher(nlp, base, review, held_out_texts(), judged=bool(gold_files), pipelines=pipes,
                          specificity=trigger_specificity(gold_files))
        teacher.teach()
        report.skipped = teacher.skipped
        report.narrowed = teacher.narrowed
        report.rejected = teacher.rejected
        report.notices += teacher.notes

        folders: dict[str, Path] = {}

        def candidate(accepted: list[Change]) -> Path:
            """The base models with ``accepted`` written: one folder per distinct content, never changed
            after, so that a pipeline built from it is built once."""
            texts = new_texts(base, accepted)
            key = json.dumps(sorted((str(rel), new) for rel, (_, new) in texts.items()), ensure_ascii=False)
            if key not in folders:
                path = Path(tempfile.mkdtemp(prefix="cand-", dir=work))
                shutil.rmtree(path)
                shutil.copytree(base, path)
                write_texts(path, texts)
                folders[key] = path
            return folders[key]

        changes, invalid = loadable(merge_changes(teacher.changes), candidate, pipes)
        report.rejected += invalid
        if report.rejected and not changes:
            raise UsageError(f"no usable review row: {len(report.rejected)} rejected; the first: {report.rejected[0]}")
        collateral: Collateral | None = None
        if changes:
            seen = {text_key(t) for t, _ in review.documents.values()}
            docs = [(d, t, p) for d, (t, p) in review.documents.items()]
            ids = {d for d, _, _ in docs}
            judged = [(f"{g.stem}:{i}", t, p) for g in gold_files for i, t, p in gold_texts(g)]
            for i, t, p in judged + pool_docs:
                if text_key(t) not in seen:
                    seen.add(text_key(t))
                    docs.append((i if i not in ids else f"pool:{i}", t, p))
                    ids.add(docs[-1][0])
            say(f"trying {len(changes)} change(s) on {len(docs)} document(s)")
            collateral = Collateral(nlp, base, docs, teacher.reviewed_locators(), candidate, Judge(gold_files),
                                    pipes)
            changes = bound(changes, collateral, max_collateral, force, report, say)
        say(f"{len(changes)} candidate change(s); scoring {len(gold_files)} gold file(s)")
        gate = Gate(gold_files, work, base, nlp) if gold_files else None
        report.before = gate.before if gate else {}

        def gated(trial: list[Change]) -> Scores:
            """The gate's scores with ``trial`` written; only the documents a change may touch rerun."""
            touches = None if collateral is None else (
                lambda i, t, p: any(collateral.may_touch(c, i, t, p) for c in trial))
            folder = candidate(trial)
            return gate.score(folder, pipes.get(folder).nlp, touches)

        accepted: list[Change] = []
        current = report.before
        if changes and gate:
            after_all = gated(changes)
            drops = lowered(current, after_all)
            if not drops or force:
                accepted, current = list(changes), after_all
                if drops:
                    report.forced += [(c, "forced with the others: " + "; ".join(drops)) for c in changes]
            else:
                for c in changes:
                    say(f"scoring {c.summary}")
                    trial = gated(accepted + [c])
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
            problem = load_problem(candidate(accepted), pipes) if texts else ""
            if problem:  # loadable() checked every change: this is a bug, and nothing is written
                raise NewsfactsError(f"learn: the accepted changes would not load ({problem}); nothing written")
            report.written = write_texts(models, texts)
            from ..nlp.resources import load_resources

            # Both caches are keyed by folder: a pipeline loaded after this call must see the new files.
            L.load_learned.cache_clear()
            load_resources.cache_clear()
    return report
