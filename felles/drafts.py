"""Leaders' ledelsesgrundlag drafts: where they live, how they are made, checked and counted.

A draft is `<content>/ledelsesgrundlag/<slug>.md`: front matter (`model.DraftMeta`)
and a Markdown body whose sections are the `## ` headings of the template. A
section counts as empty while it holds nothing of the leader's own: only quote
lines (`> …`, the guiding questions), HTML comments, headings and blank lines.

The sections checked are the `## ` headings of the template in use (a
coordinator's override beside the content folder, else the packaged one), so
replacing the template changes the check with it. `SECTIONS` is the packaged
template's list; a test keeps the two equal.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any, Final

from felles.content import DRAFTS, Content, Draft, display_path
from felles.errors import FellesError, ReadError
from felles.findings import Finding
from felles.model import STATUSES
from felles.names import find_name, match_key, slug, suggestion
from felles.reader import read_front_matter

TEMPLATE: Final = "ledelsesgrundlag.md.j2"

# The sections of the packaged template, in order (STARTKIT.md).
SECTIONS: Final[tuple[str, ...]] = (
    "1. Formål med mit ledelsesgrundlag",
    "2. Den fælles ramme jeg leder indenfor",
    "3. Min ledelsesopgave og den værdi jeg vil skabe for borgerne",
    "4. Mine ledelsesværdier",
    "5. Sådan leder jeg i praksis",
    "6. Det kan du forvente af mig",
    "7. Det forventer jeg af dig",
    "8. Det er jeg mindre god til – her kan I hjælpe mig",
    "9. Min udvikling som leder",
    "10. Dialog og feedback",
)
# From this status on, every section should hold the leader's own text.
FILLED_FROM: Final = "kvalificeret"
MISSING: Final = "mangler"
BROKEN: Final = "ugyldig"

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
_NUMBER = re.compile(r"^\d+[.)]\s*")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def drafts_dir(content_dir: Path) -> Path:
    return content_dir / DRAFTS


def draft_path(content_dir: Path, leader: str) -> Path:
    """`<content>/ledelsesgrundlag/<slug>.md` for a leader's name (Danish slug rule)."""
    return drafts_dir(content_dir) / f"{slug(leader)}.md"


def read_status(path: Path) -> str | None:
    """The status in a draft's front matter; None if there is no readable draft."""
    if not path.is_file():
        return None
    try:
        status = read_front_matter(path).data.get("status")
    except ReadError:
        return None
    return status if isinstance(status, str) else None


def safe_draft_path(content_dir: Path, leader: str) -> Path:
    """`draft_path`, refused (UsageError U022) unless it is a plain file name inside the folder."""
    from felles.errors import UsageError

    folder = drafts_dir(content_dir)
    path = draft_path(content_dir, leader)
    # The leaf is not resolved: an existing file or symlink there is refused as existing.
    inside = (path.parent.resolve() / path.name).is_relative_to(folder.resolve())
    if not slug(leader) or path.parent != folder or not inside:
        raise UsageError("U022", {"name": leader, "folder": str(folder)})
    return path


# --- Markdown sections ------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    title: str
    line: int  # of the heading, in the file
    words: int  # the leader's own words under it


def heading_key(title: str) -> str:
    """Headings match regardless of numbering, case, æøå spelling and spacing."""
    return match_key(_NUMBER.sub("", title.strip()))


@functools.lru_cache(maxsize=4096)
def _key(title: str) -> str:
    return heading_key(title)


def _blank_comments(text: str) -> str:
    """HTML comments removed, their lines kept, so line numbers stay true."""
    return _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)


def _own_words(lines: Iterable[str]) -> int:
    count = 0
    fenced = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        first = stripped[0]
        if first in "`~" and _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced and (first == ">" or (first == "#" and _HEADING.match(line))):
            continue
        count += len(_WORD.findall(stripped))
    return count


def body_words(body: str) -> int:
    """Words the leader wrote: not headings, guiding questions (> …) or comments."""
    return _own_words(_blank_comments(body).splitlines())


def sections(body: str, first_line: int = 1, level: int = 2) -> list[Section]:
    """The `level` headings of a Markdown body, each with the words up to the next one."""
    lines = _blank_comments(body).splitlines()
    found: list[tuple[str, int]] = []
    fenced = False
    for index, line in enumerate(lines):
        first = line.lstrip()[:1]
        if not first or first not in "#`~":
            continue
        if first != "#" and _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match and len(match.group(1)) <= level:
            found.append((match.group(2) if len(match.group(1)) == level else "", index))
    result = []
    for n, (title, index) in enumerate(found):
        end = found[n + 1][1] if n + 1 < len(found) else len(lines)
        if title:
            words = _own_words(lines[index + 1 : end])
            result.append(Section(title, first_line + index, words))
    return result


def template_headings(source: str) -> list[str] | None:
    """The `## ` headings of a template's text; None if Jinja makes them (render it then)."""
    text = _JINJA_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), source)
    if text.lstrip().startswith("---"):
        _, _, rest = text.lstrip().partition("\n")
        closing = re.search(r"^---[ \t]*$", rest, re.MULTILINE)
        text = rest[closing.end() :] if closing else rest
    titles = [section.title for section in sections(text)]
    if any("{{" in title or "{%" in title for title in titles):
        return None
    return titles


