"""Helpers shared by the components: where the models are, patterns, adding mentions."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from spacy.attrs import IDX, LOWER, ORTH
from spacy.lang.lex_attrs import lower as _spacy_lower
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ...errors import DataError
from ..extensions import MENTIONS
from ..kb import read_jsonl
from ...settings import DEFAULT_MODELS

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher

    from ..kb import Entity, KnowledgeBase


#: ``doc.spans[CONTEXT_PLACES]``: places named inside other names ("Election Commission of Ruritania").
#: They are not GPE mentions, but they tell an office its country.
CONTEXT_PLACES = "newsfacts_context_places"
#: ``doc.spans[PERSON_CANDIDATES]``: runs of name shapes no cue made a person ("Ivo Petrov scored"); a
#: statistical NER may confirm them (``newsfacts_ner``).
PERSON_CANDIDATES = "newsfacts_person_candidates"


#: The rule of an organisation named by a party's short name or adjective ("Tories", "Republican":
#: ``party_short_names.tsv``); such a mention is a party whether or not the KB knows it.
SHORT_PARTY_RULE = "lexicon.party_short_name"
#: The rule of a nation's branch of a party named by a demonym before a party's short name ("Welsh Labour",
#: "the Scottish Conservatives") that the KB does not know: a party too.
NATIONAL_PARTY_RULE = "lexicon.national_party"
#: The rule of an organisation an apposition describes as no party ("X, the city's transport company"): an institution,
#: whose chairman or leader holds no party's or country's office.
INSTITUTION_APPOSITION_RULE = "shape.org_apposition_institution"
#: The rule of a given name alone after a relative's possessive ("Ruiz's wife Ana"): the entities stage sets its
#: canonical name (given name and the relative's surname), which the linker keeps.
KIN_GIVEN_RULE = "shape.kin_given"
#: The rule of a given name that shares the surname of the name after "and" ("Ray and Eleanor Heald": Ray Heald).
SHARED_SURNAME_RULE = "shape.shared_surname"
#: The rules whose spans the entities stage names (a given name and a surname written elsewhere): the linker keeps it.
NAMED_GIVEN_RULES = frozenset({KIN_GIVEN_RULE, SHARED_SURNAME_RULE})


#: Fewest capitals of an acronym defined in parentheses ("(INEC)"); a capitalised word in them is no acronym.
MIN_ACRONYM_CAPITALS = 2
#: Longest acronym read ("(UNAMSIL)"); a longer all-caps word in parentheses is a shouted word, not a name.
MAX_ACRONYM_CHARS = 10


def is_acronym(text: str) -> bool:
    """"INEC", "PiS", "M&S": letters (and "&") with at least MIN_ACRONYM_CAPITALS capitals, starting with one."""
    return 2 <= len(text) <= MAX_ACRONYM_CHARS and text[0].isupper() and all(c.isalpha() or c == "&" for c in text) \
        and sum(c.isupper() for c in text) >= MIN_ACRONYM_CAPITALS


def party_entities(org: Span, kb: "KnowledgeBase | None") -> list["Entity"]:
    """The KB's political parties an organisation mention may be (:meth:`KnowledgeBase.parties`)."""
    return kb.parties(org._.entity or org.text) if kb is not None else []


def is_party(org: Span, kb: "KnowledgeBase | None") -> bool:
    """The organisation mention names a political party: a party's short name (alone or after a demonym), or a
    party of the KB."""
    return org._.rule in (SHORT_PARTY_RULE, NATIONAL_PARTY_RULE) or bool(party_entities(org, kb))


def default_models_dir() -> Path:
    """The default models folder (``settings.DEFAULT_MODELS``; ``--models`` overrides it through the config)."""
    return DEFAULT_MODELS


def load_patterns(path: Path) -> list[dict]:
    """spaCy ruler patterns from one JSONL file; each needs ``label``, ``pattern`` and ``id``."""
    patterns: list[dict] = []
    seen: set[str] = set()
    if not path.is_file():
        raise DataError(f"{path}: missing pattern file")
    for where, rec in read_jsonl(path):
        if not isinstance(rec, dict) or not {"label", "pattern", "id"} <= rec.keys():
            raise DataError(f"{where}: a pattern needs 'label', 'pattern' and 'id'")
        if not isinstance(rec["pattern"], (str, list)):
            raise DataError(f"{where}: 'pattern' must be a string or a list of token patterns")
        if rec["id"] in seen:
            raise DataError(f"{where}: duplicate pattern id {rec['id']!r}")
        seen.add(rec["id"])
        patterns.append({k: rec[k] for k in ("label", "pattern", "id")})
    return patterns


