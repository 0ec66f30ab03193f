"""pipeline.nlp.components.common: the pattern gate that spares a Matcher the documents it cannot match."""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from pipeline.nlp.components.common import PatternGate, load_patterns, needs_number
from pipeline.nlp.components.figures import load_figure_patterns

from conftest import MODELS

COUNTY = [{"IS_TITLE": True}, {"ORTH": "County"}]
BOARD = [{"IS_TITLE": True, "OP": "{1,3}"}, {"LOWER": {"IN": ["board", "office"]}}, {"LOWER": "of"},
         {"LOWER": {"IN": ["elections", "election"]}}]
VOTES = [{"LIKE_NUM": True, "OP": "+"}, {"LOWER": "and", "OP": "?"}, {"LOWER": "votes"}]
OPTIONAL_ONLY = [{"LIKE_NUM": True}, {"LOWER": "percent", "OP": "?"}]
NEGATED = [{"LIKE_NUM": True}, {"LOWER": "votes", "OP": "!"}]
AT_LEAST_ONE = [{"LIKE_NUM": True}, {"LOWER": "seats", "OP": "{1,2}"}]
AT_MOST_TWO = [{"LIKE_NUM": True}, {"LOWER": "seats", "OP": "{,2}"}]
PAIR = [{"LIKE_NUM": True}, {"ORTH": {"IN": ["-", "–"]}}, {"LIKE_NUM": True}]  # "52-48", kept before "margin"


@pytest.mark.parametrize("patterns, text, opens", [
    ([COUNTY], "Voters in Orange County went to the polls.", True),
    ([COUNTY], "Voters in orange county went to the polls.", False),  # ORTH is case-sensitive, as in the Matcher
    ([COUNTY], "The county board met.", False),
    ([BOARD], "The Fulton County Board of Elections certified it.", True),  # LOWER: any case
    ([BOARD], "The board met on Monday.", False),  # the head word ("elections") is the anchor, not "board"
    ([VOTES], "She won by 300 votes.", True),
    ([VOTES], "She won by 300 ballots.", False),
    ([COUNTY, VOTES], "She won by 300 votes.", True),
    ([OPTIONAL_ONLY], "Nothing to see here.", True),  # no required word: always open
    ([NEGATED], "Nothing to see here.", True),  # a negated token is no anchor
    ([AT_LEAST_ONE], "Nothing to see here.", False),
    ([AT_LEAST_ONE], "They won 12 seats.", True),
    ([AT_MOST_TWO], "Nothing to see here.", True),
    (["Orange County"], "Nothing to see here.", True),  # a phrase pattern: always open
    ([COUNTY], "", False),
])
def test_common_pattern_gate_opens_only_where_a_pattern_can_match(patterns, text, opens):
    nlp = spacy.blank("en")
    assert PatternGate(nlp.vocab, patterns).may_match(nlp.make_doc(text)) is opens


@pytest.mark.parametrize("patterns, needs, text, opens", [
    # a pattern of numbers alone, kept only after a phrase: the phrase's first word gates it
    ([OPTIONAL_ONLY], [("turnout",)], "Turnout of 1.2 million was reported.", True),
    ([OPTIONAL_ONLY], [("turnout",)], "He is 52 and lives in Lima.", False),
    ([COUNTY, OPTIONAL_ONLY], [(), ("turnout",)], "Voters in Orange County went to the polls.", True),
    ([COUNTY, OPTIONAL_ONLY], [(), ("turnout",)], "He is 52.", False),
    # a pattern that names its own word keeps it: the needs add nothing
    ([VOTES], [("turnout",)], "The turnout was high.", False),
    ([VOTES], [("turnout",)], "She won by 300 votes.", True),
    # no needs: a pattern of numbers alone opens the gate for every Doc
    ([OPTIONAL_ONLY], [()], "He is 52.", True),
    # an anchor of signs alone ("-") stands in nearly every Doc: the needs gate it instead
    ([PAIR], [("margin", "split")], "The well-known 52-year-old mayor spoke.", False),
    ([PAIR], [("margin", "split")], "She won by a 52-48 margin.", True),
    ([PAIR], [()], "The well-known mayor spoke.", True),  # no needs: the sign is the anchor
    ([PAIR], [()], "The mayor spoke.", False),
])
def test_common_pattern_gate_reads_a_numbers_patterns_needs(patterns, needs, text, opens):
    nlp = spacy.blank("en")
    assert PatternGate(nlp.vocab, patterns, needs).may_match(nlp.make_doc(text)) is opens


ONE_VOTE = [{"LOWER": {"IN": ["one", "1"]}}, {"LOWER": "vote"}]


