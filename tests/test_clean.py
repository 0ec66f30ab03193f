"""Tests for pipeline/io/clean.py: HTML → clean text, offset map, emphasis spans."""
from __future__ import annotations

import csv
import html
import json
import re
import threading
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import shared_file
from pipeline.io.clean import CleanText, clean

SEED = "corpus/000_4311ab4fe2abe36b.txt"
GUM = "data/gum_news/gum_news.jsonl"
AG = "data/ag_news/test.csv"


#: Seconds after which a call counts as hung: a safety net far beyond any machine's load (a FIFO read
#: blocks forever, a backtracking regex on these inputs runs for hours), never a speed bound (see bench/).
HANG_GUARD = 300


def finishes_within(seconds: float, fn, *args):
    """Run fn in a thread and fail if it is still running after `seconds`: a hang, not slowness."""
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("value", fn(*args)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"{fn.__name__} took longer than {seconds} s"
    return result["value"]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------
# text
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Kasim Reed won by 714 votes.", "Kasim Reed won by 714 votes."),
        ("<strong>Kasim Reed</strong> won.", "Kasim Reed won."),
        ("Mayor&#39;s race &amp; runoff", "Mayor's race & runoff"),
        ("caf&eacute; &ldquo;quoted&rdquo; &#x2014; dash", "café “quoted” — dash"),
        ("&copy2009 rights", "©2009 rights"),  # legacy entity without ";"
        ("runoff.<!--more-->", "runoff."),
        ("a <!-- never closed", "a"),
        ("x<script>var secret = 1;</script>y", "xy"),
        ("x<SCRIPT type='text/javascript'>alert('secret')</SCRIPT>y", "xy"),
        ("x<script/>alert('secret')</script>y", "xy"),
        ("x<style>p { color: red }</style>y", "xy"),
        ("a <script>never closed secret", "a"),
        ("a <![CDATA[secret]]> b", "a b"),
        ("a <![CDATA[never closed secret", "a"),
        ("a <?php echo 'secret'; ?> b", "a b"),
        ("<!DOCTYPE html><title>Head title</title>body", "body"),
        ("a<noscript>enable js</noscript>b", "ab"),
        ("x <![if !IE]> y", "x y"),  # malformed declaration: stdlib would raise
    ],
)
def test_clean_text(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a < b", "a < b"),
        ("x<y and z", "x<y and z"),
        ("if a<3 then", "if a<3 then"),
        ("AT&T rocks", "AT&T rocks"),
        ("AT&T", "AT&T"),
        ("a & b", "a & b"),
        ("Q&A; &unknown; &# x", "Q&A; &unknown; &# x"),
        ("a <", "a <"),
        ("<<<<", "<<<<"),
        ("5 > 3", "5 > 3"),
    ],
)
def test_clean_plain_text_with_markup_characters_loses_nothing(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("A &amp;nbsp; B", "A B"),  # &nbsp; → no-break space → folded
        ("Johnson &amp;amp; Johnson", "Johnson & Johnson"),
        ("it&amp;#39;s", "it's"),
        ("&amp;quot;no&amp;quot;", '"no"'),
        ("&amp;foo;", "&foo;"),  # not on the list: decoded once only
        ("&amp;copy;", "&copy;"),
    ],
)
def test_clean_double_escaped_entities(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Federal Reserve #39;s move", "Federal Reserve's move"),
        ("vowing:  quot;After the vote quot;", 'vowing: "After the vote"'),
        ("J amp;J in talks", "J&J in talks"),
        ("the  #36;10 million prize", "the $10 million prize"),
        ("room #39; two", "room' two"),
        # negatives: no space before, or not a known name, or too few digits
        ("issue#39; stays", "issue#39; stays"),
        ("a guitar amp plugged", "a guitar amp plugged"),
        ("ratio #7; kept", "ratio #7; kept"),
        ("he said quote; kept", "he said quote; kept"),
    ],
)
def test_clean_entity_debris(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("workers at Velmar   Kestrel say", "workers at Velmar & Kestrel say"),
        ("NEW YORK (Reuters) - Merck   Co. Inc. said", "NEW YORK (Reuters) - Merck & Co. Inc. said"),
        ("Sears, Roebuck   Co. and Tenovis GmbH   Co. rose", "Sears, Roebuck & Co. and Tenovis GmbH & Co. rose"),
        ("Cable   Wireless to Cut 600 Jobs", "Cable & Wireless to Cut 600 Jobs"),
        ("Marsh   McLennan Cos. fell", "Marsh & McLennan Cos. fell"),
        # negatives: a lower-case word on either side, punctuation before, two or four spaces, a line break, a word
        # too long to be looked back over, a letter outside ASCII before the run
        ("President Ana Ruiz   recommends a vote", "President Ana Ruiz recommends a vote"),
        ("voters went to the polls on   Monday", "voters went to the polls on Monday"),
        ("he won on Sunday.   The count", "he won on Sunday. The count"),
        ("strength of such ties,   According", "strength of such ties, According"),
        ("Ana  Ruiz won", "Ana Ruiz won"),
        ("Ana    Ruiz won", "Ana Ruiz won"),
        ("Ana \n Ruiz won", "Ana\nRuiz won"),
        ("A" + "b" * 60 + "   Co", "A" + "b" * 60 + " Co"),
        ("Müller   Co", "Müller Co"),
        # ... a dateline in capitals before the run, a sentence's opening word after it (a headline joined to its text)
        ("WASHINGTON   The Senate voted", "WASHINGTON The Senate voted"),
        ("Fund Raising Ends   The campaign closed", "Fund Raising Ends The campaign closed"),
        ("Kerry Leads Bush   In Ohio Poll", "Kerry Leads Bush In Ohio Poll"),
    ],
)
def test_clean_ampersand_debris(raw, expected):
    """A feed's " & " with its "&" dropped (AG News "Johnson   Johnson") reads as the ampersand between capitalised
    words; any other run of spaces folds as layout."""
    assert clean(raw).text == expected


