"""One place says where felles comes from: `[project.urls]` in pyproject.toml.

Nothing else in the project spells an address of felles (a repository, an issue tracker, a
schema host); what needs one reads the installed package's metadata (`cli/source.py`).
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from felles.cli import source

REPO = Path(__file__).resolve().parents[2]

# An address of a code host or package index that names felles.
ADDRESS = re.compile(
    r"(?:https?://|git@)(?:www\.)?(?:github\.com|gitlab\.com|raw\.githubusercontent\.com|"
    r"bitbucket\.org|codeberg\.org|pypi\.org|[a-z0-9-]+\.github\.io)[/:][^\s\"'`)>]*felles",
    re.I,
)
INVENTED = "felles" + "-dev"  # the organisation an earlier felles made up (spelled apart here)


def _tracked() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "-C", str(REPO), "ls-files", "-z"],
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("git and a felles checkout are needed")
    return [REPO / name for name in listed.decode("utf-8").split("\0") if name]


def test_no_file_but_pyproject_names_an_address_of_felles() -> None:
    found = []
    for path in _tracked():
        if (path.name == "pyproject.toml" and path.parent == REPO) or not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        if INVENTED in text.lower() or ADDRESS.search(text):
            found.append(str(path.relative_to(REPO)))
    assert found == []


def test_pyproject_names_an_address_only_in_project_urls() -> None:
    with (REPO / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    urls = project.get("urls", {})
    for line in text.splitlines():
        if ADDRESS.search(line) or INVENTED in line.lower():
            assert any(url in line for url in urls.values()), line


def test_the_installed_metadata_is_where_the_home_is_read() -> None:
    with (REPO / "pyproject.toml").open("rb") as handle:
        urls = tomllib.load(handle)["project"].get("urls", {})
    read = source.project_urls()
    assert sorted(read.values()) == sorted(urls.values())  # today: none, and none invented
    assert source.issue_tracker() is None or source.issue_tracker() in urls.values()
