"""What ``newsfacts learn`` taught the pipeline: the data formats, their loaders, and two components.

``learn`` (:mod:`pipeline.tools.learn`) turns reviewers' verdicts into records in
seven files under ``models/``; this module reads them and applies them to a
``Doc``. Every record has an ``id`` and says which review rows taught it
(``taught_by``), so ``git diff models/`` shows what changed and why.

``models/kb/learned.jsonl``
    New knowledge-base entities (a corrected or missed name the KB did not
    know), in the KB's own format; provenance in ``source`` and ``note``.
    The KB loader reads every ``kb/*.jsonl``, so nothing here applies them.
``models/learned/aliases.jsonl``
    ``{"id", "label", "alias", "entity", "taught_by"}``: another spelling of
    an entity defined in a KB file ``learn`` does not own (it never edits
    hand-written KB files). Applied by :class:`LearnedMentions`.
``models/learned/exceptions.jsonl``
    Rule-scoped exceptions: "rule R must not produce this kind of row when
    the context around its trigger reads so", or, generalised, "when the
    phrase after its trigger is headed by this cue word" (``cue``: "wins the
    Nobel Prize" and "won the Pulitzer Prize" share the cue ``prize``); an
    exception with ``doc`` applies in that document only. See :class:`RuleException`.
``models/learned/corrections.jsonl``
    ``{"id", "doc", "start", "end", "label", "text", "entity", "name"}``: the
    mention at those character offsets of that document is that entity (added
    when the run missed it). A reviewer's correction is one of these unless
    marked general: it fixes the reviewed row and nothing else. See :class:`LearnedCorrection`.
``models/learned/rules.jsonl``
    Fact rules induced from facts the run missed: a hand-written rule with
    new trigger words, and for a new frame other sides or windows for its
    slots (``{"id", "rule", "words", "slots"}``). Read by the fact rules'
    loader (:func:`pipeline.nlp.rules.learned_rule`), so the facts component
    applies them like any rule.
``models/learned/roles.jsonl``
    Another word for a hand-written role of ``lexicons/roles.jsonl``
    (``{"id", "role", "nouns"}``: "opposition leader" for the opposition
    leader's role), learned from a missed fact whose office the run did not
    see. Read with the roles by :func:`pipeline.nlp.resources.with_learned_roles`,
    so every component that reads roles sees it.
``models/patterns/learned.jsonl``
    Token patterns induced from missed or confirmed mentions, spaCy
    ``Matcher`` patterns with ``focus`` (the tokens that are the mention;
    the others are context) and ``unit`` for figures. See :class:`LearnedPattern`.

Two spaCy components apply them (``models/config.cfg``):

* ``newsfacts_learned`` after ``newsfacts_linker``: adds mentions from the
  learned patterns and aliases, drops mentions an exception names, re-runs
  the linker when the mentions changed, and links learned aliases;
* ``newsfacts_exceptions`` after ``newsfacts_facts``: drops the facts an
  exception names.

Context is written as *keys*: a token outside every mention is its
lower-case text, a mention is ``<LABEL>`` once (``["<PERSON>", "has",
"filed"]``), so an exception taught by one sentence applies to the same
wording about other people, and to nothing else.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import DataError
from .components.common import mentions
from .extensions import MENTIONS
from .kb import KnowledgeBase, fold, read_jsonl
from .resources import LEARNED_ROLES
from .rules import LEARNED_RULES
from ..labels import ENTITY_LABELS as LABELS

KB_FILE = Path("kb") / "learned.jsonl"
ALIASES_FILE = Path("learned") / "aliases.jsonl"
EXCEPTIONS_FILE = Path("learned") / "exceptions.jsonl"
CORRECTIONS_FILE = Path("learned") / "corrections.jsonl"
PATTERNS_FILE = Path("patterns") / "learned.jsonl"
RULES_FILE = LEARNED_RULES  # read by the fact rules' loader (:func:`pipeline.nlp.rules.learned_rule`)
ROLES_FILE = LEARNED_ROLES  # read with the roles (:func:`pipeline.nlp.resources.with_learned_roles`)
LEARNED_FILES = (KB_FILE, ALIASES_FILE, EXCEPTIONS_FILE, CORRECTIONS_FILE, PATTERNS_FILE, RULES_FILE, ROLES_FILE)

#: Context keys kept on each side of a fact's trigger: enough to tell "X is expected to request"
#: from "X requested", few enough that the same wording about other people still matches.
FACT_CONTEXT = 3
#: Context keys kept on each side of a mention.
MENTION_CONTEXT = 2
#: Labels a learned pattern may produce, and the unit a figure label gets by default.
PATTERN_LABELS = {"PERSON": None, "GPE": None, "ORG": None, "VOTES": "votes", "PERCENT": "percent"}
#: Mentions whose tokens become a ``<LABEL>`` key; a token in several takes the longest.
KEY_LABELS = ("PERSON", "GPE", "ORG", "OFFICE", "DATE", "VOTES", "PERCENT")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: Words skipped before the head of the phrase after a trigger ("wins *the* Nobel Prize").
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "another", "our", "my",
                         "your"})
#: Tokens after a trigger (determiners included) searched for the head of the phrase it governs.
CUE_WINDOW = 6
#: Constructions a fact exception may name: the trigger under a future verb ("will win", cues.yml
#: ``future``) or a modal or hedging one ("could win", "is expected to win", cues.yml ``hedge``).
CONSTRUCTIONS = ("future", "modal")
#: The argument type of an empty slot ("a ``won`` that names no office").
NO_ARGUMENT = "none"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class RuleException:
    """"Rule ``rule`` must not emit this row when the context matches."

    ``kind`` is ``fact`` (``what`` is the predicate) or ``mention`` (``what``
    is the label). ``anchor`` holds the keys of the trigger (a fact rule's
    trigger words, a structure rule's evidence, a mention's own tokens);
    ``before``/``after`` the keys right next to it, which must match as a
    suffix/prefix of the row's own context. ``subject``/``object``/``text``
    (folded names) narrow an exception to named entities when the wording
    alone would also hit rows a reviewer kept. ``cue`` (the generalised form)
    matches any trigger of the rule whose following phrase is headed by that
    word (see :func:`phrase_head`); ``doc`` limits it to one document.

    Two more generalised forms name a construction rather than words:
    ``construction`` ("future" or "modal": the trigger stands under a future
    or modal verb, "will win", "could win"; see :data:`CONSTRUCTIONS`) and an
    argument type, ``subject_type``/``object_type`` (a label, ``ORG``, or a
    label and its KB type, ``ORG:political_party``, or ``none`` for an empty
    slot): "no ``won`` whose subject is a party".

    ``stem`` (the trigger's word family, :func:`trigger_stem`) matches any trigger of the rule whose content
    words have the same stems: "is elected", "was elected", "elected" and "elects" alike, where ``anchor``
    holds one wording only; it goes with an argument type ("no ``won`` at a form of *elect* whose object is
    missing").
    """

    id: str
    kind: str
    rule: str
    what: str
    anchor: tuple[str, ...]
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    subject: str | None = None
    object: str | None = None
    text: str | None = None
    cue: str | None = None
    doc: str | None = None
    construction: str | None = None
    subject_type: str | None = None
    object_type: str | None = None
    stem: tuple[str, ...] = ()

    def matches(self, sig: "Signature") -> bool:
        if (self.kind, self.rule, self.what) != (sig.kind, sig.rule, sig.what):
            return False
        if self.anchor and self.anchor != sig.anchor:
            return False
        if self.stem and self.stem != sig.stem:
            return False
        if self.cue is not None and self.cue != sig.cue:
            return False
        if self.construction is not None and self.construction != sig.construction:
            return False
        if not (type_matches(self.subject_type, sig.subject_type) and type_matches(self.object_type, sig.object_type)):
            return False
        if self.doc is not None and self.doc != sig.doc:
            return False
        if self.before and tuple(sig.before[-len(self.before):]) != self.before:
            return False
        if self.after and tuple(sig.after[:len(self.after)]) != self.after:
            return False
        return all(want is None or want == got for want, got in
                   ((self.subject, sig.subject), (self.object, sig.object), (self.text, sig.text)))


@dataclass(frozen=True)
class Signature:
    """What an exception can see of one output row (see :func:`fact_signature`, :func:`mention_signature`)."""

    kind: str
    rule: str
    what: str
    anchor: tuple[str, ...]
    before: tuple[str, ...]
    after: tuple[str, ...]
    subject: str | None = None
    object: str | None = None
    text: str | None = None
    cue: str | None = None
    doc: str | None = None
    construction: str | None = None
    subject_type: str | None = None
    object_type: str | None = None
    stem: tuple[str, ...] = ()


def type_matches(want: str | None, got: str | None) -> bool:
    """An argument type constraint: none, the same type, or a bare label that the type refines
    (``ORG`` matches ``ORG:political_party``)."""
    return want is None or want == got or (got is not None and got.startswith(want + ":"))


@dataclass(frozen=True)
class LearnedPattern:
    id: str
    label: str
    pattern: list
    focus: tuple[int, int]
    unit: str | None = None


@dataclass(frozen=True)
class LearnedAlias:
    id: str
    label: str
    alias: str
    entity: str


@dataclass(frozen=True)
class LearnedCorrection:
    """The mention ``label`` at ``[start, end)`` of document ``doc`` (reading ``text``) is entity ``entity``."""

    id: str
    doc: str
    start: int
    end: int
    label: str
    text: str
    entity: str
    name: str


@dataclass
class Learned:
    exceptions: tuple[RuleException, ...] = ()
    patterns: tuple[LearnedPattern, ...] = ()
    aliases: tuple[LearnedAlias, ...] = ()
    corrections: tuple[LearnedCorrection, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.exceptions or self.patterns or self.aliases or self.corrections)


def _strs(value, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _check_keys(rec: object, where: str, required: tuple[str, ...], optional: tuple[str, ...]) -> dict:
    if not isinstance(rec, dict):
        raise DataError(f"{where}: a record must be a JSON object")
    missing = [k for k in required if k not in rec]
    if missing:
        raise DataError(f"{where}: missing field(s) {missing}")
    unknown = set(rec) - set(required) - set(optional) - {"taught_by", "source", "note"}
    if unknown:
        raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
    if not isinstance(rec["id"], str) or not rec["id"]:
        raise DataError(f"{where}: 'id' must be a non-empty string")
    return rec


def parse_exception(rec: object, where: str) -> RuleException:
    rec = _check_keys(rec, where, ("id", "kind", "rule"), ("anchor", "predicate", "label", "before", "after",
                                                              "subject", "object", "text", "cue", "doc",
                                                              "construction", "subject_type", "object_type",
                                                              "stem"))
    if not any(rec.get(k) for k in ("anchor", "stem", "cue", "construction", "subject_type", "object_type", "text")):
        raise DataError(f"{where}: an exception needs 'anchor' (its trigger words), 'cue' (a head word), "
                        "'construction', an argument type or a 'text'")
    if rec.get("construction") is not None and rec["construction"] not in CONSTRUCTIONS:
        raise DataError(f"{where}: construction {rec['construction']!r} must be one of {', '.join(CONSTRUCTIONS)}")
    for key in ("subject_type", "object_type"):
        value = rec.get(key)
        if value is not None and (not isinstance(value, str) or
                                  (value != NO_ARGUMENT and value.split(":", 1)[0] not in KEY_LABELS)):
            raise DataError(f"{where}: {key} {value!r} must be {NO_ARGUMENT!r} or a label ({', '.join(KEY_LABELS)}), "
                            "optionally with its KB type (ORG:political_party)")
    kind = rec["kind"]
    if kind not in ("fact", "mention"):
        raise DataError(f"{where}: kind must be 'fact' or 'mention', got {kind!r}")
    what_key = "predicate" if kind == "fact" else "label"
    if not isinstance(rec.get(what_key), str):
        raise DataError(f"{where}: a {kind} exception needs {what_key!r}")
    for key in ("subject", "object", "text", "cue", "doc"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise DataError(f"{where}: {key!r} must be a string")
    return RuleException(
        id=rec["id"], kind=kind, rule=str(rec["rule"]), what=rec[what_key],
        anchor=_strs(rec["anchor"], where, "anchor") if rec.get("anchor") else (),
        before=_strs(rec.get("before", []), where, "before") if rec.get("before") else (),
        after=_strs(rec.get("after", []), where, "after") if rec.get("after") else (),
        subject=rec.get("subject"), object=rec.get("object"), text=rec.get("text"),
        cue=rec.get("cue"), doc=rec.get("doc"), construction=rec.get("construction"),
        subject_type=rec.get("subject_type"), object_type=rec.get("object_type"),
        stem=_strs(rec["stem"], where, "stem") if rec.get("stem") else (),
    )


def parse_pattern(rec: object, where: str) -> LearnedPattern:
    rec = _check_keys(rec, where, ("id", "label", "pattern", "focus"), ("unit",))
    if rec["label"] not in PATTERN_LABELS:
        raise DataError(f"{where}: label {rec['label']!r} must be one of {sorted(PATTERN_LABELS)}")
    pattern, focus = rec["pattern"], rec["focus"]
    if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
        raise DataError(f"{where}: 'pattern' must be a non-empty list of token patterns")
    if not (isinstance(focus, list) and len(focus) == 2 and all(isinstance(i, int) for i in focus)
            and 0 <= focus[0] < focus[1] <= len(pattern)):
        raise DataError(f"{where}: 'focus' must be [start, end] token indexes inside the pattern")
    if any("OP" in t for t in pattern):
        raise DataError(f"{where}: learned patterns have fixed length (no 'OP')")
    return LearnedPattern(rec["id"], rec["label"], pattern, (focus[0], focus[1]),
                          rec.get("unit") or PATTERN_LABELS[rec["label"]])


def parse_alias(rec: object, where: str) -> LearnedAlias:
    rec = _check_keys(rec, where, ("id", "label", "alias", "entity"), ())
    if rec["label"] not in LABELS:
        raise DataError(f"{where}: label {rec['label']!r} must be one of {', '.join(LABELS)}")
    return LearnedAlias(rec["id"], rec["label"], rec["alias"], rec["entity"])


def parse_correction(rec: object, where: str) -> LearnedCorrection:
    rec = _check_keys(rec, where, ("id", "doc", "start", "end", "label", "text", "entity", "name"), ())
    if rec["label"] not in LABELS:
        raise DataError(f"{where}: label {rec['label']!r} must be one of {', '.join(LABELS)}")
    start, end = rec["start"], rec["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise DataError(f"{where}: 'start' and 'end' must be character offsets with start < end")
    for key in ("doc", "text", "entity", "name"):
        if not isinstance(rec[key], str) or not rec[key]:
            raise DataError(f"{where}: {key!r} must be a non-empty string")
    return LearnedCorrection(rec["id"], rec["doc"], start, end, rec["label"], rec["text"], rec["entity"], rec["name"])


def _read(path: Path, parse) -> tuple:
    if not path.is_file():
        return ()
    out, seen = [], set()
    for where, rec in read_jsonl(path):
        item = parse(rec, where)
        if item.id in seen:
            raise DataError(f"{where}: duplicate id {item.id!r}")
        seen.add(item.id)
        out.append(item)
    return tuple(out)


@functools.lru_cache(maxsize=8)
def load_learned(models_dir: str | Path) -> Learned:
    """The learned exceptions, patterns and aliases of a models folder (absent files are empty)."""
    root = Path(models_dir).resolve()
    return Learned(
        exceptions=_read(root / EXCEPTIONS_FILE, parse_exception),
        patterns=_read(root / PATTERNS_FILE, parse_pattern),
        aliases=_read(root / ALIASES_FILE, parse_alias),
        corrections=_read(root / CORRECTIONS_FILE, parse_correction),
    )


# --------------------------------------------------------------------------- signatures


def token_keys(doc: Doc) -> list[tuple[str, int]]:
    """(key, mention id) per token: a mention's tokens share its ``<LABEL>`` key and id, others get -1."""
    owner: list[Span | None] = [None] * len(doc)
    group = doc.spans[MENTIONS] if MENTIONS in doc.spans else []
    for span in sorted((s for s in group if s.label_ in KEY_LABELS), key=lambda s: -(s.end - s.start)):
        for i in range(span.start, span.end):
            if owner[i] is None:
                owner[i] = span
    return [(f"<{o.label_}>", o.start * 10_000 + o.end) if o is not None else (t.lower_, -1)
            for t, o in zip(doc, owner)]


def _collapse(keys: list[tuple[str, int]]) -> list[str]:
    out: list[str] = []
    last = None
    for key, owner in keys:
        if owner != -1 and owner == last:
            continue
        out.append(key)
        last = owner
    return out


def _context(doc: Doc, keys: list[tuple[str, int]], start: int, end: int, window: int,
             literal_anchor: bool) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    sent = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    if literal_anchor:
        anchor = tuple(t.lower_ for t in doc[start:end])
    else:
        anchor = tuple(_collapse(keys[start:end]))
    # A mention cut by the window edge still counts as one key: extend to its owner's edges.
    left = _collapse(keys[sent.start:start])
    right = _collapse(keys[end:sent.end])
    return anchor, tuple(left[-window:]), tuple(right[:window])


def cue_key(word: str) -> str:
    """A word's key for cue matching: lower case, a plural's final ``s`` dropped ("Masters", "cups")."""
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def phrase_head(doc: Doc, keys: list[tuple[str, int]], start: int, limit: int) -> str | None:
    """The key of the head word of the phrase starting at token ``start``: after determiners, the last
    of a run of words that are not function words ("the Nobel Prize" -> ``prize``; "the mayoral race"
    -> ``race``). None when the phrase is a person's name or no word (a figure, punctuation)."""
    i, end = start, min(limit, start + CUE_WINDOW)
    while i < end and doc[i].lower_ in DETERMINERS:
        i += 1
    head = None
    while i < end and doc[i].is_alpha and not (doc[i].is_stop and not doc[i].is_title):
        if keys[i][0] == "<PERSON>":
            return None
        head = doc[i]
        i += 1
    return cue_key(head.text) if head is not None else None


#: Endings stripped from a trigger word for its family (:func:`word_stem`), longest first.
STEM_ENDINGS = ("ing", "ed", "es", "s")
#: The shortest stem left after an ending is stripped ("was", "has" keep their ``s``).
MIN_STEM = 3


def word_stem(word: str) -> str:
    """A word's family key: lower case, one inflectional ending stripped and a final ``e`` or doubled consonant
    dropped ("elects", "elected", "electing" -> ``elect``; "votes", "voted", "vote" -> ``vot``; "winning",
    "wins" -> ``win``). A suffix rule, not a lemmatizer (the pipeline runs none): irregular forms ("won",
    "chose") stay apart, and a noun ("election") is a family of its own."""
    w = word.lower()
    for end in STEM_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= MIN_STEM and not (end == "s" and w.endswith("ss")):
            w = w[:-len(end)]
            break
    if w.endswith("e") and len(w) > MIN_STEM:
        w = w[:-1]
    if len(w) > MIN_STEM and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]
    return w


#: Words of a trigger phrase its family leaves out: auxiliaries and articles, which inflect or introduce the
#: word without changing the event ("is elected", "has been elected"); a preposition stays ("voted in" and
#: "voted for" are two families).
FAMILY_SKIP = frozenset("is was are were be been being am has have had will would shall 's a an the".split())


def trigger_stem(words) -> tuple[str, ...]:
    """The family of a trigger phrase: the stems (:func:`word_stem`) of its words, auxiliaries and articles
    (:data:`FAMILY_SKIP`) left out ("is elected" -> ``("elect",)``); empty when it has no word."""
    return tuple(word_stem(w) for w in words if any(c.isalpha() for c in w) and w.lower() not in FAMILY_SKIP)


def _name(span: Span | None) -> str | None:
    return None if span is None else fold(span._.entity or span.text)


def arg_type(span: Span | None, kb: KnowledgeBase | None = None) -> str:
    """An argument's type: its label, with the KB type of its entity when the KB has one
    (``ORG:political_party``); :data:`NO_ARGUMENT` for an empty slot."""
    if span is None:
        return NO_ARGUMENT
    entity = kb.get(span._.kb_id) if kb is not None and span._.kb_id else None
    return f"{span.label_}:{entity.type}" if entity is not None and entity.type else span.label_


def construction(nlp: Language | None, doc: Doc, start: int) -> str | None:
    """"future" or "modal" when the clause before token ``start`` holds a future or a hedge cue (as the
    fact engine reads it: ``models/facts/cues.yml``), else None."""
    if nlp is None or "newsfacts_facts" not in nlp.pipe_names:
        return None
    return nlp.get_pipe("newsfacts_facts").mood(doc, start)


def fact_signature(doc: Doc, fact, trigger: tuple[int, int] | None, keys=None, *, nlp: Language | None = None,
                   kb: KnowledgeBase | None = None) -> Signature:
    """A fact's signature: its trigger words (or, for a structure rule, its evidence) and their context;
    with ``nlp`` its construction, with ``kb`` its arguments' KB types."""
    keys = keys if keys is not None else token_keys(doc)
    if trigger is not None:
        start, end, literal = trigger[0], trigger[1], True
    else:
        start, end, literal = fact.start, fact.end, False
    anchor, before, after = _context(doc, keys, start, end, FACT_CONTEXT, literal)
    cue, stem = None, ()
    if trigger is not None:
        stem = trigger_stem(t.text for t in doc[start:end])
        sent_end = doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc)
        cue = phrase_head(doc, keys, end, sent_end)
    return Signature("fact", fact.rule, fact.predicate, anchor, before, after,
                     subject=_name(fact.subject), object=_name(fact.object), cue=cue, doc=doc._.doc_id,
                     construction=construction(nlp, doc, start), subject_type=arg_type(fact.subject, kb),
                     object_type=arg_type(fact.object if fact.object is not None else fact.office, kb), stem=stem)


