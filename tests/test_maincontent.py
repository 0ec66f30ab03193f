"""The main-content stage: a whole page's article, its offsets, emphasis, headers and publication date.

The invented pages under ``tests/fixtures/web/`` need nothing outside the
repository; the tests over ``../shared/data/web_articles`` skip without it.
"""
from __future__ import annotations

import gzip
import importlib.util
import re

import pytest
from lxml import html as lxml_html

from pipeline.io.clean import clean
from pipeline.io.documents import Document
from pipeline.runner.engine import process_document
from pipeline.errors import UsageError
from pipeline.io.maincontent import PUBLISHED_SOURCES, is_whole_page, page_date, prepare, read_page, select_lines
from pipeline.settings import Settings

from conftest import FIXTURES, ROOT, shared_file

WEB = FIXTURES / "web"
RUNOFF = (WEB / "runoff.html").read_text(encoding="utf-8")
WITHOUT_ARTICLE = (WEB / "no_article.html").read_text(encoding="utf-8")
FRAGMENT = "<p>Maria Alvarez won the <b>Springfield</b> mayoral runoff by 714 votes.</p>"
MENU = "Obituaries"  # navigation
COOKIES = "We use cookies"
RELATED = "Council approves downtown parking garage"
FOOTER = "All rights reserved"
LEAD = "Maria Alvarez won the Springfield mayoral runoff on Tuesday"
LAST = "within her first hundred days in office."


