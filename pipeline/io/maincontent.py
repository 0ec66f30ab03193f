"""Main-content stage of ``clean``: read the article of a whole web page, not the page around it.

Finding the article is trafilatura's job (a maintained extractor; see
``bench/README.md`` for the comparison that chose it); turning it into text
stays the project's own :func:`pipeline.io.clean.clean`, so offsets back to the
raw page and ``<strong>``/``<b>`` emphasis keep working. The two are joined by
alignment, never by re-parsing the extractor's output:

1. the whole page is cleaned once (the offset map covers every character);
2. trafilatura picks the article's text (and its title and author);
3. each line of the clean page is kept when it is made of the extractor's
   text (:data:`COVERAGE` of its word n-grams are the extractor's), and the
   headline, byline and date line just before the article are kept too;
4. the kept lines, in page order, are the document's text; their offsets and
   emphasis spans are the page's, sliced. Lines that were not neighbours, and
   the header lines, are joined by a paragraph break, which starts a sentence
   (``newsfacts_paragraphs``), so the headline, byline and date line are
   sentences of their own.

A *fragment* (no ``<html>``/``<body>`` tag, or less than
:data:`MIN_PAGE_CHARS` characters of text) is always read whole, like any
input under ``--html all``. The page's own publication date is read from its
metadata (:func:`page_date`), whatever the mode.
"""
from __future__ import annotations

import json
import re
from array import array
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from ..nlp.extensions import set_doc_values
from .clean import CleanText, clean
from .documents import WHOLE_PAGE_TAG, Document, normalise_date

__all__ = ["Page", "read_page", "prepare", "is_whole_page", "page_date", "select_lines"]

#: A page with less clean text than this is a fragment: read whole (a snippet has no boilerplate to drop).
MIN_PAGE_CHARS = 1000
#: Word n-grams used to tell whether a line of the page is the extractor's text.
NGRAM = 3
#: A line of at least NGRAM words is kept when this share of its n-grams occur in the extractor's text.
COVERAGE = 0.5
#: trafilatura's precision-first setting: measured on web_articles it keeps recall above 0.95
#: and drops more of the page around the article (bench/README.md).
FAVOR_PRECISION = True
#: Headline, byline and date line are looked for in this many lines before the article's first line.
HEADER_LINES = 25
#: A byline or date line has at most this many words (a longer line is a paragraph).
MAX_HEADER_WORDS = 16
#: A page's title may carry the site's name, of at most this many words, before or after the headline.
MAX_SITE_WORDS = 8
#: A page date before this year is a placeholder ("0001-01-01"), not a publication date.
MIN_PAGE_YEAR = 1990
#: A metadata date value longer than this is not a date.
MAX_DATE_CHARS = 64
#: ``<meta>`` names and properties that carry the publication date, in order of trust.
META_DATE_NAMES = (
    "article:published_time", "og:article:published_time", "datepublished", "date.published",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
    "publish-date", "publish_date", "publishdate", "pubdate", "pdate", "parsely-pub-date", "sailthru.date", "date",
)
#: JSON-LD ``@type`` values whose ``datePublished`` is the page's (others, such as a ``WebSite``, are not).
JSONLD_ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle "
    "ReviewNewsArticle BlogPosting LiveBlogPosting Report ScholarlyArticle TechArticle SocialMediaPosting "
    "WebPage".split()
)
#: JSON-LD objects looked at, at most, in one block.
MAX_JSONLD_NODES = 10_000
#: ``--html`` values: the article of a whole page (``main``), or all its text (``all``).
HTML_MODES = ("main", "all")
#: Where a document's ``published`` came from (the ``published_source`` column).
PUBLISHED_SOURCES = ("input", "meta", "json-ld", "time")

_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Strict: a day, a month and a year; the base only satisfies the API (no clock is read).
_DATEPARSER_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                        "RELATIVE_BASE": datetime(2000, 1, 1)}
_WORD = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Page:
    """A document's clean text (an article, or everything) and what its page said about itself."""

    cleaned: CleanText
    published: str = ""  # ISO date from the page's metadata, "" when none
    published_source: str = ""  # "meta", "json-ld", "time" or ""
    note: str = ""
    main: bool = False  # True when the text is the extracted article
    headers: dict = field(default_factory=dict)  # "headline"/"byline"/"dateline" → clean (start, end)