# --- the template -------------------------------------------------------------------


def template(content_dir: Path) -> tuple[Path, bool]:
    from felles.locate import template_path

    return template_path(content_dir, TEMPLATE)


def context(content: Content, leader: str, today: date) -> dict[str, Any]:
    """The template's variables for one leader (see templates/ledelsesgrundlag.md.j2)."""
    group = content.leaders()[leader]
    members = [
        m.name for g in content.groups if g.number == group for m in g.members if m.name != leader
    ]
    programme = content.programme
    members_text = " og ".join([", ".join(members[:-1]), members[-1]] if members[:-1] else members)
    return {
        "leader": leader,
        "group": group,
        "members": members,
        "members_text": members_text,
        "created": today.isoformat(),
        "programme": programme.name if programme else "",
        "organisation": programme.owner.organisation if programme else "",
        "forum": programme.owner.forum if programme else "",
        "frame": list(programme.strategic_frame) if programme else [],
    }


def render(path: Path, values: dict[str, Any]) -> str:
    """The template at `path` rendered; FellesError E406 (file, line) if it cannot be."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(path.parent),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    import json

    env.filters["yaml"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    try:
        return env.get_template(path.name).render(values)
    except jinja2.TemplateSyntaxError as error:
        raise _template_error(path, error.message or "syntaksfejl", error.lineno) from None
    except jinja2.TemplateError as error:
        raise _template_error(path, error.message or type(error).__name__, None) from None
    except (UnicodeDecodeError, OSError) as error:
        raise _template_error(path, f"kan ikke læses ({type(error).__name__})", None) from None


def _template_error(path: Path, reason: str, line: int | None) -> FellesError:
    return FellesError("E406", {"reason": reason}, path=str(path), line=line)


def scaffold(content: Content, leader: str, today: date, template_file: Path) -> str:
    """The new draft's text, checked: its front matter must be a valid draft for `leader`."""
    from felles.reader import Document, parse_yaml, split_front_matter
    from felles.validation import validate

    text = render(template_file, context(content, leader, today))
    try:
        yaml_text, _, _ = split_front_matter(text)
        data, positions = parse_yaml(yaml_text, line_offset=1)
    except ReadError as error:
        raise _template_error(template_file, f"front matter: {error}", None) from None
    if not isinstance(data, dict):
        raise _template_error(template_file, "front matter er ikke nøgle: værdi", None)
    meta, findings = validate(_draft_meta(), Document(template_file, data, positions), "")
    if meta is None:
        raise _template_error(template_file, f"front matter: {findings[0].message}", None)
    if meta.leader != leader or meta.group != content.leaders()[leader]:
        reason = "front matter skal have leader og group for lederen ({{ leader }}, {{ group }})"
        raise _template_error(template_file, reason, None)
    return text


def _draft_meta() -> Any:
    from felles.model import DraftMeta

    return DraftMeta


