"""syntax: one sentence of the pipeline's Doc parsed on demand by models/parser (pipeline/nlp/syntax.py).

The relations asserted are the clear cases of invented sentences, one per
structural class of issue 11 (relative clause, participial clause, a vote
share list, a phrasal verb with a margin, passive election). Labels are UD's
(``obj``, ``acl:relcl``, ``nsubj:pass``), as in the treebanks the parser learnt.
"""
from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.syntax import SentenceParser, heads, load_sentence_parser, required_words, to_pipeline

from conftest import MODELS


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def parser(blank) -> SentenceParser:
    p = load_sentence_parser(MODELS, blank.vocab)
    assert p is not None, "models/parser is part of the repository"
    return p


def _holds(triples: set[tuple[str, str, str]], dep: str, rel: str, head: str) -> bool:
    """``rel`` "obl*" accepts any obl subtype (obl:agent, obl:tmod), "*" any relation: the head is the point."""
    return any(d == dep and h == head and (r == rel or rel == "*" or (rel.endswith("*") and r.startswith(rel[:-1])))
               for d, r, h in triples)


#: Clear relations the trained parser (gum_test LAS 0.79) gets; where it is unreliable the row says so.
@pytest.mark.parametrize("sentence, expected", [
    ("Smith, who received 45 percent, lost to Jones.",  # relative clause (the main-clause subject link
     # "Smith <-nsubj- lost" is beyond this small parser: it attaches "lost" inside the clause)
     {("who", "nsubj", "received"), ("received", "acl:relcl", "Smith"), ("percent", "obj", "received"),
      ("Jones", "obl", "lost")}),
    ("Novak defeated Petrov, taking 52% of the vote.",  # participial clause
     {("Novak", "nsubj", "defeated"), ("Petrov", "obj", "defeated"), ("taking", "advcl", "defeated"),
      ("%", "obj", "taking")}),
    ("Mayor Ana Costa won the presidential run-off, besting Luis Mora.",  # participial clause, adjective office
     {("run", "obj", "won"), ("presidential", "amod", "run"), ("besting", "*", "won"), ("Luis", "obj", "besting")}),
    ("Garcia won 57 percent to Lopez's 43 percent.",  # a vote-share list
     {("Garcia", "nsubj", "won"), ("percent", "obj", "won"), ("Lopez", "nmod:poss", "percent")}),
    ("Ortega edged out Ruiz by just under 2,000 votes.",  # another verb and a margin ("Ruiz" obj or xcomp)
     {("Ortega", "nsubj", "edged"), ("out", "compound:prt", "edged"), ("Ruiz", "*", "edged"),
      ("votes", "obl*", "edged")}),
    ("Tanaka was elected governor of Chiba on Sunday.",  # passive
     {("Tanaka", "nsubj:pass", "elected"), ("governor", "xcomp", "elected"), ("Chiba", "nmod", "governor")}),
    ("Kowalski, a former mayor, conceded defeat to Lindqvist.",  # apposition
     {("Kowalski", "nsubj", "conceded"), ("mayor", "appos", "Kowalski"), ("Lindqvist", "obl", "conceded")}),
    ("Nadal beat Federer in the final.",
     {("Nadal", "nsubj", "beat"), ("Federer", "obj", "beat")}),
])
def test_syntax_clear_relations(parser, blank, sentence, expected):
    triples = set(heads(parser.parse(blank(sentence)[:])))
    missing = sorted(e for e in expected if not _holds(triples, *e))
    assert not missing, (missing, sorted(triples))


@pytest.mark.parametrize("sentence, wrong", [
    ("Smith, who received 45 percent, lost to Jones.", ("Jones", "nsubj", "lost")),
    ("Novak defeated Petrov, taking 52% of the vote.", ("Petrov", "nsubj", "defeated")),
    ("Nadal beat Federer in the final.", ("Federer", "nsubj", "beat")),
])
def test_syntax_subject_and_object_not_swapped(parser, blank, sentence, wrong):
    assert wrong not in set(heads(parser.parse(blank(sentence)[:])))


def test_syntax_parse_is_one_to_one_with_the_sentence_and_maps_back(parser, blank):
    doc = blank("Turnout was low. Lee, who received 45 percent, lost to Kim in the run-off.")
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = t.i == 4
    first, second = list(doc.sents)
    parsed = parser.parse(second)
    assert [t.text for t in parsed] == [t.text for t in second]
    assert [t.whitespace_ for t in parsed[:-1]] == [t.whitespace_ for t in second[:-1]]
    assert len(list(parsed.sents)) == 1  # the pipeline's sentence stays one sentence
    lost = next(t for t in parsed if t.text == "lost")
    assert to_pipeline(second, lost) is not None and to_pipeline(second, lost).i == second.start + lost.i
    assert to_pipeline(second, lost).text == "lost" and to_pipeline(second, lost).doc is doc


def test_syntax_parse_cached_per_document(parser, blank):
    doc = blank("Lee won. Kim lost.")
    span = doc[0:3]
    assert parser.parse(span) is parser.parse(doc[0:3])
    other = blank("Lee won. Kim lost.")
    assert parser.parse(other[0:3]) is not parser.parse(span)