def test_clean_ampersand_debris_maps_to_the_middle_space():
    raw = "Merck   Co. rose"
    c = clean(raw)
    at = c.text.index("&")
    assert c.raw_span(at, at + 1) == (6, 7)
    assert c.raw_span(0, len("Merck & Co.")) == (0, len("Merck   Co."))


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("challenger Ana Ruiz\\has a lead of 54\\percent", "challenger Ana Ruiz has a lead of 54 percent"),
        ("Sen. Ivan\\Petrov said", "Sen. Ivan Petrov said"),
        ("the vote count,\\pollsters say", "the vote count, pollsters say"),
        ("more than \\$15 million", "more than $15 million"),
        ("earmarked \\$300 million", "earmarked $300 million"),
        ("by\\2006 and 10\\votes", "by 2006 and 10 votes"),
        # negatives: a backslash after a space, before a space or punctuation, or doubled
        ("a \\ b", "a \\ b"),
        ("C:\\ drive", "C:\\ drive"),
        ("saved in C:\\ folder", "saved in C:\\ folder"),
        ("ratio 3\\/4", "ratio 3\\/4"),
        ('said\\"no"', 'said\\"no"'),
    ],
)
def test_clean_line_break_debris(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("By Ana Ruiz&lt;/p&gt;&lt;p&gt; LIMA (Reuters) - Voters queued.", "By Ana Ruiz\n\nLIMA (Reuters) - Voters queued."),
        ("&lt;p&gt;&lt;/p&gt;&lt;p&gt; QUITO (Reuters) - He won.&lt;/p&gt;", "QUITO (Reuters) - He won."),
        ("Party could clinch deal &lt;b&gt;...&lt;/b&gt;\n\nThe party", "Party could clinch deal ...\n\nThe party"),
        ("first line&lt;br/&gt;second line", "first line\nsecond line"),
        # negatives: no element's tag, a word that only starts like one, a lone bracket, a link (a ticker's)
        ('shares of Zembla &lt;A HREF="http://x.example/q"&gt;ZMB.N&lt;/A&gt; rose',
         'shares of Zembla <A HREF="http://x.example/q">ZMB.N</A> rose'),
        ("the &lt;ABV&gt; code", "the <ABV> code"),
        ("a &lt;brand&gt; name", "a <brand> name"),
        ("x &lt; y and y &gt; z", "x < y and y > z"),
    ],
)
def test_clean_escaped_markup(raw, expected):
    """A feed's escaped tag ("&lt;/p&gt;&lt;p&gt;", AG News) reads as markup; an escaped bracket of no element's tag
    stays text."""
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Foreign Minister Lin Wei- hsun said", "Foreign Minister Lin Wei-hsun said"),
        ("Omar al- Haddad, a spokesman", "Omar al-Haddad, a spokesman"),
        ("linked to the al- Qaeda network", "linked to the al-Qaeda network"),
        ("his fiscal fourth- quarter results", "his fiscal fourth-quarter results"),
        ("the locked- out workers", "the locked-out workers"),
        # negatives: a suspended hyphen, a dash between capitalised words, a hyphen after a space or a line break
        ("loans for low- and moderate-income families", "loans for low- and moderate-income families"),
        ("a two- to three-day visit", "a two- to three-day visit"),
        ("pre- or post-election polls", "pre- or post-election polls"),
        ("Before the Bell- First Health rises", "Before the Bell- First Health rises"),
        ("Kill Army Chief -TV", "Kill Army Chief -TV"),
        ("a - b", "a - b"),
        ("ban\n\n- The French", "ban\n\n- The French"),
        ("Wei-hsun, 2- 1 win", "Wei-hsun, 2- 1 win"),
    ],
)
def test_clean_hyphen_debris(raw, expected):
    """A feed's space after a compound's hyphen (AG News "Chen Tan- sun", "al- Qaeda") goes; a suspended hyphen or
    a dash stays."""
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<h2>Title</h2>Body", "Title\n\nBody"),
        ("line<br>break<br/>again", "line\nbreak\nagain"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
        ("<dl><dt>a</dt><dd>b</dd></dl>", "a\nb"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"),
        ("<div><div><div>deep</div></div></div>", "deep"),
        ("<span>in</span><em>line</em>", "inline"),
        ("<p>one\ntwo</p>", "one two"),  # HTML: a source newline is a space
        ("<b>one</b>\n\ntwo", "one\n\ntwo"),  # ... but a blank line stays a paragraph break
        ("one\ntwo", "one\ntwo"),  # plain text keeps its line breaks
        ("one\r\n\r\n\r\ntwo", "one\n\ntwo"),
        ("  lead  and\t\ttrail  ", "lead and trail"),
        ("no\u00a0break\u2003space", "no break space"),
        ("soft\u00adhyphen zero\u200bwidth \ufeffbom", "softhyphen zerowidth bom"),
        ("nul\x00 and\x07 bell\x1b", "nul and bell"),
        ("", ""),
        ("  \n\t ", ""),
        ("<p></p><!-- x -->", ""),
    ],
)
def test_clean_layout_and_whitespace(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a tag's line break before a line that starts like a sentence ends the sentence (a paragraph break)
        ("<p>Ana Ruiz wins Olmo<br>Ivan Petrov concedes</p>", "Ana Ruiz wins Olmo\n\nIvan Petrov concedes"),
        ("<p>by Tom Lee<br>Monday, May 4, 2026</p>", "by Tom Lee\n\nMonday, May 4, 2026"),
        ("<p>Senator Ana Ruiz<br>Governor Ivan Petrov won</p>", "Senator Ana Ruiz\n\nGovernor Ivan Petrov won"),
        ("<table><tr><td>Mayor</td><td>Ana Ruiz</td></tr><tr><td>Governor</td><td>Tom Lee</td></tr></table>",
         "Mayor Ana Ruiz\n\nGovernor Tom Lee"),
        ("<p>Results<br>12,345 votes</p>", "Results\n\n12,345 votes"),
        ("<p>Ana Ruiz won.<br>Tom Lee lost.</p>", "Ana Ruiz won.\n\nTom Lee lost."),
        # near misses: the line goes on in lower case, after a comma or semicolon, or under a line ending in a colon
        ("<p>voters elected Ana Ruiz as<br>mayor of Olmo</p>", "voters elected Ana Ruiz as\nmayor of Olmo"),
        ("<p>Ana Ruiz,<br>Tom Lee and Ivan Petrov</p>", "Ana Ruiz,\nTom Lee and Ivan Petrov"),
        ("<p>first Ana Ruiz;<br>Tom Lee second</p>", "first Ana Ruiz;\nTom Lee second"),
        ("<p>\u305d\u306e\u4ed6\u3001<br>\u5546\u54c1</p>", "\u305d\u306e\u4ed6\u3001\n\u5546\u54c1"),
        ("<p>Rally 2027 dates:<br>June 9 Olmo<br>June 12 Vessa</p>", "Rally 2027 dates:\nJune 9 Olmo\nJune 12 Vessa"),
        # ... the colon's list ends at the next paragraph break
        ("<p>Dates:<br>June 9 Olmo</p><p>Ana Ruiz wins<br>Tom Lee concedes</p>",
         "Dates:\nJune 9 Olmo\n\nAna Ruiz wins\n\nTom Lee concedes"),
        # plain text (no tags) keeps its single line breaks: a wire story wraps its lines
        ("said President\nAna Ruiz", "said President\nAna Ruiz"),
        ("said President &amp;\nAna Ruiz", "said President &\nAna Ruiz"),
    ],
)
def test_clean_line_break_ends_sentence(raw, expected):
    assert clean(raw).text == expected


