"""The overview page in a real headless Chromium: layout, console, requests, screenshots.

The browser is driven over the Chrome DevTools Protocol on a pipe (tests/helpers/cdp.py).
Without a browser the tests skip, except in CI (the variable CI is set), where
a missing browser is a failure: `.ci/run` installs Debian's chromium. They skip on
Windows, where the protocol pipe's file descriptors do not exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from felles.cli import main
from tests.helpers.cdp import Browser, Page, browser_for_tests

AS_OF = "2018-11-01"
PHONE, DESKTOP = 390, 1280
# A4 less the page's 1.5 cm margins, in CSS pixels (96 per inch).
A4_WIDTH, A4_HEIGHT = round((210 - 30) / 25.4 * 96), round((297 - 30) / 25.4 * 96)
SEMINARS = [
    "seminar-aktiv-visionsledelse",
    "seminar-graensekrydsende-samarbejde",
    "seminar-samskabelse-af-velfaerd",
]

BOXES = """(() => {
  const box = s => { const r = document.querySelector(s).getBoundingClientRect();
                     return {x: r.x, y: r.y, width: r.width, height: r.height, right: r.right}; };
  return {wheel: box('svg.wheel'), timeline: box('figure.timeline'),
          wheelSection: box('#hjulet'), timelineSection: box('#tidslinjen'),
          scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth,
          bodyWidth: document.body.scrollWidth};
})()"""

# Every label's painted box, corner by corner, inside its own ring segment.
LABELS_INSIDE = """(() => {
  const svg = document.querySelector('svg.wheel');
  const out = [];
  for (const text of svg.querySelectorAll('.paint text.goal-label, .paint text.theme-label')) {
    const shape = text.previousElementSibling;
    const b = text.getBBox();
    const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height],
                     [b.x + b.width, b.y + b.height]];
    const inside = corners.every(([x, y]) => shape.isPointInFill(new DOMPoint(x, y)));
    out.push({key: shape.dataset.theme || shape.dataset.goal, inside, width: b.width});
  }
  return out;
})()"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with browser_for_tests(tmp_path_factory.mktemp("profile")) as started:
        yield started


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("site")
    assert main(["export", "site", "-o", str(out), "--as-of", AS_OF]) == 0
    return (out / "index.html").as_uri()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page()
    yield opened
    browser.send("Target.closeTarget", {"targetId": opened.target})


def open_at(page: Page, url: str, width: int) -> dict[str, Any]:
    page.resize(width, 900)
    page.navigate(url)
    boxes: dict[str, Any] = page.evaluate(BOXES)
    return boxes


def test_the_page_loads_with_no_console_error_and_no_request_outside_the_file(
    page: Page, page_url: str
) -> None:
    open_at(page, page_url, DESKTOP)
    assert page.errors() == []
    requests = page.requests()
    assert requests and requests[0] == page_url
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_wheel_and_timeline_are_visible_and_nothing_overflows(
    page: Page, page_url: str, width: int, tmp_path: Path
) -> None:
    boxes = open_at(page, page_url, width)
    assert boxes["innerWidth"] == width
    for name in ("wheel", "timeline"):
        box = boxes[name]
        assert box["width"] > 0 and box["height"] > 0, name
        assert box["x"] >= 0 and box["right"] <= width, (name, box)
    assert boxes["scrollWidth"] <= width
    assert boxes["bodyWidth"] <= width
    if width == PHONE:
        assert boxes["wheel"]["width"] >= 0.9 * (width - 32)  # the wheel uses the phone's width
    shot = page.screenshot(tmp_path / f"site-{width}.png")
    assert shot.startswith(b"\x89PNG\r\n\x1a\n") and len(shot) > 10_000


def test_every_wheel_label_lies_inside_its_segment(page: Page, page_url: str) -> None:
    open_at(page, page_url, DESKTOP)
    labels = page.evaluate(LABELS_INSIDE)
    assert len(labels) == 3 + 9
    assert [label["key"] for label in labels if not label["inside"]] == []
    assert all(label["width"] > 20 for label in labels)


def test_the_seminars_stand_on_their_days_in_order(page: Page, page_url: str) -> None:
    open_at(page, page_url, DESKTOP)
    xs = page.evaluate(
        "[" + ", ".join(
            f"document.querySelector('.mark[data-activity=\"{key}\"]').getBoundingClientRect().x"
            for key in SEMINARS
        ) + "]"
    )  # fmt: skip
    assert xs == sorted(xs) and len(set(xs)) == 3
    spans = page.evaluate(
        "[...document.querySelectorAll('.span[data-activity]')]"
        ".map(s => s.getBoundingClientRect().width)"
    )
    assert len(spans) == 16 and min(spans) > 20  # month windows are drawn as spans


def test_focusing_a_theme_shows_its_competency(page: Page, page_url: str) -> None:
    open_at(page, page_url, DESKTOP)
    shown = page.evaluate(
        """(() => {
          const link = document.querySelector('a.theme[data-theme="datainformeret-ledelse"]');
          const before = getComputedStyle(link.querySelector('.detail')).visibility;
          link.focus();
          const visible = [...document.querySelectorAll('.wheel .detail')]
            .filter(d => getComputedStyle(d).visibility === 'visible');
          return {before, count: visible.length, text: visible[0].textContent.trim()};
        })()"""
    )
    assert shown["before"] == "hidden"
    assert shown["count"] == 1
    assert shown["text"].startswith("Datainformeret ledelse")
    assert "Leder pba. data og effekt" in shown["text"]


def test_in_print_the_wheel_and_the_timeline_each_fit_an_a4_page(page: Page, page_url: str) -> None:
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    boxes = open_at(page, page_url, A4_WIDTH)
    breaks = page.evaluate(
        "['#hjulet', '#tidslinjen'].map(s => getComputedStyle(document.querySelector(s))"
        ".breakBefore)"
    )
    assert breaks == ["page", "page"]
    for name in ("wheel", "timeline"):
        assert 0 < boxes[name]["height"] <= A4_HEIGHT, (name, boxes[name])
        assert boxes[name]["right"] <= A4_WIDTH
    assert boxes["timelineSection"]["height"] <= A4_HEIGHT
    hidden = page.evaluate("getComputedStyle(document.querySelector('nav')).display")
    assert hidden == "none"


def test_in_print_a_timeline_with_every_groups_sessions_still_fits_an_a4_page(
    page: Page, tmp_path: Path
) -> None:
    from tests.helpers.content import add_sessions, copy_shipped

    content = copy_shipped(tmp_path / "content")
    for workshop, month in (("workshop-1", "08"), ("workshop-2", "09"), ("workshop-3", "10")):
        add_sessions(
            content,
            workshop,
            *(
                f'{{group: {n}, when: 2018-{month}-{n + 2:02d} 09:00, place: "Lokale {n}"}}'
                for n in range(1, 13)
            ),
        )
    out = tmp_path / "site"
    assert main(["export", "site", "-o", str(out), "--as-of", "2018-09-05",
                 "--content", str(content)]) == 0  # fmt: skip
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    boxes = open_at(page, (out / "index.html").as_uri(), A4_WIDTH)
    assert 0 < boxes["timelineSection"]["height"] <= A4_HEIGHT, boxes["timelineSection"]
    assert boxes["timeline"]["right"] <= A4_WIDTH
