"""Link every PERSON, GPE, ORG and OFFICE mention to a canonical entity.

Within a document, a surname or a shorter form ("Smith", "Petrov's",
"Karim Haddad") resolves to the longest full name that ends the same way.
Middle initials are part of a name ("George W. Smith" is not "George H. W.
Smith"; "George Smith" may be either and goes to the longest). Spellings that
differ only by transliteration (``models/lexicons/transliteration.tsv``:
"Yanukovych"/"Yanukovich", "Yulia"/"Iulia") are one person when the rest of
the name agrees in the document; the first spelling names it. An organisation's short form takes the
story's one full name ("Kestrel Motors" beside "Kestrel Motors Co.", "the Communist
Party" beside "the Chinese Communist Party"), and a national body named by its kind alone ("The Supreme
Court on Monday ...") takes the KB's body of the story's one country.
Full names are then looked up in the knowledge base by folded alias (case,
diacritics, hyphens, spacing), then by fuzzy match against the KB's people
(rapidfuzz, :data:`FUZZY_PERSON_CUTOFF`). A name the KB does not know gets the
id :func:`pipeline.nlp.kb.entity_id` derives from its label and folded name, so
"Ivo Petrović" in one shard and "Ivo Petrovic" in another are one entity. No
match is an explicit NIL: ``_.kb_id`` stays None.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable

import numpy as np
from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import SpanExtensions, get_span_value
from ..kb import PARTY_TYPE, Entity, KnowledgeBase, entity_id, fold
from ..resources import Resources, load_resources
from .common import (HYPHENS, NAMED_GIVEN_RULES, POSSESSIVE_ENDINGS, default_models_dir, family_name_first,
                     kb_people_by_surname, lone_surname_person, mentions, sentence_index, span_text, story_places,
                     token_texts)

#: rapidfuzz WRatio (0-100) a person's name needs to match a KB name it is not spelt as.
FUZZY_PERSON_CUTOFF = 92
#: rapidfuzz ratio (0-100) a KB person's surname needs to one word of a name fuzzily matched to it: WRatio
#: scores a subset of words as a match, so without it "Ana Ana" (its repeat dropped) or "Ana Petrova" is "Ana Ruiz".
FUZZY_SURNAME_CUTOFF = 75
#: Fuzzy KB lookups remembered per linker (a name recurs across the documents of a run); the
#: memo is emptied when it reaches this size, so memory stays bounded on any corpus.
FUZZY_MEMO_SIZE = 50_000
#: Place names whose KB ancestors the linker remembers (:meth:`Linker._place_context`), emptied when full as above.
PLACE_MEMO_SIZE = 50_000
#: Token texts whose name keys the linker remembers (:meth:`Linker._name_words`), and capitalised words whose
#: demonyms' countries it remembers (:meth:`Linker._story_countries`), each memo emptied when full as above.
WORD_MEMO_SIZE = 50_000
#: :meth:`Linker._name_words`' memo's answer for a text not seen yet (None is punctuation's).
_UNSEEN = object()
#: The span extensions the linker reads and writes (see :class:`SpanExtensions`).
LINKER_EXTENSIONS = ("entity_id", "entity", "kb_id", "role", "form")
#: Offices a generic role ("state lawmaker") may be refined to, looked up this many tokens around.
REFINE_WINDOW = 6
#: Words that join the places of a list ("Colorado, Washington and Oregon"): an ambiguous one is of their kind.
LIST_JOINERS = frozenset({",", "and", "or", "&"})
#: The words of a journey's two ends ("flying from Berlin to London"): like a list's, places of one kind.
ROUTE_FROM, ROUTE_TO = "from", "to"
#: The KB types of a city and of a state (a name both share: "New York").
CITY_TYPE, STATE_TYPE = "city", "state"
#: The preposition before a city's name where a state shares it ("died in New York"): :meth:`Linker._in_city`.
IN_WORD = "in"
#: the rule of a wire story's dateline (entities._datelines): the place it names is the city the story was filed in
DATELINE_RULE = "shape.dateline"
#: Words a body's short form needs to take the story's full name after a place ("Supreme Court"; not "Party").
MIN_SHORT_BODY_WORDS = 2
#: KB types of the bodies a story's one country owns by their kind's name alone ("the Supreme Court", "the National
#: Assembly": that country's court or chamber, :meth:`Linker._link_story_bodies`); parties and ministries not among them.
STORY_BODY_TYPES = frozenset({"legislature", "government_body"})
#: rapidfuzz's WRatio: scores of partial matches are scaled by at most 0.9 (so stay at or below 90),
#: and used only when one string is at least this many times longer than the other.
_WRATIO_PARTIAL_MAX = 90
_WRATIO_LENGTH_RATIO = 1.5
#: A party's name with a parenthesised qualifier ("Labour Party (Netherlands)"): the name without it is shared.
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")
#: Spellings one party's name is written in ("Israeli Labour Party" for the Israeli Labor Party): folded to one.
_SPELLINGS = (("labor", "labour"),)


@Language.factory("newsfacts_linker", assigns=["span._.entity_id", "span._.entity", "span._.kb_id"],
                  default_config={"models_dir": None})
def make_linker(nlp: Language, name: str, models_dir: str | None) -> "Linker":
    return Linker(name, load_resources(models_dir or default_models_dir()))


def _text(span: Span) -> str:
    """``span.text``, cut from the Doc's text (:func:`span_text`): ``span.text`` builds a Token per word."""
    return span_text(span.doc, span.start, span.end)


