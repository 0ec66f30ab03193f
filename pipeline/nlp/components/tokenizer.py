"""The tokenizer: spaCy's English rules, plus the joins real news feeds leave between sentences.

Summaries are often scraped with their citations glued on: "the United States.(CNN)(The Guardian)".
spaCy's English infixes do not split ".(" or ")(", so "States.(CNN)(The" would be one token and
"the United States" no place. An en dash between digits splits as spaCy's hyphen does ("2004-2008",
"57-43%"), so "49–48%" is two numbers and a sign, not one token no figure can start. Registered for ``[nlp.tokenizer]`` in ``models/config.cfg``.
"""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokenizer import Tokenizer  # noqa: F401  (the type create() returns)
from spacy.util import compile_infix_regex, registry

#: Extra infixes: a full stop or closing bracket glued to an opening bracket.
GLUED_CITATIONS = (r"(?<=[\w\]\)])\.(?=\()", r"(?<=\.)\(", r"\)(?=\()", r"(?<=\))\(")
#: An en dash between two digits: a score or a range, split like spaCy's infix hyphen between digits.
DIGIT_DASH = (r"(?<=[0-9])–(?=[0-9])",)


@registry.tokenizers("newsfacts.tokenizer.v1")
def make_tokenizer():
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp):
        tokenizer = default(nlp)
        infixes = list(English.Defaults.infixes) + list(GLUED_CITATIONS) + list(DIGIT_DASH)
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return tokenizer

    return create
