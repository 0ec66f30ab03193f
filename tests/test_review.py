"""The review page builder: escaping, contents, filters' data, errors, determinism."""
from __future__ import annotations

import base64
import csv
import hashlib
import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.tools.review import (
    LABEL_COLORS,
    MAX_DOCS,
    Mention,
    ReviewError,
    nest_mentions,
    review,
)
from pipeline.io.tables import unguard
from pipeline.tools.review import _render_marks  # the text renderer, tested on its own

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "review"
RUN = FIXTURES / "run"


def _copy(src: Path, tmp_path: Path) -> Path:
    out = tmp_path / "outputs"
    shutil.copytree(src, out)
    return out


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("review") / "review.html"
    return review(RUN, output=out).read_text(encoding="utf-8")


def _payload(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def _fragments(page: str) -> str:
    return "".join(d["h"] for d in _payload(page)["docs"])


def _csv_rows(name: str) -> list[dict[str, str]]:
    with open(RUN / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(markup: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(markup)
    return parser.tags


# ------------------------------------------------------------------ output file


def test_review_writes_review_html_in_out_dir(tmp_path):
    out = _copy(RUN, tmp_path)
    path = review(out)
    assert path == out / "review.html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_review_is_deterministic(tmp_path):
    first = review(RUN, output=tmp_path / "a" / "review.html").read_bytes()
    second = review(_copy(RUN, tmp_path)).read_bytes()
    assert first == second


# ------------------------------------------------------------------ escaping


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>window.__pwned=1",  # documents.text
        '<img src=x onerror="window.__pwned=2">',  # documents.text
        "</script><script>window.__pwned=3",  # documents.text, tries to close our JSON block
        "<!-- c -->",  # documents.text, a comment opener inside <script> would derail it
        "<img src=x onerror=window.__pwned=4>",  # mentions.rule
        "<b onmouseover=window.__pwned=6>",  # entities.aliases
        "<script>window.__pwned=7</script>",  # facts.rule
        '"<b>x</b>',  # documents.doc_id
        "<b>bold?</b>",  # documents.error
    ],
)
def test_review_hostile_text_never_appears_unescaped(page, hostile):
    """Neither in the file nor in the HTML fragments the page inserts into itself."""
    assert hostile not in page
    assert hostile not in _fragments(page)


def test_review_page_has_only_its_own_elements(page):
    tags = _tags(page)
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    handlers = [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
    assert (scripts, handlers, [t for t, _ in tags if t == "img"]) == (
        [{"type": "application/json", "id": "review-data"}, {}],
        [],
        [],
    )


def test_review_fragments_have_only_our_elements(page):
    tags = {tag for tag, _ in _tags(_fragments(page))}
    handlers = [name for _, attrs in _tags(_fragments(page)) for name in attrs if name.startswith("on")]
    assert tags <= {"section", "header", "h2", "a", "span", "p", "b", "br", "div", "mark",
                    "table", "thead", "tbody", "tr", "th", "td", "code"}
    assert handlers == []


def test_review_json_block_cannot_close_itself(page):
    block = re.search(r'id="review-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block


@pytest.mark.parametrize("doc", _csv_rows("documents.csv"), ids=lambda d: d["doc_id"])
def test_review_document_text_round_trips(page, doc):
    """Hostile text is shown as text: the escaped fragment reads back as documents.text."""
    by_id = {d["q"].split("\n", 1)[0]: d for d in _payload(page)["docs"]}
    fragment = by_id[doc["doc_id"].casefold()]["h"]
    shown = re.search(r'<div class="text">(.*?)</div>', fragment, re.S)
    text = unguard(doc["text"])
    assert (html.unescape(re.sub(r"<[^>]+>", "", shown.group(1))) if shown else "") == text


# ------------------------------------------------------------------ contents


@pytest.mark.parametrize("fact_id", [row["fact_id"] for row in _csv_rows("facts.csv")])
def test_review_every_fact_id_is_shown(page, fact_id):
    fragments = _fragments(page)
    assert f'data-fact-id="{fact_id}"' in fragments
    assert f"<code>{fact_id}</code>" in fragments


@pytest.mark.parametrize(
    "attribute",
    [
        'data-predicate="won"',
        'data-predicate="requested_recount"',
        'data-rule="won.race_by_margin"',
        'data-confidence="0.92"',
        'data-start="0" data-end="52"',
        'data-label="OFFICE" data-entity="office.mayor_of_atlanta"',
        'data-label="VOTES" title="VOTES\nvalue: 714 votes\nrule: votes.number_votes"',
        'data-status="error"',
    ],
)
def test_review_fragments_carry_filter_attributes(page, attribute):
    assert attribute in _fragments(page)


@pytest.mark.parametrize("name", ["predicate", "entity", "rule", "confidence", "status", "search"])
def test_review_page_has_filter_controls(page, name):
    assert f'data-filter="{name}"' in page


@pytest.mark.parametrize(
    "option",
    [
        '<option value="won" data-name="won">won (2)</option>',
        '<option value="election" data-name="election">election (2)</option>',
        '<option value="certified.board" data-name="certified.board">certified.board (1)</option>',
    ],
)
def test_review_filter_options_have_counts(page, option):
    assert option in page


@pytest.mark.parametrize(
    "fact, entity_names",
    [
        (0, {"Kasim Reed", "Mayor of Atlanta"}),  # subject and object
        (4, {"Kasim Reed", "Mary Norwood", "Mayor of Atlanta"}),  # leads: office by name
        (8, set()),  # election without an office
    ],
)
def test_review_fact_index_links_entities(page, fact, entity_names):
    data = _payload(page)
    names = {re.search(r"<b>(.*?)</b>", data["entities"][i]["h"]).group(1) for i in range(len(data["entities"]))}
    assert len(names) == len(data["entities"])
    order = re.findall(r'<option value="(\d+)">(.*?) · ', page)
    by_index = {int(i): html.unescape(name) for i, name in order}
    assert {by_index[i] for i in data["facts"][fact]["e"]} == entity_names


def test_review_error_document_shows_its_reason(page):
    fragment = next(d["h"] for d in _payload(page)["docs"] if d["s"] == "error")
    assert "UnicodeDecodeError: &#x27;utf-8&#x27; codec can&#x27;t decode byte 0xff" in fragment
    assert '<span class="badge err">error</span>' in fragment


def test_review_crossing_mention_is_listed_on_hover(page):
    assert "overlaps: OFFICE “Commission Chairman” (office.chairman)" in _fragments(page)


def test_review_formula_guard_is_undone_for_display(page):
    fragments = _fragments(page)
    assert '<div class="text">=SUM(A1) <mark' in fragments
    assert "<td>=HYPERLINK(&quot;http://x&quot;)</td>" in fragments  # facts.correction


def test_review_csp_allows_exactly_the_inline_script_and_style(page):
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert f"script-src {digest(script)}" in csp
    assert f"style-src {digest(style)}" in csp
    assert "default-src 'none'" in csp


@pytest.mark.parametrize("label", sorted(set(LABEL_COLORS) & {"PERSON", "GPE", "ORG", "DATE", "PERCENT", "LOC", "NORP", "FAC", "EVENT"}))
def test_review_label_colors_are_displacys(label):
    displacy = pytest.importorskip("spacy.displacy.render")
    assert LABEL_COLORS[label] == displacy.DEFAULT_LABEL_COLORS[label]


# ------------------------------------------------------------------ mentions as marks


@pytest.mark.parametrize(
    "spans, expected",
    [
        ([(0, 5)], [(0, 5, [], [])]),
        ([(0, 7), (0, 15)], [(0, 15, [(0, 7, [], [])], [])]),  # "Atlanta" inside "Atlanta mayoral"
        ([(0, 15), (8, 15)], [(0, 15, [(8, 15, [], [])], [])]),  # shared end
        ([(0, 5), (5, 9)], [(0, 5, [], []), (5, 9, [], [])]),  # adjacent, not nested
        ([(0, 10), (5, 15)], [(0, 10, [], [(5, 15)])]),  # crossing: the first wins
        ([(0, 20), (2, 8), (4, 12)], [(0, 20, [(2, 8, [], [(4, 12)])], [])]),  # crossing inside a parent
        ([(3, 6), (3, 6)], [(3, 6, [(3, 6, [], [])], [])]),  # the same span twice, two labels
        ([], []),
    ],
)
def test_review_nest_mentions(spans, expected):
    def shape(m: Mention):
        return (m.start, m.end, [shape(c) for c in m.children], [(c.start, c.end) for c in m.crossing])

    roots = nest_mentions(Mention(s, e, {"label": "X"}) for s, e in spans)
    assert [shape(m) for m in roots] == expected


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Atlanta mayoral hopeful", [(0, 7), (0, 15)]),
        ("a <script>alert(1)</script> b", [(2, 10)]),
        ('x <img src=x onerror="alert(1)"> & y', [(0, 1), (33, 34)]),
        ("\U0001F5F3\ufe0f Kasim Reed", [(3, 13)]),
    ],
)
def test_review_render_marks_keeps_the_text(text, spans):
    markup = _render_marks(text, nest_mentions(Mention(s, e, {"label": "PERSON"}) for s, e in spans))
    assert markup.count("<mark ") == len(spans)
    assert html.unescape(re.sub(r"<[^>]+>", "", markup)) == text


# ------------------------------------------------------------------ reading


@pytest.mark.parametrize(
    "cell, shown",
    [
        ("'=SUM(A1)", "=SUM(A1)"),
        ("'+1", "+1"),
        ("'-5", "-5"),
        ("'@board", "@board"),
        ("'\tx", "\tx"),
        ("'\rx", "\rx"),
        ("'quoted'", "'quoted'"),  # not a guard: nothing formula-like follows
        ("''=x", "''=x"),  # begins with ', so the writer never guarded it
        ("=x", "=x"),
        ("", ""),
    ],
)
def test_review_unguard(cell, shown):
    assert unguard(cell) == shown


@pytest.mark.parametrize("name", ["documents.csv", "mentions.csv", "entities.csv", "facts.csv"])
def test_review_missing_csv_is_a_review_error(tmp_path, name):
    out = _copy(RUN, tmp_path)
    (out / name).unlink()
    with pytest.raises(ReviewError) as info:
        review(out)
    assert str(info.value) == f"{out / name} is missing: run `newsfacts run` first"


@pytest.mark.parametrize(
    "fixture, message",
    [
        ("bad_offsets", "mentions.csv line 5: start is 'forty-three', not an integer"),
        ("missing_column", "facts.csv:1: no column 'predicate' in the header"),
    ],
)
def test_review_broken_csv_is_a_review_error(fixture, message):
    with pytest.raises(ReviewError) as info:
        review(FIXTURES / fixture, output=FIXTURES / fixture / "never.html")
    assert str(info.value) == f"{FIXTURES / fixture}/{message}"
    assert not (FIXTURES / fixture / "never.html").exists()


def test_review_missing_out_dir_is_a_review_error(tmp_path):
    with pytest.raises(ReviewError, match=r"is not a directory: run `newsfacts run --out "):
        review(tmp_path / "nowhere")


def test_review_minimal_columns_are_enough(tmp_path):
    page = review(FIXTURES / "minimal", output=tmp_path / "review.html").read_text(encoding="utf-8")
    data = _payload(page)
    assert (len(data["docs"]), len(data["facts"]), _fragments(page).count("<mark ")) == (1, 2, 6)


# ------------------------------------------------------------------ selecting documents


@pytest.mark.parametrize(
    "docs, expected",
    [
        (["corpus.txt#2"], ["corpus.txt#2"]),
        (["emoji.jsonl:7", "corpus.txt#1"], ["corpus.txt#1", "emoji.jsonl:7"]),  # documents.csv order
        (None, ["corpus.txt#1", "corpus.txt#2", "corpus.txt#4", 'hostile.jsonl:evil"<b>x</b>',
                "sheet.csv:r5", "broken.html", "emoji.jsonl:7"]),
    ],
)
def test_review_docs_selects_documents(tmp_path, docs, expected):
    page = review(RUN, docs=docs, output=tmp_path / "review.html").read_text(encoding="utf-8")
    assert [d["q"].split("\n", 1)[0] for d in _payload(page)["docs"]] == [e.casefold() for e in expected]


def test_review_unknown_doc_id_is_a_review_error(tmp_path):
    with pytest.raises(ReviewError) as info:
        review(RUN, docs=["corpus.txt#1", "nope#9"], output=tmp_path / "review.html")
    assert str(info.value) == f"{RUN / 'documents.csv'} has no doc_id 'nope#9'"


@pytest.mark.parametrize("max_docs, shown, note", [(2, 2, True), (7, 7, False), (MAX_DOCS, 7, False)])
def test_review_max_docs_caps_the_page_and_says_so(tmp_path, max_docs, shown, note):
    page = review(RUN, max_docs=max_docs, output=tmp_path / "review.html").read_text(encoding="utf-8")
    assert len(_payload(page)["docs"]) == shown
    assert (f"Showing the first {max_docs:,} of 7 documents" in page) == note