def is_whole_page(raw: str, cleaned: CleanText) -> bool:
    """A whole page (not a fragment): an ``<html>`` or ``<body>`` tag and enough text to hold boilerplate."""
    return len(cleaned.text) >= MIN_PAGE_CHARS and WHOLE_PAGE_TAG.search(raw) is not None


def read_page(raw: str, html: str = "main") -> Page:
    """The clean text of one document: the article of a whole page (``html="main"``), else everything."""
    if html not in HTML_MODES:
        raise ValueError(f"html mode must be one of {', '.join(HTML_MODES)}, got {html!r}")
    full = clean(raw)
    if not is_whole_page(raw, full):
        return Page(full)
    tree = _load(raw)
    published, source = page_date(tree) if tree is not None else ("", "")
    if html == "all" or tree is None:
        return Page(full, published, source)
    extracted = _extract(tree, raw)
    if extracted is None or not _WORD.search(extracted[0]):
        return Page(full, published, source, note="main content not found: the whole page is read")
    text, title, author, time_texts = extracted
    lines = select_lines(full.text, text, title=title, author=author, time_texts=time_texts)
    if not lines.body:
        return Page(full, published, source, note="main content not found: the whole page is read")
    cleaned, headers = _compose(full, lines)
    return Page(cleaned, published, source, main=True, headers=headers)


def prepare(nlp: "Language", document: Document, html: str = "main") -> tuple[Page, "Doc", Document]:
    """The page, the unprocessed ``Doc`` of its text, and the document with the page's date and note.

    The page's own publication date fills a missing one (never the input's); relative
    dates are anchored on it before ``--reference-date``."""
    page = read_page(document.raw, html)
    changes: dict[str, str] = {}
    if page.published and not document.published:
        changes.update(published=page.published, published_source=page.published_source)
    elif document.published and not document.published_source:
        changes.update(published_source="input")  # a Document built by hand, with its date
    if page.note:
        changes.update(note="; ".join(n for n in (document.note, page.note) if n))
    if changes:
        document = replace(document, **changes)
    doc = nlp.make_doc(page.cleaned.text)
    # doc._.published (the anchor of relative dates) and doc._.doc_id, without an Underscore per write
    set_doc_values(doc, published=document.published or document.reference_date or None, doc_id=document.doc_id)
    return page, doc, document


# --------------------------------------------------------------------------
# the extractor
# --------------------------------------------------------------------------

def _load(raw: str):
    import trafilatura

    try:
        return trafilatura.load_html(raw)
    except Exception:  # noqa: BLE001 - an unparsable page is read whole, as before this stage
        return None


def _extract(tree, raw: str) -> tuple[str, str, str, list[str]] | None:
    """The article's text, title and author by trafilatura, and the texts of the page's ``<time>`` elements."""
    import trafilatura

    time_texts = [" ".join(t.text_content().split()) for t in tree.iter("time")]
    title, author = _title_author(tree)
    text = ""
    # fast first: trafilatura's own text, without comparing it with its fallback extractors
    # (measured: same precision, 40% less time); they only run when it finds nothing.
    for fast in (True, False):
        try:
            doc = trafilatura.bare_extraction(tree if fast else _load(raw), fast=fast, include_comments=False,
                                              favor_precision=FAVOR_PRECISION, include_tables=True)
        except Exception:  # noqa: BLE001 - extractor failure: the whole page is read, with a note
            doc = None
        text = doc.text if doc is not None and doc.text else ""
        if text:
            break
    if not text:
        return None
    return text, title, author, [t for t in time_texts if t]