def _bare_words(span: Span) -> str:
    """A mention's folded words without an opening "the" ("The Supreme Court" → "supreme court")."""
    words = fold(_text(span)).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _initials(words: tuple) -> tuple:
    """The one-letter words of a folded name: its initials ("george w bush" → ("w",))."""
    return tuple(w for w in words if len(w) == 1)


def _named_by(spans: list[Span], start: int, spelt: Span | None = None, starts: list[int] | None = None,
              varied: bool | None = None) -> Span | None:
    """Which of the spans of one full name names the person: the nearest, or the first when the
    document spells it more than one way (transliteration variants). ``spelt``: the span itself,
    which names itself unless there are several spellings. ``starts`` and ``varied`` (several
    spellings) are the caller's, when it keeps them for many lookups."""
    if varied is None:
        varied = len({fold(s.text) for s in spans}) > 1
    if varied:
        return spans[0]
    return None if spelt is not None else _nearest(spans, start, starts)


def _same_surname(query: tuple[str, ...], hit: tuple[str, ...], suffixes: frozenset[str] = frozenset()) -> bool:
    """A fuzzy KB match keeps the KB person's surname (its last word before a suffix such as "jr.") among the
    name's words, spelt alike ("Rafik al-Hariri" is "Rafic Hariri", "Ana Ruiz Lopez" and "Ruiz Ana" are "Ana
    Ruiz"), and a word the name repeats is no word the KB name has once ("Ana Ana" is not "Ana Ruiz": token-set
    scoring drops repeats). A name of as many words as the KB's, or more, keeps its given name too, first or last
    ("Jean-Paul Martin" is not "Paul Martin"; a shorter one may drop it: "Tayyip Erdogan")."""
    if len(set(query)) != len(query) and fuzz.ratio(" ".join(query), " ".join(hit)) < FUZZY_PERSON_CUTOFF:
        return False
    names = [w for w in hit if w.rstrip(".") not in suffixes]
    if not names or not any(fuzz.ratio(word, names[-1]) >= FUZZY_SURNAME_CUTOFF for word in query):
        return False
    return len(query) < len(names) or any(fuzz.ratio(word, names[0]) >= FUZZY_SURNAME_CUTOFF
                                          for word in (query[0], query[-1]))


def _after_stance(span: Span) -> bool:
    """Whether a hyphen glues the span to the word before it, a stance's ("pro-Velmar Unity Party"): its first
    word may be no part of the name."""
    doc, k = span.doc, span.start
    return k > 1 and doc[k - 1].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_


def _nearest(spans: list[Span], start: int, starts: list[int] | None = None) -> Span:
    """The span nearest to ``start``, an earlier one on a tie (``spans`` are in document order;
    ``starts``, their starts, when the caller keeps them for many lookups)."""
    starts = [s.start for s in spans] if starts is None else starts
    i = bisect.bisect_left(starts, start)
    before = spans[i - 1] if i > 0 else None
    after = spans[i] if i < len(spans) else None
    if before is None or (after is not None and after.start - start < start - before.start):
        return after
    return before


