"""People, places and organisations: knowledge base, ruler patterns and name shapes.

Three sources, in order of trust:

1. the knowledge base (``models/kb``): every name and alias, matched on exact
   spelling;
2. the span ruler patterns (``models/patterns/*.jsonl``), each with an id;
3. capitalised runs ("name shapes") that the genre's cues make a person:
   a first name from the gazetteer, a title or role right before ("challenger
   X", "Councilwoman X"), a verb right after ("X wins"), or a surname of a
   person already found in the document.

Outlet citations ("(Reuters) (BBC News)"), months, weekdays and capitalised
common words never become names (``models/lexicons``).
"""
from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..kb import fold
from ..resources import Resources, load_resources
from .common import add_mentions, default_models_dir, load_patterns, role_matcher

#: A capitalised run needs this many tokens to be a person on a verb cue alone.
MIN_TOKENS_VERB_CUE = 2
#: Longest run of name tokens considered one name.
MAX_NAME_TOKENS = 6
_SUFFIXES = frozenset({"Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr"})
_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "de", "du", "des", "la", "el"})
_LABEL_PRIORITY = {"GPE": 3, "ORG": 2, "PERSON": 1}


def _is_cap(token: Token) -> bool:
    text = token.text
    if not text or not text[0].isupper() or not any(c.isalpha() for c in text):
        return False
    # Acronyms (BBC, UN, NATO) are organisations or outlets, not name tokens.
    return not (len(text) > 1 and text.isupper() and "." not in text)


def _is_initial(token: Token) -> bool:
    t = token.text
    return len(t) == 2 and t[0].isupper() and t[1] == "."


@Language.factory(
    "newsfacts_entities",
    assigns=["doc.spans"],
    default_config={"models_dir": None},
)
def make_entities(nlp: Language, name: str, models_dir: str | None) -> "EntityRecognizer":
    return EntityRecognizer(nlp, name, load_resources(models_dir or default_models_dir()))