def add_mentions(doc: Doc, spans: Iterable[Span]) -> None:
    """Append spans to ``doc.spans["mentions"]``, kept in document order.

    The mentions there are read from :func:`mentions`' spans, and the new list is what it gives next:
    a ``SpanGroup`` builds a ``Span`` per mention on every read (three reads and writes per document)."""
    group = mentions(doc)
    group.extend(spans)
    group.sort(key=lambda s: (s.start, -s.end, s.label_))
    doc.spans[MENTIONS] = group
    _remember_mentions(doc, group)


_MENTIONS = "newsfacts_mentions"


def mentions(doc: Doc, *labels: str) -> list[Span]:
    """The mentions of the given labels (all when none given), in document order.

    Iterating a ``SpanGroup`` builds a new ``Span`` per mention, and the stages ask about
    eleven times per document: the spans are built once per state of ``doc.spans["mentions"]``
    (the group object, which every stage replaces to change it, and its length) and indexed by label.
    """
    # ``doc.spans`` is a UserDict: its ``data`` dict is read directly (its ``in`` and ``[]`` are two Python calls, and
    # the stages ask ~16 times per document)
    group = doc.spans.data.get(MENTIONS)
    if group is None:
        return []
    cached = doc.user_data.get(_MENTIONS)
    if cached is None or cached[0] is not group or cached[1] != len(group):
        cached = _remember_mentions(doc, list(group))
    if not labels:
        return list(cached[2])
    if len(labels) == 1:
        return list(cached[3].get(labels[0], ()))
    return [s for s in cached[2] if s.label_ in labels]


def _remember_mentions(doc: Doc, spans: list[Span]) -> tuple:
    """Keep ``spans``, the Spans of the group now in ``doc.spans["mentions"]`` (in its order), for :func:`mentions`."""
    by_label: dict[str, list[Span]] = {}
    for span in spans:
        by_label.setdefault(span.label_, []).append(span)
    cached = doc.user_data[_MENTIONS] = (doc.spans[MENTIONS], len(spans), spans, by_label)
    return cached


#: Token-pattern keys whose value is a token's exact text, and the attribute each compares.
_ANCHOR_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER}
#: A quantifier ``{n}``, ``{n,m}``, ``{n,}`` or ``{,m}``: its least count.
_QUANTIFIER = re.compile(r"^\{(\d*)(?:,\d*)?\}$")


class PatternGate:
    """Words without which none of a set of spaCy token patterns can match.

    A ``Matcher`` walks every token of every Doc (a ``Token`` object per token, whatever the
    patterns), yet most documents hold none of the words its patterns require ("County",
    "votes", "%"): :meth:`may_match` says, from the Doc's token ids alone, whether running it can
    find anything. Every pattern needs one token that must match (no ``?``/``*``/``!``) and names
    its ``ORTH``/``TEXT``/``LOWER`` exactly or by ``IN``: the last such token is taken, the head word
    of a shape ("Orange County", "52 percent", "1,380 of 1,381 votes"), as the words before it ("of",
    "-") are common. A pattern without one (or a phrase pattern, a string) opens the gate for every Doc, unless
    ``needs`` gives it lower-case words one of which every Doc a match of it is kept in holds (the first words of the
    phrases that must stand before or after it: "turnout" for a bare number kept only after "turnout of"). The needs
    also stand in for an anchor made of signs alone ("-" of "52-48 margin"), which nearly every Doc holds.
    """

    def __init__(self, vocab: Vocab, patterns: Iterable[list[dict] | str],
                 needs: Iterable[tuple[str, ...]] | None = None):
        self.words: dict[int, set[str]] = {ORTH: set(), LOWER: set()}
        self.always = False
        patterns = list(patterns)
        for pattern, need in zip(patterns, needs if needs is not None else [()] * len(patterns)):
            anchor = pattern_anchor(pattern) if isinstance(pattern, list) else None
            if need and (anchor is None or not any(w.isalnum() for word in anchor[1] for w in word)):
                anchor = LOWER, list(need)  # a sign ("-" of "52-48") stands in nearly every Doc: the need is rarer
            if anchor is None:
                self.always = True
                break
            attr, words = anchor
            self.words[attr].update(words)

    def may_match(self, doc: Doc) -> bool:
        """False only when no pattern can match in ``doc``: read from the Doc's cached token strings
        (:func:`token_texts`, :func:`token_lowers`: the stages read them anyway), no array of ids per call."""
        if self.always:
            return True
        return bool(len(doc)) and not (self.words[ORTH].isdisjoint(token_texts(doc))
                                       and self.words[LOWER].isdisjoint(token_lowers(doc)))