def mention_signature(doc: Doc, span: Span, keys=None) -> Signature:
    keys = keys if keys is not None else token_keys(doc)
    _, before, after = _context(doc, keys, span.start, span.end, MENTION_CONTEXT, True)
    return Signature("mention", span._.rule or "", span.label_, (f"<{span.label_}>",), before, after,
                     text=fold(span.text), doc=doc._.doc_id)


def fact_triggers(nlp: Language, doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """Trigger word matches per fact rule id (from the facts component's own matcher)."""
    if "newsfacts_facts" not in nlp.pipe_names:
        return {}
    engine = nlp.get_pipe("newsfacts_facts")
    out: dict[str, list[tuple[int, int]]] = {}
    for match_id, start, end in engine.matcher(doc):
        out.setdefault(doc.vocab.strings[match_id], []).append((start, end))
    return out


def trigger_of(fact, triggers: dict[str, list[tuple[int, int]]]) -> tuple[int, int] | None:
    """The longest trigger match of the fact's rule inside its evidence, else None (a structure rule)."""
    inside = [(s, e) for s, e in triggers.get(fact.rule, ()) if fact.start <= s and e <= fact.end]
    if not inside:
        return None
    return max(inside, key=lambda se: (se[1] - se[0], -se[0]))


# --------------------------------------------------------------------------- components


def _number(text: str) -> float | int | None:
    m = _NUMBER.search(text)
    if not m:
        return None
    value = float(m.group().replace(",", ""))
    return int(value) if value.is_integer() else value


@Language.factory("newsfacts_learned", assigns=["doc.spans"], default_config={"models_dir": None})
def make_learned(nlp: Language, name: str, models_dir: str | None) -> "LearnedMentions":
    from .components.common import default_models_dir
    from .resources import load_resources

    root = models_dir or default_models_dir()
    return LearnedMentions(nlp, name, load_learned(root), load_resources(root).kb)


class LearnedMentions:
    """Adds the mentions learned patterns and aliases find, drops the ones exceptions name, relinks,
    then applies the document's own corrections (a reviewed row fixed in its document only)."""

    def __init__(self, nlp: Language, name: str, learned: Learned, kb: KnowledgeBase):
        self.name = name
        self.nlp = nlp
        self.exceptions = [e for e in learned.exceptions if e.kind == "mention"]
        self.patterns = {p.id: p for p in learned.patterns}
        self.matcher = Matcher(nlp.vocab, validate=True)
        for p in learned.patterns:
            self.matcher.add(p.id, [p.pattern])
        self.kb = kb
        self.aliases: dict[tuple[str, str], str] = {}
        self.alias_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for a in learned.aliases:
            if kb.get(a.entity) is None:
                raise DataError(f"learned alias {a.id!r}: entity {a.entity!r} is not in the knowledge base")
            self.aliases[(a.label, fold(a.alias))] = a.entity
            self.alias_matcher.add(f"{a.label}|{a.id}", [nlp.make_doc(a.alias)])
        self.corrections: dict[str, list[LearnedCorrection]] = {}
        for c in learned.corrections:
            self.corrections.setdefault(c.doc, []).append(c)

    def _found(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in (self.matcher(doc) if self.patterns else ()):
            p = self.patterns[doc.vocab.strings[match_id]]
            span = Span(doc, start + p.focus[0], start + p.focus[1], label=p.label)
            span._.rule = p.id
            if p.label in ("VOTES", "PERCENT"):
                value = _number(span.text)
                if value is None:
                    continue
                span._.value = value  # PERCENT: the number as written ("52%" is 52), as figures does
                span._.unit = p.unit
            spans.append(span)
        for match_id, start, end in (self.alias_matcher(doc) if self.aliases else ()):
            label, aid = doc.vocab.strings[match_id].split("|", 1)
            span = Span(doc, start, end, label=label)
            span._.rule = aid
            spans.append(span)
        return sorted(spans, key=lambda s: (-(s.end - s.start), s.start))

    def __call__(self, doc: Doc) -> Doc:
        group = mentions(doc)  # the Spans built once per state of the group (iterating it builds new ones)
        changed = False
        for span in self._found(doc):
            hit = [m for m in group if m.start < span.end and span.start < m.end and m.label_ in PATTERN_LABELS]
            if any(not (span.start <= m.start and m.end <= span.end) or (m.start, m.end) == (span.start, span.end)
                   for m in hit):
                continue  # overlaps something it does not strictly contain: the rules keep their span
            group = [m for m in group if not any(m is h for h in hit)] + [span]
            changed = True
        if self.exceptions:
            keys = token_keys(doc)
            kept = [m for m in group if not any(e.matches(mention_signature(doc, m, keys)) for e in self.exceptions)]
            changed = changed or len(kept) != len(group)
            group = kept
        corrections = [c for c in self.corrections.get(doc._.doc_id, ()) if doc.text[c.start:c.end] == c.text]
        for c in corrections:  # a missed mention the reviewer added in this document
            if not any(m.label_ == c.label and (m.start_char, m.end_char) == (c.start, c.end) for m in group):
                span = doc.char_span(c.start, c.end, label=c.label)
                if span is not None:
                    span._.rule = c.id
                    group.append(span)
                    changed = True
        if changed:
            group.sort(key=lambda s: (s.start, -s.end, s.label_))
            doc.spans[MENTIONS] = group
            if "newsfacts_linker" in self.nlp.pipe_names:
                self.nlp.get_pipe("newsfacts_linker")(doc)
        if self.aliases:
            for m in doc.spans[MENTIONS]:
                eid = self.aliases.get((m.label_, fold(m._.entity or ""))) or self.aliases.get((m.label_, fold(m.text)))
                entity = self.kb.get(eid)
                if entity is not None:
                    m._.kb_id, m._.entity_id, m._.entity = entity.id, entity.id, entity.name
        if corrections:
            fix = {(c.label, c.start, c.end): c for c in corrections}
            for m in doc.spans[MENTIONS]:
                c = fix.get((m.label_, m.start_char, m.end_char))
                if c is not None:
                    m._.kb_id = c.entity if self.kb.get(c.entity) is not None else None
                    m._.entity_id, m._.entity = c.entity, c.name
        return doc


@Language.factory("newsfacts_exceptions", assigns=["doc._.facts"], default_config={"models_dir": None})
def make_exceptions(nlp: Language, name: str, models_dir: str | None) -> "FactExceptions":
    from .components.common import default_models_dir
    from .resources import load_resources

    root = models_dir or default_models_dir()
    return FactExceptions(nlp, name, load_learned(root), load_resources(root).kb)


class FactExceptions:
    """Drops the facts a learned exception names (rule, predicate, trigger context, construction,
    argument types)."""

    def __init__(self, nlp: Language, name: str, learned: Learned, kb: KnowledgeBase | None = None):
        self.name = name
        self.nlp = nlp
        self.kb = kb
        self.exceptions = [e for e in learned.exceptions if e.kind == "fact"]
        self.rules = {e.rule for e in self.exceptions}

    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.facts or []
        if not self.exceptions or not any(f.rule in self.rules for f in facts):
            return doc
        keys = token_keys(doc)
        triggers = fact_triggers(self.nlp, doc)
        doc._.facts = [f for f in facts if f.rule not in self.rules or not any(
            e.matches(fact_signature(doc, f, trigger_of(f, triggers), keys, nlp=self.nlp, kb=self.kb))
            for e in self.exceptions)]
        return doc