def _bench():
    spec = importlib.util.spec_from_file_location("web_articles", ROOT / "bench" / "web_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reads_back(raw: str, cleaned, start: int, end: int) -> bool:
    """The raw slice of a clean span, tags removed and references decoded, reads as the span."""
    rs, re_ = cleaned.raw_span(start, end)
    return re.sub(r"\s+", " ", clean(raw[rs:re_]).text) == re.sub(r"\s+", " ", cleaned.text[start:end])


# --------------------------------------------------------------------------- what is read

@pytest.mark.parametrize(
    "raw, html, present, absent",
    [
        (RUNOFF, "main", [LEAD, LAST, "Alvarez wins Springfield mayoral runoff", "By Dana Whitfield", "Dec. 2, 2009"],
         [MENU, COOKIES, RELATED, FOOTER, "Most read", "window.dataLayer"]),
        (RUNOFF, "all", [LEAD, LAST, MENU, COOKIES, RELATED, FOOTER], ["window.dataLayer"]),
        (FRAGMENT, "main", ["Maria Alvarez won the Springfield mayoral runoff by 714 votes."], []),
        (FRAGMENT, "all", ["Maria Alvarez won the Springfield mayoral runoff by 714 votes."], []),
        (WITHOUT_ARTICLE, "main", ["Sign in", "Terms of service"], []),  # nothing found: read whole
        ("Plain text, no markup at all.", "main", ["Plain text, no markup at all."], []),
    ],
    ids=["page-main", "page-all", "fragment-main", "fragment-all", "no-article", "plain"],
)
def test_maincontent_reads_the_article_not_the_page(raw, html, present, absent):
    text = read_page(raw, html).cleaned.text
    for piece in present:
        assert piece in text
    for piece in absent:
        assert piece not in text


@pytest.mark.parametrize(
    "raw, whole",
    [
        (RUNOFF, True),
        (FRAGMENT, False),  # no <html>/<body>
        ("<html><body><p>Too short to hold a menu.</p></body></html>", False),
        ("<p>" + "A long fragment without a page around it. " * 60 + "</p>", False),
        ("<BODY class='x'>" + "<p>Long enough text of a page, in upper-case tags.</p>" * 30 + "</BODY>", True),
    ],
)
def test_maincontent_is_whole_page(raw, whole):
    assert is_whole_page(raw, clean(raw)) is whole


def test_maincontent_fragment_is_read_as_clean_reads_it():
    for html in ("main", "all"):
        page = read_page(FRAGMENT, html)
        assert page.cleaned == clean(FRAGMENT) and not page.main and page.headers == {}


def test_maincontent_page_without_article_is_read_whole_with_a_note():
    page = read_page(WITHOUT_ARTICLE, "main")
    assert page.cleaned.text == clean(WITHOUT_ARTICLE).text
    assert page.note == "main content not found: the whole page is read"


def test_maincontent_rejects_an_unknown_mode():
    with pytest.raises(ValueError, match="html mode must be one of main, all"):
        read_page(RUNOFF, "article")


def test_maincontent_settings_reject_an_unknown_mode():
    with pytest.raises(UsageError, match="--html article: expected one of main, all"):
        Settings(html="article")


# --------------------------------------------------------------------------- offsets and emphasis

@pytest.mark.parametrize("html", ["main", "all"])
def test_maincontent_every_word_reads_back_from_the_raw_page(html):
    page = read_page(RUNOFF, html)
    words = [m.span() for m in re.finditer(r"\S+", page.cleaned.text)]
    assert words
    assert all(_reads_back(RUNOFF, page.cleaned, a, b) for a, b in words)


def test_maincontent_offsets_are_ordered_and_complete():
    c = read_page(RUNOFF).cleaned
    assert len(c.offsets) == len(c.text) + 1 and len(c.ends) == len(c.text)
    assert all(c.offsets[i] <= c.offsets[i + 1] for i in range(len(c.text)))
    assert all(c.ends[i] <= c.ends[i + 1] for i in range(len(c.text) - 1))


def test_maincontent_keeps_emphasis():
    c = read_page(RUNOFF).cleaned
    assert [c.text[a:b] for a, b in c.emphasis] == [
        "Turnout was the highest for a city runoff in two decades, with 84,383 ballots cast"]


@pytest.mark.parametrize(
    "header, text",
    [("headline", "Alvarez wins Springfield mayoral runoff by 714 votes"), ("byline", "By Dana Whitfield"),
     ("dateline", "Dec. 2, 2009")],
)
def test_maincontent_finds_headline_byline_and_date_line(header, text):
    page = read_page(RUNOFF)
    a, b = page.headers[header]
    assert page.cleaned.text[a:b] == text


def test_maincontent_headers_are_sentences_of_their_own(nlp):
    result = process_document(nlp, Document("runoff.html", "runoff.html", RUNOFF))
    assert result.ok
    mentions = {(m[3], m[8]) for m in result.mentions}  # (text, sentence)
    assert ("Dana Whitfield", 2) in mentions  # the byline, sentence 2 (the headline is 1)
    assert ("Dec. 2, 2009", 3) in mentions
    assert ("Maria Alvarez", 4) in mentions


def test_maincontent_mentions_read_back_and_keep_emphasis(nlp):
    result = process_document(nlp, Document("runoff.html", "runoff.html", RUNOFF))
    assert result.mentions
    for m in result.mentions:
        text, raw_start, raw_end = m[3], m[6], m[7]
        assert re.sub(r"\s+", " ", clean(RUNOFF[raw_start:raw_end]).text) == text
    assert {m[3] for m in result.mentions if m[17] == "1"} == {"84,383 ballots"}
    assert {f.predicate for f in result.facts if f.emphasis == "1"} == {"ballots_cast"}


# --------------------------------------------------------------------------- alignment

@pytest.mark.parametrize(
    "page, article, kept",
    [
        ("Home\nNews\nAlvarez won the runoff on Tuesday night.\nShare\nRelated: a council vote on parking",
         "Alvarez won the runoff on Tuesday night.", ["Alvarez won the runoff on Tuesday night."]),
        # a subheading the extractor kept, next to a kept paragraph
        ("Menu\nThe results\nAlvarez won the runoff on Tuesday night.", "The results\nAlvarez won the runoff on "
         "Tuesday night.", ["The results", "Alvarez won the runoff on Tuesday night."]),
        # a short line that happens to be article words, but far from the article: dropped
        ("Tuesday\nSign in to read more stories about the city\nAlvarez won the runoff on Tuesday night.",
         "Alvarez won the runoff on Tuesday night.", ["Alvarez won the runoff on Tuesday night."]),
        # the page splits a paragraph the extractor joined
        ("Nav\nAlvarez won the runoff\non Tuesday night by 714 votes.\nFooter text here",
         "Alvarez won the runoff on Tuesday night by 714 votes.",
         ["Alvarez won the runoff", "on Tuesday night by 714 votes."]),
        # a teaser that is half the article's words is not enough
        ("Alvarez won big in other news about something else entirely\nAlvarez won the runoff on Tuesday night.",
         "Alvarez won the runoff on Tuesday night.", ["Alvarez won the runoff on Tuesday night."]),
        ("Home\nNews", "Something else entirely, not on this page.", []),
    ],
)
def test_maincontent_select_lines(page, article, kept):
    lines = select_lines(page, article)
    assert [page[a:b] for a, b in lines.body] == kept


# --------------------------------------------------------------------------- publication dates

def _tree(head: str, body: str = ""):
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}<p>x</p></body></html>")


