"""Clean stage: HTML (or plain text) → clean text, an offset map back to the raw
input, and the spans the source set in ``<strong>``/``<b>``.

``clean(raw)`` parses with the standard library's :mod:`html.parser` (no
regular expressions over tags) and builds the text from the parser's events:

* **Text only.** Comments (``<!--more-->``), ``<script>``/``<style>`` content,
  CDATA sections, processing instructions, declarations and the content of
  :data:`SKIPPED_ELEMENTS` never reach the text. An unterminated comment,
  CDATA section, declaration or script runs to the end of the input (as in a
  browser); an unterminated *start tag* that never sees a ``>`` is kept as text,
  so plain text such as ``a < b`` or ``x<y`` loses nothing.
* **Character references** (``&amp;``, ``&#39;``, ``&eacute``) are decoded as
  :func:`html.unescape` does; every decoded character maps to the start of its
  reference in the raw input.
* **Double escaping** (documented rule): ``&amp;`` followed by a numeric
  reference or one of :data:`DOUBLE_ESCAPED` (``&amp;nbsp;``, ``&amp;amp;``,
  ``&amp;quot;``, …) is decoded twice, as one character. Any other ``&amp;x;``
  decodes once, to the literal ``&x;``.
* **Entity debris** (documented rule): feeds that strip ``&`` and leave a space
  in its place (AG News: ``Reserve #39;s``, ``said  quot;no quot;``,
  ``J amp;J``) are repaired: a space followed by ``#NN;`` (2–5 digits) or by one
  of :data:`DEBRIS_NAMES` and ``;`` is decoded as that reference, the space
  included (``Reserve's``, ``said "no"``, ``J&J``). Nothing else is guessed.
* **Ampersand debris** (documented rule): the same feeds drop an ``&`` that stands between spaces, leaving
  three spaces (AG News: ``Johnson   Johnson``, ``Merck   Co.``, ``Cable   Wireless``), which folding would
  turn into one name a person's shape reads ("Johnson Johnson"). Exactly three spaces between a capitalised
  word (a capital, then letters: at most :data:`AMPERSAND_WORD` of them) and a capital read as `` & ``, the
  ``&`` mapping to the middle space. Two or four spaces, a lower-case word on either side (``Gerry Adams
  recommends``) or a stop or comma before the run (``Sunday.   The``) keep the run as layout.
* **Line-break debris** (documented rule): the same feeds write a source line
  break as a backslash (AG News/Reuters: ``John Kerry\\has a lead``,
  ``54\\percent``) and escape a dollar sign (``\\$15 million``). A backslash
  right after a non-space character and before a letter or digit reads
  as a space; one before ``$`` is dropped. A backslash anywhere else is kept.
* **Escaped markup** (documented rule): the same feeds write some tags with
  their brackets escaped (AG News: ``Andrew Mitchell&lt;/p&gt;&lt;p&gt; LONDON
  (Reuters) -``, ``coalition deal &lt;b&gt;...&lt;/b&gt;``). An escaped tag of an
  element of
  :data:`ESCAPED_MARKUP_ELEMENTS` reads as that tag's layout (a paragraph or a
  line break, or nothing), never as text; any other ``&lt;x&gt;`` stays text.
* **Hyphen debris** (documented rule): the same feeds leave a space after the
  hyphen of a compound (AG News: ``Chen Tan- sun``, ``Ayman al- Zawahiri``,
  ``the al- Qaeda network``, ``fiscal fourth- quarter``). One space after a
  hyphen glued to a letter is dropped when a lower-case word follows (not one
  of :data:`SUSPENDED_HYPHEN_NEXT`: ``low- and moderate-income`` keeps its
  suspended hyphen), or when a capital follows a lower-case particle of two or
  three letters (``al-``, ``el-``, ``bin-``). A hyphen between two capitalised
  words stays a dash (``Before the Bell- First Health``).
* **Dropped characters**: C0 controls except tab, LF, CR, VT and FF (those are
  whitespace), DEL and C1 controls except NEL, soft hyphens, zero-width spaces,
  word joiners and byte-order marks. Lone surrogates become U+FFFD.
* **Layout**: elements in :data:`PARAGRAPH_ELEMENTS` become a paragraph break
  (a blank line), :data:`LINE_ELEMENTS` a line break, table cells a space.
* **Whitespace folding**: a run of whitespace becomes ``"\\n\\n"`` when it holds a
  paragraph break, else ``"\\n"`` when it holds a line break, else one space;
  a line break that a tag produced (``<br>``, a table row) becomes a paragraph
  break, which starts a sentence: lines of a list, a table, an address or a
  byline have no final full stop, and a sentence that ran on into the next line
  would join their words in one fact ("by Ana Ruiz<br>Monday, May 4"). It stays
  a line break when the next line goes on in lower case (the author wrapped a
  sentence: "when it comes to<br>building a brand"), after a comma or semicolon
  (:data:`_CLAUSE_ENDS`), and under a line that ends with a colon up to the next
  paragraph break (a list its heading announces: "Tour 2020 dates:<br>June 9 …");
  the text is trimmed. What counts as a break in the *source* depends on the
  input: in plain text (no element tags) one source line break is a line break
  and two or more (a blank line) a paragraph break; in HTML, as in a browser,
  a single source line break is only a space, but a blank line still counts
  as a paragraph break (text pasted with ``<b>`` tags keeps its paragraphs).

Offsets: ``offsets[i]`` is the raw index where ``text[i]`` starts (its
reference's ``&`` for a decoded character; the first raw character of a folded
whitespace run; the tag's ``<`` for a break that a tag produced), ``ends[i]``
the raw index just past it. Both are non-decreasing and lie in
``[0, len(raw)]``; ``offsets`` has one more entry than the text: the raw end
of the last character. Everything is O(n): the parser is fed once, text is
copied in slices, and no recursion depends on nesting depth.
"""
from __future__ import annotations

