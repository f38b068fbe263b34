"""In a real browser: the seed site, built by the real pipeline and served over http.

Skipped with a message where Debian's chromium and chromedriver are not installed
(.ci/run installs them).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.build import build
from generator.config import Settings

from .browser_support import browser_missing, chromium, pagefind_bytes, serve
from .conftest import ROOT, SEED
from .golden import INPUTS

pytestmark = pytest.mark.browser

_missing = browser_missing()
if _missing:
    pytest.skip(_missing, allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

KIRBY_QUOTES = ("Kami tetap khawatir", "Diskusi tingkat tinggi", "Kami mendesak Korea Utara")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("browser") / "project"
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", root / "templates")
    (root / "seeds").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    result = build(Settings.for_root(root, jobs=1))
    assert result.published
    with serve(root / "site") as url:
        yield url


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    with chromium(tmp_path / "profile") as driver:
        yield driver


def wait(driver: Any, seconds: float = 15) -> WebDriverWait:
    return WebDriverWait(driver, seconds)


def search_results(driver: Any, base: str, query: str) -> list[str]:
    driver.get(f"{base}search/?q={query}")
    wait(driver).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".pagefind-ui__result")))
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result")]


def test_home_to_briefing_to_person(browser: Any, site_url: str) -> None:
    browser.get(site_url)
    assert "Latest briefings" in browser.page_source
    browser.find_element(By.CSS_SELECTOR, ".briefing-list .briefing-item a").click()
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, "article.briefing")))
    assert "/briefings/" in browser.current_url
    meta = browser.find_element(By.CSS_SELECTOR, ".briefing-meta").text
    assert "Tempo.co" in meta and "Jakarta" in meta and "Reuters" in meta
    browser.find_element(By.CSS_SELECTOR, ".briefing-quotes a.entity-person").click()
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".who-said-what")))
    assert browser.find_element(By.TAG_NAME, "h1").text == "John Kirby"
    said = browser.find_element(By.CSS_SELECTOR, ".who-said-what").text
    for quote in KIRBY_QUOTES:
        assert quote in said
    # every quote links back to its briefing, at the quote
    back = browser.find_elements(By.CSS_SELECTOR, ".who-said-what .quote-source a")
    assert back and all("#quote-" in a.get_attribute("href") for a in back)


def test_search_finds_kirby_and_stems_indonesian(browser: Any, site_url: str) -> None:
    kirby = search_results(browser, site_url, "Kirby")
    assert any("John Kirby" in r for r in kirby)
    assert any("Korea Utara" in r for r in kirby)
    stemmed = search_results(browser, site_url, "kesepakatan")
    assert stemmed, "kesepakatan finds the briefing that says sepakat"
    first_query = pagefind_bytes(browser)
    assert 0 < first_query < 1_000_000


def test_search_filter(browser: Any, site_url: str) -> None:
    results = search_results(browser, site_url, "Kirby")
    assert len(results) >= 2  # the briefing and the person page
    browser.find_element(By.XPATH, "//summary[contains(., 'Type')]").click()
    browser.find_element(By.XPATH, "//label[contains(., 'Briefing')]").click()
    wait(browser).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result")) == 1)
    [only] = browser.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result")
    assert "Rusia" in only.text


def test_header_search_box_opens_the_search_page(browser: Any, site_url: str) -> None:
    browser.get(site_url + "people/")
    box = browser.find_element(By.CSS_SELECTOR, "input.bs-search__input")
    box.send_keys("Kirby\n")
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".pagefind-ui__result")))
    assert "/search/" in browser.current_url


@pytest.fixture(scope="module")
def two_language_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The golden corpus: Indonesian briefings (bundle pagefind/) and an English one (pagefind-en/)."""
    root = tmp_path_factory.mktemp("browser2") / "project"
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(INPUTS, root / "seeds")
    result = build(Settings.for_root(root, jobs=1, use_cache=False))
    assert result.published
    assert (root / "site" / "pagefind-en" / "pagefind-entry.json").is_file()
    with serve(root / "site") as url:
        yield url


def test_search_merges_the_english_bundle_with_its_filters(browser: Any, two_language_url: str) -> None:
    english = search_results(browser, two_language_url, "tariffs")
    assert any("rice tariffs" in r for r in english), english  # only in pagefind-en/
    assert pagefind_bytes(browser) > 0
    both = search_results(browser, two_language_url, "Jakarta")
    assert len(both) >= 2, both  # briefings from both bundles
    browser.find_element(By.XPATH, "//summary[contains(., 'Language')]").click()
    labels = browser.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-label")
    names = {label.text.split("(")[0].strip() for label in labels}
    assert {"English", "Indonesian"} <= names, names
    browser.find_element(By.XPATH, "//label[contains(., 'English')]").click()
    wait(browser).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result")) == 1)
    [only] = browser.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result")
    assert "rice tariffs" in only.text