@pytest.mark.parametrize("pattern, needs", [
    (VOTES, True),  # "300 votes": its number is needed ("+")
    (AT_LEAST_ONE, True),
    (PAIR, True),
    ([{"like_num": True, "OP": "{1,3}"}, {"LOWER": "seats"}], True),  # keys in any case, a least count of one
    (ONE_VOTE, False),  # a word that is a number says nothing to the flag
    ([{"LIKE_NUM": True, "OP": "?"}, {"LOWER": "votes"}], False),  # an optional number
    ([{"LIKE_NUM": True, "OP": "*"}, {"LOWER": "votes"}], False),
    ([{"LIKE_NUM": True, "OP": "!"}, {"LOWER": "votes"}], False),  # a negated number
    ([{"LIKE_NUM": False}, {"LOWER": "votes"}], False),  # a word that is no number
    (COUNTY, False),
    ("300 votes", False),  # a phrase pattern
])
def test_common_needs_number_reads_a_required_number_token(pattern, needs):
    assert needs_number(pattern) is needs


#: Sentences with and without the shapes of the project's entity and figure patterns.
SENTENCES = [
    "Turnout in Orange County was 52%, and Jefferson Parish counted 1,380 of 1,381 votes.",
    "The Board of Elections said 4,500 provisional ballots remain; she leads by 3.2 percentage points.",
    "Twenty-five per cent of the ballots were mail-in, 12-vote margin, one vote, 30 pct.",
    "The weather was calm and nobody counted anything.",
    "",
]


@pytest.mark.parametrize("patterns", [
    [p["pattern"] for p in load_patterns(MODELS / "patterns" / "entities.jsonl")],
    [p[3] for p in load_figure_patterns(MODELS / "patterns" / "figures.jsonl")],
], ids=["entities", "figures"])
@pytest.mark.parametrize("text", SENTENCES)
def test_common_pattern_gate_never_hides_a_match(patterns, text):
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for i, pattern in enumerate(patterns):
        matcher.add(str(i), [pattern])
    doc = nlp(text)
    if matcher(doc):
        assert PatternGate(nlp.vocab, patterns).may_match(doc)


def _mention_rows(spans) -> list[tuple]:
    return [(s.start, s.end, s.label_, s._.rule) for s in spans]


#: (spans added per call, as (start, end, label)), on "Ana Ruiz of Zembla won 52 % in Kestrel County ."
ADDED = [
    [[(0, 2, "PERSON")]],
    [[(0, 2, "PERSON"), (3, 4, "GPE")], [(6, 8, "PERCENT")]],
    [[(9, 11, "GPE")], [(0, 2, "PERSON"), (3, 4, "GPE")], []],  # later spans sort before earlier ones
    [[(0, 2, "PERSON")], [(0, 4, "PERSON"), (0, 2, "ORG")]],  # same start: the longer first, then by label
    [[], []],
]


@pytest.mark.parametrize("added", ADDED)
def test_common_mentions_read_after_add_mentions_are_the_group(added):
    """What mentions() gives after add_mentions (the Spans add_mentions kept) is what the stored group holds,
    by label too; and a group replaced or grown in place is read again, not taken from the kept Spans."""
    from spacy.tokens import Span

    from pipeline.nlp.components.common import MENTIONS, add_mentions, mentions
    from pipeline.nlp.extensions import MENTIONS as _  # noqa: F401  (registers the span extensions)

    doc = spacy.blank("en")("Ana Ruiz of Zembla won 52 % in Kestrel County .")
    for n, spans in enumerate(added):
        made = [Span(doc, s, e, label=label) for s, e, label in spans]
        for span in made:
            span._.rule = f"r{n}"
        add_mentions(doc, made)
        assert _mention_rows(mentions(doc)) == _mention_rows(doc.spans[MENTIONS])
        for label in ("PERSON", "GPE", "ORG", "PERCENT"):
            assert _mention_rows(mentions(doc, label)) == _mention_rows(s for s in doc.spans[MENTIONS] if s.label_ == label)
    doc.spans[MENTIONS].append(Span(doc, 4, 5, label="ORG"))  # grown in place
    assert _mention_rows(mentions(doc)) == _mention_rows(doc.spans[MENTIONS])
    doc.spans[MENTIONS] = [Span(doc, 5, 6, label="GPE")]  # replaced
    assert _mention_rows(mentions(doc)) == [(5, 6, "GPE", None)]