# ---------------------------------------------------------------------------
# offsets
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, span_text, raw_piece",
    [
        ("As <strong>Kasim Reed</strong> began", "Kasim Reed", "Kasim Reed"),
        ("a <b>x</b> &amp; <i>y</i> z", "x & y", "x</b> &amp; <i>y"),
        ("Mayor&#39;s race", "Mayor's", "Mayor&#39;s"),
        ("caf&eacute;!", "café", "caf&eacute;"),
        ("&copy2009", "©2009", "&copy2009"),
        ("Reserve #39;s move", "Reserve's", "Reserve #39;s"),
        ("Ana Ruiz\\has won", "Ruiz has", "Ruiz\\has"),
        ("<p>One.</p>\n<p>Two.</p>", "One.\n\nTwo.", "One.</p>\n<p>Two."),
        ("x \r\n y", "x\ny", "x \r\n y"),
    ],
)
def test_clean_raw_span_reads_back(raw, span_text, raw_piece):
    c = clean(raw)
    start = c.text.index(span_text)
    rs, re_ = c.raw_span(start, start + len(span_text))
    assert raw[rs:re_] == raw_piece


def test_clean_offsets_have_one_entry_more_than_text():
    c = clean("<b>ab</b> &amp;")
    assert c.text == "ab &"
    assert list(c.offsets) == [3, 4, 9, 10, 15]
    assert list(c.ends) == [4, 5, 10, 15]


