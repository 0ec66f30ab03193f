"""Where newsfacts puts its results on spaCy objects.

Every stage reads and writes these extensions, so a user who calls
``pipeline.load()(text)`` can reach mentions, values, links and facts without
our row-writing code. Registration is idempotent: importing this module twice
(or from several worker processes) is safe.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

#: ``doc.spans[MENTIONS]`` holds every mention (they may overlap: the OFFICE
#: "Springfield mayoral" contains the GPE "Springfield").
MENTIONS = "mentions"

DOC_EXTENSIONS = {
    "published": None,  # ISO date of publication, or None
    "doc_id": None,  # the document's id in the run (doc-scoped learned corrections and exceptions read it)
    "anchor": None,  # ISO date relative dates resolve against (published or a dateline)
    "facts": None,  # list[pipeline.nlp.components.facts.Fact], set by the facts component
    # Facts the story does not back (a rule's story_needs): no fact row, but the race stage still takes the
    # document as a source of the race ("President-elect X names his cabinet" is news of X's race).
    "race_facts": None,
    # Token indexes where a paragraph after a break starts (newsfacts_paragraphs); None when that did not run.
    "paragraph_starts": None,
}
#: ``doc._.election_score``: P(election news) from the election-context classifier, None without it.
#: The classifier runs when the score is first read (see :func:`defer_election_score`): only documents
#: with an election fact to check need it, and running it on every document cost ~10% of a run.
ELECTION_SCORE = "election_score"
_ELECTION_SCORE_KEY = ("newsfacts", ELECTION_SCORE)
SPAN_EXTENSIONS = {
    "value": None,  # DATE: TIMEX3 value; VOTES: int; PERCENT: float
    "value_end": None,  # DATE ranges in one span ("November 23-25"): end value
    "unit": None,  # VOTES: votes|ballots; PERCENT: percent
    "rule": None,  # id of the pattern, rule or model that produced the span
    "entity_id": None,  # canonical entity id (entities.csv)
    "entity": None,  # canonical name
    "kb_id": None,  # knowledge-base id when linked to models/kb
    "qualifier": None,  # OFFICE: "former" when the mention says so
    "jurisdiction": None,  # OFFICE: the place name its jurisdiction resolved to
    "bare": False,  # OFFICE: a titled role whose jurisdiction could not be told ("President" alone)
    "role": None,  # OFFICE: the role's id in models/lexicons/roles.jsonl ("role.mayor")
    "form": None,  # OFFICE: how the text names it: "noun", "adjective" ("mayoral") or "plural"
}


class _Deferred:
    """A value not computed yet: the function that computes it from the Doc."""

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[Doc], object]):
        self.compute = compute

    def __deepcopy__(self, memo: dict) -> "_Deferred":
        return self  # ``Doc.copy()``: the copy computes its own score, from the same tokens


def defer_election_score(doc: Doc, compute: Callable[[Doc], float | None]) -> None:
    """``doc._.election_score`` is ``compute(doc)``, computed when it is first read (then kept)."""
    doc.user_data[_ELECTION_SCORE_KEY] = _Deferred(compute)


def _get_election_score(doc: Doc) -> float | None:
    value = doc.user_data.get(_ELECTION_SCORE_KEY)
    if isinstance(value, _Deferred):
        value = doc.user_data[_ELECTION_SCORE_KEY] = value.compute(doc)
    return value


def _set_election_score(doc: Doc, value: float | None) -> None:
    doc.user_data[_ELECTION_SCORE_KEY] = value


def plain_span_extensions(names: tuple[str, ...]) -> bool:
    """Whether the span extensions ``names`` are registered as :func:`register` does (a default, no getter, setter or
    method), so that :func:`get_span_value` and :func:`set_span_value` read and write them as ``span._`` would."""
    extensions = Span.get_extension
    return all(extensions(n) == _PLAIN[n] for n in names)


def get_span_value(span: Span, name: str):
    """``span._.<name>`` of a plain extension (:func:`plain_span_extensions`), one user-data lookup: ``span._`` builds
    an Underscore on every use and looks the extension up again on every read (~2 us each)."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char), SPAN_EXTENSIONS[name])