def pattern_anchor(pattern: list[dict]) -> tuple[int, list[str]] | None:
    """(attribute, words) of the last token of ``pattern`` that must match and names its text."""
    for token in reversed(pattern):
        if not isinstance(token, dict) or not required_op(token.get("OP")):
            continue
        for key, value in token.items():
            attr = _ANCHOR_ATTRS.get(str(key).upper())
            if attr is None:
                continue
            if isinstance(value, str):
                return attr, [value]
            if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list) \
                    and all(isinstance(w, str) for w in value["IN"]):
                return attr, value["IN"]
    return None


def required_op(op: str | None) -> bool:
    """A token with this ``OP`` matches at least once in every match."""
    if op is None or op == "+":
        return True
    quantifier = _QUANTIFIER.match(op)
    return quantifier is not None and int(quantifier.group(1) or 0) >= 1


def needs_number(pattern: list[dict] | str) -> bool:
    """Every match of the token pattern holds a number: a token it needs at least once is ``LIKE_NUM``
    ("52 percent", "1,380 votes"); a Doc without one cannot hold a match."""
    return isinstance(pattern, list) and any(
        isinstance(token, dict) and required_op(token.get("OP"))
        and any(str(key).upper() == "LIKE_NUM" and value is True for key, value in token.items())
        for token in pattern)


def role_matcher(nlp, roles, kinds: tuple[str, ...] | None = None) -> "PhraseMatcher":
    """A lower-case PhraseMatcher over every role form; match keys are ``role_id|kind``.

    Forms are tokenised by the pipeline's own tokenizer, so "president-elect"
    and "state Sen." match however the tokenizer splits them.
    """
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for role in roles:
        for kind, form in role.forms():
            if kinds is not None and kind not in kinds:
                continue
            # Tokenizer exceptions are case-sensitive ("Sen." is one token, "sen." two):
            # add the form as written in running text and in titles.
            variants = {form, form.title(), form[:1].upper() + form[1:]}
            matcher.add(f"{role.id}|{kind}", [nlp.make_doc(v) for v in sorted(variants)])
    return matcher


#: A romanised East Asian given name of two syllables joined by a hyphen, the second in lower case ("Jae-in",
#: "Ing-wen", "Kuo-yu"): a Korean or Chinese name written so puts the family name first ("Moon Jae-in" is Moon),
#: where a Western compound given name ("Jean-Luc") or surname ("Smith-Jones") capitalises both halves.
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name_first(name: str) -> bool:
    """A two-word name whose second word is a hyphenated given name (:data:`_HYPHENATED_GIVEN_NAME`): its first word
    is the surname a story repeats ("Moon Jae-in ... Moon said")."""
    words = name.split()
    return len(words) == 2 and words[0][:1].isupper() and bool(_HYPHENATED_GIVEN_NAME.fullmatch(words[1]))


def surname_at(doc: Doc, start: int, place_ends, is_demonym, qualifiers, particles=frozenset(),
               place_heads=frozenset()) -> bool:
    """The role word at ``start`` (one whose Role has ``surname``) is a name's word, no title: it is written
    capitalised before a place's head word ("Queen Street", ``place_heads``), or right after a name's particle
    ("Zayed bin Sultan") or a capitalised word ("B.B." too) that is no function word, place (``place_ends``: the
    token ends of places), demonym or qualifier ("Stephen King", "B.B. King", "Burger King"; not "Jordan King
    Abdullah", "Saudi King", "Former King", "The King", "Britain's King")."""
    if not doc[start].text[:1].isupper():
        return False
    if start + 1 < len(doc) and doc[start + 1].lower_ in place_heads:
        return True
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.text in particles:
        return True
    return prev.text[:1].isupper() and not prev.is_stop and (prev.is_alpha or prev.text.endswith(".")) \
        and start not in place_ends and not is_demonym(prev.text) and prev.lower_ not in qualifiers


