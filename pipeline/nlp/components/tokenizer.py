"""The tokenizer: spaCy's English rules, plus the joins real news feeds leave between sentences.

Summaries are often scraped with their citations glued on: "the United States.(CNN)(The Guardian)".
spaCy's English infixes do not split ".(" or ")(", so "States.(CNN)(The" would be one token and
"the United States" no place. An en dash between digits splits as spaCy's hyphen does ("2004-2008",
"57-43%"), so "49–48%" is two numbers and a sign, not one token no figure can start. A scale or a
per cent written lower case right after digits splits off as spaCy's "1.2m" and "12K" do ("12k votes", "52pc of the
vote", "3.4bn"), so the number can be read. Registered for ``[nlp.tokenizer]`` in ``models/config.cfg``.
"""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

#: Extra infixes: a full stop or closing bracket glued to an opening bracket.
GLUED_CITATIONS = (r"(?<=[\w\]\)])\.(?=\()", r"(?<=\.)\(", r"\)(?=\()", r"(?<=\))\(")
#: An en dash between two digits: a score or a range, split like spaCy's infix hyphen between digits.
DIGIT_DASH = (r"(?<=[0-9])–(?=[0-9])",)
#: Extra suffixes: a lower-case scale or "pc" (per cent) glued to digits, which spaCy's units leave on.
GLUED_SCALES = (r"(?<=[0-9])(?:k|bn|mn|pc)",)


@registry.tokenizers("newsfacts.tokenizer.v1")
def make_tokenizer():
    def create(nlp):
        """spaCy's ``spacy.Tokenizer.v1`` for the language, with our infixes: built in one go, as that one builds
        its own (setting ``infix_finditer`` afterwards would load every special case a second time, and its own
        infix regex would be compiled for nothing: ~0.1 s of start-up)."""
        defaults = nlp.Defaults
        infixes = list(English.Defaults.infixes) + list(GLUED_CITATIONS) + list(DIGIT_DASH)
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(list(defaults.suffixes or ()) + list(GLUED_SCALES)).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return create
