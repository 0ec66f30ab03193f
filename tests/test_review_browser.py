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

from pipeline.review import review

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
RUN = Path(__file__).resolve().parent / "fixtures" / "review" / "run"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install newsfacts[browser])")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("review")
    return review(RUN, output=out / "review.html").as_uri()


def _open(driver, url: str):
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.get(url)
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.documentElement.dataset.ready === '1'")
    )
    return driver


def _visible_rows(driver) -> int:
    return driver.execute_script(
        "return [...document.querySelectorAll('tr[data-fact]')].filter(r => !r.hidden).length"
    )


def test_review_browser_highlights_render(browser, page_url):
    driver = _open(browser, page_url)
    marks = driver.execute_script("return document.querySelectorAll('#docs mark').length")
    color = driver.execute_script(
        "return getComputedStyle(document.querySelector('#docs mark[data-label=PERSON]')).backgroundColor"
    )
    assert marks > 0
    assert color == "rgb(170, 156, 252)"  # displaCy's PERSON colour, #aa9cfc


def test_review_browser_marks_keep_the_text(browser, page_url):
    """The marks add no text of their own, so offsets into documents.text hold on the page."""
    driver = _open(browser, page_url)
    shown = driver.execute_script("return document.querySelector('#d0 .text').textContent")
    assert shown.startswith("Kasim Reed won the Atlanta mayor's race by 714 votes")


@pytest.mark.parametrize(
    "predicate, expected_rows",
    [("won", 2), ("election", 2), ("leads", 1), ("", 11)],
)
def test_review_browser_predicate_filter_hides_rows(browser, page_url, predicate, expected_rows):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = _open(browser, page_url)
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

    driver = _open(browser, page_url)
    driver.find_element(By.CSS_SELECTOR, f'tr[data-fact-id="{fact_id}"]').click()
    marked = driver.execute_script(
        "return [...document.querySelectorAll('span.ev')].map(s => s.textContent).join('')"
    )
    assert marked == evidence


def test_review_browser_injected_script_does_not_run(browser, page_url):
    driver = _open(browser, page_url)
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

    driver = _open(browser, page_url)
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

    _open(driver, url)
    driver.execute_script("location.hash = '#races'")
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return !document.getElementById('view-races').hidden"))
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

    WebDriverWait(driver, 10).until(lambda d: d.execute_script(  # hashchange is handled asynchronously
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