def is_capital_abbreviation(token) -> bool:
    """A word of two or more capital letters: a body's name before a title ("IOC President": a place's is rarely
    written so, and the KB's place abbreviations, "US", "UAE", are read as places first), or a chamber's member after
    a name ("Ana Ruiz MP", "Ana Ruiz TD")."""
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


#: Most honorifics between a title and the name it titles ("President Lt. Gen. X", "Field Marshal").
MAX_HONORIFICS = 2
#: Most words of one honorific: qualifiers.tsv lists a style of two words as one phrase ("tan sri", "datuk seri"), so
#: that neither word alone is looked through ("Tan" and "Sri" open names too: "Tan Cheng Lim", "Sri Wahyuni").
MAX_HONORIFIC_WORDS = 2
#: An ordinal written in digits: a numbered legislature's ("the 17th Parliament of Sri Lanka"), a holder's ("the country's
#: 23rd Prime Minister"), a seat's ("Ohio's 12th congressional district").
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def honorific_start(doc: Doc, start: int, honorifics: frozenset[str]) -> int:
    """The start of the capitalised honorifics (qualifiers.tsv ``honorific``, at most :data:`MAX_HONORIFICS`) right
    before the name at token ``start``, else ``start``: a title before them titles the name ("President General
    Ana Ruiz", "Prime Minister Sir Ana Ruiz", "Prime Minister Datuk Seri Ana Ruiz")."""
    return honorific_starts(doc, start, honorifics)[-1]


def honorific_starts(doc: Doc, start: int, honorifics: frozenset[str]) -> list[int]:
    """``start``, then the start of each capitalised honorific before it in turn (:func:`honorific_start`'s is the
    last): a title may end at any of them, as a title's last word may be an honorific's too ("Governor-General Sir
    Ana Ruiz", "Attorney General Dr. Ana Ruiz", "Army Chief Gen. Ana Ruiz")."""
    out = [start]
    for _ in range(MAX_HONORIFICS):
        n = honorific_ending(doc, out[-1], honorifics)
        if not n:
            break
        out.append(out[-1] - n)
    return out


def honorific_ending(doc: Doc, end: int, honorifics: frozenset[str]) -> int:
    """How many tokens one capitalised honorific of ``honorifics`` (a word or a phrase of words) takes right before
    token ``end``: the longest, or 0."""
    return next((n for n in range(min(MAX_HONORIFIC_WORDS, end), 0, -1)
                 if _is_honorific(doc, end - n, end, honorifics)), 0)


def honorific_opening(doc: Doc, start: int, end: int, honorifics: frozenset[str]) -> int:
    """How many tokens one capitalised honorific of ``honorifics`` (a word or a phrase of words) takes from token
    ``start``, inside ``doc[start:end]``: the longest, or 0."""
    return next((n for n in range(min(MAX_HONORIFIC_WORDS, end - start), 0, -1)
                 if _is_honorific(doc, start, start + n, honorifics)), 0)


def _is_honorific(doc: Doc, start: int, end: int, honorifics: frozenset[str]) -> bool:
    """Whether ``doc[start:end]`` is one honorific of ``honorifics`` (its words lower-cased), written capitalised."""
    # read from the Doc's cached strings: the name scans ask ~7 times per Doc, up to three spans each, and doc[k] builds
    # a Token per word
    return token_texts(doc)[start][:1].isupper() and " ".join(token_lowers(doc)[start:end]) in honorifics


_TEXT = "newsfacts_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (spaCy joins every token's text on each read).

    A Doc's text never changes (retokenizing keeps it), so the first read, or the text the
    Doc was made from (:func:`remember_text`), stands for the Doc's life."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record ``text``, the string ``doc`` was tokenized from (the tokenizer keeps every character)."""
    doc.user_data[_TEXT] = text


_LOWERS = "newsfacts_lowers"
_TEXTS = "newsfacts_texts"