@pytest.mark.parametrize("start, end", [(-1, 2), (2, 1), (0, 99)])
def test_clean_raw_span_rejects_spans_outside_text(start, end):
    with pytest.raises(ValueError, match="outside the clean text"):
        clean("some text").raw_span(start, end)


def test_clean_raw_span_empty_span():
    c = clean("<b>ab</b>")
    assert c.raw_span(1, 1) == (4, 4)
    assert c.raw_span(2, 2) == (5, 5)


# ---------------------------------------------------------------------------
# emphasis
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        ("As <strong>Kasim Reed</strong> began", ["Kasim Reed"]),
        ("<b> padded </b> and <STRONG>upper</STRONG>", ["padded", "upper"]),
        ("<strong>outer <b>inner</b> tail</strong>", ["outer inner tail"]),
        ("<b>never closed", ["never closed"]),
        ("</b>stray end", []),
        ("<b> </b>", []),
        ("<i>italic</i> is not emphasis", []),
        ("<b>a</b><b>b</b>", ["a", "b"]),
    ],
)
def test_clean_emphasis_spans(raw, expected):
    c = clean(raw)
    assert [c.text[a:b] for a, b in c.emphasis] == expected


def test_clean_emphasis_on_seed_block():
    block = shared_file(SEED).read_text(encoding="utf-8").split("\n\n")[4]
    c = clean(block)
    assert [c.text[a:b] for a, b in c.emphasis] == ["Kasim Reed", "Atlanta's mayor", "Mary Norwood", "recount"]
    assert "more" not in c.text and "<" not in c.text


