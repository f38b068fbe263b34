"""Issue 8, injection in a real browser: the malicious corpus's pages (briefings, people,
home, report, search results for a marker) are loaded in headless Chromium; no payload may
open a dialog or run (each payload calls ``alert``; handlers also set ``window.__pwned``).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .fixtures.hostile.corpus import Injection, injection_site

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _require_browser() -> None:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip(f"browser test needs Debian's chromium and chromedriver ({CHROMIUM}, {CHROMEDRIVER} absent)")
    pytest.importorskip("selenium", reason="selenium is not installed")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it so
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Any, Injection]]:
    _require_browser()
    root, result, corpus = injection_site(tmp_path_factory.getbasetemp())
    assert result.published
    handler = functools.partial(_Quiet, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", root, result, corpus
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    options.set_capability("unhandledPromptBehavior", "ignore")
    try:
        browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except Exception as err:  # a broken local browser install is an environment problem, not a finding
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"chromium could not start: {str(err).splitlines()[0]}")
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _no_dialog(browser: Any, url: str, settle: float = 0.4) -> list[str]:
    """Load ``url``; the problems seen: an alert/confirm/prompt, or a payload's side effect."""
    import time

    from selenium.common.exceptions import NoAlertPresentException, UnexpectedAlertPresentException

    problems = []
    try:
        browser.get(url)
        time.sleep(settle)  # let onerror/onload/ontoggle handlers and the search UI run
        browser.execute_script("return document.readyState")
    except UnexpectedAlertPresentException as err:
        problems.append(f"{url}: dialog during load: {err.alert_text!r}")
    try:
        alert = browser.switch_to.alert
        problems.append(f"{url}: dialog open: {alert.text!r}")
        alert.dismiss()
    except NoAlertPresentException:
        pass
    try:
        pwned = browser.execute_script(
            "return [window.__pwned || null, document.querySelectorAll("
            "'img[src=\"x\"], svg[onload], iframe, object, embed, details[ontoggle], base').length]"
        )
        if pwned[0] or pwned[1]:
            problems.append(f"{url}: injected content live in the DOM: {pwned}")
    except UnexpectedAlertPresentException as err:
        problems.append(f"{url}: dialog: {err.alert_text!r}")
    return problems


def _pages(root: Path, result: Any) -> list[str]:
    site = root / "site"
    paths = ["", "report/", "people/", "archive/"]
    paths += [f"briefings/{a.id}/" for a in result.articles]
    paths += [p.parent.relative_to(site).as_posix() + "/" for p in sorted((site / "people").glob("*/index.html"))]
    return paths


def test_no_page_of_the_malicious_corpus_opens_a_dialog(served: Any, driver: Any) -> None:
    base, root, result, _corpus = served
    problems = []
    for path in _pages(root, result):
        problems += _no_dialog(driver, base + path, settle=0.15)
    assert not problems, "\n".join(problems)


def test_search_results_for_payloads_are_inert(served: Any, driver: Any) -> None:
    base, root, _result, corpus = served
    if not (root / "site" / "search" / "index.html").exists():
        pytest.skip("this build has no search page")
    from urllib.parse import quote

    problems = []
    queries = [corpus.markers[0], corpus.markers[1], "script alert", "onerror", "javascript", "7*7"]
    for query in queries:
        url = f"{base}search/?q={quote(query)}"
        problems += _no_dialog(driver, url, settle=1.2)
        results = driver.execute_script(
            "return document.querySelectorAll('.pagefind-ui__result, .pagefind-ui__message').length"
        )
        if query == corpus.markers[0]:
            assert results, "the search UI showed nothing for a marker: the test would prove nothing"
    assert not problems, "\n".join(problems)


def test_a_payload_in_the_search_box_is_inert(served: Any, driver: Any) -> None:
    base, root, _result, _corpus = served
    if not (root / "site" / "search" / "index.html").exists():
        pytest.skip("this build has no search page")
    from urllib.parse import quote

    payload = "<img src=x onerror=\"window.__pwned=1;alert(1)\"><script>alert(2)</script>"
    assert not _no_dialog(driver, f"{base}search/?q={quote(payload)}", settle=1.2)
