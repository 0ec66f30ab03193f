"""The tokenizer splits citations glued to a sentence (pipeline/nlp/components/tokenizer.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("in the United States.(CNN)(The Guardian)",
         ["in", "the", "United", "States", ".", "(", "CNN", ")", "(", "The", "Guardian", ")"]),
        ("won the vote.(Reuters)", ["won", "the", "vote", ".", "(", "Reuters", ")"]),
        # what spaCy's English rules already did stays as it was
        ("U.S. Sen. J. Smith, e.g. 3.5% (AP)", ["U.S.", "Sen.", "J.", "Smith", ",", "e.g.", "3.5", "%", "(", "AP", ")"]),
        ("the run-off", ["the", "run", "-", "off"]),
        # an en dash between digits splits as the hyphen does: a score or a range is two numbers
        ("leads 49–48%", ["leads", "49", "–", "48", "%"]),
        ("2004–2008 term", ["2004", "–", "2008", "term"]),
        ("57-43%", ["57", "-", "43", "%"]),
        ("COVID–19 cases", ["COVID–19", "cases"]),
        # a score with both signs: each number keeps its sign (SIGN_DASH); with no number after the dash, as spaCy had it
        ("won 55%-45%", ["won", "55", "%", "-", "45", "%"]),
        ("won 55%–45% on Sunday", ["won", "55", "%", "–", "45", "%", "on", "Sunday"]),
        ("a 5%-strong party", ["a", "5%-strong", "party"]),
        # a lower-case scale or "pc" glued to digits splits off, as spaCy's "1.2m" and "12K" do
        ("12k votes", ["12", "k", "votes"]),
        ("52pc of the vote", ["52", "pc", "of", "the", "vote"]),
        ("3.4bn and 2mn", ["3.4", "bn", "and", "2", "mn"]),
        ("1.2m votes", ["1.2", "m", "votes"]),
        # ... only right after digits, and only those letters
        ("the pc, a bank", ["the", "pc", ",", "a", "bank"]),
        ("12kg and 5km", ["12", "kg", "and", "5", "km"]),
        ("Route 66 and B52s", ["Route", "66", "and", "B52s"]),
        # a hyphen after an initialism's stop and before a lower-case word splits, as after "US" (INITIALISM_HYPHEN)
        ("the U.S.-backed government", ["the", "U.S.", "-", "backed", "government"]),
        ("U.N.-brokered talks", ["U.N.", "-", "brokered", "talks"]),
        # ... not before a capital, a digit, or after a word's stop
        ("the U.S.-Zembla border", ["the", "U.S.-Zembla", "border"]),
        ("U.S.-2 rocket", ["U.S.-2", "rocket"]),
        # a wire's dateline: a closing bracket glued to "--" and a word splits off both (BRACKET_DASH)
        ("LIMA (Dow Jones)--Velmar Mining Ltd. said", ["LIMA", "(", "Dow", "Jones", ")", "--", "Velmar", "Mining",
                                                       "Ltd.", "said"]),
        ("(AP)--Shares fell", ["(", "AP", ")", "--", "Shares", "fell"]),
        # ... as spaCy had it between letters, and not before a digit
        ("the vote--a record", ["the", "vote", "--", "a", "record"]),
        ("(AP)--2004", ["(", "AP", ")", "--2004"]),
        ("f(x)-y", ["f(x)-y"]),
    ],
)
def test_tokenizer_splits_glued_citations(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize("text, places", [
    ("The U.S.-backed government of Iraq fell.", ["U.S.", "Iraq"]),
    ("A U.K.-based firm and a US-led force.", ["U.K.", "US"]),
])
def test_initialism_before_a_hyphen_is_a_place(nlp, text, places):
    doc = nlp(text)
    assert [s.text for s in doc.spans["mentions"] if s.label_ == "GPE"] == places


def test_glued_citation_leaves_the_place_a_place(nlp):
    doc = nlp("She is the first woman nominated by a major party in the United States.(CNN)(NBC News)")
    assert "United States" in [s._.entity for s in doc.spans["mentions"] if s.label_ == "GPE"]


def test_tokenizer_is_spacys_own_with_our_infixes(nlp):
    """Built in one go (start-up), it is exactly spaCy's ``spacy.Tokenizer.v1`` with its infixes replaced, our
    suffixes added, our abbreviations' special cases and room in its cache (CACHE_CHUNKS)."""
    from spacy.lang.en import English
    from spacy.util import compile_infix_regex, compile_suffix_regex, registry

    from pipeline.nlp.components.tokenizer import (BRACKET_DASH, CACHE_CHUNKS, DIGIT_DASH, GLUED_CITATIONS,
                                                   GLUED_SCALES, INITIALISM_HYPHEN, SIGN_DASH, load_abbreviations)
    from conftest import TEST_MODELS

    ours = nlp.tokenizer
    theirs = registry.tokenizers.get("spacy.Tokenizer.v1")()(English())
    for word, case in load_abbreviations(TEST_MODELS / "lexicons" / "abbreviations.tsv").items():
        theirs.add_special_case(word, case)
    theirs.infix_finditer = compile_infix_regex(
        list(English.Defaults.infixes) + list(GLUED_CITATIONS) + list(DIGIT_DASH) + list(SIGN_DASH)
        + list(INITIALISM_HYPHEN) + list(BRACKET_DASH)).finditer
    theirs.suffix_search = compile_suffix_regex(list(English.Defaults.suffixes) + list(GLUED_SCALES)).search
    theirs.max_cache_size = CACHE_CHUNKS
    for attr in ("rules", "token_match", "url_match", "faster_heuristics", "max_cache_size"):
        assert getattr(ours, attr) == getattr(theirs, attr), attr
    for attr in ("prefix_search", "suffix_search", "infix_finditer"):
        assert getattr(ours, attr).__self__.pattern == getattr(theirs, attr).__self__.pattern, attr
    text = "Dr. Smith's 49–48% win (AP).(CNN) in the U.S. -- don't e-mail http://x.org/a?b=1 :-) 3rd"
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # an abbreviation of lexicons/abbreviations.tsv keeps its full stop: no sentence ends inside a name or title
        ("Lt. Gov. Ana Ruiz won the primary.", ["Lt. Gov. Ana Ruiz won the primary."]),
        ("President Ana Th. Ruiz wins re-election with 92%.", ["President Ana Th. Ruiz wins re-election with 92%."]),
        ("Atty. Gen. Ana Ruiz and Col. Ivan Petrov met.", ["Atty. Gen. Ana Ruiz and Col. Ivan Petrov met."]),
        ("Ivan Petrov Sr. backed the country's No. 2 official.",
         ["Ivan Petrov Sr. backed the country's No. 2 official."]),
        # near misses: a word the list leaves out as a sentence's end still ends it; a lower-case form is no title
        ("They voted for taxes, roads, etc. The count began.", ["They voted for taxes, roads, etc.", "The count began."]),
        ("He called the col. Voters left.", ["He called the col.", "Voters left."]),
    ],
)
def test_tokenizer_abbreviations_end_no_sentence(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


@pytest.mark.parametrize("text, tokens", [
    # Malaysia's "Dato'" keeps its apostrophe, straight or curly: one style, not a word and a quote mark
    ("Dato' Sri Ana Ruiz won", ["Dato'", "Sri", "Ana", "Ruiz", "won"]),
    ("Dato’ Ana Ruiz won", ["Dato’", "Ana", "Ruiz", "won"]),
    ("Engr. Ana Ruiz and Barr. Ivan Petrov", ["Engr.", "Ana", "Ruiz", "and", "Barr.", "Ivan", "Petrov"]),
    # near misses: a possessive, a closing quote after another word, a lower-case "dato'"
    ("Dato's car", ["Dato", "'s", "car"]),
    ("the word 'Datuk' was", ["the", "word", "'", "Datuk", "'", "was"]),
    ("said dato' Ruiz", ["said", "dato", "'", "Ruiz"]),
])
def test_tokenizer_keeps_a_styles_apostrophe(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize("line", ["lt.", "Lt", "Lt.Col.", "Lt. Gov.", "3rd.", "Dato'.", "Dato''", "'Dato"])
def test_abbreviations_are_validated(tmp_path, line):
    from pipeline.errors import DataError
    from pipeline.nlp.components.tokenizer import load_abbreviations

    path = tmp_path / "abbreviations.tsv"
    path.write_text(f"word\nCol.\n{line}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"abbreviations\.tsv:3"):
        load_abbreviations(path)


@pytest.mark.parametrize("start_up_chunks", [0, 12_000])
def test_tokenizer_caches_a_word_after_a_full_start_up(start_up_chunks):
    """A document's word is cached even after start-up tokenized more chunks than spaCy's default cache holds
    (10,000: the KB's names took it). Seen through a cached word's tokens: served from the cache, they are the
    lexemes of before a reset of the vocab's index (as loading the parser does), which the reset then lacks."""
    import spacy

    from pipeline.nlp.components.tokenizer import make_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(None)(nlp)
    for i in range(start_up_chunks):
        nlp.make_doc(f"Qzv{i}")
    assert [t.text for t in nlp.make_doc("Zorvexa's")] == ["Zorvexa", "'s"]
    nlp.vocab.from_bytes(nlp.vocab.to_bytes())
    assert "Zorvexa" not in nlp.vocab
    assert [t.text for t in nlp.make_doc("Zorvexa's")] == ["Zorvexa", "'s"]
    assert "Zorvexa" not in nlp.vocab  # not tokenized again: from the cache
