"""The html report in a real browser: headless Chromium renders the sample article's report.

Checked with the real LanguageTool; the page's DOM must hold every finding as
a highlight spelling exactly the flagged text, the links must work from the
keyboard, the page must log no console error (a blocked style would be one:
the Content-Security-Policy allows only the page's own stylesheet), and a
screenshot must show something. Fails, never skips, when Chromium or
chromedriver cannot be started (``make system-packages`` installs both).
"""

from __future__ import annotations

import json
import shutil
import struct

import pytest

from tests.conftest import SAMPLE

pytestmark = [pytest.mark.languagetool, pytest.mark.chromium, pytest.mark.slow]

WIDTH, HEIGHT = 1400, 2200


@pytest.fixture(scope="module")
def report_files(languagetool_url, tmp_path_factory):
    """The sample article checked once as JSON (the expected findings) and once as HTML (the page)."""
    from typer.testing import CliRunner

    from linter.cli import app

    folder = tmp_path_factory.mktemp("html-report")
    runner = CliRunner()
    paths = {}
    for fmt in ("json", "html"):
        paths[fmt] = folder / f"report.{fmt}"
        result = runner.invoke(app, ["check", "--format", fmt, "--output", str(paths[fmt]),
                                     "--languagetool-url", languagetool_url, str(SAMPLE)], catch_exceptions=False)
        assert result.exit_code == 1, result.output  # the article has findings at error level
    [entry] = json.loads(paths["json"].read_text(encoding="utf-8"))["files"]
    assert entry["findings"], "the sample article should have findings"
    return paths["html"], entry["findings"]


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium driven through Debian's chromedriver, with the console log recorded."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.fail("headless Chromium needs the Debian packages chromium and chromium-driver "
                    "(make system-packages installs them)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={WIDTH},{HEIGHT}", "--hide-scrollbars", "--lang=de-DE"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    except Exception as exc:  # any failure to start is a test failure, never a skip
        pytest.fail(f"headless Chromium could not be started: {exc}", pytrace=False)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def page(browser, report_files):
    html, findings = report_files
    browser.get(html.as_uri())
    return browser, findings


def test_every_finding_is_one_highlight_spelling_the_flagged_text(page):
    driver, findings = page
    marks = driver.execute_script(
        "return Array.from(document.querySelectorAll('mark[data-finding]'),"
        " m => [m.dataset.finding, m.textContent, m.className, m.title]);")
    assert len(marks) == len(findings)  # the sample has no crossing findings, so no fragments
    assert [key for key, *_ in marks] == [f"1-{n}" for n in range(1, len(findings) + 1)]
    assert [text for _, text, _, _ in marks] == [f["text"] for f in findings]
    assert [cls.split()[1] for _, _, cls, _ in marks] == [f["severity"] for f in findings]
    for (_, _, _, title), finding in zip(marks, findings):
        assert finding["message"] in title and finding["rule"] in title


def test_the_copy_in_the_dom_is_the_article(page):
    driver, _ = page
    copy = driver.execute_script("return document.querySelector('.copy').textContent;")
    assert copy == SAMPLE.read_text(encoding="utf-8")


def test_highlights_are_styled_and_the_list_stands_beside_the_copy(page):
    driver, findings = page
    styles = driver.execute_script(
        "const m = document.querySelector('mark.hl.error'); const s = getComputedStyle(m);"
        "const c = document.querySelector('.copy').getBoundingClientRect();"
        "const l = document.querySelector('.findings').getBoundingClientRect();"
        "return [s.backgroundColor, s.borderBottomStyle, c.right <= l.left, l.width > 250,"
        " document.querySelectorAll('.findings > li').length];")
    background, underline, beside, wide, entries = styles
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # the inline style was applied
    assert underline == "solid"
    assert beside and wide
    assert entries == len(findings)


def test_the_links_between_text_and_list_work_from_the_keyboard(page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver, _ = page
    first_ref = driver.find_element(By.CSS_SELECTOR, "a.ref")
    number = first_ref.get_attribute("data-n")
    first_ref.send_keys(Keys.ENTER)
    assert driver.execute_script("return location.hash;") == f"#befund-1-{number}"
    back = driver.find_element(By.CSS_SELECTOR, f"#befund-1-{number} a.jump")
    back.send_keys(Keys.ENTER)
    assert driver.execute_script("return location.hash;") == f"#stelle-1-{number}"
    assert driver.execute_script("return document.querySelector(':target').tagName;") == "MARK"


def test_a_severity_can_be_hidden_with_its_check_box(page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver, findings = page
    assert {f["severity"] for f in findings} >= {"info", "error"}
    shown = ("return Array.from(document.querySelectorAll('.findings > li'))"
             ".filter(li => getComputedStyle(li).display !== 'none').map(li => li.className.split(' ')[1]);")
    driver.find_element(By.ID, "zeige-info").send_keys(Keys.SPACE)
    assert driver.execute_script("return document.getElementById('zeige-info').checked;") is False
    assert sorted(driver.execute_script(shown)) == sorted(f["severity"] for f in findings if f["severity"] != "info")
    background = driver.execute_script("return getComputedStyle(document.querySelector('mark.hl.info')).backgroundColor;")
    assert background in ("rgba(0, 0, 0, 0)", "transparent")
    driver.find_element(By.ID, "zeige-info").send_keys(Keys.SPACE)
    assert len(driver.execute_script(shown)) == len(findings)


def test_a_screenshot_shows_the_page_and_the_console_stays_clean(page, report_files, tmp_path):
    driver, _ = page
    driver.get(report_files[0].as_uri())  # fresh, without a link target from the other tests
    shot = tmp_path / "report.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    assert width >= 1000 and height >= 1000
    assert len(data) > 50_000  # a page with text and colour, not a blank frame
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    # The log is really collected: an error the test writes itself shows up.
    driver.execute_script("console.error('newslint-probe');")
    assert any("newslint-probe" in entry["message"] for entry in driver.get_log("browser"))