#: "member of" before a body's name: the body's members' office ("X, a member of the Kestrel House of Representatives"),
#: read by the entities stage (the name before it is a person's) and the facts stage (the office held).
MEMBER_OF = ("member", "of")
#: The hyphens and dashes that join two words written tight ("ex-president", "Jean-Paul", "a 52–48 margin"):
#: hyphen-minus, en dash and the non-breaking hyphen.
HYPHENS = frozenset({"-", "–", "‑"})
#: The possessive endings spaCy's tokenizer splits off a name ("Zembla's", "Zembla’s"), and the apostrophe alone that
#: ends a plural's ("Workers' Party", "voters’ choice"): one home for every stage that reads a possessive.
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})
#: The articles, which the stages look through before a name, a title or a venue ("the Kestrel Senate", "X, a senator,").
ARTICLES = frozenset({"a", "an", "the"})
PLURAL_POSSESSIVES = frozenset({"'", "’"})


def phrase_end(lowers: list[str], k: int, phrases: Iterable[tuple[str, ...]]) -> int:
    """The end of the first of ``phrases`` (lower-case word tuples, longest first) written at token ``k`` of a Doc
    whose lower-case token texts are ``lowers`` ("chief executive" of company_titles.tsv); 0 if none is there."""
    for phrase in phrases:
        end = k + len(phrase)
        if end <= len(lowers) and tuple(lowers[k:end]) == phrase:
            return end
    return 0


def token_lowers(doc: Doc) -> list[str]:
    """Every token's ``lower_``, read once per Doc (``doc[a:b]`` builds a Token object per token,
    and the fact rules read the words around every trigger and name).

    Lower-cased from :func:`token_texts` (which the sentencizer reads first): a lexeme's ``lower_`` is what the
    vocab's LOWER getter made of its text, spaCy's ``str.lower`` for English, and ``str.lower`` on the cached
    texts costs a fifth of looking up each token's LOWER id in the StringStore (~0.06 bare-tokenizer units)."""
    cached = doc.user_data.get(_LOWERS)
    if cached is None or len(cached) != len(doc):
        if doc.vocab.lex_attr_getters.get(LOWER) is not _spacy_lower:
            return _token_strings(doc, _LOWERS, LOWER)  # a language whose LOWER is no str.lower: its ids
        cached = doc.user_data[_LOWERS] = list(map(str.lower, token_texts(doc)))
    return cached


def token_texts(doc: Doc) -> list[str]:
    """Every token's ``text``, read once per Doc (see :func:`token_lowers`). The kept list is returned here, with no
    second call: the stages ask ~10^5 times per 3,000 documents."""
    cached = doc.user_data.get(_TEXTS)
    if cached is not None and len(cached) == len(doc):
        return cached
    return _token_strings(doc, _TEXTS, ORTH)


def _token_strings(doc: Doc, key: str, attr: int) -> list[str]:
    """The strings of one lexical attribute of every token, from its ids (no Token objects), kept in
    ``doc.user_data[key]`` while the Doc keeps its length (a retokenized Doc reads them again)."""
    cached = doc.user_data.get(key)
    if cached is None or len(cached) != len(doc):
        strings = doc.vocab.strings
        cached = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()] if len(doc) else []
    return cached


_OFFSETS = "newsfacts_offsets"


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start <= end <= len(doc)``), cut from the Doc's text at its tokens' offsets, read
    once per Doc: ``doc[a:b].text`` builds a Span and a Token per word on every call. The offsets kept are where each
    token starts and ends (the rows cut every mention's text: one lookup per call, not the token strings' too)."""
    if start >= end:
        return ""
    offsets = doc.user_data.get(_OFFSETS)
    if offsets is None or len(offsets[0]) != len(doc):
        starts = doc.to_array(IDX).tolist()
        offsets = doc.user_data[_OFFSETS] = (starts, [a + len(t) for a, t in zip(starts, token_texts(doc))])
    return doc_text(doc)[offsets[0][start]:offsets[1][end - 1]]


_SENTS = "newsfacts_sentences"


def sentence_index(doc: Doc) -> tuple[list[Span], list[int]]:
    """The document's sentences and, per token, the number of its sentence; computed once per Doc.

    ``Span.sent`` and ``doc.has_annotation`` walk the whole document on every call, which
    makes a long document quadratic; the components ask here instead.
    """
    cached = doc.user_data.get(_SENTS)
    if cached is not None and cached[2] == len(doc):
        return cached[0], cached[1]
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    of: list[int] = []  # the sentences split the Doc in order: each adds its number once per token
    for n, sent in enumerate(sents):
        of.extend([n] * (sent.end - sent.start))
    doc.user_data[_SENTS] = (sents, of, len(doc))
    return sents, of


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence that token ``i`` belongs to."""
    sents, of = sentence_index(doc)
    return sents[of[i]] if doc else doc[:]