def _title_author(tree) -> tuple[str, str]:
    """The page's title (``og:title``, else its first ``<h1>``, else ``<title>``) and author
    (``<meta name="author">``, else a JSON-LD article's author), to find the headline and byline."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in ("og:title", "twitter:title", "author", "article:author") and key not in metas:
            metas[key] = " ".join((meta.get("content") or "").split())
    title = metas.get("og:title") or metas.get("twitter:title") or ""
    if not title:
        for tag in ("h1", "title"):
            element = next(tree.iter(tag), None)
            if element is not None:
                title = " ".join(element.text_content().split())
                if title:
                    break
    author = next((metas[k] for k in ("author", "article:author") if " " in metas.get(k, "")), "")
    if not author:
        for script in tree.iter("script"):
            if (script.get("type") or "").strip().lower() == "application/ld+json":
                author = _jsonld_author(script.text or "")
                if author:
                    break
    return title, author


# --------------------------------------------------------------------------
# alignment: which lines of the clean page are the article
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Lines:
    """Clean ``(start, end)`` of the lines kept: the article body and the header lines before it."""

    body: list[tuple[int, int]]
    headers: dict[str, tuple[int, int]]


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _ngrams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def select_lines(page: str, article: str, *, title: str = "", author: str = "",
                 time_texts: list[str] | tuple[str, ...] = ()) -> Lines:
    """The lines of ``page`` (a clean text) that are the extractor's ``article``, plus its header lines.

    A line of ``NGRAM`` words or more is kept when ``COVERAGE`` of its n-grams
    are the article's; a shorter line (a subheading, "Advertisement") only when
    it is a word sequence of the article and a kept long line is its neighbour.
    """
    words = _words(article)
    grams = [set()] + [_ngrams(words, n) for n in range(1, NGRAM + 1)]
    spans = [(m.start(), m.end()) for m in _LINE.finditer(page)]
    line_words = [_words(page[a:b]) for a, b in spans]
    keep = [False] * len(spans)
    short = [False] * len(spans)
    for i, w in enumerate(line_words):
        if len(w) >= NGRAM:
            hits = sum(1 for j in range(len(w) - NGRAM + 1) if tuple(w[j:j + NGRAM]) in grams[NGRAM])
            keep[i] = hits >= COVERAGE * (len(w) - NGRAM + 1)
        elif w:
            short[i] = tuple(w) in grams[len(w)]
    worded = [i for i, w in enumerate(line_words) if w]
    for k, i in enumerate(worded):
        if short[i]:
            before = worded[k - 1] if k else None
            after = worded[k + 1] if k + 1 < len(worded) else None
            keep[i] = any(j is not None and keep[j] and len(line_words[j]) >= NGRAM for j in (before, after))
    body = [spans[i] for i in range(len(spans)) if keep[i]]
    headers: dict[str, tuple[int, int]] = {}
    if body:
        first = next(i for i in range(len(spans)) if keep[i])
        headers = _headers(spans, line_words, first, title, author, time_texts)
    return Lines(body, headers)


def _headers(spans: list[tuple[int, int]], line_words: list[list[str]], first: int, title: str, author: str,
             time_texts) -> dict[str, tuple[int, int]]:
    """Headline, byline and date line: the headline among the HEADER_LINES lines up to the article's
    first line; byline and date line between it and the article's first paragraph (else before it)."""
    found: dict[str, tuple[int, int]] = {}
    top = first
    title_words = _words(title)
    if title_words:
        for i in range(first, max(-1, first - 1 - HEADER_LINES), -1):  # nearest first
            if _is_headline(line_words[i], title_words):
                found["headline"], top = spans[i], i
                break
    lead = top + 1  # the first line after the headline that is a paragraph, not a header line
    while lead < len(spans) and lead - top <= HEADER_LINES and len(line_words[lead]) <= MAX_HEADER_WORDS:
        lead += 1
    after = list(range(top + 1, lead))
    before = [] if "headline" in found else list(range(top - 1, max(-1, top - 1 - HEADER_LINES), -1))
    window = after + before
    author_words = _words(author)
    if author_words:
        for i in window:
            w = line_words[i]
            if 0 < len(w) <= MAX_HEADER_WORDS and _contains(w, author_words[:2]):
                found["byline"] = spans[i]
                break
    for text in time_texts:
        tw = _words(text)
        for i in window if tw else ():
            w = line_words[i]
            if 0 < len(w) <= MAX_HEADER_WORDS and _contains(w, tw) and spans[i] not in found.values():
                found["dateline"] = spans[i]
                break
        if "dateline" in found:
            break
    return found


def _is_headline(words: list[str], title: list[str]) -> bool:
    """The line is the page's title, or the title without the site's name before or after it."""
    if words == title:
        return True
    n = len(words)
    if n < NGRAM or len(title) - n > MAX_SITE_WORDS or n > len(title):
        return False
    return title[:n] == words or title[-n:] == words


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


# --------------------------------------------------------------------------
# composing the kept lines into one CleanText
# --------------------------------------------------------------------------