def expected_sections(content: Content) -> tuple[list[str], Finding | None]:
    """The section headings of the template in use, or a finding if it cannot be read."""
    path, _ = template(content.dir.path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = f"kan ikke læses ({type(error).__name__})"
        return [], Finding(display_path(path, Path.cwd()), None, None, "E406", {"reason": reason})
    titles = template_headings(source)
    if titles is not None:
        return titles, None
    if not content.leaders():
        return [], None
    sample = next(iter(content.leaders()))
    try:
        rendered = render(path, context(content, sample, date(2000, 1, 1)))
    except FellesError as error:
        where = display_path(path, Path.cwd())
        return [], Finding(where, error.line, None, error.code, error.params)
    return template_headings(rendered) or [], None


# --- the rules (run by `felles validate` and `felles grundlag check`) -----------------


def check(content: Content) -> Iterator[Finding]:
    """Leader, group, one draft each, file name, sections, dates."""
    if not content.drafts:
        return
    leaders = content.leaders()
    expected, problem = expected_sections(content)
    if problem is not None:
        yield problem
    first: dict[str, str] = {}
    for draft in content.drafts:
        yield from _draft_findings(draft, leaders, first, expected)


def _draft_findings(
    draft: Draft, leaders: dict[str, int], first: dict[str, str], expected: list[str]
) -> Iterator[Finding]:
    from felles.dates import parse_when

    meta, doc = draft.meta, draft.doc

    def at(loc: tuple[str, ...], code: str, **params: Any) -> Finding:
        line, col = doc.where(loc)
        return Finding(draft.display, line, col, code, params)

    known = meta.leader in leaders
    if leaders and not known:
        found, close = find_name(meta.leader, leaders)
        hint = suggestion([found] if found else close)
        yield at(("leader",), "E401", leader=meta.leader, hint=hint)
    if known:
        actual = leaders[meta.leader]
        if actual != meta.group:
            yield at(("group",), "E402", group=meta.group, leader=meta.leader, actual=actual)
        other = first.setdefault(meta.leader, draft.display)
        if other != draft.display:
            yield at(("leader",), "E403", leader=meta.leader, other=other)
        if doc.path.name != f"{slug(meta.leader)}.md":
            yield at(("leader",), "E404", expected=f"{slug(meta.leader)}.md")
    days: dict[str, datetime] = {}
    for key in ("created", "updated"):
        try:
            days[key] = parse_when(getattr(meta, key)).first
        except ValueError as exc:
            yield at((key,), "E304", value=getattr(meta, key), detail=f": {exc}")
    if len(days) == 2 and days["updated"] < days["created"]:
        yield at(("updated",), "W402", updated=meta.updated, created=meta.created)
    filled = STATUSES.index(meta.status) >= STATUSES.index(FILLED_FROM)
    yield from _section_findings(draft.display, doc, expected, filled, meta.status)


def _section_findings(
    display: str, doc: Any, expected: list[str], filled: bool, status: str
) -> Iterator[Finding]:
    present = sections(doc.body, doc.body_line)
    by_key: dict[str, Section] = {}
    for section in present:
        by_key.setdefault(_key(section.title), section)
    last_line = doc.body_line + max(doc.body.count("\n") - 1, 0)
    for index, title in enumerate(expected):
        found = by_key.get(_key(title))
        if found is None:
            later = (by_key.get(_key(t)) for t in expected[index + 1 :])
            line = next((s.line for s in later if s is not None), last_line)
            import difflib

            close = difflib.get_close_matches(title, [s.title for s in present], n=1, cutoff=0.6)
            yield Finding(display, line, 1, "W403", {"section": title, "hint": suggestion(close)})
        elif filled and found.words == 0:
            yield Finding(display, found.line, 1, "W401", {"section": title, "status": status})


# --- progress -------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    leader: str
    group: int
    status: str  # a model status, MISSING or BROKEN
    words: int | None
    changed: date | None
    path: Path | None


def progress(content: Content, changed: dict[Path, date]) -> list[Row]:
    """Every leader in the order of groups.yaml, with their draft's state."""
    by_leader: dict[str, Draft] = {}
    for draft in content.drafts:
        by_leader.setdefault(draft.meta.leader, draft)
    rows = []
    for leader, group in content.leaders().items():
        own = by_leader.get(leader)
        if own is not None:
            path = own.doc.path
            rows.append(
                Row(
                    leader,
                    group,
                    own.meta.status,
                    body_words(own.doc.body),
                    changed.get(path),
                    path,
                )
            )
            continue
        path = draft_path(content.dir.path, leader)
        if path.is_file():
            rows.append(Row(leader, group, BROKEN, None, changed.get(path), path))
        else:
            rows.append(Row(leader, group, MISSING, None, None, None))
    return rows


def totals(rows: Iterable[Row]) -> dict[str, int]:
    """Leaders per status, every status in the process's order, then BROKEN and MISSING."""
    counts = dict.fromkeys((*STATUSES, BROKEN, MISSING), 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def orphans(content: Content) -> list[str]:
    """Drafts whose leader is not in groups.yaml (display paths)."""
    leaders = content.leaders()
    return [draft.display for draft in content.drafts if draft.meta.leader not in leaders]


def last_changed(folder: Path, paths: Iterable[Path], zone: tzinfo) -> dict[Path, date]:
    """Each file's last change: its last commit if committed and clean, else its file time.

    Two git calls for the whole folder, however many drafts there are.
    """
    paths = list(paths)
    committed = _git_dates(folder) if paths else None
    dirty = _git_dirty(folder) if committed is not None else set()
    result: dict[Path, date] = {}
    for path in paths:
        day = committed.get(path.name) if committed is not None and path.name not in dirty else None
        if day is None:
            try:
                day = datetime.fromtimestamp(path.stat().st_mtime, zone).date()
            except OSError:
                continue
        result[path] = day
    return result


def _git(folder: Path, *args: str) -> str | None:
    import subprocess

    try:
        done = subprocess.run(
            ["git", "-c", "core.quotePath=false", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _git_dates(folder: Path) -> dict[str, date] | None:
    """{file name: date of its last commit} for the folder; None outside a git work tree."""
    if not folder.is_dir():
        return None
    out = _git(folder, "log", "--format=%x01%cs", "--name-only", "--relative", "--", ".")
    if out is None:
        return None
    dates: dict[str, date] = {}
    current: date | None = None
    for line in out.splitlines():
        if line.startswith("\x01"):
            try:
                current = date.fromisoformat(line[1:].strip())
            except ValueError:
                current = None
        elif line and current is not None:
            dates.setdefault(Path(line).name, current)
    return dates


def _git_dirty(folder: Path) -> set[str]:
    """Names of files in the folder with uncommitted changes (or not in git at all)."""
    out = _git(folder, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ".")
    if not out:
        return set()
    names = set()
    entries = iter(out.split("\0"))
    for entry in entries:
        if len(entry) > 3:
            names.add(Path(entry[3:]).name)
            if entry[0] in "RC":
                next(entries, None)  # the rename's original path
    return names