import bisect
import html
import re
from array import array
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["CleanText", "clean", "PARAGRAPH_ELEMENTS", "LINE_ELEMENTS", "SKIPPED_ELEMENTS"]

#: Elements whose start and end become a paragraph break (a blank line).
PARAGRAPH_ELEMENTS = frozenset(
    "address article aside blockquote body center details dialog dir div dl fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table ul".split()
)  # "li" too: list items read as paragraphs (as in GUM's renderings of Wikinews)
#: Elements whose start and end become a line break.
LINE_ELEMENTS = frozenset("br caption dd dt legend option tbody tfoot thead tr".split())
#: Elements whose start and end become a space, so neighbouring cells do not glue.
CELL_ELEMENTS = frozenset("td th".split())
#: Elements whose content is never text. ``script`` and ``style`` are raw text
#: to the parser; the others are skipped by depth (an unclosed one runs to the end).
SKIPPED_ELEMENTS = frozenset(
    "script style template noscript title iframe noembed noframes object svg math".split()
)
#: Elements whose text is recorded in ``CleanText.emphasis``.
EMPHASIS_ELEMENTS = frozenset(("b", "strong"))
#: Void elements: a start tag without an end tag; never opens a skipped region.
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: Elements whose escaped tags ("&lt;p&gt;", "&lt;/b&gt;") a feed's text holds: read as markup (escaped markup, module
#: docstring); "&lt;ABV&gt;" names none and stays text. Not "a": a feed's escaped link holds a stock ticker ("Morgan
#: Stanley &lt;A HREF=...&gt;MWD.N&lt;/A&gt;"), which, unescaped, would run on into the name before it.
ESCAPED_MARKUP_ELEMENTS = PARAGRAPH_ELEMENTS | LINE_ELEMENTS | EMPHASIS_ELEMENTS | frozenset("em i u span font".split())

#: Characters an escaped tag's attributes may take ("&lt;p class=&quot;x&quot;&gt;"): a bound, so that text full of
#: "&lt;p " with no "&gt;" is read in linear time (an unbounded run scanned on from each of them: quadratic).
ESCAPED_TAG_ATTRIBUTES = 200

