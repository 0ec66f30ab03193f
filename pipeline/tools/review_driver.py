"""Drive the review app with a real keyboard: headless Chromium through selenium.

One home for what the browser test (`tests/test_review_browser.py`) and the scripted review round
(`bench/review_round.py`) both do: start the browser, wait until the app has acknowledged every write,
press keys (a modifier held with ``(Keys.SHIFT, Keys.ARROW_RIGHT)``). selenium is the ``browser`` extra
(``pip install newsfacts[browser]``); it is imported only when a browser is started.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

#: Seconds to wait for the page to reach a state: a guard against a hang, never a measure of speed
#: (a busy machine, or another pytest-xdist worker, may slow Chromium down many times over).
HANG_GUARD = 120

#: Seconds after which a page whose script has not run at all (no ``data-ready`` yet) is navigated to
#: once more. Under full-suite load in CI a navigation was twice seen never to run the page's script
#: ("ready=undefined" after HANG_GUARD s) while the same test passed alone; a page that runs but is slow
#: is not reloaded, and a second navigation that fails too still fails the wait.
RENAVIGATE_AFTER = 30

#: Chromium's switches: no window, no sandbox (containers run as root), nothing fetched in the background.
CHROMIUM_ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1400,1000")

_READY = "return document.documentElement.dataset.ready === '1'"
_STARTED = "return document.documentElement.dataset.ready !== undefined"
_SETTLED = "var e = document.documentElement; return e.dataset.ready === '1' && e.dataset.busy === '0'"
_STATE = ("var e = document.documentElement, s = document.getElementById('status');"
          "return 'url=' + location.href + ' document=' + document.readyState + ' ready=' + e.dataset.ready"
          " + ' busy=' + e.dataset.busy + ' status=' + (s ? s.textContent : '')")


def browser_missing() -> str | None:
    """Why no browser can be started here (a one-line reason), or None when one can."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        return f"needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
    if importlib.util.find_spec("selenium") is None:
        return "needs selenium (pip install newsfacts[browser])"
    return None


def start_browser(profile: Path) -> Any:
    """A headless Chromium whose profile lives in ``profile`` (a fresh folder: no state from another run)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (*CHROMIUM_ARGS, f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(HANG_GUARD)
    return driver


def app_state(driver: Any) -> str:
    """What the page shows of its state (ready, pending writes, the status line): a hang's message."""
    try:
        return driver.execute_script(_STATE)
    except Exception as e:  # noqa: BLE001 - a message for a failure already under way
        return f"page state unreadable ({e})"


def settled(driver: Any) -> Any:
    """Wait until the app has loaded and every write was acknowledged (its transaction committed)."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(driver, HANG_GUARD).until(lambda d: d.execute_script(_SETTLED))
    except TimeoutException as e:
        raise AssertionError(f"the app did not settle in {HANG_GUARD} s: {app_state(driver)}") from e
    return driver


def load_page(driver: Any, url: str) -> Any:
    """``url`` loaded from scratch until its script marked it ready (``data-ready``); a navigation whose
    page ran no script in RENAVIGATE_AFTER s is made once more (see there)."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    for attempt in (1, 2):
        driver.get("about:blank")
        driver.get(url)
        try:
            WebDriverWait(driver, RENAVIGATE_AFTER).until(lambda d: d.execute_script(_STARTED))
            break
        except TimeoutException as e:
            if attempt == 2:
                raise AssertionError(f"the page ran no script in {RENAVIGATE_AFTER} s, twice: {app_state(driver)}") from e
    try:
        WebDriverWait(driver, HANG_GUARD).until(lambda d: d.execute_script(_READY))
    except TimeoutException as e:
        raise AssertionError(f"the page was not ready in {HANG_GUARD} s: {app_state(driver)}") from e
    return driver


def open_app(driver: Any, url: str) -> Any:
    """The app at ``url``, loaded from scratch and settled."""
    return settled(load_page(driver, url))


def press(driver: Any, *keys: str | tuple[str, str]) -> None:
    """Press each key in turn, waiting for the app to settle after each; ``(modifier, key)`` presses the
    key with the modifier held; an empty key is skipped."""
    from selenium.webdriver.common.action_chains import ActionChains

    for key in keys:
        if not key:
            continue
        chain = ActionChains(driver)
        if isinstance(key, tuple):
            chain.key_down(key[0]).send_keys(key[1]).key_up(key[0])
        else:
            chain.send_keys(key)
        chain.perform()
        settled(driver)
