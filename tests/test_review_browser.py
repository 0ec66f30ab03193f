"""The review page in a real browser: Debian's headless Chromium driven by selenium.

Skips with a one-line reason when /usr/bin/chromium or /usr/bin/chromedriver
is absent (`.ci/run` installs them with apt). Set NEWSFACTS_SCREENSHOT to
also keep the screenshot at outputs/review_screenshot.png.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.tools.review import review
from pipeline.tools.review_driver import HANG_GUARD, browser_missing, load_page, open_app, press, settled, start_browser

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
RUN = Path(__file__).resolve().parent / "fixtures" / "review" / "run"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = browser_missing()
    if missing:
        pytest.skip(missing)
    driver = start_browser(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("review")
    return review(RUN, output=out / "review.html").as_uri()


def _visible_rows(driver) -> int:
    return driver.execute_script(
        "return [...document.querySelectorAll('tr[data-fact]')].filter(r => !r.hidden).length"
    )


def test_review_browser_highlights_render(browser, page_url):
    driver = load_page(browser, page_url)
    marks = driver.execute_script("return document.querySelectorAll('#docs mark').length")
    color = driver.execute_script(
        "return getComputedStyle(document.querySelector('#docs mark[data-label=PERSON]')).backgroundColor"
    )
    assert marks > 0
    assert color == "rgb(170, 156, 252)"  # displaCy's PERSON colour, #aa9cfc


def test_review_browser_marks_keep_the_text(browser, page_url):
    """The marks add no text of their own, so offsets into documents.text hold on the page."""
    driver = load_page(browser, page_url)
    shown = driver.execute_script("return document.querySelector('#d0 .text').textContent")
    assert shown.startswith("Kasim Reed won the Atlanta mayor's race by 714 votes")


@pytest.mark.parametrize(
    "predicate, expected_rows",
    [("won", 2), ("election", 2), ("leads", 1), ("", 11)],
)
def test_review_browser_predicate_filter_hides_rows(browser, page_url, predicate, expected_rows):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = load_page(browser, page_url)
    before = driver.find_element(By.ID, "summary").text
    Select(driver.find_element(By.ID, "f-predicate")).select_by_value(predicate)
    summary = driver.find_element(By.ID, "summary").text
    assert _visible_rows(driver) == expected_rows
    assert summary.startswith(f"Showing {expected_rows} of 11 facts")
    assert (summary != before) == (predicate != "")


@pytest.mark.parametrize(
    "fact_id, evidence",
    [
        ("f0001", "Kasim Reed won the Atlanta mayor's race by 714 votes"),
        # after an emoji outside the BMP: offsets count code points, as Python does
        ("f0010", "the Fulton County elections board certified Kasim Reed as mayor by 620 votes"),
    ],
)
def test_review_browser_selecting_a_fact_marks_its_evidence(browser, page_url, fact_id, evidence):
    from selenium.webdriver.common.by import By

    driver = load_page(browser, page_url)
    driver.find_element(By.CSS_SELECTOR, f'tr[data-fact-id="{fact_id}"]').click()
    marked = driver.execute_script(
        "return [...document.querySelectorAll('span.ev')].map(s => s.textContent).join('')"
    )
    assert marked == evidence


def test_review_browser_injected_script_does_not_run(browser, page_url):
    driver = load_page(browser, page_url)
    hostile = driver.execute_script(
        "return document.querySelector('section[data-doc=\"3\"] .text').textContent"
    )
    state = driver.execute_script(
        "return {pwned: window.__pwned === undefined ? null : window.__pwned, title: document.title,"
        " scripts: document.scripts.length, imgs: document.images.length}"
    )
    assert "<script>window.__pwned=1;" in hostile  # shown as text
    assert state == {"pwned": None, "title": "newsfacts review · 7 documents", "scripts": 2, "imgs": 0}


def test_review_browser_screenshot(browser, page_url, tmp_path):
    from selenium.webdriver.common.by import By

    driver = load_page(browser, page_url)
    driver.find_element(By.CSS_SELECTOR, 'tr[data-fact-id="f0004"]').click()
    driver.execute_script("window.scrollTo(0, 0)")
    shot = tmp_path / "review_screenshot.png"
    assert driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("NEWSFACTS_SCREENSHOT"):
        (ROOT / "outputs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "outputs" / "review_screenshot.png")


# --------------------------------------------------------------------------- the races view

def _races_view(driver, url: str):
    from selenium.webdriver.support.ui import WebDriverWait

    load_page(driver, url)
    driver.execute_script("location.hash = '#races'")
    WebDriverWait(driver, HANG_GUARD).until(lambda d: d.execute_script("return !document.getElementById('view-races').hidden"))
    return driver


def test_review_browser_races_view_lists_races(browser, page_url):
    driver = _races_view(browser, page_url)
    state = driver.execute_script(
        "return {docsHidden: document.getElementById('view-docs').hidden,"
        " rows: [...document.querySelectorAll('#races tr[data-race-row]')].map(r => r.querySelector('code').textContent),"
        " summary: document.getElementById('r-summary').textContent,"
        " tab: document.getElementById('tab-races').classList.contains('active')}"
    )
    assert state == {"docsHidden": True, "rows": ["race:mayor-of-atlanta:runoff:2009-12-01", "race:mayor-of-nowhere::2010"],
                     "summary": "2 of 2 races", "tab": True}


@pytest.mark.parametrize(
    "race_row, conflict, background",
    [(0, True, "rgb(253, 236, 236)"), (1, False, "rgba(0, 0, 0, 0)")],
)
def test_review_browser_races_view_highlights_conflicts(browser, page_url, race_row, conflict, background):
    driver = _races_view(browser, page_url)
    got = driver.execute_script(
        "var r = document.querySelector('tr[data-race-row=\"' + arguments[0] + '\"]');"
        "return {note: !!r.querySelector('.conflict-note'), bg: getComputedStyle(r).backgroundColor}", race_row
    )
    assert got == {"note": conflict, "bg": background}


@pytest.mark.parametrize(
    "link_text, doc_id, evidence",
    [
        # a margin opens the fact that states it, with its evidence marked
        ("714 votes", "corpus.txt#1", "Kasim Reed won the Atlanta mayor's race by 714 votes"),
        ("620 votes", "emoji.jsonl:7", "the Fulton County elections board certified Kasim Reed as mayor by 620 votes"),
        # a source opens the document with a fact of the race marked
        ("corpus.txt#2", "corpus.txt#2", None),
    ],
)
def test_review_browser_races_view_click_opens_evidence(browser, page_url, link_text, doc_id, evidence):
    from selenium.webdriver.common.by import By

    driver = _races_view(browser, page_url)
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, 'tr[data-race-row="0"] a[data-race-source]')
             if a.text == link_text]
    links[0].click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, HANG_GUARD).until(lambda d: d.execute_script(  # hashchange is handled asynchronously
        "return document.getElementById('view-races').hidden && !!document.querySelector('tr.selected')"))
    state = driver.execute_script(
        "var tr = document.querySelector('tr.selected');"
        "return {racesHidden: document.getElementById('view-races').hidden,"
        " doc: tr && tr.closest('section.doc').querySelector('h2').textContent,"
        " marked: [...document.querySelectorAll('span.ev')].map(s => s.textContent).join('')}"
    )
    assert state["racesHidden"] is True
    assert state["doc"] == doc_id
    if evidence is not None:
        assert state["marked"] == evidence
    else:
        assert state["marked"]  # the race's fact in that document is marked


@pytest.mark.parametrize(
    "query, only_conflicts, expected",
    [("norwood", False, 1), ("nowhere", False, 1), ("", True, 1), ("zzz", False, 0), ("", False, 2)],
)
def test_review_browser_races_view_filters(browser, page_url, query, only_conflicts, expected):
    from selenium.webdriver.common.by import By

    driver = _races_view(browser, page_url)
    if query:
        driver.find_element(By.ID, "r-search").send_keys(query)
    if only_conflicts:
        driver.find_element(By.ID, "r-conflicts").click()
    rows = driver.execute_script("return document.querySelectorAll('#races tr[data-race-row]').length")
    assert rows == expected


def test_review_browser_races_view_escapes_names(browser, page_url):
    """An office named with a <script> shows as text; a source not on the page is not a link."""
    driver = _races_view(browser, page_url)
    got = driver.execute_script(
        "var r = document.querySelector('tr[data-race-row=\"1\"]');"
        "return {office: r.querySelector('b').textContent, pwned: window.__pwned === undefined ? null : window.__pwned,"
        " links: [...r.querySelectorAll('a[data-race-source]')].map(a => a.textContent),"
        " plain: [...r.querySelectorAll('.nolink')].map(s => s.textContent)}"
    )
    assert got == {"office": "<script>window.__pwned=2</script>Mayor", "pwned": None,
                   "links": ['hostile.jsonl:evil"<b>x</b>'], "plain": ["not-on-this-page"]}


# --------------------------------------------------------------------------- the review app (--serve), end to end

#: Invented documents: facts the pipeline finds in them, in document order ("the mayoralty", "the mayoral campaign",
#: not "the race for mayor": a race noun adds an election row, and the key sequences below step through these rows).
APP_DOCS = [
    {"id": "inv-1", "published": "2011-11-09", "text": "Ann Lee won the mayoralty of Springfield by 120 votes "
     "on Tuesday, defeating Bo Diaz. Lee had 5,210 votes."},
    {"id": "inv-2", "published": "2011-11-10", "text": "Bo Diaz conceded the Springfield mayoral campaign on Wednesday. "
     "The city council president, Cy Park, endorsed Ann Lee last month."},
]
#: A document the rerun adds: its facts are new, the verdicts on the others still apply.
APP_RERUN_DOC = {"id": "inv-3", "published": "2011-11-12", "text": "Ed Wu won the mayoralty of Shelbyville by "
                 "14 votes, defeating Di Moss."}


def _write_docs(path: Path, docs: list[dict]) -> Path:
    import json

    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _card(driver) -> dict:
    return driver.execute_script(
        "var c = document.getElementById('card');"
        "return {key: c.dataset.key, fact: c.dataset.factId, counts: document.getElementById('counts').textContent,"
        " evidence: [...document.querySelectorAll('#doc-text .ev')].map(s => s.textContent).join('')}")


def _verdicts(out: Path) -> dict[str, tuple[str, str]]:
    from pipeline.tools.review_store import Store

    with Store.of_run(out) as store:
        return {k: (v.verdict, v.correction) for k, v in store.verdicts().items()}


def _facts(out: Path) -> list[dict]:
    import csv

    with open(out / "facts.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def app_run(tmp_path_factory):
    import pipeline

    root = tmp_path_factory.mktemp("app")
    out = root / "out"
    pipeline.run([_write_docs(root / "docs.jsonl", APP_DOCS)], out)
    return root, out


def test_review_app_keys_reload_restart_export_rerun(browser, app_run):
    """a ok, x wrong, e edit, space skip, a then u undo, m add; the verdicts survive a reload, a server
    restart and a rerun into the same folder, and the export carries them."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    import pipeline
    from pipeline.tools.review_app import ReviewServer
    from pipeline.tools.review_store import Store, export

    root, out = app_run
    facts = _facts(out)
    assert [(f["doc_id"], f["predicate"]) for f in facts[:7]] == [
        ("inv-1", "won"), ("inv-1", "candidate"), ("inv-1", "candidate"), ("inv-1", "defeated"),
        ("inv-1", "votes_received"), ("inv-2", "candidate"), ("inv-2", "conceded")]
    key = {f["doc_id"] + " " + f["fact_id"]: f["fact_key"] for f in facts}
    server = ReviewServer(out).start()
    try:
        driver = open_app(browser, server.url)
        first = _card(driver)
        assert (first["fact"], first["evidence"]) == ("f1", facts[0]["evidence"])
        press(driver, "a", "x", "e")
        WebDriverWait(driver, HANG_GUARD).until(lambda d: d.execute_script(
            "return !document.getElementById('edit').hidden && document.activeElement.id === 'edit-field'"))
        press(driver, Keys.TAB, "Mayor of Shelbyville", Keys.ENTER)
        press(driver, " ", " ", " ", "a")  # inv-1 f4, f5 and inv-2 f1 skipped
        assert _verdicts(out)[key["inv-2 f2"]] == ("ok", "")
        press(driver, "u")
        assert _card(driver)["fact"] == "f2"  # undo goes back to the fact it undid
        # v, arrows, m: words selected with the keys become an added mention ("Bo Diaz conceded the Springfield
        # mayoral campaign on Wednesday": v starts on "Bo", eight steps right; shift+right and back leaves one word)
        press(driver, "v", *[Keys.ARROW_RIGHT] * 8, (Keys.SHIFT, Keys.ARROW_RIGHT), (Keys.SHIFT, Keys.ARROW_LEFT))
        assert driver.execute_script("return getSelection().toString()") == "Wednesday"
        press(driver, "m")
        WebDriverWait(driver, HANG_GUARD).until(lambda d: d.execute_script("return !document.getElementById('add').hidden"))
        driver.find_element(By.ID, "add-label").send_keys("DATE")
        driver.find_element(By.ID, "add-name").send_keys(Keys.ENTER)
        settled(driver)
        press(driver, "?")
        assert driver.find_element(By.ID, "keymap").is_displayed()
        press(driver, Keys.ESCAPE)
    finally:
        server.stop()
    expected = {key["inv-1 f1"]: ("ok", ""), key["inv-1 f2"]: ("wrong", ""),
                key["inv-1 f3"]: ("wrong", "object=Mayor of Shelbyville")}
    assert _verdicts(out) == expected
    with Store.of_run(out) as store:
        added = store.added()
    assert [(a["kind"], a["doc_id"], a["row"]["label"], a["row"]["text"]) for a in added] == [
        ("mention", "inv-2", "DATE", "Wednesday")]
    assert APP_DOCS[1]["text"][int(added[0]["row"]["start"]):int(added[0]["row"]["end"])] == "Wednesday"
    reviewed = "3 of 10 facts reviewed (1 ok, 1 wrong, 1 edited)"

    # a reload, then a new server (a new token) over the same store
    for attempt in ("restart", "reload"):
        server = ReviewServer(out).start()
        try:
            driver = open_app(browser, server.url)
            if attempt == "reload":
                driver.refresh()
                settled(driver)
            assert _card(driver)["counts"].startswith(reviewed)
        finally:
            server.stop()

    # the export: the spreadsheet route's columns, filled
    counts = export(out, root / "export")
    rows = {(r["doc_id"], r["fact_id"]): (r["verdict"], r["correction"]) for r in _facts(root / "export")}
    assert counts == {"fact": 3, "mention": 0, "document": 0, "added": 1, "stale": 0}
    assert rows[("inv-1", "f1")] == ("ok", "") and rows[("inv-1", "f3")] == ("wrong", "object=Mayor of Shelbyville")
    assert rows[("inv-2", "f1")] == ("", "")

    # learn reads the store (exported to a temporary folder): the verdicts reach it as review rows
    from typer.testing import CliRunner

    from pipeline.cli import app as cli

    learned = CliRunner().invoke(cli, ["learn", str(out), "--dry-run", "--gold", str(ROOT / "tests/gold/seed_gold.jsonl")])
    assert learned.exit_code == 0, learned.output
    assert "(inv-1 f2)" in learned.output and "(inv-2 added)" in learned.output

    # a rerun into the same folder, with one more document: the verdicts still apply, its facts are new
    pipeline.run([_write_docs(root / "docs2.jsonl", APP_DOCS + [APP_RERUN_DOC])], out)
    assert (out / "review.sqlite").is_file()
    server = ReviewServer(out).start()
    try:
        driver = open_app(browser, server.url)
        counts_line = _card(driver)["counts"]
        new = sum(1 for f in _facts(out) if f["doc_id"] == "inv-3")
        assert new > 0
        assert counts_line.startswith(f"3 of {10 + new} facts reviewed (1 ok, 1 wrong, 1 edited)")
        assert f" {new} new in this run · 0 stale verdicts" in counts_line
        from selenium.webdriver.support.ui import Select

        Select(driver.find_element(By.ID, "f-state")).select_by_value("new")
        settled(driver)
        assert driver.execute_script("return document.getElementById('doc-id').textContent").startswith("inv-3")
    finally:
        server.stop()