#: Letters the capitalised word before an ampersand's three spaces may have ("Procter   Gamble"; ampersand debris,
#: module docstring): a bound, so that the look back from each run is constant time.
AMPERSAND_WORD = 40
#: Words that open a sentence and never end a firm's "X & Y" name: after three spaces they follow a story's layout
#: ("Fund Raising Ends   The campaign", a headline joined to its text), not a dropped "&".
AMPERSAND_NOT_BEFORE = frozenset({"A", "An", "And", "As", "At", "But", "By", "For", "He", "Her", "His", "I", "If",
                                  "In", "It", "Its", "On", "She", "The", "They", "This", "To", "We", "When", "While"})

#: Entity names that are decoded a second time after ``&amp;`` (see module docstring).
DOUBLE_ESCAPED = ("nbsp", "amp", "quot", "apos", "lt", "gt", "mdash", "ndash",
                  "lsquo", "rsquo", "ldquo", "rdquo", "hellip")
#: Entity names repaired when they follow a space with their ``&`` stripped.
DEBRIS_NAMES = ("quot", "amp", "lt", "gt", "nbsp", "apos")
#: Words after "<word>- " that leave the hyphen suspended ("low- and moderate-income", "two- to three-day"): the
#: space after it is kept (hyphen debris, module docstring).
SUSPENDED_HYPHEN_NEXT = ("and", "or", "nor", "to", "than", "through", "vs")

# Markers for breaks produced by tags. They are C0 controls, which are always
# dropped from the input before the markers are inserted, so they cannot clash.
_PARA = "\x1e"
_LINE = "\x1f"

_DROP_CLASS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff"
_DROP = re.compile(f"[{_DROP_CLASS}]+")
_SURROGATE = "\ud800-\udfff"
# Anything in a text chunk that needs more than a verbatim copy.
_SPECIAL = re.compile(f"[&;\\\\{_DROP_CLASS}{_SURROGATE}]|(?<=[A-Za-z])- |(?<=[A-Za-z])   (?=[A-Z])")
_TOKEN = re.compile(
    r"(?P<markup>&lt;/?(?P<element>(?i:" + "|".join(sorted(ESCAPED_MARKUP_ELEMENTS, key=len, reverse=True))
    + rf"))(?:\s[^<>]{{0,{ESCAPED_TAG_ATTRIBUTES}}}?)?/?&gt;)|"
    r"(?P<double>&amp;(?:\#[0-9]{1,7};|\#[xX][0-9a-fA-F]{1,6};|(?:" + "|".join(DOUBLE_ESCAPED) + r");))"
    r"|(?P<entity>&(?:\#[0-9]+;?|\#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?))"
    r"|(?P<debris>\ (?:\#[0-9]{2,5}|" + "|".join(DEBRIS_NAMES) + r");)"
    r"|(?P<linebreak>(?<=\S)\\(?=[A-Za-z0-9]))"
    r"|(?P<escape>\\(?=\$))"
    r"|(?P<hyphen>(?:(?<=[A-Za-z]-)\ (?!(?:" + "|".join(SUSPENDED_HYPHEN_NEXT) + r")\b)(?=[a-z])"
    r"|(?:(?<=[^A-Za-z][a-z]{2}-)|(?<=[^A-Za-z][a-z]{3}-))\ (?=[A-Z][a-z])))"
    r"|(?P<ampersand>(?<=[A-Za-z])\ {3}(?=[A-Z]))"
    rf"|(?P<drop>[{_DROP_CLASS}]+)"
    rf"|(?P<surrogate>[{_SURROGATE}])"
)
# Whitespace runs that folding may change (a single plain space inside the text
# never changes; at either end it is trimmed).
_RUN = re.compile(r"\A\s+|\s+\Z|\s{2,}|[^\S ]")
_NOT_MARKUP = re.compile(r"<(?![A-Za-z/!?])")
_SOURCE_BREAKS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")
#: A line that ends with it announces the lines after it ("Tour 2020 dates:<br>June 9 …<br>June 10 …"): they
#: stay one sentence with it up to the next paragraph break, so what it says (the year) reaches each of them.
_LIST_INTRO = ":"
#: A line that ends with one of these goes on in the next line, whatever its first letter (a script without case:
#: "…その他にも、<br>もとの商品…"; "Ana Ruiz,<br>Tom Lee and …").
_CLAUSE_ENDS = frozenset(",;\u3001\uff0c")