def _compose(full: CleanText, lines: Lines) -> tuple[CleanText, dict]:
    """The kept lines as one text whose offsets, ends and emphasis are the page's, sliced."""
    kept = sorted(set(lines.body) | set(lines.headers.values()))
    header_spans = set(lines.headers.values())
    text = full.text
    parts: list[str] = []
    offsets = array(full.offsets.typecode)
    ends = array(full.ends.typecode)
    shift: list[tuple[int, int, int]] = []  # (page start, page end, clean start) of each kept line
    size = 0
    prev_end = None
    prev_header = False
    for a, b in kept:
        is_header = (a, b) in header_spans
        if prev_end is not None:
            gap = text[prev_end:a]
            if gap.isspace() and not (is_header or prev_header):
                sep, sep_at = gap, prev_end  # neighbours on the page: their own separator
            else:
                sep, sep_at = "\n\n", None
            parts.append(sep)
            if sep_at is None:
                offsets.extend([full.offsets[a]] * len(sep))
                ends.extend([full.offsets[a]] * len(sep))
            else:
                offsets.extend(full.offsets[sep_at:a])
                ends.extend(full.ends[sep_at:a])
            size += len(sep)
        shift.append((a, b, size))
        parts.append(text[a:b])
        offsets.extend(full.offsets[a:b])
        ends.extend(full.ends[a:b])
        size += b - a
        prev_end = b
        prev_header = is_header
    offsets.append(ends[-1] if len(ends) else 0)
    emphasis = []
    for s, e in full.emphasis:
        for a, b, at in shift:
            lo, hi = max(s, a), min(e, b)
            if lo < hi:
                span = (at + lo - a, at + hi - a)
                if not emphasis or emphasis[-1] != span:
                    emphasis.append(span)
    headers = {}
    for name, (a, b) in lines.headers.items():
        for pa, pb, at in shift:
            if pa == a:
                headers[name] = (at, at + b - a)
    cleaned = CleanText(text="".join(parts), offsets=offsets, emphasis=tuple(emphasis), ends=ends)
    return cleaned, headers


# --------------------------------------------------------------------------
# the page's publication date
# --------------------------------------------------------------------------

def page_date(tree) -> tuple[str, str]:
    """``(ISO date, source)`` from the page's metadata: ``<meta>`` article dates, then JSON-LD
    ``datePublished``, then the first ``<time datetime>``; ``("", "")`` when none is an ISO date."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in META_DATE_NAMES and key not in metas:
            metas[key] = meta.get("content") or ""
    for key in META_DATE_NAMES:
        value = _page_date(metas.get(key))
        if value:
            return value, "meta"
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        value = _jsonld_date(script.text or "")
        if value:
            return value, "json-ld"
    for element in tree.iter("time"):
        value = _page_date(element.get("datetime"))
        if value:
            return value, "time"
    return "", ""


def _page_date(value: object) -> str:
    """The date of a metadata value, else "": an ISO date (prefix), ``YYYYMMDD``, or a written date
    with day, month and a four-digit year ("November 19, 2019, 07:47 PM EST"), of a plausible year."""
    if not isinstance(value, str) or len(value) > MAX_DATE_CHARS:
        return ""
    value = value.strip()
    iso = normalise_date(value)
    compact = _COMPACT_DATE.fullmatch(value)
    if not iso and compact:
        iso = normalise_date(f"{compact[1]}-{compact[2]}-{compact[3]}")
    if not iso:
        iso = _written_date(value)
    return iso if iso and int(iso[:4]) >= MIN_PAGE_YEAR else ""


def _written_date(value: str) -> str:
    """A written date by dateparser, only when the text names its year (never a relative date)."""
    year = _YEAR.search(value)
    if not year:
        return ""
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed is not None and parsed.year == int(year[0]) else ""


def _jsonld_objects(source: str):
    """Every JSON object of a JSON-LD block, breadth first, at most MAX_JSONLD_NODES."""
    try:
        stack = [json.loads(source)]
    except (ValueError, RecursionError):
        return
    seen = 0
    while stack and seen < MAX_JSONLD_NODES:  # bounded: a hostile JSON-LD block cannot stall a run
        seen += 1
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def _is_article(item: dict) -> bool:
    types = item.get("@type")
    return any(t in JSONLD_ARTICLE_TYPES for t in (types if isinstance(types, list) else [types]) if isinstance(t, str))


def _jsonld_author(source: str) -> str:
    """The name of an article's (first) author in a JSON-LD block, or ""."""
    for item in _jsonld_objects(source):
        if _is_article(item) and "author" in item:
            author = item["author"]
            author = author[0] if isinstance(author, list) and author else author
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())
    return ""


def _jsonld_date(source: str) -> str:
    other = ""  # the datePublished of an object that is not an article (a video, a web page)
    for item in _jsonld_objects(source):
        if "datePublished" in item:
            value = _page_date(item.get("datePublished"))
            if value and _is_article(item):
                return value
            other = other or value
    return other