# ---------------------------------------------------------------------------
# real text
# ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _gum() -> list[dict]:
    with shared_file(GUM).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("index", range(24))
def test_clean_gum_html_matches_gold_text(index):
    doc = _gum()[index]
    assert squash(clean(doc["html"]).text) == squash(doc["text"])


@pytest.mark.parametrize("index", range(24))
def test_clean_gum_paragraphs_match_exactly(index):
    doc = _gum()[index]
    assert clean(doc["html"]).text == doc["text"]


@pytest.mark.parametrize("index", range(24))
def test_clean_gum_entity_offsets_read_back(index):
    doc = _gum()[index]
    c = clean(doc["html"])
    for ent in doc["entities"]:
        rs, re_ = c.raw_span(ent["start"], ent["end"])
        assert squash(clean(doc["html"][rs:re_]).text) == squash(ent["text"]), ent


def test_clean_seed_blocks_have_no_markup():
    for block in shared_file(SEED).read_text(encoding="utf-8").split("\n\n"):
        c = clean(block)
        assert c.text and not re.search(r"[<>]|&\w+;|more-->", c.text)


def test_clean_ag_news_messy_text():
    with shared_file(AG).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 7600
    for row in rows:
        raw = " ".join(row[1:])
        c = clean(raw)
        check_offsets(raw, c)
        assert " #39;" not in c.text and " quot;" not in c.text


# ---------------------------------------------------------------------------
# size, depth, speed
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected_text_length",
    [
        ("<div>" * 10_000 + "deep" + "</div>" * 10_000, 4),
        ("<b><i><span>" * 10_000 + "x", 1),
        ("<p>x" * 10_000, 10_000 * 3 - 2),
        ("<" * 2_000_000, 2_000_000),
        ("x" * 2_000_000, 2_000_000),
        ("<a x='" * 100_000 + ">tail", 4),
        ("<!" * 500_000, 0),
        ("</" * 500_000, 1_000_000),
        ("&#" * 500_000, 1_000_000),
        (" #39;" * 200_000, 200_000),
        # escaped tags that never close, and hyphen debris: linear (an unbounded attribute run was quadratic)
        ("&lt;p " * 200_000, 200_000 * 3 - 1),
        ("&lt;b x" * 200_000, 200_000 * 4),
        ("a- " * 500_000, 500_000 * 2),
        # ampersand debris: each run looks back over a bounded word
        ("Ab   " * 200_000, 200_000 * 5 - 3),
        ("A" + "b" * 1_000_000 + "   C", 1_000_000 + 3),
        ("Ab" + " " * 1_000_000 + "C", 4),
    ],
    ids=["10k-nested", "30k-unclosed", "10k-p", "2M-lt", "2M-nospace", "unbalanced-quotes",
         "decls", "end-tag-opens", "charref-opens", "debris", "escaped-p-opens", "escaped-b-opens", "hyphen-debris",
         "ampersand-debris", "ampersand-long-word", "ampersand-long-run"],
)
def test_clean_hostile_markup_ends_and_is_safe(raw, expected_text_length):
    c = finishes_within(HANG_GUARD, clean, raw)
    assert len(c.text) == expected_text_length
    assert len(c.offsets) == len(c.text) + 1


