"""Offices with their jurisdiction: "Atlanta's mayor" → Mayor of Atlanta.

A role (``models/lexicons/roles.jsonl``) names the kind of office and the
level of place it belongs to (city, state, country). The jurisdiction comes,
in this order, from

1. the mention itself: a place or demonym before the role ("Atlanta mayoral",
   "Serbian presidential", "U.S. Senator"), a possessive ("Atlanta's mayor"),
   "of <place>" after it ("mayor of Atlanta"), or "<election> in <place>";
2. an anaphor ("the city's next mayor"), resolved like 3 at the anaphor's level;
3. the places of the sentence, then of the document, walked up the knowledge
   base's ``part_of`` chain to the role's level ("state Sen." in an Atlanta
   story → Georgia, because the KB says Atlanta is in Georgia).

Without any, the office keeps the role's bare name ("Mayor").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..kb import Entity, KnowledgeBase
from ..resources import Resources, Role, load_resources
from .common import add_mentions, default_models_dir, mentions, role_matcher

#: Words between a place and a role that do not break the link ("Atlanta's next mayor").
_SKIP_LEFT = frozenset({"next", "new", "current", "incumbent", "outgoing", "interim", "acting", "then",
                        "former", "ex", "elected", "sitting", "longtime", "first", "two-term"})
_QUALIFIERS = {"former": "former", "ex": "former", "ex-": "former", "then": "former", "outgoing": ""}
_POSSESSIVE = frozenset({"'s", "’s", "'"})
#: Anaphors that point at the story's place of a given level: "the city's mayor".
_ANAPHORS = {"city": "city", "state": "state", "country": "country", "nation": "country", "county": "county"}
#: Nouns after an adjectival role that let "in <place>" supply the jurisdiction.
_RACE_NOUNS = frozenset({"election", "elections", "race", "primary", "primaries", "runoff", "run-off",
                         "contest", "campaign", "candidate", "candidates", "nomination", "vote", "ballot"})
#: How far right of the role an "in <place>" may stand.
RACE_IN_WINDOW = 4


@dataclass(frozen=True)
class Jurisdiction:
    name: str
    entity: Entity | None


@Language.factory("newsfacts_offices", assigns=["doc.spans"], default_config={"models_dir": None})
def make_offices(nlp: Language, name: str, models_dir: str | None) -> "OfficeRecognizer":
    return OfficeRecognizer(nlp, name, load_resources(models_dir or default_models_dir()))


class OfficeRecognizer:
    """Adds OFFICE spans whose ``_.entity`` is the canonical office name."""

    def __init__(self, nlp: Language, name: str, res: Resources):
        self.name = name
        self.res = res
        self.kb: KnowledgeBase = res.kb
        self.roles = {r.id: r for r in res.roles}
        self.matcher = role_matcher(nlp, res.roles)

    def __call__(self, doc: Doc) -> Doc:
        places = mentions(doc, "GPE")
        place_at = {}
        for p in places:
            place_at[p.end] = p  # a place ending right before a role
            place_at.setdefault(("start", p.start), p)
        found = []
        for match_id, start, end in self.matcher(doc):
            role_id, kind = doc.vocab.strings[match_id].split("|")
            span = Span(doc, start, end, label="OFFICE")
            span._.rule = f"{role_id}.{kind}"
            found.append(span)
        spans = []
        for span in filter_spans(found):
            role_id = span._.rule.rsplit(".", 1)[0]
            spans.append(self._office(doc, span, self.roles[role_id], places, place_at))
        add_mentions(doc, spans)
        return doc

    # -- one office ----------------------------------------------------------
    def _office(self, doc: Doc, span: Span, role: Role, places, place_at) -> Span:
        start, end = span.start, span.end
        rule = span._.rule
        jur: Jurisdiction | None = None
        qualifier = ""
        anaphor_level = None
        # Left: skip qualifiers and possessives; take a place, demonym or anaphor.
        i = start - 1
        while i >= 0 and doc[i].lower_ in _SKIP_LEFT:
            qualifier = qualifier or _QUALIFIERS.get(doc[i].lower_, "")
            i -= 1
        if i >= 0 and doc[i].text in _POSSESSIVE:
            i -= 1
        if i >= 0 and (i + 1) in place_at:
            place = place_at[i + 1]
            jur = self._place(place.text, role)
            start = place.start
        elif i >= 0 and self.kb.demonym(doc[i].text):
            jur = self._demonym(doc[i].text, role)
            start = i
        elif i >= 0 and doc[i].lower_ in _ANAPHORS:
            anaphor_level = _ANAPHORS[doc[i].lower_]
        # Qualifiers further left: "former state Sen.".
        j = start - 1
        while j >= 0 and doc[j].lower_ in _SKIP_LEFT:
            qualifier = qualifier or _QUALIFIERS.get(doc[j].lower_, "")
            j -= 1
        # Right: "of [the] <place>", or "<race noun> in <place>".
        if jur is None:
            k = end
            if k < len(doc) and doc[k].lower_ == "of":
                k += 1
                if k < len(doc) and doc[k].lower_ == "the":
                    k += 1
                place = place_at.get(("start", k))
                if place is not None:
                    jur = self._place(place.text, role)
                    end = place.end
            elif any(t.lower_ in _RACE_NOUNS for t in doc[end:end + 2]):
                for t in doc[end:end + RACE_IN_WINDOW]:
                    if t.lower_ == "in":
                        place = place_at.get(("start", t.i + 1))
                        if place is not None:
                            jur = self._place(place.text, role)
                        break
        if jur is None:
            jur = self._context(doc, span, role, places, anaphor_level)
        office = Span(doc, start, end, label="OFFICE")
        office._.rule = rule
        office._.qualifier = qualifier or None
        office._.jurisdiction = jur.name if jur else None
        office._.entity = canonical_office(role, jur.name if jur else None)
        return office

    def _fits(self, entity: Entity, role: Role) -> Entity | None:
        """The place at the role's level that contains ``entity``, if any."""
        return self.kb.at_level(entity, role.level)

    def _place(self, text: str, role: Role) -> Jurisdiction:
        """An explicit place: its KB entity at the role's level, else the place as written."""
        for entity in self.kb.lookup("GPE", text):
            fit = self._fits(entity, role)
            if fit is not None:
                return Jurisdiction(fit.name, fit)
        known = self.kb.lookup("GPE", text)
        if known:
            return Jurisdiction(known[0].name, known[0])
        return Jurisdiction(text, None)

    def _demonym(self, word: str, role: Role) -> Jurisdiction | None:
        for entity in self.kb.demonym(word):
            fit = self._fits(entity, role) or entity
            return Jurisdiction(fit.name, fit)
        return None

    def _context(self, doc: Doc, span: Span, role: Role, places, anaphor_level) -> Jurisdiction | None:
        """The sentence's places first, then the document's, then demonyms; walked up to the level."""
        level = role.level
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        ordered = [p for p in places if sent.start <= p.start < sent.end]
        ordered += [p for p in places if not (sent.start <= p.start < sent.end)]
        for place in ordered:
            for entity in self.kb.lookup("GPE", place.text):
                fit = self._fits(entity, role)
                if fit is not None:
                    return Jurisdiction(fit.name, fit)
        if anaphor_level is None:
            for tok in doc:
                if tok.text[:1].isupper():
                    for entity in self.kb.demonym(tok.text):
                        fit = self._fits(entity, role)
                        if fit is not None:
                            return Jurisdiction(fit.name, fit)
        return None


def canonical_office(role: Role, place: str | None) -> str:
    """The encyclopedia-style office name for a role and a place name."""
    if role.level == "none":
        return role.template
    return role.template.replace("{J}", place) if place else role.bare