@dataclass(frozen=True, slots=True)
class CleanText:
    """The clean text of one document and how it maps back to the raw input.

    ``offsets[i]`` is the raw index of ``text[i]`` (``len(text) + 1`` entries, the
    last one the raw end of the last character); ``ends[i]`` is the raw index
    just past ``text[i]``. ``emphasis`` holds clean ``(start, end)`` spans that were
    inside ``<strong>``/``<b>`` (trimmed of whitespace, in order).
    """

    text: str
    offsets: array
    emphasis: tuple[tuple[int, int], ...]
    ends: array

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``(start, end)`` of the clean span ``text[start:end]``.

        ``raw[rs:re]`` with its tags removed and references decoded reads as the
        clean span (modulo whitespace folding). An empty span maps to an empty
        raw span at the raw position of ``text[start]``.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the clean text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.ends[end - 1]


class _Builder:
    """Accumulates the pre-folding text with per-character raw start/end positions."""

    __slots__ = ("raw", "pieces", "starts", "ends", "size", "emphasis", "_open")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.pieces: list[str] = []
        self.starts = array(_typecode(raw))
        self.ends = array(_typecode(raw))
        self.size = 0
        self.emphasis: list[tuple[int, int]] = []
        self._open = -1

    def verbatim(self, a: int, b: int) -> None:
        self.pieces.append(self.raw[a:b])
        self.starts.extend(range(a, b))
        self.ends.extend(range(a + 1, b + 1))
        self.size += b - a

    def decoded(self, chars: str, a: int, b: int) -> None:
        chars = _DROP.sub("", chars)
        if chars:
            self.pieces.append(chars)
            self.starts.extend([a] * len(chars))
            self.ends.extend([b] * len(chars))
            self.size += len(chars)

    def marker(self, char: str, pos: int) -> None:
        self.pieces.append(char)
        self.starts.append(pos)
        self.ends.append(pos)
        self.size += 1

    def text(self, a: int, b: int) -> None:
        """Add raw[a:b], a stretch of character data, decoding references."""
        raw = self.raw
        if a >= b:
            return
        if not _SPECIAL.search(raw, a, b):
            self.verbatim(a, b)
            return
        pos = a
        for m in _TOKEN.finditer(raw, a, b):
            s, e = m.span()
            kind = m.lastgroup
            if kind == "entity" and not _decodes(m.group()):
                continue  # "&T", "&foo;": not a reference, copied verbatim below
            if s > pos:
                self.verbatim(pos, s)
            token = m.group()
            if kind == "double":
                self.decoded(html.unescape("&" + token[5:]), s, e)
            elif kind == "entity":
                chars = html.unescape(token)
                keep = 0
                if not token.endswith(";") and token[1] != "#":
                    # "&copy2023" → "©2023": only a prefix is a reference; the
                    # rest stays raw and maps to itself.
                    limit = min(len(chars), len(token)) - 1
                    while keep < limit and chars[-1 - keep] == token[-1 - keep]:
                        keep += 1
                self.decoded(chars[: len(chars) - keep], s, e - keep)
                if keep:
                    self.verbatim(e - keep, e)
            elif kind == "markup":
                element = m.group("element").lower()  # "&lt;/p&gt;&lt;p&gt;": the tag's layout, as if unescaped
                if element in PARAGRAPH_ELEMENTS:
                    self.marker(_PARA, s)
                elif element in LINE_ELEMENTS:
                    self.marker(_LINE, s)
            elif kind == "debris":
                self.decoded(html.unescape("&" + token[1:]), s, e)
            elif kind == "ampersand":
                if _ampersand_debris(raw, s, e):  # "Merck   Co.": the feed's " & " without its "&"
                    self.verbatim(s, s + 1)
                    self.decoded("&", s + 1, s + 2)
                    self.verbatim(s + 2, e)
                else:  # "on   Monday": layout, folded as any run
                    self.verbatim(s, e)
            elif kind == "linebreak":
                self.decoded(" ", s, e)  # "Kerry\\has": a line break the feed wrote as a backslash
            elif kind == "surrogate":
                self.decoded("\ufffd", s, e)
            # "drop", "hyphen" (the space of "al- Qaeda"): nothing
            pos = e
        if pos < b:
            self.verbatim(pos, b)

    def emphasis_on(self) -> None:
        if self._open < 0:
            self._open = self.size

    def emphasis_off(self) -> None:
        if self._open >= 0:
            self.emphasis.append((self._open, self.size))
            self._open = -1