class FuzzyCandidates:
    """The KB names a folded name may reach ``cutoff`` with under rapidfuzz's WRatio: every other
    name scores below it, so ``extractOne`` over these alone returns what it returns over all.

    With ``cutoff`` above 90, WRatio can reach it only between names whose lengths differ less
    than 1.5 times, where it is ``max(ratio, 0.95 * max(token_sort_ratio, token_set_ratio))``.
    ``ratio`` and ``token_sort_ratio``, and ``token_set_ratio`` of names that share no word, are
    ``100 * (1 - d / (n1 + n2))`` for an Indel distance ``d`` of the names (or of their words
    sorted), which is at least the difference of their character counts. So a name is a candidate
    when its length is in range and it shares a word with the query or its character counts allow
    ``cutoff``. Names with a repeated word (``token_set_ratio`` drops repeats) are always candidates.
    Scoring every name took ~0.3 ms per new name of a run (profiled: ~4% of a run); the filter over every name's
    character counts took ~0.25 ms more (~3%), so it reads only the names in the band of lengths the counts allow.
    """

    def __init__(self, keys: list[str], cutoff: float):
        self.keys = keys
        self.cutoff = cutoff
        self.active = cutoff > _WRATIO_PARTIAL_MAX and bool(keys)
        chars = sorted({c for k in keys for c in k})
        self.column = {c: i for i, c in enumerate(chars)}
        counts = np.zeros((len(keys), len(chars) + 1), dtype=np.int32)
        for row, key in enumerate(keys):
            for c in key:
                counts[row, self.column[c]] += 1
        #: per character, its count in every name (a row per character: a query reads only its own characters' rows)
        self.by_char = np.ascontiguousarray(counts.T)
        self.lengths = np.array([len(k) for k in keys], dtype=np.int64)
        self.always = np.array([len(set(k.split())) != len(k.split()) for k in keys], dtype=bool)
        # the names by length, and their character counts in that order: a query reads the band of lengths it may match
        # (as 32-bit integers: the band a query reads is cold in the cache after a document's other stages, and its
        # bytes, not its arithmetic, cost the time)
        self._length_order = np.argsort(self.lengths, kind="stable").astype(np.int32)
        self._sorted_lengths = self.lengths[self._length_order].astype(np.int32)
        self._sorted_length_list = self._sorted_lengths.tolist()
        self._key_lengths = [len(k) for k in keys]
        # as bytes where every count fits (a name has no character 256 times): a quarter of the memory the query
        # reads, which stays in the CPU's cache between the documents' few lookups
        dtype = np.uint8 if counts.max(initial=0) <= np.iinfo(np.uint8).max else np.int32
        self._by_char_by_length = np.ascontiguousarray(self.by_char[:, self._length_order].astype(dtype))
        self._count_top = int(np.iinfo(dtype).max)  # a query's count above it is cut to it (the names' are below)
        self._always_rows = frozenset(np.flatnonzero(self.always).tolist())
        self._bands: dict[int, tuple[int, int]] = {}  # query length -> :meth:`_band`
        self.by_word: dict[str, list[int]] = {}
        for row, key in enumerate(keys):
            for word in set(key.split()):
                self.by_word.setdefault(word, []).append(row)

    def __call__(self, query: str) -> list[str]:
        words = query.split()
        if not self.active or len(set(words)) != len(words):
            return self.keys
        n = len(query)
        keep = set(self._always_rows)
        for word in set(words):  # a name sharing a word, where the lengths are in range
            keep.update(row for row in self.by_word.get(word, ()) if _in_range(self._key_lengths[row], n))
        first, last = self._band(n)
        # The difference of character counts, sum |name - query| over the characters, is the two lengths less twice
        # what they share, sum min(name, query) over the query's own characters: a character no name has shares
        # nothing (a query reads its ~10 characters' rows of the band's names, not the whole matrix).
        column = self.column
        known = [(column[c], query.count(c)) for c in set(query) if c in column]
        if first < last and known:
            columns, wanted = zip(*known)
            counts = self._by_char_by_length[list(columns), first:last]  # the band's names alone
            # the counts' own dtype: a minimum of mixed dtypes casts every element (~10x the time); a query's count
            # above the names' largest is cut to it (the minimum is the name's either way)
            top = self._count_top
            shared = np.minimum(counts, np.array([min(k, top) for k in wanted], dtype=counts.dtype)[:, None]).sum(
                axis=0, dtype=np.int64)
            by_chars = 200 * shared >= self.cutoff * (self._sorted_lengths[first:last] + n)
            keep.update(self._length_order[first:last][by_chars].tolist())
        return [self.keys[i] for i in sorted(keep)]

    def _band(self, n: int) -> tuple[int, int]:
        """The slice of the names sorted by length whose character counts may reach the cutoff with a query of ``n``
        characters and whose length is in range: a name shares at most its length's characters, so ``200 *
        min(length, n) >= cutoff * (length + n)`` bounds it (widened by one either side; the counts decide)."""
        band = self._bands.get(n)
        if band is None:
            lengths, c = self._sorted_length_list, self.cutoff
            first = bisect.bisect_left(lengths, c * n / (200 - c) - 1)
            last = bisect.bisect_right(lengths, n * (200 - c) / c + 1)
            # the lengths in range are one run around n: step over the lengths out of it, at either end
            while first < last and not _in_range(lengths[first], n):
                first = bisect.bisect_right(lengths, lengths[first])
            while first < last and not _in_range(lengths[last - 1], n):
                last = bisect.bisect_left(lengths, lengths[last - 1])
            band = self._bands[n] = first, last
        return band


def _in_range(length: int, n: int) -> bool:
    """WRatio may score names of lengths ``length`` and ``n`` without partial matches (one pair; the arrays' test)."""
    return max(length, n) < _WRATIO_LENGTH_RATIO * min(length, n)