def test_clean_five_megabyte_document():
    block = "<p>Kasim Reed won the <strong>Atlanta</strong> mayor's race by 714 votes &amp; more.</p>\n"
    raw = block * (5_000_000 // len(block) + 1)
    c = finishes_within(HANG_GUARD, clean, raw)
    assert c.text.count("714 votes & more.") == raw.count(block)
    assert len(c.emphasis) == raw.count(block)
    assert c.offsets[-1] == len(raw) - len("</p>\n")


# ---------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------

FRAGMENTS = [
    "<b>", "</b>", "<strong>", "</strong>", "<p>", "</p>", "<br>", "<br/>", "<li>", "<div>", "</div>",
    "<td>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<!--more-->", "<![CDATA[",
    "]]>", "<?pi ?>", "<!DOCTYPE html>", "<a href='x'>", "<a href=\"", "</a>", "<title>", "</title>",
    "&amp;", "&amp;nbsp;", "&amp;amp;", "&lt;", "&#39;", "&#x2014;", "&#0;", "&#99999999;", "&copy",
    "&eacute", "&bogus;", "&", "#39;", " #39;", " quot;", " amp;", "<", ">", "'", '"', "\n", "\r\n",
    "\n\n", " ", "  ", "\t", "\x00", "\x0b", "\xa0", "\u2028", "\ud800", "\ufeff", "Reed", "714", "é", "x",
]
html_ish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join)


def _decodings(token: str) -> str:
    if re.fullmatch("[\ud800-\udfff]", token):
        return "\ufffd"  # a lone surrogate becomes the replacement character
    once = html.unescape(token)
    return once + html.unescape(once) + html.unescape("&" + token[1:]) + html.unescape("&" + token.lstrip(" &"))


def check_offsets(raw: str, c: CleanText) -> None:
    text, offsets, ends = c.text, c.offsets, c.ends
    assert len(offsets) == len(text) + 1 and len(ends) == len(text)
    assert all(0 <= o <= len(raw) for o in offsets)
    assert all(offsets[i] <= offsets[i + 1] for i in range(len(text)))
    assert all(offsets[i] <= ends[i] <= len(raw) for i in range(len(text)))
    assert all(ends[i] <= ends[i + 1] for i in range(len(text) - 1))
    if text:
        assert offsets[-1] == ends[-1]
    for i, char in enumerate(text):
        if char.isspace():
            continue  # folded whitespace or a break produced by a tag
        o, e = offsets[i], ends[i]
        if raw[o] == char and e == o + 1:
            continue  # copied verbatim
        assert char in _decodings(raw[o:e]), (i, char, raw[o:e])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_ish)
def test_clean_offsets_point_back_into_raw(raw):
    check_offsets(raw, clean(raw))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_clean_offsets_on_arbitrary_text(raw):
    check_offsets(raw, clean(raw))


@settings(max_examples=300, deadline=None)
@given(html_ish)
def test_clean_text_is_normalised(raw):
    text = clean(raw).text
    assert text == text.strip()
    assert "  " not in text and "\n\n\n" not in text and "\t" not in text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\ufeff\ud800-\udfff]", text)


@settings(max_examples=300, deadline=None)
@given(html_ish)
def test_clean_emphasis_spans_are_trimmed_and_ordered(raw):
    c = clean(raw)
    previous_end = 0
    for a, b in c.emphasis:
        assert previous_end <= a < b <= len(c.text)
        assert not c.text[a].isspace() and not c.text[b - 1].isspace()
        previous_end = a