def _typecode(raw: str) -> str:
    """4-byte offsets when they fit (half the memory of 8-byte ones)."""
    return "i" if len(raw) < 2**31 - 1 else "q"


def _ampersand_debris(raw: str, end: int, after: int) -> bool:
    """Whether the three spaces ``raw[end:after]`` are a dropped "&": the word of letters ending at ``raw[end]`` is
    capitalised, not all capitals (a dateline, "WASHINGTON   The"), and the word after the run opens no sentence
    (:data:`AMPERSAND_NOT_BEFORE`); at most AMPERSAND_WORD letters are looked at on either side."""
    start = end
    floor = max(0, end - AMPERSAND_WORD - 1)
    while start > floor and raw[start - 1].isascii() and raw[start - 1].isalpha():
        start -= 1
    word = raw[start:end]
    stop = after
    while stop < min(len(raw), after + AMPERSAND_WORD) and raw[stop].isascii() and raw[stop].isalpha():
        stop += 1
    return bool(word) and word[0].isupper() and not (len(word) > 1 and word.isupper()) \
        and (start == 0 or not raw[start - 1].isalpha()) and raw[after:stop] not in AMPERSAND_NOT_BEFORE


def _decodes(token: str) -> bool:
    return html.unescape(token) != token


class _Parser(HTMLParser):
    """html.parser driven for positions: it sees ``&`` replaced by ``#`` (same
    length), so every data event is a verbatim slice and references are decoded
    by :meth:`_Builder.text` from the raw input; positions are tracked by
    :meth:`updatepos` as absolute indices (no line table)."""

    def __init__(self, builder: _Builder) -> None:
        super().__init__(convert_charrefs=False)
        self.b = builder
        self.pos = 0  # absolute raw index of the construct being handled
        self.skip: dict[str, int] = {}
        self.bold = 0
        self.tags = 0
        # Adjacent data events ("<<<<" arrives one "<" at a time) are merged
        # into one pending stretch before they reach the builder.
        self.pending_start = 0
        self.pending_end = 0

    def flush(self) -> None:
        """Hand the pending stretch of character data to the builder."""
        if self.pending_end > self.pending_start:
            self.b.text(self.pending_start, self.pending_end)
        self.pending_start = self.pending_end = 0

    # -- position tracking -------------------------------------------------
    def updatepos(self, i: int, j: int) -> int:  # noqa: D102 - html.parser hook
        if i < j:
            self.pos += j - i
        return j

    # -- markup that html.parser would mishandle ------------------------------
    def parse_html_declaration(self, i: int) -> int:  # noqa: D102
        # HTML5 semantics: "<!--" comment, "<![CDATA[ … ]]>", and everything
        # else up to the next ">" is a bogus comment. Never raises (the stdlib
        # version raises AssertionError on "<![x").
        rawdata = self.rawdata
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<![CDATA[", i):
            j = rawdata.find("]]>", i + 9)
            return -1 if j < 0 else j + 3
        gt = rawdata.find(">", i + 2)
        return -1 if gt < 0 else gt + 1

    # -- events ----------------------------------------------------------------
    def handle_data(self, data: str) -> None:  # noqa: D102
        if self.skip:
            return
        if self.pos != self.pending_end:
            self.flush()
            self.pending_start = self.pos
        self.pending_end = self.pos + len(data)

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: D102
        self.flush()
        self.tags += 1
        if tag in SKIPPED_ELEMENTS:
            if tag not in _VOID:
                self.skip[tag] = self.skip.get(tag, 0) + 1
            return
        self._layout(tag)
        if tag in EMPHASIS_ELEMENTS:
            self.bold += 1
            if not self.skip:
                self.b.emphasis_on()

    def handle_startendtag(self, tag: str, attrs) -> None:  # noqa: D102
        if tag in ("script", "style"):
            # "<script/>" opens a script in HTML: treat it as a start tag.
            self.handle_starttag(tag, attrs)
            self.set_cdata_mode(tag)
            return
        self.flush()
        self.tags += 1
        self._layout(tag)

    def handle_endtag(self, tag: str) -> None:  # noqa: D102
        self.flush()
        self.tags += 1
        if tag in SKIPPED_ELEMENTS:
            n = self.skip.get(tag, 0)
            if n > 1:
                self.skip[tag] = n - 1
            elif n == 1:
                del self.skip[tag]
            return
        self._layout(tag)
        if tag in EMPHASIS_ELEMENTS and self.bold:
            self.bold -= 1
            if not self.bold:
                self.b.emphasis_off()

    def _layout(self, tag: str) -> None:
        if self.skip:
            return
        if tag in PARAGRAPH_ELEMENTS:
            self.b.marker(_PARA, self.pos)
        elif tag in LINE_ELEMENTS:
            self.b.marker(_LINE, self.pos)
        elif tag in CELL_ELEMENTS:
            self.b.marker(" ", self.pos)

    # comments, declarations, processing instructions, CDATA: dropped
    def handle_comment(self, data: str) -> None:  # noqa: D102
        pass

    def handle_decl(self, decl: str) -> None:  # noqa: D102
        pass

    def handle_pi(self, data: str) -> None:  # noqa: D102
        pass

    def unknown_decl(self, data: str) -> None:  # noqa: D102
        pass


def _parse(raw: str, builder: _Builder) -> bool:
    """Feed ``raw`` through the parser; returns whether it held element tags."""
    parser = _Parser(builder)
    # The parser sees a copy of the same length: "&" and every "<" that cannot
    # open markup (not followed by a letter, "/", "!" or "?") become "#", which
    # html.parser treats exactly as it treats those characters in text. Data
    # events then cover whole stretches ("a < b", "<<<<") and are read back from
    # the raw input by position.
    parser.feed(_NOT_MARKUP.sub("#", raw.replace("&", "#")))
    # feed() stops at the first construct it cannot complete and keeps the rest
    # in parser.rawdata. html.parser's own close() recovers from that in ways
    # that lose characters or take quadratic time, so the rest is handled here.
    while parser.rawdata:
        tail = parser.rawdata
        if parser.cdata_elem is not None or tail.startswith(("<!", "<?")):
            break  # unterminated script/style, comment, CDATA, declaration: runs to the end
        gt = tail.find(">")
        if gt < 0:
            # No ">" anywhere after: no tag can complete, the rest is text ("a <b").
            parser.handle_data(tail)
            break
        # A start tag broken by an unbalanced quote: drop it up to its ">" and go on.
        parser.updatepos(0, gt + 1)
        parser.rawdata = tail[gt + 1:]
        parser.goahead(0)
    parser.flush()
    builder.emphasis_off()
    return parser.tags > 0


def _fold(s: str, starts: array, ends: array, html_mode: bool):
    """Whitespace folding; returns text, offsets, ends and the changed runs
    ``(a, b, clean_a, replacement_length)`` for mapping positions."""
    parts: list[str] = []
    out_starts = array(starts.typecode)
    out_ends = array(ends.typecode)
    runs: list[tuple[int, int, int, int]] = []
    n = len(s)
    prev = 0
    size = 0
    listed = False  # in a paragraph whose lines follow one that ends with _LIST_INTRO
    for m in _RUN.finditer(s):
        a, b = m.span()
        run = m.group()
        if a == 0 or b == n:
            rep = ""
        elif _PARA in run:
            rep, listed = "\n\n", False
        else:
            breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
            for c in _SOURCE_BREAKS:
                breaks += run.count(c)
            if breaks >= 2:
                rep, listed = "\n\n", False
            elif _LINE in run:
                listed = listed or s[a - 1] == _LIST_INTRO
                rep = "\n" if listed or s[b].islower() or s[a - 1] in _CLAUSE_ENDS else "\n\n"
            elif breaks and not html_mode:
                rep = "\n"
            else:
                rep = " "
        if rep == run:
            continue
        if a > prev:
            parts.append(s[prev:a])
            out_starts.extend(starts[prev:a])
            out_ends.extend(ends[prev:a])
        runs.append((a, b, size + (a - prev), len(rep)))
        size += (a - prev) + len(rep)
        if rep:
            parts.append(rep)
            out_starts.extend([starts[a]] * len(rep))
            out_ends.extend([ends[b - 1]] * len(rep))
        prev = b
    if prev < n:
        parts.append(s[prev:])
        out_starts.extend(starts[prev:])
        out_ends.extend(ends[prev:])
    return "".join(parts), out_starts, out_ends, runs


def _mapper(runs: list[tuple[int, int, int, int]]):
    """Map a pre-folding index to the clean index of the text produced before it."""
    run_starts = [r[0] for r in runs]

    def to_clean(i: int) -> int:
        k = bisect.bisect_left(run_starts, i) - 1
        if k < 0:
            return i
        a, b, clean_a, length = runs[k]
        if i < b:
            return clean_a
        return clean_a + length + (i - b)

    return to_clean


#: Offsets 0, 1, 2, ...: the offset map of a text that cleaning leaves as it is is a slice of it (a copy of
#: memory, where building it from a range reads every index as a Python int). Fixed size: 256 KiB.
_IDENTITY = array("i", range(1 << 16))


def _identity(raw: str) -> CleanText:
    """The clean text of ``raw`` that cleaning leaves as it is (see :func:`clean`): itself, each character
    mapping to its own position."""
    n = len(raw)
    offsets = _IDENTITY[:n + 1] if n < len(_IDENTITY) else array(_typecode(raw), range(n + 1))
    return CleanText(text=raw, offsets=offsets, emphasis=(), ends=offsets[1:])


def unchanged(raw: str) -> bool:
    """True when cleaning leaves ``raw`` as it is: no markup (``<``), nothing to decode or drop (``_SPECIAL``
    covers ``&`` and every character the builder changes) and no whitespace run that folding changes or trims
    (``_RUN``). Most plain text is so (a news item of one paragraph)."""
    return "<" not in raw and not _SPECIAL.search(raw) and not _RUN.search(raw)


def clean(raw: str) -> CleanText:
    """Clean one document: see the module docstring for every rule."""
    if unchanged(raw):  # its text is the input and each offset its own, which _clean would build index by index
        return _identity(raw)
    return _clean(raw)


def _clean(raw: str) -> CleanText:
    """:func:`clean` by the general path (parse, decode, fold), whatever the input."""
    builder = _Builder(raw)
    if "<" in raw or "&" in raw:
        html_mode = _parse(raw, builder)
    else:  # fast path: plain text, no parser
        builder.text(0, len(raw))
        html_mode = False
    pre = "".join(builder.pieces)
    text, offsets, ends, runs = _fold(pre, builder.starts, builder.ends, html_mode)
    offsets.append(ends[-1] if ends else 0)
    emphasis: list[tuple[int, int]] = []
    if builder.emphasis:
        to_clean = _mapper(runs)
        for a, b in builder.emphasis:
            start, end = to_clean(a), to_clean(b)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end and (not emphasis or emphasis[-1] != (start, end)):
                emphasis.append((start, end))
    return CleanText(text=text, offsets=offsets, emphasis=tuple(emphasis), ends=ends)
