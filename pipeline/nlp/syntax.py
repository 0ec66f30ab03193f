"""Dependency syntax on demand: parse one sentence of the pipeline's Doc with the trained parser.

``newsfacts train --parser`` writes a tagger + parser to ``models/parser``.
Parsing every sentence of every document would cost most of the pipeline's
time, so the fact stage asks for a parse only for a sentence that can hold a
fact (a trigger, a person, a figure), through :class:`SentenceParser`:

    parser = load_sentence_parser(models_dir, nlp.vocab)   # once; None without models/parser
    parsed = parser.parse(sent)                      # a new Doc, token i == sent[i]
    parser.parse_all(candidate_sents)                # or parse a Doc's candidates in one batch first
    for match_id, tokens in parser.match(sent, matcher):   # tokens of the pipeline's Doc
        ...

The parsed Doc has exactly the span's tokens (same words and spaces), so a
token ``i`` of it is ``span.doc[span.start + i]`` (:func:`to_pipeline`).
``DependencyMatcher`` patterns run on the parsed Doc; build the matcher with
:meth:`SentenceParser.matcher` so it shares the parser's vocab (the pipeline's, when
loaded with ``nlp.vocab``: then the parses live in the run's memory zones).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable, Sequence

from spacy.attrs import HEAD
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

#: The parser's folder under the models folder.
PARSER_DIR = "parser"
#: Components of the trained folder that parse a sentence (tok2vec feeds the parser: its ``doc.tensor``).
PARSE_COMPONENTS = ("tok2vec", "parser")
#: Components that tag a parsed sentence (``tag_``, then ``pos_`` from the tag), run only when a caller asks
#: for tags: the parser reads tok2vec's output, never the tags, and the fact rules' dependency patterns read
#: only DEP and LOWER (tagging was 6-8% of the parse time).
TAG_COMPONENTS = ("tagger", "attribute_ruler")

#: What of the trained folder is not loaded: components that never run on a sentence, and its saved tokenizer
#: (a sentence's Doc is built from the pipeline's words, never tokenized again: reading it cost ~0.06 s of start-up).
LOAD_EXCLUDE = ("ner", "lemmatizer", "senter", "textcat", "tokenizer")
#: Sentences per model call in :meth:`SentenceParser.parse_all`.
PARSE_BATCH = 64

log = logging.getLogger("newsfacts")


class SentenceParser:
    """Parses single sentences of a pipeline Doc, each once per Doc (a cache for the current Doc)."""

    def __init__(self, nlp: Language):
        missing = [c for c in ("tok2vec", "parser") if c not in nlp.pipe_names]
        if missing:
            raise ValueError(f"the parser pipeline lacks {missing}: train it with `newsfacts train --parser`")
        self.nlp = nlp
        self.vocab = nlp.vocab
        self._steps = [nlp.get_pipe(n) for n in PARSE_COMPONENTS if n in nlp.pipe_names]
        self._tag_steps = [nlp.get_pipe(n) for n in TAG_COMPONENTS if n in nlp.pipe_names]
        self._doc: Doc | None = None
        self._cache: dict[tuple[int, int], Doc] = {}
        self._tagged: set[tuple[int, int]] = set()  # the cached parses that are tagged too
        #: (sentence start, end, id(matcher)) → (matcher, its matches) for the current Doc (see :meth:`match`)
        self._matches: dict[tuple[int, int, int], tuple[DependencyMatcher, list[tuple[str, list[Token]]]]] = {}

    @classmethod
    def load(cls, path: str | Path, vocab: Vocab | None = None) -> "SentenceParser":
        """The parser folder at ``path``; with ``vocab`` (the pipeline's ``nlp.vocab``) it shares the
        pipeline's strings, so its parses live in the run's memory zones instead of growing a vocab of
        their own (the parses are the same: the features are the same lexeme attributes)."""
        import spacy

        from .components.tokenizer import UNUSED_TOKENIZER

        if vocab is None:
            return cls(spacy.load(path, vocab=True, exclude=LOAD_EXCLUDE, config=UNUSED_TOKENIZER))
        # Loading the folder's vocab into a shared one resets it (Vocab.from_disk empties its lexeme table: the
        # ~19,000 lexemes start-up made, each built again when a word recurs, with its attributes computed again).
        # Its strings are all a plain vocab folder adds, so only they are added; a folder with vectors or lookup
        # tables (which would change the shared vocab) is loaded as spaCy loads it.
        own = Vocab().from_disk(Path(path) / "vocab")
        if own.lookups.tables or own.vectors.shape != vocab.vectors.shape or own.vectors.mode != vocab.vectors.mode:
            return cls(spacy.load(path, vocab=vocab, exclude=LOAD_EXCLUDE, config=UNUSED_TOKENIZER))
        for string in own.strings:
            vocab.strings.add(string)
        return cls(spacy.load(path, vocab=vocab, exclude=(*LOAD_EXCLUDE, "vocab"), config=UNUSED_TOKENIZER))

    def parse(self, span: Span, tags: bool = True) -> Doc:
        """The parsed sentence ``span`` as a Doc of its own, 1:1 with its tokens (cached per Doc); tagged too
        (``tag_``, ``pos_``) unless ``tags`` is False (the heads and relations are the same either way)."""
        return self.parse_all([span], tags)[0]

    def parse_all(self, spans: Sequence[Span], tags: bool = True) -> list[Doc]:
        """:meth:`parse` for several sentences of one Doc at once: the models run on a batch (about twice as
        fast as one sentence at a time); already parsed sentences come from the cache, tagged when asked."""
        if spans and spans[0].doc is not self._doc:  # a new document: forget the last one's parses
            self._doc, self._cache, self._matches, self._tagged = spans[0].doc, {}, {}, set()
        keys = list(dict.fromkeys((s.start, s.end) for s in spans))
        todo = [k for k in keys if k not in self._cache]
        if todo:
            doc = self._doc
            fresh = [self._words_doc([t.text for t in doc[a:b]], [bool(t.whitespace_) for t in doc[a:b]])
                     for a, b in todo]
            for step in self._steps:
                fresh = list(step.pipe(fresh, batch_size=PARSE_BATCH))
            self._cache.update(zip(todo, fresh))
        untagged = [k for k in keys if k not in self._tagged] if tags else []
        if untagged:  # the tagger reads the tok2vec output the parse left on each Doc (doc.tensor)
            docs = [self._cache[k] for k in untagged]
            for step in self._tag_steps:
                docs = list(step.pipe(docs, batch_size=PARSE_BATCH))
            self._cache.update(zip(untagged, docs))
            self._tagged.update(untagged)
        return [self._cache[(s.start, s.end)] for s in spans]

    def _words_doc(self, words: list[str], spaces: list[bool]) -> Doc:
        # preset boundaries: the parser keeps the pipeline's sentence as one sentence
        return Doc(self.vocab, words=words, spaces=spaces,
                   sent_starts=[True] + [False] * (len(words) - 1) if words else None)

    def matcher(self, patterns: dict[str, list[list[dict]]] | None = None) -> DependencyMatcher:
        """A ``DependencyMatcher`` on the parser's vocab, with ``patterns`` (key -> list of patterns) added."""
        m = DependencyMatcher(self.vocab)
        for key, pats in (patterns or {}).items():
            m.add(key, pats)
        return m

    def match(self, span: Span, matcher: DependencyMatcher) -> list[tuple[str, list[Token]]]:
        """``matcher`` on the parse of ``span``: (key, the matched tokens of the *pipeline's* Doc, in pattern order).
        Run once per sentence and matcher of a Doc (every trigger of a sentence asks): the list is shared, read only."""
        parsed = self.parse(span, tags=False)  # the patterns read DEP and LOWER, no tags
        key = (span.start, span.end, id(matcher))
        cached = self._matches.get(key)
        if cached is None or cached[0] is not matcher:
            cached = self._matches[key] = (matcher, [(self.vocab.strings[match_id], [to_pipeline(span, i) for i in ids])
                                                     for match_id, ids in matcher(parsed)])
        return cached[1]


def required_words(pattern: Sequence[dict]) -> list[frozenset[str]]:
    """Per node of a ``DependencyMatcher`` pattern that names its words (``LOWER`` as a string or ``IN`` a list),
    those words: a sentence that holds none of one node's words cannot match, and need not be parsed."""
    out = []
    for node in pattern:
        lower = node.get("RIGHT_ATTRS", {}).get("LOWER")
        if isinstance(lower, str):
            out.append(frozenset({lower}))
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            out.append(frozenset(lower["IN"]))
    return out


def one_root(parsed: Doc) -> bool:
    """The parse has exactly one root (a token that is its own head: relative head 0)."""
    return int((parsed.to_array(HEAD) == 0).sum()) == 1


def to_pipeline(span: Span, i: int | Token) -> Token:
    """The pipeline Doc's token for token ``i`` (or that Token) of ``span``'s parse."""
    return span.doc[span.start + (i.i if isinstance(i, Token) else i)]


def heads(parsed: Doc) -> Iterable[tuple[str, str, str]]:
    """(dependent, relation, head) text triples of a parse: for tests and debugging."""
    return [(t.text, t.dep_, t.head.text) for t in parsed]


_LOADED: dict[tuple[str, int], tuple[Vocab | None, SentenceParser | None]] = {}


def load_sentence_parser(models_dir: str | Path, vocab: Vocab | None = None) -> SentenceParser | None:
    """The models folder's parser (``models_dir/parser``), loaded once per process and ``vocab``; None (with
    a warning) when it is absent. Give the pipeline's ``nlp.vocab`` (see :meth:`SentenceParser.load`)."""
    path = str((Path(models_dir) / PARSER_DIR).resolve())
    key = (path, id(vocab))
    if key not in _LOADED:
        if not (Path(path) / "meta.json").is_file():
            log.warning("no dependency parser at %s (train it with `newsfacts train --parser`): "
                        "rules fall back to token windows", path)
            _LOADED[key] = (vocab, None)
        else:
            _LOADED[key] = (vocab, SentenceParser.load(path, vocab))  # the vocab is kept: its id stays unique
    return _LOADED[key][1]