def set_span_value(span: Span, name: str, value) -> None:
    """``span._.<name> = value`` for a plain extension (:func:`plain_span_extensions`)."""
    span.doc.user_data[("._.", name, span.start_char, span.end_char)] = value


def span_values(span: Span, names: tuple[str, ...]) -> list:
    """``[getattr(span._, n) for n in names]`` for extensions of :data:`SPAN_EXTENSIONS`, each read as
    :func:`get_span_value` where registered plainly, else through ``span._`` (registered otherwise since: a getter,
    a method, another default)."""
    return [get_span_value(span, n) if plain_span_extensions((n,)) else getattr(span._, n) for n in names]


def span_reader(names: tuple[str, ...]) -> Callable[[Span], list]:
    """``lambda span: span_values(span, names)`` for the spans of one Doc, with the registrations checked once, not
    per span (the rows read eight extensions of every mention)."""
    if not plain_span_extensions(names):
        return lambda span: span_values(span, names)
    defaults = [(n, SPAN_EXTENSIONS[n]) for n in names]

    def read(span: Span) -> list:
        data, start, end = span.doc.user_data, span.start_char, span.end_char
        return [data.get(("._.", n, start, end), default) for n, default in defaults]

    return read


class SpanExtensions:
    """``span._`` for the spans of one Doc, for the extensions ``names`` of :data:`SPAN_EXTENSIONS`: read and written
    as :func:`get_span_value` and :func:`set_span_value` do when they are registered plainly (checked once, here),
    else through ``span._``. A third of the linker's time went to ``span._``."""

    __slots__ = ("plain",)

    def __init__(self, names: tuple[str, ...]):
        self.plain = plain_span_extensions(names)

    def get(self, span: Span, name: str):
        """``span._.<name>``."""
        return get_span_value(span, name) if self.plain else getattr(span._, name)

    def set(self, span: Span, **values) -> None:
        """``span._.<name> = value`` for each, in order."""
        if self.plain:
            for name, value in values.items():
                set_span_value(span, name, value)
        else:
            ext = span._
            for name, value in values.items():
                setattr(ext, name, value)


#: How :func:`register` registers each span extension (``Span.get_extension``'s answer): a default, nothing else.
_PLAIN = {name: (default, None, None, None) for name, default in SPAN_EXTENSIONS.items()}


#: The same for the Doc extensions of :data:`DOC_EXTENSIONS`.
_PLAIN_DOC = {name: (default, None, None, None) for name, default in DOC_EXTENSIONS.items()}


def doc_value(doc: Doc, name: str):
    """``doc._.<name>`` for an extension of :data:`DOC_EXTENSIONS`: one user-data lookup where spaCy keeps it when
    registered as :func:`register` does (``doc._`` builds an Underscore, ~2 us a read), else through ``doc._``."""
    if Doc.get_extension(name) == _PLAIN_DOC[name]:
        return doc.user_data.get(("._.", name, None, None), DOC_EXTENSIONS[name])
    return getattr(doc._, name)


def set_doc_values(doc: Doc, **values) -> None:
    """``doc._.<name> = value`` for each (extensions of :data:`DOC_EXTENSIONS`, in order), as :func:`doc_value`."""
    data = doc.user_data
    for name, value in values.items():
        if Doc.get_extension(name) == _PLAIN_DOC[name]:
            data[("._.", name, None, None)] = value
        else:
            setattr(doc._, name, value)


def register() -> None:
    """Register the extensions once per process."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension(ELECTION_SCORE):
        Doc.set_extension(ELECTION_SCORE, getter=_get_election_score, setter=_set_election_score)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