# -- a KB person named by surname alone --------------------------------------------------------------------------------
#: The longest run of words of an office's name looked up as a place ("United States" of "Member of the United States
#: Senate"): the places a KB person's offices name, the story context a lone surname of theirs needs.
MAX_OFFICE_PLACE_WORDS = 4
_KB_SURNAMES = "_newsfacts_people_by_surname"
_KB_OFFICE_PLACES = "_newsfacts_office_places"


def kb_people_by_surname(kb: "KnowledgeBase") -> dict[str, list["Entity"]]:
    """The KB's people by folded surname: the last word of each name and alias, or its first where the name puts the
    family name first (:func:`family_name_first`: "Moon Jae-in" is Moon). Built once per KB, at its first lone
    surname (scanning every KB person per call took ~1 ms)."""
    from ..kb import fold

    index = getattr(kb, _KB_SURNAMES, None)
    if index is None:
        index = {}
        for alias, e in kb.surface_forms():
            key = fold(alias)
            words = key.split()
            if e.label == "PERSON" and len(words) > 1:
                first = family_name_first(e.name) and key == fold(e.name)
                index.setdefault(words[0] if first else words[-1], []).append(e)
        setattr(kb, _KB_SURNAMES, index)
    return index


def office_places(kb: "KnowledgeBase", person: "Entity") -> frozenset[str]:
    """The ids of the places a KB person's offices name ("President of Russia": Russia; "Member of the United States
    Senate": the United States): runs of up to :data:`MAX_OFFICE_PLACE_WORDS` words the KB knows as a place."""
    memo = getattr(kb, _KB_OFFICE_PLACES, None)
    if memo is None:
        memo = {}
        setattr(kb, _KB_OFFICE_PLACES, memo)
    if person.id not in memo:
        ids = set()
        for office in person.offices:
            words = str(office.get("office", "")).split()
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + MAX_OFFICE_PLACE_WORDS) + 1):
                    if words[i][:1].isupper() and words[j - 1][:1].isupper():
                        ids.update(e.id for e in kb.lookup("GPE", " ".join(words[i:j]))[:1])
        memo[person.id] = frozenset(ids)
    return memo[person.id]


def story_places(kb: "KnowledgeBase", doc: Doc, places: Iterable[str]) -> set[str]:
    """The ids of the places a story names, with what contains them: its place mentions' texts (``places``, each the
    KB's first place of that name), and runs of up to :data:`MAX_OFFICE_PLACE_WORDS` capitalised words that are a
    place or a place's demonym ("Russian"), inside an organisation's name too ("the Parliament of Italy")."""
    names = set(places)
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if text[:1].isupper():
            for j in range(i + 1, min(len(texts), i + MAX_OFFICE_PLACE_WORDS) + 1):
                if not texts[j - 1][:1].isupper():
                    break
                names.add(" ".join(texts[i:j]))
    ids: set[str] = set()
    for name in names:
        for e in (kb.lookup("GPE", name) or kb.demonym(name))[:1]:
            ids.update(x.id for x in kb.ancestors(e))
    return ids


def lone_surname_person(kb: "KnowledgeBase", surname: str, places: set[str]) -> "Entity | None":
    """The KB person a surname standing alone names (folded ``surname``): the one KB person of that surname, where the
    story names a place of one of their offices (``places``: :func:`story_places`). News names a head of state or
    government so ("Putin wins a fifth term" in a story of Russia); a surname two KB people share ("Bush") or one in a
    story of another country (a footballer "Sanchez" in London) names no one of the KB."""
    if not places:
        return None
    people = {e.id: e for e in kb_people_by_surname(kb).get(surname, ())}
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    return person if office_places(kb, person) & places else None