@pytest.mark.parametrize("text", [
    "Foreign Secretary Ivan Petrov, re-elected, said: \"We won.\" (Zembla Info)",
    "  Two  spaces,\ttabs and\n\nparagraphs  ",
    "Ünïcode Ki-moon’s São Tomé rally — 52 %.",
    "",
])
@pytest.mark.parametrize("remembered", [True, False])
def test_common_span_text_is_the_spans_text(text, remembered):
    """span_text(doc, a, b) is doc[a:b].text for every a <= b, whether the Doc's text was remembered or not."""
    from pipeline.nlp.components.common import remember_text, span_text

    doc = spacy.blank("en").make_doc(text)
    if remembered:
        remember_text(doc, text)
    n = len(doc)
    assert [span_text(doc, a, b) for a in range(n + 1) for b in range(a, n + 1)] == \
        [doc[a:b].text for a in range(n + 1) for b in range(a, n + 1)]


@pytest.mark.parametrize("text", [
    "Ana Ruiz WON the Race, 52%–48%.",
    "İstanbul's ΣΊΣΥΦΟΣ and STRASSE (Straße) — Ǆemal, ǅ, ﬁnal.",
    "U.S. Sen. O'Neill's ex-president-elect said: \"No!\"\n\nDr. X",
])
def test_common_token_lowers_are_the_tokens_lower(text):
    """token_lowers lower-cases the cached texts (str.lower): the same strings as every token's ``lower_``."""
    from pipeline.nlp.components.common import token_lowers

    doc = spacy.blank("en").make_doc(text)
    assert token_lowers(doc) == [t.lower_ for t in doc]


@pytest.mark.parametrize("text", ["Ana Ruiz won. Ivo Petrov lost!\n\nThe count ends", "One sentence only", ""])
@pytest.mark.parametrize("sentences", [True, False])
def test_common_sentence_index_numbers_each_tokens_sentence(text, sentences):
    """sentence_index gives every token the number of its sentence (one sentence when none are set)."""
    from pipeline.nlp.components.common import sentence_index

    nlp = spacy.blank("en")
    if sentences:
        nlp.add_pipe("sentencizer")
    doc = nlp(text)
    sents, of = sentence_index(doc)
    expected = [n for n, sent in enumerate(doc.sents) for _ in sent] if sentences else [0] * len(doc)
    assert of == expected and len(of) == len(doc)
    assert all(sents[of[i]].start <= i < sents[of[i]].end for i in range(len(doc)))


#: A few styles as qualifiers.tsv lists them (``honorific``): words, and phrases of two words.
HONORIFICS = frozenset({"sir", "dame", "dr.", "general", "datuk", "dato'", "tan sri", "datuk seri", "dato' sri"})


@pytest.mark.parametrize("text, name, starts", [
    ("Prime Minister Sir Ana Ruiz spoke", "Ana", [3, 2]),
    ("President General Dr. Ana Ruiz spoke", "Ana", [3, 2, 1]),  # two styles
    ("Prime Minister Tan Sri Ana Ruiz spoke", "Ana", [4, 2]),  # a style of two words is one
    ("Prime Minister Datuk Seri Ana Ruiz spoke", "Ana", [4, 2]),  # the phrase, not "datuk" alone
    ("Minister Dato' Sri Ana Ruiz spoke", "Ana", [3, 1]),  # "Dato'" is one token (abbreviations.tsv)
    ("Governor-General Sir Ana Ruiz spoke", "Ana", [4, 3, 2]),  # a title's "General" too: callers try each
    # near misses: "Sri" or "Tan" alone, a lower-case word, an honorific too many
    ("Finance Minister Sri Ana Ruiz spoke", "Ana", [3]),
    ("Minister Tan Ana Ruiz spoke", "Ana", [2]),
    ("the general sir Ana Ruiz spoke", "Ana", [3]),
    ("Sir Dame General Ana Ruiz spoke", "Ana", [3, 2, 1]),  # at most MAX_HONORIFICS
])
def test_common_honorific_starts_reads_words_and_phrases(nlp, text, name, starts):
    from pipeline.nlp.components.common import honorific_start, honorific_starts

    doc = nlp.make_doc(text)
    at = next(t.i for t in doc if t.text == name)
    assert honorific_starts(doc, at, HONORIFICS) == starts
    assert honorific_start(doc, at, HONORIFICS) == starts[-1]


@pytest.mark.parametrize("text, start, end, length", [
    ("Tan Sri Ana Ruiz", 0, 4, 2),
    ("Datuk Ana Ruiz", 0, 3, 1),
    ("Tan Cheng Lim", 0, 3, 0),  # a surname, no style
    ("Tan Sri", 0, 1, 0),  # the phrase past the run's end
    ("tan sri Ana", 0, 3, 0),  # lower case
])
def test_common_honorific_opening_reads_words_and_phrases(nlp, text, start, end, length):
    from pipeline.nlp.components.common import honorific_opening

    assert honorific_opening(nlp.make_doc(text), start, end, HONORIFICS) == length
