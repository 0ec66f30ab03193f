"""Paragraph breaks end sentences: a heading, a dateline or a list item has no final full stop.

spaCy's sentencizer splits on punctuation only, so "Ana Ruiz wins\\n\\nIvan Petrov concedes." would be
one sentence and a fact could join words of a headline and of the text under it. A blank line
(what the cleaner writes after a block element such as ``<h1>`` or ``<p>``) starts a new sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import set_doc_values
from .common import doc_text

#: Newlines in one whitespace token that make a paragraph break (one newline may wrap a line).
PARAGRAPH_NEWLINES = 2


@Language.factory("newsfacts_paragraphs", assigns=["token.is_sent_start", "doc._.paragraph_starts"],
                  default_config={"newlines": PARAGRAPH_NEWLINES})
def make_paragraphs(nlp: Language, name: str, newlines: int) -> "ParagraphBreaks":
    return ParagraphBreaks(newlines)


def paragraph_starts(doc: Doc, newlines: int = PARAGRAPH_NEWLINES) -> list[int]:
    """The token indexes where a paragraph after a break starts: after a whitespace token of ``newlines`` newlines."""
    if doc_text(doc).count("\n") < newlines:
        return []  # no whitespace token can hold the newlines of a break (the usual short item)
    return [t.i + 1 for t in doc if t.is_space and t.text.count("\n") >= newlines and t.i + 1 < len(doc)]


class ParagraphBreaks:
    """Runs after the sentencizer: the token after a paragraph break starts a sentence. The breaks are kept on the
    Doc (``doc._.paragraph_starts``) for the stages that read a story paragraph by paragraph."""

    def __init__(self, newlines: int = PARAGRAPH_NEWLINES):
        self.newlines = newlines

    def __call__(self, doc: Doc) -> Doc:
        breaks = paragraph_starts(doc, self.newlines)
        set_doc_values(doc, paragraph_starts=breaks)
        if not breaks:
            return doc
        if not doc.has_annotation("SENT_START"):
            for token in doc:
                token.is_sent_start = token.i == 0
        for i in breaks:
            doc[i].is_sent_start = True
        return doc
