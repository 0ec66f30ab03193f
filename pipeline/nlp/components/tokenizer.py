"""The tokenizer: spaCy's English rules, plus the joins real news feeds leave between sentences.

Summaries are often scraped with their citations glued on: "the United States.(CNN)(The Guardian)".
spaCy's English infixes do not split ".(" or ")(", so "States.(CNN)(The" would be one token and
"the United States" no place. An en dash between digits splits as spaCy's hyphen does ("2004-2008",
"57-43%"), so "49–48%" is two numbers and a sign, not one token no figure can start; so is a score with both signs
("55%-45%"). A scale or a
per cent written lower case right after digits splits off as spaCy's "1.2m" and "12K" do ("12k votes", "52pc of the
vote", "3.4bn"), so the number can be read. Registered for ``[nlp.tokenizer]`` in ``models/config.cfg``.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from ...errors import DataError
from ..resources import read_tsv

#: Extra infixes: a full stop or closing bracket glued to an opening bracket.
GLUED_CITATIONS = (r"(?<=[\w\]\)])\.(?=\()", r"(?<=\.)\(", r"\)(?=\()", r"(?<=\))\(")
#: An en dash between two digits: a score or a range, split like spaCy's infix hyphen between digits.
DIGIT_DASH = (r"(?<=[0-9])–(?=[0-9])",)
#: A per cent sign between a number and a dash, and that dash before digits: a score written with both signs
#: ("55%-45%", "55%–45%"), which spaCy keeps as "55%-45" and "%", a token no figure can start.
SIGN_DASH = (r"(?<=[0-9])%(?=[-–][0-9])", r"(?<=%)[-–](?=[0-9])")
#: A hyphen between an initialism's final stop and a lower-case word ("U.S.-backed", "U.N.-brokered"): spaCy's infix
#: hyphen needs a letter or digit before it, so the chunk stayed one token and the place in it no mention, unlike
#: "US-backed".
INITIALISM_HYPHEN = (r"(?<=[A-Z]\.)-(?=[a-z])",)
#: A closing bracket glued to a double hyphen (a dash) and the word after it: a wire's dateline ("HONG KONG (Dow
#: Jones)--China Mobile Ltd.", "(AP)--Shares"). spaCy splits "--" only between letters, so "Jones)--China" stayed
#: one token and the source ran on into the name after it ("Dow Jones)--New Zealand").
BRACKET_DASH = (r"\)(?=--)", r"(?<=\))--(?=[^\W\d_])")
#: Extra suffixes: a lower-case scale or "pc" (per cent) glued to digits, which spaCy's units leave on.
GLUED_SCALES = (r"(?<=[0-9])(?:k|bn|mn|pc)",)
#: Chunks (runs of non-space characters) the tokenizer keeps tokenized. spaCy's default, 10,000, was nearly full
#: once the pipeline was built (the KB's ~7,500 names, role words and cues: ~9,200 chunks tokenized at start-up)
#: and full after the first documents, so the engine's warm documents (WARM_DOCS) left almost no word cached:
#: over 3,000 news items the tokenizer's CPU fell ~25% with room. Entries are added only outside memory zones
#: (spaCy caches nothing inside one), which bounds the cache by what start-up and the warm documents hold; it
#: never changes a token.
CACHE_CHUNKS = 100_000
#: An abbreviation of ``lexicons/abbreviations.tsv``: a capital, letters, one final full stop ("Lt.", "Th."), or an
#: apostrophe that a style keeps as written (Malaysia's "Dato'", "Dato’").
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*[.'’]")


def load_abbreviations(path: Path) -> dict[str, list[dict]]:
    """``abbreviations.tsv`` as tokenizer special cases: each word one token, its full stop or apostrophe kept
    ("Lt.", "Dato'")."""
    out: dict[str, list[dict]] = {}
    for where, row in read_tsv(path, ("word",)):
        word = row["word"]
        if not _ABBREVIATION.fullmatch(word):
            raise DataError(f"{where}: {word!r} is no abbreviation (a capital, letters, one final full stop or "
                            f"apostrophe)")
        if word in out:
            raise DataError(f"{where}: duplicate word {word!r}")
        out[word] = [{ORTH: word}]
    return out


@registry.tokenizers("newsfacts.tokenizer.v1")
def make_tokenizer(models_dir: str | None = None):
    """``models_dir``: the models folder whose ``lexicons/abbreviations.tsv`` adds special cases (none without one,
    or where an older copy of models/ has no such file)."""
    abbreviations = {}
    if models_dir is not None and (Path(models_dir) / "lexicons" / "abbreviations.tsv").is_file():
        abbreviations = load_abbreviations(Path(models_dir) / "lexicons" / "abbreviations.tsv")

    def create(nlp):
        """spaCy's ``spacy.Tokenizer.v1`` for the language, with our infixes and abbreviations: built in one go, as
        that one builds its own (setting ``infix_finditer`` afterwards would load every special case a second time,
        and its own infix regex would be compiled for nothing: ~0.1 s of start-up)."""
        defaults = nlp.Defaults
        infixes = list(English.Defaults.infixes) + list(GLUED_CITATIONS) + list(DIGIT_DASH) + list(SIGN_DASH) \
            + list(INITIALISM_HYPHEN) + list(BRACKET_DASH)
        return Tokenizer(
            nlp.vocab,
            rules={**defaults.tokenizer_exceptions, **abbreviations},
            prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(list(defaults.suffixes or ()) + list(GLUED_SCALES)).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=CACHE_CHUNKS,
        )

    return create


#: ``[nlp.tokenizer]`` for a trained folder loaded only to run its components on Docs the pipeline made (the parser,
#: the election-context textcat): such a Language never tokenizes, and spaCy builds its default tokenizer anyway
#: (its regexes compiled, ~1,300 special cases loaded: ~0.05 s each) even when the folder's own is excluded.
UNUSED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "newsfacts.unused_tokenizer.v1"}}}


@registry.tokenizers("newsfacts.unused_tokenizer.v1")
def make_unused_tokenizer():
    """A tokenizer without rules (whitespace only), for a Language that never tokenizes (see UNUSED_TOKENIZER)."""
    def create(nlp):
        return Tokenizer(nlp.vocab)

    return create