def _mention(driver) -> dict:
    return driver.execute_script(
        "var m = document.getElementById('mention');"
        "return {key: m.dataset.key || '', hidden: m.hidden, cursor: [...document.querySelectorAll('#doc-text .cursor')]"
        ".map(s => s.textContent).join('')}")


def test_review_app_mention_keys_and_missed_fact_form(browser, tmp_path):
    """j/k move the mention cursor, o/w judge the mention under it (stored like fact verdicts, undone by u);
    f adds a missed fact with its form, keys only; learn reads both."""
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    import pipeline
    from pipeline.tools.review_app import ReviewServer
    from pipeline.tools.review_store import Store

    out = tmp_path / "out"
    pipeline.run([_write_docs(tmp_path / "docs.jsonl", APP_DOCS)], out)
    mentions = {(m["doc_id"], m["text"]): m["mention_key"] for m in _rows(out / "mentions.csv")}
    server = ReviewServer(out).start()
    try:
        driver = open_app(browser, server.url)
        assert _mention(driver)["hidden"]  # no cursor until j
        press(driver, "j")
        assert _mention(driver) == {"key": mentions[("inv-1", "Ann Lee")], "hidden": False, "cursor": "Ann Lee"}
        press(driver, "w", "j", "j", "k")
        assert _mention(driver)["cursor"] == "mayoralty of Springfield"
        press(driver, "o", "j", "o", "u")  # the last ok is undone
        assert {k: v for k, v in _verdicts(out).items() if k.startswith("m:")} == {
            mentions[("inv-1", "Ann Lee")]: ("wrong", ""), mentions[("inv-1", "mayoralty of Springfield")]: ("ok", "")}
        press(driver, " ", " ", " ", " ", " ")  # inv-2 f1: the cursor starts again in a new document
        assert _mention(driver)["hidden"]
        press(driver, "f")
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(
            "return !document.getElementById('addfact').hidden && document.activeElement.id === 'af-predicate'"))
        press(driver, *"won", Keys.TAB, "Ann Lee", Keys.TAB, "Mayor of Springfield", Keys.TAB, Keys.TAB, "2",
               Keys.TAB, Keys.ENTER)
        assert driver.execute_script("return document.getElementById('addfact').hidden")
    finally:
        server.stop()
    with Store.of_run(out) as store:
        (added,) = store.added("fact")
    sentence = "The city council president, Cy Park, endorsed Ann Lee last month."
    assert added["doc_id"] == "inv-2" and {k: added["row"][k] for k in ("predicate", "subject", "object", "evidence")} \
        == {"predicate": "won", "subject": "Ann Lee", "object": "Mayor of Springfield", "evidence": sentence}
    assert APP_DOCS[1]["text"][int(added["row"]["start"]):int(added["row"]["end"])] == sentence

    from typer.testing import CliRunner

    from pipeline.cli import app as cli

    learned = CliRunner().invoke(cli, ["learn", str(out), "--dry-run", "--gold", str(ROOT / "tests/gold/seed_gold.jsonl")])
    assert learned.exit_code == 0, learned.output
    assert "(inv-1 m1)" in learned.output and "(inv-2 added)" in learned.output