@pytest.mark.parametrize(
    "head, body, expected",
    [
        ('<meta property="article:published_time" content="2009-12-02T06:30:00-05:00">', "", ("2009-12-02", "meta")),
        ('<meta name="pubdate" content="20191119">', "", ("2019-11-19", "meta")),
        ('<meta property="article:published_time" content="November 19, 2019, 07:47 PM EST">', "",
         ("2019-11-19", "meta")),
        ('<meta itemprop="datePublished" content="2018-10-06">', "", ("2018-10-06", "meta")),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-18T10:15:00Z"}'
         "</script>", "", ("2019-11-18", "json-ld")),
        ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": ["Article"], '
         '"datePublished": "19 Nov 2019 07:09 GMT"}]}</script>', "", ("2019-11-19", "json-ld")),
        ("", '<time datetime="2014-09-15T08:00">September 15, 2014</time>', ("2014-09-15", "time")),
        # <meta> first, then JSON-LD, then <time>
        ('<meta property="article:published_time" content="2009-12-02">'
         '<script type="application/ld+json">{"@type": "Article", "datePublished": "2009-12-01"}</script>',
         '<time datetime="2009-11-30">x</time>', ("2009-12-02", "meta")),
        # placeholders, relative and partial dates, broken JSON: no date
        ('<script type="application/ld+json">{"@type": "Article", "datePublished": "0001-01-01T00:00:00Z"}'
         "</script>", "", ("", "")),
        ('<meta property="article:published_time" content="yesterday">', "", ("", "")),
        ('<meta property="article:published_time" content="November 2019">', "", ("", "")),
        ('<script type="application/ld+json">{"@type": "Article", "datePublished": </script>', "", ("", "")),
        ('<meta name="description" content="2009-12-02">', '<time>Dec. 2, 2009</time>', ("", "")),
        ("", "", ("", "")),
    ],
)
def test_maincontent_page_date(head, body, expected):
    assert page_date(_tree(head, body)) == expected


@pytest.mark.parametrize(
    "raw, published, reference, expected",
    [
        (RUNOFF, "", "", ("2009-12-02", "meta", "2009-12-02")),  # the page's date fills a missing one
        (RUNOFF, "2009-12-03", "", ("2009-12-03", "input", "2009-12-03")),  # never the input's
        (RUNOFF, "", "2001-01-01", ("2009-12-02", "meta", "2009-12-02")),  # and anchors before --reference-date
        (FRAGMENT, "", "2001-01-01", ("", "", "2001-01-01")),
        (FRAGMENT, "2009-12-03", "", ("2009-12-03", "input", "2009-12-03")),
        (FRAGMENT, "", "", ("", "", None)),
    ],
)
def test_maincontent_published_and_its_source(nlp, raw, published, reference, expected):
    document = Document("d", "d.html", raw, published, reference_date=reference)
    page, doc, prepared = prepare(nlp, document)
    assert (prepared.published, prepared.published_source, doc._.published) == expected
    result = process_document(nlp, document)
    assert (result.document[2], result.document[11]) == expected[:2]
    assert result.document[11] in PUBLISHED_SOURCES + ("",)


@pytest.mark.parametrize("html, date", [("main", "2009-12-02"), ("all", "2009-12-02")])
def test_maincontent_page_date_whatever_the_mode(nlp, html, date):
    assert process_document(nlp, Document("d", "d.html", RUNOFF), html).document[2] == date