class EntityRecognizer:
    """Adds PERSON, GPE and ORG spans to ``doc.spans["mentions"]``."""

    def __init__(self, nlp: Language, name: str, res: Resources):
        self.name = name
        self.res = res
        self.kb_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._kb_entities: dict[str, list] = {}
        forms: dict[tuple[str, str], list] = {}
        for alias, entity in res.kb.surface_forms():
            if entity.label == "OFFICE":
                continue
            forms.setdefault((entity.label, alias), []).append(entity)
        for (label, alias), entities in sorted(forms.items()):
            key = f"{label}|{alias}"
            self._kb_entities[key] = entities
        for key in self._kb_entities:
            label, alias = key.split("|", 1)
            self.kb_matcher.add(key, [nlp.make_doc(alias)])
        self.outlets = PhraseMatcher(nlp.vocab, attr="ORTH")
        for outlet in res.outlets:
            self.outlets.add("OUTLET", [nlp.make_doc(outlet)])
        self.ruler = SpanRuler(nlp, name=f"{name}_ruler", spans_key=None, annotate_ents=False,
                               spans_filter=None, overwrite=False, validate=True)
        patterns = [p for p in load_patterns(res.root / "patterns" / "entities.jsonl") if p["label"] in ("GPE", "ORG", "PERSON")]
        self.ruler.add_patterns(patterns)
        self.roles = role_matcher(nlp, [r for r in res.roles if r.title])
        self.first_names = res.first_names
        self.ambiguous_first = res.ambiguous_first_names

    # -- pieces ------------------------------------------------------------
    def _kb_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.kb_matcher(doc):
            key = doc.vocab.strings[match_id]
            label = key.split("|", 1)[0]
            entities = self._kb_entities[key]
            span = Span(doc, start, end, label=label)
            span._.rule = "kb"
            span._.kb_id = entities[0].id if len(entities) == 1 else None
            spans.append(span)
        return spans

    def _blocked(self, doc: Doc) -> set[int]:
        """Tokens of outlet citations and parenthesised source lists."""
        blocked: set[int] = set()
        for _, start, end in self.outlets(doc):
            blocked.update(range(start, end))
        return blocked

    def _runs(self, doc: Doc, taken: set[int]) -> Iterable[tuple[int, int]]:
        """Maximal runs of name tokens not already covered by a span."""
        i, n = 0, len(doc)
        particles = self.res.particles
        while i < n:
            tok = doc[i]
            if i in taken or not _is_cap(tok):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < MAX_NAME_TOKENS and j not in taken:
                t = doc[j]
                if _is_cap(t) or _is_initial(t) or t.text in _SUFFIXES:
                    j += 1
                elif t.text in particles and j + 1 < n and _is_cap(doc[j + 1]) and (j + 1) not in taken:
                    j += 2
                elif t.text.startswith(("al-", "el-", "bin-")) and len(t.text) > 4 and t.text[3:4].isupper():
                    j += 1
                else:
                    break
            yield i, j
            i = j

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int, bool]:
        """Drop leading function words, cues and common words; say whether a cue was seen."""
        cued = False
        non_names = self.res.non_names
        while start < end:
            tok = doc[start]
            low = tok.lower_
            if low in self.res.person_cues_before:
                cued = True
                start += 1
            elif tok.is_stop or fold(tok.text) in non_names or self.res.kb.demonym(tok.text):
                start += 1
            else:
                break
        while end > start and (doc[end - 1].text in self.res.particles or fold(doc[end - 1].text) in non_names):
            end -= 1
        return start, end, cued

    def _cue_before(self, doc: Doc, start: int) -> bool:
        return start > 0 and doc[start - 1].lower_ in self.res.person_cues_before

    def _cue_after(self, doc: Doc, end: int) -> bool:
        return end < len(doc) and doc[end].lower_ in self.res.person_cues_after

    # -- the component -------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        blocked = self._blocked(doc)
        found = self._kb_spans(doc) + [s for s in self.ruler.match(doc)]
        for span in found:
            if not span._.rule:
                span._.rule = span.id_ or "pattern"
        found = [s for s in found if not any(i in blocked for i in range(s.start, s.end))]
        # Longest first; on equal length the KB wins over patterns (earlier in the list).
        found = filter_spans(found)
        taken = set(blocked)
        for s in found:
            taken.update(range(s.start, s.end))
        role_ends = set()
        for _, start, end in self.roles(doc):
            taken.update(range(start, end))
            role_ends.add(end)
        people: list[Span] = []
        orgs: list[Span] = []
        for start, end in self._runs(doc, taken):
            s, e, cued = self._trim(doc, start, end)
            if s >= e:
                continue
            span = Span(doc, s, e, label="PERSON")
            last = doc[e - 1].lower_
            if last in self.res.org_heads and e - s >= 2:
                span = Span(doc, s, e, label="ORG")
                span._.rule = "shape.org_head"
                orgs.append(span)
                continue
            first = doc[s].text
            if fold(span.text) in self.res.non_names:
                continue
            if e - s >= 2 and first in self.first_names and first not in self.ambiguous_first:
                span._.rule = "shape.first_name"
            elif cued or s in role_ends or self._cue_before(doc, s):
                span._.rule = "shape.cue_before"
            elif e - s >= MIN_TOKENS_VERB_CUE and self._cue_after(doc, e) and first in self.first_names:
                span._.rule = "shape.cue_after"
            else:
                continue
            people.append(span)
        known = {s[-1].text for s in found if s.label_ == "PERSON" and len(s) >= 2}
        people = self._surnames(doc, people, taken, known)
        add_mentions(doc, found + orgs + people)
        return doc

    def _surnames(self, doc: Doc, people: list[Span], taken: set[int], known: set[str]) -> list[Span]:
        """Single capitalised tokens that repeat a known person's surname ("Reed leads Norwood")."""
        surnames = known | {p[-1].text for p in people if len(p) >= 2}
        if not surnames:
            return people
        covered = set(taken)
        for p in people:
            covered.update(range(p.start, p.end))
        extra = []
        for i, tok in enumerate(doc):
            if i not in covered and tok.text in surnames:
                span = Span(doc, i, i + 1, label="PERSON")
                span._.rule = "shape.surname"
                extra.append(span)
        return people + extra