def _rows(path: Path) -> list[dict]:
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture()
def fixture_server(tmp_path):
    from pipeline.tools.review_app import ReviewServer

    out = tmp_path / "run"
    shutil.copytree(RUN, out)
    server = ReviewServer(out).start()
    yield server
    server.stop()


def _choose(driver, select_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, select_id)).select_by_value(value)
    settled(driver)


def _walk(driver, n: int) -> list[str]:
    """The fact ids of the queue, read by pressing space n - 1 times."""
    seen = [_card(driver)["fact"]]
    for _ in range(n - 1):
        press(driver, " ")
        seen.append(_card(driver)["fact"])
    return seen


@pytest.mark.parametrize(
    "choices, expected",
    [
        ({}, ["f0001", "f0002", "f0003"]),
        ({"f-order": "confidence"}, ["f0007", "f0006", "f0009", "f0011", "f0002"]),  # lowest first, ties in order
        ({"f-order": "rule"}, ["f0006", "f0003", "f0010", "f0002", "f0009"]),  # one rule's facts in a row
        ({"f-predicate": "election"}, ["f0002", "f0009", "f0009"]),  # the queue ends on its last fact
        ({"f-entity": "person.mary_norwood"}, ["f0003", "f0004"]),
        ({"f-rule": "won.race_by_margin"}, ["f0001", "f0001"]),
    ],
)
def test_review_app_orders_and_filters_the_queue(browser, fixture_server, choices, expected):
    driver = open_app(browser, fixture_server.url)
    for select_id, value in choices.items():
        _choose(driver, select_id, value)
    assert _walk(driver, len(expected)) == expected


