"""felles.render.reporters: GitHub annotations escape what GitHub would misread."""

from __future__ import annotations

from felles.findings import Finding
from felles.render import reporters


def test_github_escaping_of_danish_text() -> None:

    finding = Finding(
        "mappe, ny/fil:1.yaml", 3, 7, "E303", {"name": "A: 100%\nB", "first": 1, "second": 2}
    )
    line, stop, plain, end = reporters.github([finding])
    assert plain == str(finding).replace("\n", "⏎")  # one line, in the plain list too
    token = stop.removeprefix("::stop-commands::")
    assert len(token) == 32 and end == f"::{token}::"
    assert line.startswith("::error file=mappe%2C ny/fil%3A1.yaml,line=3,col=7,title=E303::")
    assert "A: 100%25%0AB står i både sparringsgruppe 1 og 2" in line