@settings(max_examples=300, deadline=None)
@given(html_ish, st.data())
def test_clean_raw_span_cleans_to_the_same_text(raw, data):
    c = clean(raw)
    words = [m.span() for m in re.finditer(r"\S+", c.text)]
    if not words:
        return
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, len(words) - 1))
    start, end = words[i][0], words[j][1]
    # Markup characters kept as text (an unterminated tag at the end, '<a href="<![CDATA[') parse
    # otherwise once cut out of their context: the property holds for text that is no markup.
    assume("<" not in c.text[start:end])
    rs, re_ = c.raw_span(start, end)
    piece = raw[rs:re_]
    assert re.sub(r"\s+", "", clean(piece).text) == re.sub(r"\s+", "", c.text[start:end]), piece


# ---------------------------------------------------------------------------
# the shortcut for text that cleaning leaves as it is
# ---------------------------------------------------------------------------

def _real_documents() -> list[str]:
    """Raw documents of every input kind: the fixtures (.txt, .jsonl, .csv, .html), the seed corpus, and where
    ../shared is there, news items, AG News rows, GUM's HTML and whole web pages."""
    from pathlib import Path

    from conftest import SHARED
    from pipeline.io.documents import iter_documents

    root = Path(__file__).resolve().parents[1]
    inputs = [root / "tests" / "fixtures" / "inputs", root / "tests" / "fixtures" / "web", root / "corpus"]
    raws = [d.raw for d in iter_documents(inputs) if not d.error]
    events = SHARED / "data" / "current_events.jsonl"
    if events.exists():
        with events.open(encoding="utf-8") as fh:
            raws += [json.loads(line)["text"] for _, line in zip(range(3000), fh)]
    if (SHARED / AG).exists():
        with (SHARED / AG).open(encoding="utf-8", newline="") as fh:
            raws += [" ".join(row[1:]) for _, row in zip(range(3000), csv.reader(fh))]
    if (SHARED / GUM).exists():
        raws += [doc["html"] for doc in _gum()]
    pages = SHARED / "data" / "web_articles"
    if pages.is_dir():
        raws += [d.raw for _, d in zip(range(40), iter_documents([pages])) if not d.error]
    return raws


def test_clean_unchanged_shortcut_changes_no_result():
    """``clean`` skips parsing and folding for text it leaves as it is (``unchanged``): on real documents of every
    kind its result is the general path's, and markup, entities and whitespace to fold take the general path."""
    from pipeline.io.clean import _clean, unchanged

    raws = _real_documents()
    shortcut = [raw for raw in raws if unchanged(raw)]
    assert shortcut and len(shortcut) < len(raws)  # both paths are exercised
    for raw in raws:
        assert clean(raw) == _clean(raw), raw[:80]
    for raw in shortcut:
        assert clean(raw).text == raw


@pytest.mark.parametrize("raw", [
    "<p>Kasim Reed won.</p>", "Kasim Reed <b>won</b>.", "a < b", "x<y", "AT&T won", "Mayor&#39;s race",
    "Reserve #39;s rate", "Kerry\\has a lead", "costs \\$15", "a;b", "soft\u00adhyphen", "zero\u200bwidth",
    "two  spaces", " leading", "trailing ", "line\nbreak", "tab\there", "no\u00a0break", "para\n\nbreak",
    "nul\x00byte", "lone \ud800 surrogate",
])
def test_clean_unchanged_is_false_where_cleaning_changes_something(raw):
    from pipeline.io.clean import _clean, unchanged

    assert not unchanged(raw)
    assert clean(raw) == _clean(raw)


@pytest.mark.parametrize("raw", ["", "Kasim Reed won by 714 votes.", "Café — “quoted” (AP)", "x", "a > b"])
def test_clean_unchanged_text_maps_to_itself(raw):
    from pipeline.io.clean import _clean, unchanged

    c = clean(raw)
    assert unchanged(raw) and c == _clean(raw)
    assert c.text == raw and list(c.offsets) == list(range(len(raw) + 1)) and list(c.ends) == list(range(1, len(raw) + 1))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_clean_shortcut_matches_the_general_path(raw):
    from pipeline.io.clean import _clean

    assert clean(raw) == _clean(raw)