@pytest.mark.parametrize("show, expected", [("unreviewed", ["f0003", "f0004"]), ("reviewed", ["f0001", "f0002"]),
                                            ("", ["f0003", "f0004"])])  # all: the queue stays where it was
def test_review_app_unreviewed_only(browser, fixture_server, show, expected):
    driver = open_app(browser, fixture_server.url)
    press(driver, "a", "x")
    _choose(driver, "f-state", show)
    assert _walk(driver, 2) == expected
    assert _card(driver)["counts"].startswith("2 of 11 facts reviewed (1 ok, 1 wrong, 0 edited)")


def test_review_app_shows_hostile_text_as_text(browser, fixture_server):
    driver = open_app(browser, fixture_server.url)
    _choose(driver, "f-order", "confidence")  # f0007, in the hostile document, comes first
    got = driver.execute_script(
        "return {fact: document.getElementById('card').dataset.factId,"
        " text: document.getElementById('doc-text').textContent,"
        " pwned: window.__pwned === undefined ? null : window.__pwned, scripts: document.scripts.length}")
    assert got["fact"] == "f0007" and "<script>window.__pwned=1;" in got["text"]
    assert (got["pwned"], got["scripts"]) == (None, 1)


#: An invented document in which the run finds no fact: it still gets a card of the queue.
FACTLESS_DOC = {"id": "inv-0", "published": "2011-11-08", "text": "Heavy rain closed schools in Springfield on Monday, "
                "said Cy Park."}