def test_syntax_dependency_matcher_gives_pipeline_tokens(parser, blank):
    matcher = parser.matcher({"WIN_OVER": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": {"IN": ["defeated", "beat", "edged"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "winner", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "loser", "RIGHT_ATTRS": {"DEP": "obj"}},
    ]]})
    doc = blank("Polls closed at eight. Novak defeated Petrov, taking 52% of the vote.")
    sent = doc[5:]
    ((key, (verb, winner, loser)),) = parser.match(sent, matcher)
    assert key == "WIN_OVER" and (verb.text, winner.text, loser.text) == ("defeated", "Novak", "Petrov")
    assert winner.doc is doc and winner.i == 5
    assert parser.match(blank("Polls closed at eight.")[:], matcher) == []


def test_syntax_tags_and_pos(parser, blank):
    parsed = parser.parse(blank("Smith won the election.")[:])
    assert [t.tag_ for t in parsed] == ["NNP", "VBD", "DT", "NN", "."]
    assert [t.pos_ for t in parsed] == ["PROPN", "VERB", "DET", "NOUN", "PUNCT"]


#: Invented sentences: a relative clause, a participle, a vote-share list, a passive.
UNTAGGED_SENTENCES = ["Smith, who received 45 percent, lost to Jones.", "Novak defeated Petrov, taking 52% of the vote.",
                      "Ruiz won 57 percent to Diaz's 43 percent.", "Okafor was elected mayor on Tuesday."]


@pytest.mark.parametrize("sentence", UNTAGGED_SENTENCES)
def test_syntax_parse_without_tags_same_heads_and_tagged_later(parser, blank, sentence):
    """Tags only on demand: the same heads and relations without them; asked later, the cached parse gets
    the tags a tagged parse has (the tagger reads the tok2vec output the parse left)."""
    tagged = [(t.tag_, t.pos_, t.dep_, t.head.i) for t in parser.parse(blank(sentence)[:])]
    doc = blank(sentence)
    bare = parser.parse(doc[:], tags=False)
    assert [(t.dep_, t.head.i) for t in bare] == [(dep, head) for _, _, dep, head in tagged]
    assert not any(t.tag_ or t.pos_ for t in bare)
    assert parser.parse(doc[:]) is bare and [(t.tag_, t.pos_, t.dep_, t.head.i) for t in bare] == tagged


def test_syntax_match_does_not_tag(parser, blank):
    matcher = parser.matcher({"WON": [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LOWER": "won"}}]]})
    doc = blank("Lee won the runoff.")
    assert [key for key, _ in parser.match(doc[:], matcher)] == ["WON"]
    assert not any(t.tag_ for t in parser.parse(doc[:], tags=False))


def test_syntax_without_a_parser_folder_is_none(tmp_path):
    assert load_sentence_parser(tmp_path) is None


def test_syntax_shared_vocab_parses_stay_in_the_memory_zone(parser, blank):
    assert parser.vocab is blank.vocab and load_sentence_parser(MODELS, blank.vocab) is parser
    before = len(blank.vocab.strings)
    with blank.memory_zone():
        doc = blank("Zorvangu Pleximor defeated Quistral Ommerand in the runoff.")
        parsed = parser.parse(doc[:])
        assert [t.text for t in parsed if t.dep_ == "ROOT"] == ["defeated"] and parsed[0].pos_ == "PROPN"
    assert len(blank.vocab.strings) == before  # no new word outlives the zone


def test_syntax_same_parse_with_its_own_vocab(parser, blank):
    own = SentenceParser.load(MODELS / "parser")
    doc = blank("Novak defeated Petrov, taking 52% of the vote.")
    assert own.vocab is not blank.vocab
    assert [(t.tag_, t.dep_, t.head.i) for t in own.parse(doc[:])] == [
        (t.tag_, t.dep_, t.head.i) for t in parser.parse(doc[:])]


def test_syntax_shared_vocab_keeps_its_lexemes_and_gets_the_parsers_strings():
    """Loading the parser into a vocab leaves the words it has (spaCy's Vocab.from_disk empties the lexeme table)
    and adds the parser's strings, as spaCy's own load does; the parser's Language builds no tokenizer rules."""
    import srsly

    vocab, spacys = spacy.blank("en").vocab, spacy.blank("en").vocab
    made = [[v[w].orth for w in ("Zorvangu", "Pleximor")] for v in (vocab, spacys)][0]
    lexemes = len(vocab)
    parser = SentenceParser.load(MODELS / "parser", vocab)
    assert len(vocab) == lexemes and all(o in vocab for o in made)
    assert set(srsly.read_json(MODELS / "parser" / "vocab" / "strings.json")) <= set(vocab.strings)
    spacy.load(MODELS / "parser", vocab=spacys, exclude=["tokenizer"])
    assert set(vocab.strings) == set(spacys.strings)
    assert not parser.nlp.tokenizer.rules


#: The words a pattern's nodes name: a sentence without one node's words cannot match and is not parsed.
@pytest.mark.parametrize("pattern, expected", [
    ([{"RIGHT_ID": "t", "RIGHT_ATTRS": {"LOWER": {"IN": ["won", "wins"]}}},
      {"LEFT_ID": "t", "REL_OP": ">", "RIGHT_ID": "s", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
     [{"won", "wins"}]),
    ([{"RIGHT_ID": "t", "RIGHT_ATTRS": {"LOWER": "defeat"}},
      {"LEFT_ID": "t", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "case", "LOWER": "of"}}],
     [{"defeat"}, {"of"}]),
    # an attribute that names no words, or excludes some, requires none
    ([{"RIGHT_ID": "t", "RIGHT_ATTRS": {"LOWER": {"NOT_IN": ["apparent"]}, "DEP": "conj"}},
      {"LEFT_ID": "t", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": {}}],
     []),
])
def test_required_words(pattern, expected):
    assert required_words(pattern) == [frozenset(w) for w in expected]
