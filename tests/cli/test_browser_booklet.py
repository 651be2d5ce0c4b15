"""The booklet of ledelsesgrundlag in a real headless Chromium: print pages, phone width.

The same browser harness as test_browser.py (tests/helpers/cdp.py); it skips without a
browser, except in CI.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from felles.cli import main
from tests.helpers.cdp import Browser, Page, browser_for_tests
from tests.helpers.content import copy_shipped
from tests.helpers.drafts import write_draft
from tests.helpers.run import Cli

PHONE, DESKTOP = 390, 1280
LEADERS = ("Søren Aakjær", "Niels Højberg", "Kirsten Jørgensen")
A4 = {"paperWidth": 210 / 25.4, "paperHeight": 297 / 25.4, "preferCSSPageSize": True}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with browser_for_tests(tmp_path_factory.mktemp("profile")) as started:
        yield started


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page()
    yield opened
    browser.send("Target.closeTarget", {"targetId": opened.target})


def run(*args: str | Path) -> None:
    assert main([str(a) for a in args]) == 0


@pytest.fixture
def booklets(cli: Cli, tmp_path: Path) -> dict[str, str]:
    """Two booklets: the two published leaders, and all three for review. One of the
    published texts is long (a part of more than one page) and holds a long address."""
    content = copy_shipped(tmp_path / "content")
    long_text = "\n\n".join(
        f"Afsnit {n}: jeg sætter retning, følger op og giver feedback – hver uge, også på "
        "tværs af magistratsafdelingerne, hvor det er sværest." * 3
        for n in range(1, 25)
    )
    write_draft(cli, content, LEADERS[0], "udgivet", long_text)
    write_draft(
        cli,
        content,
        LEADERS[1],
        "udgivet",
        "Se https://www.aarhus.dk/om-kommunen/ledelse/ledelsesgrundlag-for-strategisk-"
        "ledelsesforum-og-alle-chefer-i-kommunen og tabellen:\n\n| a | b |\n| - | - |\n"
        "| " + "meget-lang-celle-" * 12 + " | x |",
    )
    write_draft(cli, content, LEADERS[2], "trænet", "Kirstens korte tekst.")
    published, review = tmp_path / "bog.html", tmp_path / "gennemsyn.html"
    run("export", "grundlag", "--content", content, "-o", published)
    run("export", "grundlag", "--content", content, "-o", review, "--status", "trænet,udgivet")
    return {"published": published.as_uri(), "review": review.as_uri()}


def pdf_pages(page: Page) -> int:
    data = base64.b64decode(page.send("Page.printToPDF", A4)["data"])
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page\b", data))


def parts_in_print(page: Page) -> list[dict[str, str]]:
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    return list(
        page.evaluate(
            "[...document.querySelectorAll('section.leader, header.cover, nav.toc')].map(e => "
            "({id: e.id || e.className, before: getComputedStyle(e).breakBefore, "
            "after: getComputedStyle(e).breakAfter}))"
        )
    )


def test_no_console_error_and_no_request_outside_the_file(
    page: Page, booklets: dict[str, str]
) -> None:
    page.resize(DESKTOP, 900)
    page.navigate(booklets["published"])
    assert page.errors() == []
    requests = page.requests()
    assert requests and requests[0] == booklets["published"]
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []


def test_in_print_every_leader_starts_a_new_page(page: Page, booklets: dict[str, str]) -> None:
    page.navigate(booklets["published"])
    parts = parts_in_print(page)
    assert [p["id"] for p in parts] == [
        "cover",
        "toc",
        "leder-niels-hoejberg",
        "leder-soeren-aakjaer",
    ]
    assert parts[0]["after"] == "page" and parts[1]["after"] == "page"
    assert all(p["before"] == "page" for p in parts[2:])
    # Cover, contents, Niels on one page, Søren's long text on several: every part alone.
    published = pdf_pages(page)
    assert published >= 5
    page.navigate(booklets["review"])
    # Kirsten's short part (group 2, after group 1) adds exactly one page of its own.
    assert pdf_pages(page) == published + 1


def test_on_screen_the_parts_follow_each_other_without_page_breaks(
    page: Page, booklets: dict[str, str]
) -> None:
    page.send("Emulation.setEmulatedMedia", {"media": "screen"})
    page.resize(DESKTOP, 900)
    page.navigate(booklets["published"])
    before = page.evaluate("getComputedStyle(document.querySelector('section.leader')).breakBefore")
    assert before == "auto"


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_nothing_overflows_at_phone_and_desktop_width(
    page: Page, booklets: dict[str, str], width: int, tmp_path: Path
) -> None:
    page.send("Emulation.setEmulatedMedia", {"media": "screen"})
    page.resize(width, 900)
    page.navigate(booklets["review"])
    sizes = page.evaluate(
        "({scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth, "
        "inner: innerWidth, widest: Math.max(...[...document.querySelectorAll('main *')]"
        ".filter(e => !e.closest('table')).map(e => e.getBoundingClientRect().right))})"
    )
    assert sizes["inner"] == width
    assert sizes["scroll"] <= width and sizes["body"] <= width
    assert sizes["widest"] <= width
    shot = page.screenshot(tmp_path / f"booklet-{width}.png")
    assert shot.startswith(b"\x89PNG\r\n\x1a\n")