def test_review_app_document_without_facts_is_a_card(browser, tmp_path):
    """A document without facts shows as a card in its place (by document): its mentions under j/k/o/w, f adds a
    missed fact, a marks it reviewed (nothing missing), u undoes that; the counts and progress include it."""
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    import pipeline
    from pipeline.tools.review_app import ReviewServer
    from pipeline.tools.review_store import Store, document_key

    out = tmp_path / "out"
    pipeline.run([_write_docs(tmp_path / "docs.jsonl", [FACTLESS_DOC, *APP_DOCS])], out)
    assert "inv-0" not in {f["doc_id"] for f in _facts(out)}
    server = ReviewServer(out).start()
    try:
        driver = open_app(browser, server.url)
        card = driver.execute_script("var c = document.getElementById('card');"
                                     "return {key: c.dataset.key, doc: c.dataset.docCard || '', fact: c.dataset.factId || '',"
                                     " id: document.getElementById('doc-id').textContent}")
        assert card == {"key": document_key("inv-0"), "doc": "1", "fact": "", "id": "inv-0 · 2011-11-08"}
        assert "0 of 1 documents without facts reviewed" in _card(driver)["counts"]
        press(driver, "j")
        assert _mention(driver)["cursor"] == "Springfield"
        press(driver, "w", "f")
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(
            "return !document.getElementById('addfact').hidden && document.activeElement.id === 'af-predicate'"))
        press(driver, *"holds_office", Keys.TAB, "Cy Park", Keys.TAB, "", Keys.TAB, "Mayor of Springfield", Keys.TAB,
               "1", Keys.TAB, Keys.ENTER)
        press(driver, "x")  # facts are missing: the queue moves on to inv-1's first fact
        assert _card(driver)["fact"] == "f1"
        assert "1 of 1 documents without facts reviewed" in _card(driver)["counts"]
        press(driver, "u")  # back on the document card, unreviewed again
        assert driver.execute_script("return document.getElementById('card').dataset.key") == document_key("inv-0")
        assert "0 of 1 documents without facts reviewed" in _card(driver)["counts"]
        press(driver, "a")
    finally:
        server.stop()
    with Store.of_run(out) as store:
        verdicts = {k: v.verdict for k, v in store.verdicts().items() if k.startswith(("d:", "m:"))}
        (added,) = store.added("fact")
    assert sorted(verdicts.values()) == ["ok", "wrong"] and verdicts[document_key("inv-0")] == "ok"
    assert (added["doc_id"], added["row"]["subject"], added["row"]["office"]) == ("inv-0", "Cy Park", "Mayor of Springfield")

    from typer.testing import CliRunner

    from pipeline.cli import app as cli

    learned = CliRunner().invoke(cli, ["learn", str(out), "--dry-run", "--gold", str(ROOT / "tests/gold/seed_gold.jsonl")])
    assert learned.exit_code == 0, learned.output
    assert "(inv-0 m" in learned.output and "(inv-0 added)" in learned.output  # its mention and its missed fact
