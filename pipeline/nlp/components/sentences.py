"""``newsfacts_sentence_limit``: no sentence longer than a bound, so every per-sentence step stays linear.

The rules look for a trigger's slots in its sentence, so their work per trigger
grows with the sentence. News sentences stay far below the bound (the longest
of the 12,000 Wikipedia current-events items has 120 tokens), but a hostile or
broken input (a name list, a table dumped as one line) may have no sentence end
at all and would make the whole document one sentence. Such a sentence is cut
into pieces of at most ``max_tokens`` tokens, each ending after the last
comma, semicolon or line break of its final quarter when there is one.
"""
from __future__ import annotations

from spacy.attrs import IS_PUNCT
from spacy.language import Language
from spacy.pipeline import Sentencizer as SpacySentencizer
from spacy.tokens import Doc

from .common import token_texts

#: Longest sentence, in tokens, kept whole (twice the longest seen in real news).
MAX_SENTENCE_TOKENS = 250
#: Tokens after which a long sentence is best cut.
_SOFT_ENDS = frozenset({",", ";", ":", "\n", "\n\n"})


@Language.factory("newsfacts_sentence_limit", assigns=["token.is_sent_start"],
                  default_config={"max_tokens": MAX_SENTENCE_TOKENS})
def make_sentence_limit(nlp: Language, name: str, max_tokens: int) -> "SentenceLimit":
    if max_tokens < 2:
        raise ValueError(f"{name}: max_tokens must be at least 2, got {max_tokens}")
    return SentenceLimit(max_tokens)


class SentenceLimit:
    def __init__(self, max_tokens: int):
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) <= self.max_tokens:
            return doc
        start = 0
        for i in range(1, len(doc) + 1):
            if i < len(doc) and not doc[i].is_sent_start:
                if i - start < self.max_tokens:
                    continue
                cut = next((k + 1 for k in range(i - 1, i - self.max_tokens // 4, -1)
                            if doc[k].text in _SOFT_ENDS or doc[k].is_space), i)
                doc[cut].is_sent_start = True
                start = cut
                continue
            start = i
        return doc


#: Sentence ends spaCy's default list lacks: a doubled full stop, a typo or an abbreviation's stop before the
#: sentence's ("Says Will Not Head New Govt.. BEIRUT (Reuters) -": a headline ran on into its story).
EXTRA_SENTENCE_ENDS = ("..",)


@Language.factory("newsfacts_sentencizer", assigns=["token.is_sent_start"],
                  default_config={"punct_chars": None, "overwrite": False})
def make_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool) -> "Sentencizer":
    """spaCy's sentencizer; without ``punct_chars``, its default list and :data:`EXTRA_SENTENCE_ENDS`."""
    if punct_chars is None:
        punct_chars = [*SpacySentencizer.default_punct_chars, *EXTRA_SENTENCE_ENDS]
    return Sentencizer(name, punct_chars=punct_chars, overwrite=overwrite)


class Sentencizer(SpacySentencizer):
    """spaCy's sentencizer, its rule read from the token strings and punctuation flags of the whole Doc at once:
    spaCy's walks the Doc's Token objects, one built per word (profiled: ~1.5% of a run). Same sentences."""

    def predict(self, docs):
        guesses = []
        for doc in docs:
            doc_guesses = [False] * len(doc)
            if len(doc):
                texts = token_texts(doc)  # cached on the Doc: the later stages read the same list
                puncts = doc.to_array(IS_PUNCT).tolist()
                start, seen_period = 0, False
                doc_guesses[0] = True
                for i, text in enumerate(texts):
                    in_punct_chars = text in self.punct_chars
                    if seen_period and not puncts[i] and not in_punct_chars:
                        doc_guesses[start] = True
                        start, seen_period = i, False
                    elif in_punct_chars:
                        seen_period = True
                doc_guesses[start] = True
            guesses.append(doc_guesses)
        return guesses
