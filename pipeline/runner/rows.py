"""One document in, its rows out: the only place a ``Doc`` becomes CSV rows.

Everything here is plain data (the row types of :mod:`pipeline.io.tables`: named
tuples of strings and numbers), so results can cross process boundaries, be
written by any engine, and be compared byte for byte. The columns, the output
contract, are those row types' fields.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..io.clean import CleanText
from ..nlp.components.common import mentions, sentence_index, span_text
from ..nlp.extensions import doc_value, span_reader, span_values
from ..io.documents import Document
from ..io.keys import MentionKeys, fact_key
from ..labels import ENTITY_LABELS
from ..io.tables import DocumentRow, EntityRow, FactRow, MentionRow, fmt


@dataclass
class EntityTally:
    """What one shard saw of one entity; tallies add up across shards."""

    label: str
    names: Counter = field(default_factory=Counter)
    aliases: set = field(default_factory=set)
    mentions: int = 0
    documents: int = 0  # each document is processed once, so counts add up
    kb_id: str = ""

    def merge(self, other: "EntityTally") -> None:
        self.names.update(other.names)
        self.aliases |= other.aliases
        self.mentions += other.mentions
        self.documents += other.documents
        self.kb_id = self.kb_id or other.kb_id


@dataclass
class DocResult:
    document: DocumentRow
    mentions: list[MentionRow] = field(default_factory=list)
    facts: list[FactRow] = field(default_factory=list)
    race_facts: list[FactRow] = field(default_factory=list)  # read by the race stage only (doc._.race_facts)
    entities: dict[str, EntityTally] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.document.status == "ok"


def error_result(document: Document, reason: str, text: str = "") -> DocResult:
    """The one row a document that failed keeps: status ``error`` and the reason."""
    reason = " ".join(str(reason).split())[:500] or "unknown error"
    return DocResult(DocumentRow(document.doc_id, document.source, document.published, "error", reason, len(text),
                                 text, document.encoding, document.note, document.url, document.reference_date,
                                 _published_source(document)))


def _published_source(document: Document) -> str:
    """Where ``published`` came from: ``input`` (the record), ``meta``/``json-ld``/``time`` (the web page)."""
    return document.published_source or ("input" if document.published else "")


def _in_emphasis(cleaned: CleanText, start: int, end: int) -> str:
    emphasis = cleaned.emphasis  # most texts have none
    return "1" if emphasis and any(s <= start and end <= e for s, e in emphasis) else ""


#: The span extensions a mention row reads (:func:`span_values`: one user-data lookup each, no Underscore).
_MENTION_EXTENSIONS = ("entity_id", "entity", "kb_id", "value", "unit", "rule", "value_end", "qualifier")
_REF_EXTENSIONS = ("entity_id", "entity")


def doc_rows(document: Document, cleaned: CleanText, doc: Doc) -> DocResult:
    """The rows of one processed document."""
    text = cleaned.text
    result = DocResult(DocumentRow(document.doc_id, document.source, document.published, "ok", "", len(text), text,
                                   document.encoding, document.note, document.url, document.reference_date,
                                   _published_source(document)))
    sent_of = sentence_index(doc)[1]  # 0-based: a row's number is one more
    spans = sorted(mentions(doc), key=lambda s: (s.start_char, s.end_char, s.label_))
    # once per document, not per mention: the extensions' registration, the key's id and labels
    values, key = span_reader(_MENTION_EXTENSIONS), MentionKeys(document.doc_id)
    for n, span in enumerate(spans, 1):
        # the mention's words cut from the Doc's text (span_text): span.text builds a Token per word
        start_char, end_char, label, text = span.start_char, span.end_char, span.label_, span_text(doc, span.start,
                                                                                                    span.end)
        raw_start, raw_end = cleaned.raw_span(start_char, end_char)
        entity_id, entity, kb_id, value, unit, rule, value_end, qualifier = values(span)
        result.mentions.append(MentionRow(
            document.doc_id, f"m{n}", label, text, start_char, end_char, raw_start, raw_end,
            sent_of[span.start] + 1, entity_id or "", entity or "", fmt(value), unit or "",
            rule or "", fmt(value_end), qualifier or "", kb_id or "",
            _in_emphasis(cleaned, start_char, end_char), key(label, start_char, end_char),
        ))
        if label in ENTITY_LABELS and entity_id:
            tally = result.entities.get(entity_id)
            if tally is None:
                tally = result.entities[entity_id] = EntityTally(label, documents=1)
            tally.names[entity or text] += 1
            tally.aliases.add(text)
            tally.mentions += 1
            tally.kb_id = tally.kb_id or (kb_id or "")
    result.facts.extend(_fact_rows(document, cleaned, doc, doc_value(doc, "facts") or (), sent_of, "f"))
    result.race_facts.extend(_fact_rows(document, cleaned, doc, doc_value(doc, "race_facts") or (), sent_of, "r"))
    return result


def _fact_rows(document: Document, cleaned: CleanText, doc: Doc, facts, sent_of, prefix: str):
    """FactRows of ``facts``, numbered ``<prefix>1``, ``<prefix>2``, ..."""
    for n, fact in enumerate(facts, 1):
        evidence = doc[fact.start:fact.end]
        raw_start, raw_end = cleaned.raw_span(evidence.start_char, evidence.end_char)
        row = FactRow(
            document.doc_id, f"{prefix}{n}", fact.predicate, *_ref(fact.subject), *_ref(fact.object),
            _name(fact.office), fmt(fact.value), fact.unit or "", fact.date or "", fact.date_end or "",
            fact.kind or "", fact.qualifier or "", fact.polarity, fmt(fact.confidence), fact.rule,
            sent_of[fact.start] + 1, evidence.start_char, evidence.end_char, raw_start, raw_end, evidence.text,
            fact.office._.entity_id or "" if fact.office is not None else "",
            _in_emphasis(cleaned, evidence.start_char, evidence.end_char),
        )
        yield row._replace(fact_key=fact_key(row._asdict()))


def _ref(span: Span | None) -> tuple[str, str]:
    if span is None:
        return "", ""
    entity_id, entity = span_values(span, _REF_EXTENSIONS)
    return entity_id or "", entity or span.text


def _name(span: Span | None) -> str:
    return "" if span is None else (span._.entity or span.text)


def entity_rows(tallies: dict[str, EntityTally]) -> list[EntityRow]:
    """entities.csv: the name most often used (ties: alphabetical), every other spelling an alias."""
    rows = []
    for eid in sorted(tallies):
        t = tallies[eid]
        name = min(t.names.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        aliases = sorted((t.aliases | set(t.names)) - {name})
        rows.append(EntityRow(eid, t.label, name, "|".join(aliases), t.mentions, t.documents, t.kb_id))
    return rows
