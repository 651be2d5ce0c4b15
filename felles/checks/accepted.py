"""Warnings accepted in the content, visibly and with a reason (W303–W305, W335).

A coordinator who knows a warning is right (the source really says 22 February,
before the phase) accepts it where it stands, with a YAML comment on the finding's
line, the way `# noqa` works in ruff:

    when: "2019-02-22"  # felles: tillad W301 – kilden siger 22. februar, før fasen

`# felles: tillad CODE[, CODE …] – reason`: 'tillad' and the codes are not
case-sensitive; the reason follows the codes (after –, —, - or :) and is required.
Only warnings can be accepted, never errors or the acceptance warnings themselves.
An accepted warning does not count (not for `--strict` either) and is listed in the
summary with its place and reason. An acceptance that cannot do what it says is a
warning of its own at the comment: no reason (W303, and the warning stays), no
such warning on its line (W304: the content changed, remove the comment), a code
that cannot be accepted or a `# felles:` comment that is not an acceptance (W305), a
line with the warning on several of its values (W335: an acceptance covers the one
value on its line, so each value needing one goes on a line of its own). A code
matches exactly: `W5041` is an unknown code, not W504.

Comments are found with the YAML scanner, so a `#` inside a quoted or block text is
never taken for one. The comment must be in YAML: a whole `.yaml` file or a
Markdown file's front matter.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from felles import paths
from felles.content.load import Content
from felles.findings import Finding

# The warnings about acceptances cannot be accepted themselves.
OWN_CODES: Final = frozenset({"W303", "W304", "W305", "W335"})
_QUICK: Final = re.compile(r"#[ \t]*felles[ \t]*:", re.IGNORECASE)
_QUICK_BYTES: Final = re.compile(rb"#[ \t]*felles[ \t]*:", re.IGNORECASE)
_MAX_BYTES: Final = 50_000_000
_DIRECTIVE: Final = re.compile(r"#[ \t]*felles[ \t]*:[ \t]*(?P<rest>.*)", re.IGNORECASE)
# A code is a letter and digits, whole: `W5041` is the unknown code W5041, never W504.
_ACCEPT: Final = re.compile(
    r"tillad\b[ \t]*(?P<codes>[A-Za-z]\d+(?:[ \t]*,[ \t]*[A-Za-z]\d+)*(?![\w]))?(?P<reason>.*)",
    re.IGNORECASE,
)
_COMMENT: Final = re.compile(r"(?:^|(?<=[ \t]))#[^\n]*", re.MULTILINE)
_BREAKS: Final = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SEPARATORS: Final = " \t–—-:"
# Why an acceptance cannot do what it says (the `why` of W305).
TEXT: Final = {
    "not_acceptance": "det er ikke en tilladelse (»# felles: tillad KODE – begrundelse«)",
    "unknown": "koden findes ikke",
    "not_warning": "kun advarsler kan tillades",
}


@dataclass(frozen=True)
class Acceptance:
    """One `# felles: tillad …` comment: where it stands, what it names, and why."""

    path: str  # display path, as in findings
    line: int
    col: int
    written: str  # the comment after 'felles:', as written
    codes: tuple[str, ...]
    reason: str


@dataclass
class Verdict:
    """The findings that count (acceptance warnings included), and the accepted ones."""

    findings: list[Finding]
    accepted: list[tuple[Finding, str]] = field(default_factory=list)  # (warning, reason)


def apply(content: Content, findings: list[Finding], *, only_their_files: bool = False) -> Verdict:
    """Take the accepted warnings out of `findings`, and add W303–W305 for the acceptances
    that cannot do what they say; with `only_their_files`, look for acceptances only in the
    files the findings stand in (`felles status`: what is accepted, not what is amiss)."""
    by_line = _warnings_by_line(findings)
    accepted: dict[int, str] = {}  # id(finding) → reason
    own: list[Finding] = []
    files = {finding.path for finding in findings} if only_their_files else None
    for acceptance in acceptances(content, files):
        here = by_line.get((acceptance.path, acceptance.line), [])
        own.extend(_accept(acceptance, here, accepted))
    return Verdict(
        [f for f in findings if id(f) not in accepted] + own,
        [(f, accepted[id(f)]) for f in findings if id(f) in accepted],
    )


def _warnings_by_line(findings: list[Finding]) -> dict[tuple[str, int], list[Finding]]:
    by_line: dict[tuple[str, int], list[Finding]] = {}
    for finding in findings:
        if finding.line is not None and finding.severity == "warning":
            by_line.setdefault((finding.path, finding.line), []).append(finding)
    return by_line


def _accept(acceptance: Acceptance, here: list[Finding], accepted: dict[int, str]) -> list[Finding]:
    """Record in `accepted` the warnings of its line (`here`) that `acceptance` accepts;
    return the warnings about what it cannot do."""
    if not acceptance.codes:
        why = TEXT["not_acceptance"]
        return [_warning(acceptance, "W305", code=acceptance.written, why=why)]
    usable, own = _usable(acceptance)
    if usable and not acceptance.reason:
        return [*own, _warning(acceptance, "W303", code=", ".join(usable))]
    for code in usable:
        matched = [f for f in here if f.code == code]
        if not matched:
            own.append(_warning(acceptance, "W304", code=code))
        elif len(matched) > 1:  # several values on the line: which one is meant?
            own.append(_warning(acceptance, "W335", code=code, count=str(len(matched))))
        else:
            accepted[id(matched[0])] = acceptance.reason
    return own


def _usable(acceptance: Acceptance) -> tuple[list[str], list[Finding]]:
    """The codes of `acceptance` that can be accepted, and W305 for each of the others."""
    from felles.codes import CODES

    usable: list[str] = []
    own: list[Finding] = []
    for code in acceptance.codes:
        if code not in CODES:
            own.append(_warning(acceptance, "W305", code=code, why=TEXT["unknown"]))
        elif not code.startswith("W") or code in OWN_CODES:
            own.append(_warning(acceptance, "W305", code=code, why=TEXT["not_warning"]))
        else:
            usable.append(code)
    return usable, own


def _warning(acceptance: Acceptance, warning: str, **params: str) -> Finding:
    return Finding(acceptance.path, acceptance.line, acceptance.col, warning, params)


def acceptances(content: Content, files: set[str] | None = None) -> Iterator[Acceptance]:
    """Every `# felles:` comment in the content's YAML (files and front matter), or in
    those of `files` (display paths)."""
    from felles.errors import ReadError

    for display, document in content.documents.items():
        if files is not None and display not in files:
            continue
        offset = 1 if document.path.suffix == ".md" else 0
        text = document.source
        if text is None:  # from the cache: read the file again
            try:  # its bytes first: no YAML reader for a file without an acceptance
                raw: bytes | None = paths.read_bytes(document.path, _MAX_BYTES)
            except OSError:  # NotAFile too
                raw = None  # read_text says what is wrong
            if raw is not None and not _QUICK_BYTES.search(raw):
                continue
            from felles.content.reader import read_text, split_front_matter

            try:
                text = read_text(document.path)
                if _QUICK.search(text) and offset:
                    text, _, _ = split_front_matter(text)
            except ReadError:
                continue
        if not _QUICK.search(text):
            continue
        for index, comment in comments(text):
            found = _DIRECTIVE.match(comment)
            if found is None:
                continue
            line = text.count("\n", 0, index) + 1 + offset
            col = index - (text.rfind("\n", 0, index) + 1) + 1
            yield _acceptance(display, line, col, found.group("rest").strip())


def _acceptance(display: str, line: int, col: int, rest: str) -> Acceptance:
    found = _ACCEPT.match(rest)
    if found is None or found.group("codes") is None:
        return Acceptance(display, line, col, rest, (), "")
    codes = tuple(code.strip().upper() for code in found.group("codes").split(","))
    reason = found.group("reason").strip().lstrip(_SEPARATORS).strip()
    return Acceptance(display, line, col, rest, codes, reason)


def comments(text: str) -> list[tuple[int, str]]:
    """(index, text) of every YAML comment in `text`: a `#` after a space or at a line's
    start that lies in no scalar. Past a syntax error nothing counts (the file has an
    error of its own)."""
    import yaml

    spans: list[tuple[int, int]] = []
    limit = len(text)
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                spans.append((token.start_mark.index, token.end_mark.index))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        limit = mark.index if mark is not None else 0
    except yaml.YAMLError:
        return []
    starts = [start for start, _ in spans]
    found = []
    for match in _COMMENT.finditer(text):
        index = match.start()
        if index >= limit:
            break
        before = bisect.bisect_right(starts, index) - 1
        if before >= 0 and spans[before][0] <= index < spans[before][1]:
            continue  # a '#' inside a text value
        found.append((index, _BREAKS.split(match.group())[0]))
    return found