def test_maincontent_run_writes_published_source(tmp_path):
    import csv

    import pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "runoff.html").write_text(RUNOFF, encoding="utf-8")
    (folder / "snippet.txt").write_text("Maria Alvarez won.\n", encoding="utf-8")
    pipeline.run([folder], tmp_path / "out", settings=Settings(reference_date="2009-12-05"))
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["doc_id"]: (r["published"], r["published_source"], r["reference_date"]) for r in csv.DictReader(f)}
    assert rows == {"runoff.html": ("2009-12-02", "meta", "2009-12-05"), "snippet.txt#1": ("", "", "2009-12-05")}


# --------------------------------------------------------------------------- web_articles

def _web_pages(limit=None):
    shared_file("data/web_articles/ground_truth.json")
    return _bench().pages(limit)


#: Floors on the first pages of web_articles (measured 0.95 / 0.99; the issue's targets are 0.90 / 0.95).
FEW_PAGES = 8
PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.95


def test_maincontent_web_articles_precision_and_recall():
    bench = _bench()
    found = _web_pages(FEW_PAGES)
    pairs = [(read_page(gzip.decompress(path.read_bytes()).decode("utf-8")).cleaned.text, body)
             for _, path, body in found]
    scores = bench.precision_recall(pairs)
    assert scores["precision"] >= PRECISION_FLOOR and scores["recall"] >= RECALL_FLOOR, scores
    whole = bench.precision_recall((clean(gzip.decompress(p.read_bytes()).decode("utf-8")).text, b)
                                   for _, p, b in found)
    assert whole["precision"] < PRECISION_FLOOR  # the page around the article is what main-content removes


@pytest.mark.slow
def test_maincontent_web_articles_offsets_exact_on_every_page():
    for pid, path, _ in _web_pages():
        raw = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        page = read_page(raw)
        text = page.cleaned.text
        spans = [m.span() for m in re.finditer(r"[^\n]+", text)] + [m.span() for m in re.finditer(r"\w+", text)]
        bad = [text[a:b] for a, b in spans if not _reads_back(raw, page.cleaned, a, b)]
        assert not bad, (pid, bad[:3])


@pytest.mark.parametrize(
    "raw, expected_length",
    [
        ("<html><body><p>" + "x" * 300 + "</p></body></html>", 200),  # a page: ten times --max-chars
        ("<BODY>" + "x" * 150 + "</BODY>", 163),  # upper-case tags, shorter than the page limit: whole
        ("<p>" + "x" * 300 + "</p>", 20),  # a fragment: --max-chars itself
        ("x" * 300, 20),
    ],
)
def test_maincontent_whole_page_truncation_allows_for_markup(tmp_path, raw, expected_length):
    from pipeline.io.documents import PAGE_MARKUP_FACTOR, iter_documents

    assert PAGE_MARKUP_FACTOR == 10
    path = tmp_path / "page.html"
    path.write_text(raw, encoding="utf-8")
    (doc,) = iter_documents([path], max_chars=20)
    assert len(doc.raw) == expected_length
    truncated = f"truncated to {expected_length} chars (from {len(raw)})"
    assert doc.note == ("" if expected_length == len(raw) else truncated)


# --------------------------------------------------------------------------- the switch

@pytest.mark.parametrize(
    "args, exit_code, in_text, not_in_text",
    [
        ([], 0, LEAD, MENU),
        (["--html", "main"], 0, LEAD, MENU),
        (["--html", "all"], 0, MENU, None),
        (["--html", "article"], 2, None, None),
    ],
)
def test_maincontent_cli_html_switch(tmp_path, args, exit_code, in_text, not_in_text):
    import csv

    from typer.testing import CliRunner

    from pipeline.cli import app

    page = tmp_path / "runoff.html"
    page.write_text(RUNOFF, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(page), "--out", str(out), "--quiet", *args])
    assert result.exit_code == exit_code, result.output
    if exit_code:
        assert "newsfacts: error: --html article: expected one of main, all" in result.output
        assert not out.exists()
        return
    with (out / "documents.csv").open(encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert in_text in row["text"] and (not_in_text is None or not_in_text not in row["text"])


def test_maincontent_resume_redoes_shards_read_with_another_mode(tmp_path):
    from pipeline.runner.engine import shard_key, shard_key_for

    docs = [Document("d", "d.html", RUNOFF)]
    assert shard_key_for(docs, "main") == shard_key(docs)
    assert shard_key_for(docs, "all") != shard_key(docs)