class Linker:
    def __init__(self, name: str, res: Resources):
        self.name = name
        self.res = res
        self.kb: KnowledgeBase = res.kb
        self.people = {fold(alias): e for alias, e in self.kb.surface_forms() if e.label == "PERSON"}
        self._people_keys = sorted(self.people)
        self._fuzzy_candidates = FuzzyCandidates(self._people_keys, FUZZY_PERSON_CUTOFF)
        self._fuzzy_memo: dict[str, str | None] = {}
        # a capitalised word -> the countries of the places it is the demonym of: :meth:`_story_countries`
        self._demonym_countries: dict[str, tuple[tuple[str, bool], ...]] = {}
        # a place's name -> the ids of its unambiguous place and what contains it, else (): :meth:`_place_context`
        # reads every story's places, and the same few hundred names recur across stories (the KB does not change)
        self._place_ancestors: dict[str, tuple[str, ...]] = {}
        self._word_keys: dict[str, str | None] = {}  # a token text -> its name key, None for punctuation: _name_words
        self.generic_roles = {r.id for r in res.roles if r.generic}
        self._name_suffixes = frozenset(fold(s).rstrip(".") for s in res.name_suffixes)  # "jr": no surname
        self._legal_suffixes = frozenset(fold(s).rstrip(".") for s in res.comma_heads)  # "inc", "co", "ltd"
        self._shared_party_names = self._index_shared_party_names()
        # the words that make "in <name>" a state's ("the primary in New York", "legally ... in New York"): _in_city
        self._state_sentence_words = res.state_cues | frozenset().union(*res.race_nouns.values())

    def __call__(self, doc: Doc) -> Doc:
        ext = SpanExtensions(LINKER_EXTENSIONS)
        self._link_people(doc, ext)
        places = mentions(doc, "GPE")
        context = self._place_context(places)
        listed = self._listed_with(doc, places)
        inside, around = self._written_beside(doc, places)
        for span in places:
            self._link_named(span, context, ext, listed.get(span.start, frozenset()),
                             beside=(inside.get(span.start, frozenset()), around.get(span.start, frozenset())))
        orgs = mentions(doc, "ORG")
        possessors = {p.end: p for p in places}
        bodies = [self._possessed_body(doc, span, possessors, ext) for span in orgs]
        told: tuple[set[str], set[str]] | None = None  # the story's countries, read at its first shared party name
        for span, body in zip(orgs, bodies):
            self._link_named(span, context, ext, body=body)
            if self._shared_party_names.get(self._party_key(ext.get(span, "entity") or _text(span))):
                if told is None:
                    told = self._story_countries(doc, places, ext)
                self._story_party(span, *told, ext)
        if len(orgs) > 1:
            if any(bodies):  # most stories possess no body by its kind
                self._link_bare_bodies(orgs, bodies, ext)
            self._link_short_orgs(orgs, ext)
        if orgs:
            self._link_story_bodies(doc, orgs, places, ext, told)
        for span in mentions(doc, "OFFICE"):
            self._link_office(doc, span, ext)
        return doc

    # -- people --------------------------------------------------------------
    def _link_people(self, doc: Doc, ext: SpanExtensions) -> None:
        people = mentions(doc, "PERSON")
        if not people:  # most documents: none of the indexes below
            return
        words = [self._name_words(doc, p) for p in people]
        # Distinct written forms and where each occurs: a long story repeats a few names many times.
        forms: dict[tuple, list[Span]] = {}
        for span, w in zip(people, words):
            if w:
                forms.setdefault(w, []).append(span)
        # Indexes, so a long document with many names and repeats stays linear.
        # a form's surname: its last word, or its first where the name puts the family name first ("Moon Jae-in")
        surname = {w: w[0] if family_name_first(_text(spans[0])) else self._last_word(w) for w, spans in forms.items()}
        by_last: dict[str, list[tuple]] = {}
        for w in forms:
            by_last.setdefault(surname[w], []).append(w)
        longest: dict[tuple, tuple | None] = {w: self._longest_form(w, by_last[surname[w]]) for w in forms}
        starts = {w: [s.start for s in spans] for w, spans in forms.items()}
        varied = {w: len({fold(_text(s)) for s in spans}) > 1 for w, spans in forms.items()}
        titled = self._titled_surnames(doc, people, words, longest)
        places: set[str] | None = None  # the story's places, read at its first lone surname no rule above names
        for span, w in zip(people, words):
            target = longest.get(w)
            full = _named_by(forms[target], span.start, starts=starts[target], varied=varied[target]) if target else None
            if full is None and w:
                full = _named_by(forms[w], span.start, spelt=span, starts=starts[w], varied=varied[w])
            name = _text(full) if full is not None else _text(span)
            if get_span_value(span, "rule") in NAMED_GIVEN_RULES:  # "Gbagbo's wife Simone": Simone Gbagbo
                name = get_span_value(span, "entity") or name
            entity = self._kb_person(name)
            if entity is None and full is None and len(w) == 1:
                entity = self._kb_surname(w[0]) or titled.get(span.start, titled.get(w[0]))
                if entity is None:
                    if places is None:
                        places = story_places(self.kb, doc, (_text(p) for p in mentions(doc, "GPE")))
                    entity = lone_surname_person(self.kb, w[0], places)
            if entity is not None:
                ext.set(span, kb_id=entity.id, entity_id=entity.id, entity=entity.name)
            else:
                ext.set(span, entity_id=entity_id("PERSON", name), entity=name)

    def _titled_surnames(self, doc: Doc, people: list[Span], words: list[tuple],
                         longest: dict[tuple, tuple | None]) -> dict[str | int, Entity | None]:
        """Lone surnames that a title names ("President Bush", "British PM Blair" in a story that gives no full
        name): the one KB person of that surname who held the office the title before it resolves to, even where
        the KB marks the surname ``ambiguous``. Keyed by the titled span's start (None where its title names no
        one: "Governor Brown" of two KB governors) and by the surname, which the story's untitled lone uses of it
        (its headline) follow when its titles agree on one person."""
        out: dict[str | int, Entity | None] = {}
        if not any(len(w) == 1 and longest.get(w) is None for w in words):
            return out  # no lone surname (most Docs): the offices are not read
        offices = {o.end: o for o in mentions(doc, "OFFICE")}
        found: dict[str, set[str]] = {}
        for span, w in zip(people, words):
            office = offices.get(span.start)
            if office is None or len(w) != 1 or longest.get(w) is not None:
                continue
            held = get_span_value(office, "entity")
            hits = list({e.id: e for e in self._surname_people(w[0])  # a person of two aliases ("Donald J. Trump") once
                         if held and any(h.get("office") == held for h in e.offices)}.values())
            out[span.start] = hits[0] if len(hits) == 1 else None
            # "": a title that names no one leaves the untitled uses unnamed
            found.setdefault(w[0], set()).add(hits[0].id if len(hits) == 1 else "")
        for word, ids in found.items():
            if len(ids) == 1 and "" not in ids:
                out[word] = next(e for e in self._surname_people(word) if e.id in ids)
        return out

    def _surname_people(self, word: str) -> list[Entity]:
        """The KB's people whose surname is ``word`` (folded): :func:`kb_people_by_surname`."""
        return kb_people_by_surname(self.kb).get(word, [])

    def _last_word(self, w: tuple) -> str:
        """A name's last word before a suffix ("kennedy" of "James P. Kennedy Jr."): the surname a repeat names."""
        return w[-2] if len(w) > 2 and w[-1].rstrip(".") in self._name_suffixes else w[-1]

    @staticmethod
    def _longest_form(w: tuple, forms: Iterable[tuple]) -> tuple | None:
        """The longest form this one abbreviates among ``forms``, those of its last word (:meth:`_last_word`: before a
        suffix): its words a subset ("Smith" → "Jane Smith", "Kennedy" → "James P. Kennedy Jr.")."""
        best = None
        initials = _initials(w)
        for other in forms:
            if len(other) > len(w) and set(w) <= set(other) and (not initials or initials == _initials(other)):
                if best is None or (len(other), other) > (len(best), best):
                    best = other
        return best

    def _name_words(self, doc: Doc, span: Span) -> tuple[str, ...]:
        """The name keys (:meth:`Resources.name_key`) of ``span``'s words, punctuation left out: read from the token
        texts, each text's key remembered (a name's words recur across a run's stories; the key loops over the
        transliterations, and ``Token.is_punct`` builds a Token per word)."""
        memo = self._word_keys
        out = []
        for text in token_texts(doc)[span.start:span.end]:
            key = memo.get(text, _UNSEEN)
            if key is _UNSEEN:
                if len(memo) >= WORD_MEMO_SIZE:
                    memo.clear()
                # a token's punctuation flag is its lexeme's: the same for every token of the text
                key = memo[text] = None if doc.vocab[text].is_punct else self.res.name_key(text)
            if key is not None:
                out.append(key)
        return tuple(out)

    def _kb_person(self, name: str) -> Entity | None:
        key = fold(name)
        if key in self.people:
            return self.people[key]
        if len(key.split()) < 2 or not self._people_keys:
            return None
        if key not in self._fuzzy_memo:
            if len(self._fuzzy_memo) >= FUZZY_MEMO_SIZE:
                self._fuzzy_memo.clear()
            hit = process.extractOne(key, self._fuzzy_candidates(key), scorer=fuzz.WRatio,
                                     score_cutoff=FUZZY_PERSON_CUTOFF)
            # middle initials are part of a name: "George W." is not "George H. W."
            ok = hit is not None and _initials(tuple(hit[0].split())) == _initials(tuple(key.split())) \
                and _same_surname(tuple(key.split()), tuple(hit[0].split()), self._name_suffixes)
            self._fuzzy_memo[key] = hit[0] if ok else None
        found = self._fuzzy_memo[key]
        return self.people[found] if found is not None else None

    def _kb_surname(self, word: str) -> Entity | None:
        """A lone surname names a KB person only when exactly one KB person has it, and the KB does not
        mark the person ``ambiguous`` (a surname such as "Brown" or "Key" that many people share)."""
        hits = {e.id: e for e in self._surname_people(word)}
        hits = {} if any(e.ambiguous for e in hits.values()) else hits
        return next(iter(hits.values())) if len(hits) == 1 else None

    # -- places and organisations ----------------------------------------------
    def _place_context(self, places: list[Span]) -> set[str]:
        """Ids of places (and what contains them) that the document names unambiguously."""
        ids: set[str] = set()
        seen: set[str] = set()  # a story names its places again and again: each name is read once
        memo = self._place_ancestors
        for p in places:
            text = _text(p)
            if text in seen:
                continue
            seen.add(text)
            ancestors = memo.get(text)
            if ancestors is None:
                if len(memo) >= PLACE_MEMO_SIZE:
                    memo.clear()
                found = self.kb.lookup("GPE", text)
                ancestors = memo[text] = tuple(e.id for e in self.kb.ancestors(found[0])) if len(found) == 1 else ()
            ids.update(ancestors)
        return ids

    def _listed_with(self, doc: Doc, places: list[Span]) -> dict[int, frozenset[str]]:
        """Start of each place mention -> the types of the unambiguous places listed beside it ("Colorado,
        Washington and Oregon": states), joined by a comma, "and" or "or" alone, or a journey's other end ("from Athens
        to New York": cities): a name two places share is the kind of place its list names."""
        out: dict[int, set[str]] = {}
        for a, b in zip(places, places[1:]):  # most places stand in no list: only a listed pair is looked up
            if 0 < b.start - a.end <= 2 and all(t.lower_ in LIST_JOINERS for t in doc[a.end:b.start]) \
                    or self._route(doc, a, b):
                for span, other in ((a, b), (b, a)):
                    kinds = {e.type for e in self.kb.lookup("GPE", _text(other))}
                    if len(kinds) == 1:  # one place, or places of one kind ("Athens": two cities)
                        out.setdefault(span.start, set()).update(kinds)
        return {k: frozenset(v) for k, v in out.items()}

    @staticmethod
    def _route(doc: Doc, a: Span, b: Span) -> bool:
        """"from Athens to New York": a journey's two ends, places of one kind."""
        return b.start == a.end + 1 and doc[a.end].lower_ == ROUTE_TO and a.start > 0 \
            and doc[a.start - 1].lower_ == ROUTE_FROM

    def _written_beside(self, doc: Doc, places: list[Span]
                        ) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
        """Two place mentions joined by a comma ("Kent, Washington", "Surrey, British Columbia"): (the first's start ->
        the ids of every place the second may be, the second's start -> the ids of every place around what the first
        may be). A name two places share is the one inside the other (the first) or around it (the second), the way
        news writes a town before its state or country."""
        inside: dict[int, frozenset[str]] = {}
        around: dict[int, frozenset[str]] = {}
        for a, b in zip(places, places[1:]):  # most places stand before no comma and place: only those are looked up
            if b.start == a.end + 1 and doc[a.end].text == ",":
                inner, outer = self.kb.lookup("GPE", _text(a)), self.kb.lookup("GPE", _text(b))
                inside[a.start] = frozenset(e.id for e in outer)
                around[b.start] = frozenset(x.id for e in inner for x in list(self.kb.ancestors(e))[1:])
        return inside, around

    def _possessed_body(self, doc: Doc, span: Span, possessors: dict[int, Span], ext: SpanExtensions
                        ) -> Entity | None:
        """The KB's body a country's possessive names by its kind ("Russia's Central Election Commission": the Central
        Election Commission of Russia, "Zembla's Supreme Court"): a name the KB lacks as written, after "'s" and a
        place, that the KB has with the place's name or demonym, and whose body is part of that place; None else."""
        if ext.get(span, "kb_id") or span.start < 2 or doc[span.start - 1].text not in POSSESSIVE_ENDINGS \
                or span.start - 1 not in possessors or self.kb.lookup("ORG", ext.get(span, "entity") or _text(span)):
            return None
        name = _text(span)
        if name.lower().startswith("the "):
            name = name[len("the "):]
        for place in self.kb.lookup("GPE", _text(possessors[span.start - 1])):
            forms = [f"{name} of {place.name}", f"{name} of the {place.name}", f"{place.name} {name}",
                     *(f"{d} {name}" for d in place.demonyms)]
            bodies = {e.id: e for f in forms for e in self.kb.lookup("ORG", f) if e.part_of == place.id}
            if len(bodies) == 1:
                return next(iter(bodies.values()))
        return None

    def _link_named(self, span: Span, context: set[str], ext: SpanExtensions,
                    listed: frozenset[str] = frozenset(), body: Entity | None = None,
                    beside: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> None:
        if body is not None:  # a country's body named by its kind (:meth:`_possessed_body`)
            ext.set(span, kb_id=body.id, entity_id=body.id, entity=body.name)
            return
        # a name a component already gave ("Tories": Conservative Party) is looked up instead of the text
        given, kb_id = ext.get(span, "entity"), ext.get(span, "kb_id")
        # the name is looked up only without a KB id (four mentions of five have one from the entity stages)
        candidates = self.kb.lookup(span.label_, given or _text(span)) if not kb_id else []
        if kb_id:
            entity = self.kb.get(kb_id)
        elif len(candidates) > 1:
            # Ambiguous ("Georgia"): the one inside the place written after it or around the one before it ("Kent,
            # Washington": :meth:`_written_beside`), else the one that contains or shares the document's places, else
            # the kind of place listed beside it, else a national capital over a state of its name (news writes
            # "Washington" alone for the capital), else the larger place (a county over a town of its name: "Kent").
            # A dateline names the city the story was filed in ("NEW YORK (Reuters) -"), no state of its name.
            states = any(e.type == STATE_TYPE for e in candidates)
            inside, around = beside
            # A compound of where something is based or goes ("London-based", "New York-bound") names the best-known
            # city of the name (a national capital over a town abroad), whatever the story's other places.
            # A market's sentence names the city of a name a city and a state share ("$50 a barrel in New York").
            dateline = get_span_value(span, "rule") == DATELINE_RULE
            compound = self._city_compound(span)
            # After the story's places and lists, "in" names the city ("died in New York") in a sentence of no
            # state's laws, voters, race or office (:meth:`_in_city`).
            market, sentence = self._market_city(span, candidates)
            in_city = sentence is not None and self._in_city(span, sentence)  # once, not per candidate
            entity = max(candidates, key=lambda e: (self._shares(e, inside) or e.id in around,
                                                    (dateline or compound or market) and e.type == CITY_TYPE,
                                                    compound and e.capital, e.id in context,
                                                    self._shares(e, context), e.type in listed,
                                                    in_city and e.type == CITY_TYPE,
                                                    states and e.capital, e.level))
        else:
            entity = candidates[0] if candidates else None
        if entity is not None:
            ext.set(span, kb_id=entity.id, entity_id=entity.id, entity=entity.name)
        else:
            name = given or _text(span)
            ext.set(span, entity_id=entity_id(span.label_, name), entity=name)

    def _city_compound(self, span: Span) -> bool:
        """The place opens a compound of city_compounds.tsv ("London-based", "New York-bound")."""
        doc, end = span.doc, span.end
        return end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_ and doc[end + 1].lower_ in self.res.city_compounds

    def _market_city(self, span: Span, candidates: list[Entity]) -> tuple[bool, Span | None]:
        """(A name a city and a state share, in a sentence with a word of market_cues.tsv ("crude rose above $50 a
        barrel in New York"), with no office right after it or its "'s" ("New York Attorney General Eliot Spitzer's
        probe hit insurers' stocks": the state's office); the sentence of such a name, else None)."""
        kinds = {e.type for e in candidates}
        if not {CITY_TYPE, STATE_TYPE} <= kinds:
            return False, None
        doc = span.doc
        sents, sent_of = sentence_index(doc)
        sent = sents[sent_of[span.start]]
        if not any(t.lower_ in self.res.market_cues for t in sent):
            return False, sent
        after = span.end + (span.end < len(doc) and doc[span.end].text in POSSESSIVE_ENDINGS)
        return not any(o.start in (span.start, after) for o in mentions(doc, "OFFICE")), sent

    def _in_city(self, span: Span, sent: Span) -> bool:
        """"in" before a name a city and a state share ("died in New York", "officials met in New York"), in a
        sentence with no word of state_cues.tsv, no race noun and no office ("the primary in New York", "New York
        Governor X said flooding in New York ..."): the city, as news writes it."""
        doc = span.doc
        if span.start == 0 or doc[span.start - 1].lower_ != IN_WORD:
            return False
        words = self._state_sentence_words
        return not any(t.lower_ in words for t in sent) \
            and not any(sent.start <= o.start < sent.end for o in mentions(doc, "OFFICE"))

    # -- parties of a name several countries share --------------------------------
    @staticmethod
    def _party_key(name: str) -> str:
        """A party's name folded for :meth:`_index_shared_party_names` ("the Labor Party": "labour party")."""
        key = fold(_QUALIFIER.sub("", name))
        key = key[len("the "):] if key.startswith("the ") else key
        for spelling, common in _SPELLINGS:
            key = re.sub(rf"\b{spelling}\b", common, key)
        return key

    def _index_shared_party_names(self) -> dict[str, dict[str, frozenset[str]]]:
        """A party's name without its country (its qualifier, or the country's or its place's name or demonym
        before it, or "of" the country after it) -> {country id -> the KB parties of that country so named}, for
        the names two countries' parties share ("Labour Party": the United Kingdom's, Malta's, Israel's, ...)."""
        index: dict[str, dict[str, set[str]]] = {}
        for party in self.kb.entities.values():
            if party.label != "ORG" or party.type != PARTY_TYPE:
                continue
            place = self.kb.get(party.part_of)
            country = self.kb.at_level(place, "country") if place is not None else None
            if country is None:
                continue
            words = {fold(w) for e in {place, country} for w in (e.name, *e.demonyms)}
            for form in (party.name, *party.aliases):
                key = self._party_key(form)
                for w in words:
                    if key.startswith(w + " "):
                        key = key[len(w) + 1:]
                    for tail in (f" of {w}", f" of the {w}"):
                        if key.endswith(tail):
                            key = key[:-len(tail)]
                if " " in key:  # a name, not a lone word or initials ("Labour", "PS"): the short names' table
                    index.setdefault(key, {}).setdefault(country.id, set()).add(party.id)
        return {k: {c: frozenset(v) for c, v in by.items()} for k, by in index.items() if len(by) > 1}

    def _story_countries(self, doc: Doc, places: list[Span], ext: SpanExtensions) -> tuple[set[str], set[str]]:
        """The ids of the countries the story names, by its places as linked ("London": the United Kingdom's capital)
        and its demonyms ("Canadian", "Israeli"), and of those of them whose provinces or states it names (a place of
        the state level, or its demonym: "Ontario", "New Brunswickers")."""
        countries: set[str] = set()
        provinces: set[str] = set()
        for e in (e for p in places if (e := self.kb.get(ext.get(p, "kb_id"))) is not None):
            if (country := self.kb.at_level(e, "country")) is not None:
                countries.add(country.id)
                if e.type == STATE_TYPE:
                    provinces.add(country.id)
        memo = self._demonym_countries
        for text in token_texts(doc):  # the Doc's cached strings: no Token per word read
            if text[:1].isupper():
                if (found := memo.get(text)) is None:
                    if len(memo) >= WORD_MEMO_SIZE:
                        memo.clear()
                    found = memo[text] = tuple((c.id, e.type == STATE_TYPE) for e in self.kb.demonym(text)
                                               if (c := self.kb.at_level(e, "country")) is not None)
                for country_id, state in found:
                    countries.add(country_id)
                    if state:
                        provinces.add(country_id)
        return countries, provinces

    def _story_party(self, span: Span, countries: set[str], provinces: set[str], ext: SpanExtensions) -> None:
        """A party's name several countries' parties share ("the opposition Labour Party", "the Conservatives") names
        the party of the one country of them the story names, when the story does not name the country of the party
        it was linked to ("Labour Party" in a story on Israel: the Israeli Labor Party, not the United Kingdom's). In a
        story naming a province of a country whose provinces' parties are their own (provincial_party_countries.tsv:
        "Bernard Lord's Tories" in New Brunswick) it names no national party: it is left unlinked."""
        linked = self.kb.get(ext.get(span, "kb_id"))
        if linked is not None:
            if linked.type != PARTY_TYPE:
                return
            place = self.kb.get(linked.part_of)
            own = self.kb.at_level(place, "country") if place is not None else None
            if own is None or own.id in countries:
                return
        name = ext.get(span, "entity") or _text(span)
        told = [(country, ids) for country, ids in self._shared_party_names[self._party_key(name)].items()
                if country in countries]
        if len(told) != 1 or len(told[0][1]) != 1:
            return
        country, ids = told[0]
        if country in self.res.provincial_party_countries and country in provinces:
            if linked is not None:  # another country's party: none rather than the wrong one
                ext.set(span, kb_id=None, entity_id=entity_id(span.label_, name), entity=name)
            return
        party = self.kb.get(next(iter(ids)))
        ext.set(span, kb_id=party.id, entity_id=party.id, entity=party.name)

    def _link_bare_bodies(self, orgs: list[Span], bodies: list[Entity | None], ext: SpanExtensions) -> None:
        """A body named by its kind alone where the story also names it with a country's possessive takes that
        country's body ("Supreme Court Ruling Expected ... Ukraine's Supreme Court": both the Supreme Court of
        Ukraine), when one body alone was so possessed with that kind's words and no other possessor's body of that
        kind is unknown ("Georgia's Supreme Court" beside it: either); a possessed mention and one the KB knows stay."""
        possessed: dict[str, set[str | None]] = {}
        after_possessive = [span.start > 0 and span.doc[span.start - 1].text in POSSESSIVE_ENDINGS for span in orgs]
        for span, body, owned in zip(orgs, bodies, after_possessive):
            if owned:
                possessed.setdefault(_bare_words(span), set()).add(body.id if body is not None else None)
        for span, owned in zip(orgs, after_possessive):
            ids = possessed.get(_bare_words(span), set())
            if not owned and len(ids) == 1 and None not in ids and not ext.get(span, "kb_id"):
                entity = self.kb.get(next(iter(ids)))
                ext.set(span, kb_id=entity.id, entity_id=entity.id, entity=entity.name)

    def _story_country(self, told: tuple[set[str], set[str]]) -> Entity | None:
        """The one country a story names (:meth:`_story_countries`: its places as linked, a dateline's "WASHINGTON"
        in the United States, and its demonyms, "the Irish referendum"); None where it names none or several."""
        countries, _ = told
        return self.kb.get(next(iter(countries))) if len(countries) == 1 else None

    def _link_story_bodies(self, doc: Doc, orgs: list[Span], places: list[Span], ext: SpanExtensions,
                           told: tuple[set[str], set[str]] | None) -> None:
        """A national body named by its kind alone ("The Supreme Court on Monday let stand ...", "the National
        Assembly also suspends its activity") that the KB knows for the story's one country (:meth:`_story_country`)
        is that country's body (:data:`STORY_BODY_TYPES`), as a possessive would name it (:meth:`_possessed_body`).
        Only after "the" or at a line's start: "the province's Supreme Court", "the state Supreme Court" are another
        place's, and so is a short form that took the story's full name ("the Nebraska Supreme Court ... the Supreme
        Court"); a story naming two countries, or none, links nothing."""
        bare = [s for s in orgs if not ext.get(s, "kb_id") and ext.get(s, "entity") in (_text(s), None) and (
            s.start == 0 or doc[s.start - 1].lower_ == "the" or "\n" in doc[s.start - 1].text)]
        if not bare:  # most stories: every organisation linked or named in full
            return
        country = self._story_country(told if told is not None else self._story_countries(doc, places, ext))
        if country is None:
            return
        for span in bare:
            if any(self.kb.demonym(t.text) or self.kb.lookup("GPE", t.text) for t in span):
                continue  # "Slovakian Parliament": a place's name inside, no kind's name alone
            name = _text(span)
            if name.lower().startswith("the "):
                name = name[len("the "):]
            forms = [f"{name} of {country.name}", f"{name} of the {country.name}", f"{country.name} {name}",
                     *(f"{d} {name}" for d in country.demonyms)]
            bodies = {e.id: e for f in forms for e in self.kb.lookup("ORG", f)
                      if e.part_of == country.id and e.type in STORY_BODY_TYPES}
            if len(bodies) == 1:
                body = next(iter(bodies.values()))
                ext.set(span, kb_id=body.id, entity_id=body.id, entity=body.name)

    def _link_short_orgs(self, orgs: list[Span], ext: SpanExtensions) -> None:
        """A short form of an organisation takes the story's full name, when one full name alone fits it: a company
        without its legal suffix or the words before it ("Kestrel" or "Kestrel Motors" beside "Kestrel Motors Co."),
        a body without the place or demonym its full name opens with ("the Communist Party" beside "the Zemblan
        Communist Party", "the Supreme Court" beside "the Velmar Supreme Court")."""
        words = [tuple(fold(_text(s)).split()) for s in orgs]
        for span, short in zip(orgs, words):
            fits = {ext.get(o, "entity_id"): o for o, full in zip(orgs, words)
                    if len(full) > len(short) and not _after_stance(o) and self._short_form(short, full)}
            if len(fits) == 1:
                full = next(iter(fits.values()))
                ext.set(span, kb_id=ext.get(full, "kb_id"), entity_id=ext.get(full, "entity_id"),
                        entity=ext.get(full, "entity"))

    def _short_form(self, short: tuple, full: tuple) -> bool:
        """Whether ``short`` names the organisation ``full`` (folded words): its opening words before a legal suffix,
        or its closing words (two at least, a head's name) after a place or demonym."""
        if full[:len(short)] == short:
            return full[-1].rstrip(".") in self._legal_suffixes
        place = " ".join(full[:len(full) - len(short)])
        return len(short) >= MIN_SHORT_BODY_WORDS and full[len(full) - len(short):] == short and bool(
            self.kb.demonym(place) or self.kb.lookup("GPE", place))

    def _shares(self, entity: Entity, context: set[str]) -> bool:
        return any(a.id in context for a in list(self.kb.ancestors(entity))[1:])

    # -- offices -----------------------------------------------------------------
    def _link_office(self, doc: Doc, span: Span, ext: SpanExtensions) -> None:
        name = ext.get(span, "entity") or _text(span)
        if ext.get(span, "role") in self.generic_roles and ext.get(span, "form") != "seat":  # "MP for Eastleigh"
            name = self._refine(doc, span, name)  # is already specific
        office = self.kb.lookup("OFFICE", name)
        if office:
            ext.set(span, kb_id=office[0].id, entity_id=office[0].id, entity=office[0].name)
        else:
            ext.set(span, entity_id=entity_id("OFFICE", name), entity=name)

    def _refine(self, doc: Doc, span: Span, name: str) -> str:
        """A generic office ("Member of the Illinois General Assembly") held by a nearby KB person
        whom the KB records in a specific one of the same place ("… Illinois State Senate"): a seat of the same
        kind ("Member of ..."), never another office of that place ("told lawmakers that X's request": X's
        presidency is no lawmaker's office)."""
        place = span._.jurisdiction
        if not place:
            return name
        kind = name.split(" of ", 1)[0] + " of "
        pattern = re.compile(rf"\b{re.escape(place)}\b")
        _, sent_of = sentence_index(doc)
        near = [p for p in mentions(doc, "PERSON")
                if sent_of[p.start] == sent_of[span.start]
                and min(abs(p.end - span.start), abs(span.end - p.start)) <= REFINE_WINDOW]
        for person in sorted(near, key=lambda p: abs(p.start - span.start)):
            entity = self.kb.get(person._.kb_id)
            for held in entity.offices if entity else ():
                office = held.get("office", "")
                if office.startswith(kind) and pattern.search(office):
                    return office
        return name
