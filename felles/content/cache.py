"""A cache of the programme files as read, for `felles next` and `felles status`: no YAML
when nothing changed (`status` keeps survey.yaml too, in a cache file of its own).

`felles next` is typed dozens of times a day on content that rarely changes. Reading
and parsing the YAML (and importing PyYAML) is a third of what is left of its
start-up; so after a clean read the documents are kept, and the next run replays
them if every file is as it was: the same names in phases/, and for each file the
same size, modification and change times, inode and device (checked with one
`stat` each, a few microseconds). The felles version and the reader's own files are
part of the key, so a new felles never replays an old cache.

Only content that read without a single finding is kept (a broken file is always
read afresh, so its finding is always exact), and only when every file is at least
two seconds old: a file written twice within the file system's time resolution
could otherwise keep its times (the "racy git" problem). The models are built from
the documents as on a fresh read; a cache that cannot be read, written or trusted is
ignored. `FELLES_CACHE=0` turns it off; `FELLES_CACHE=<folder>` puts it elsewhere, and
the folder must be written as a full path: any other value (`1`, `on`, `~`, a relative
path, which would put cache folders inside the content) is a usage error (U150).

The file is a `marshal` dump in the user's own cache folder: data only (dicts, lists,
text, numbers), trusted as Python trusts its own `__pycache__` only where nobody else
can have put it, as ssh treats its files: the file must be owned by the user, and
neither it nor its folder writable by anyone else (POSIX). A cache that fails this is
neither read nor written, with one line on stderr under `-v` (`note`).
"""

from __future__ import annotations

import marshal
import os
import sys
import time
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from felles import __version__, paths
from felles.content.document import Document
from felles.content.kinds import GROUPS, LEARNING_GOALS, PHASE, PROGRAMME, SURVEY, FileKind
from felles.content.load import Content, _Loader, assemble, load, load_survey
from felles.content.locate import ContentDir

FORMAT: Final = 1
SETTLED_SECONDS: Final = 2.0  # younger files are not cached (see the module docstring)
UNTRUSTED: Final = "Cachen {path} bruges ikke: {reason}."
_FOREIGN: Final = "den ejes af en anden bruger"
_SHARED: Final = "andre brugere kan skrive i den"


def cache_dir(environ: Mapping[str, str]) -> Path | None:
    """Where the cache lives: FELLES_CACHE, else the user's cache folder as platformdirs
    gives it ($XDG_CACHE_HOME/felles or ~/.cache/felles on Linux, ~/Library/Caches/felles on
    macOS, %LOCALAPPDATA%\\felles\\Cache on Windows); None when off. U150 for a value
    that is neither a full path, `0` nor empty."""
    chosen = environ.get("FELLES_CACHE", "").strip()
    if chosen == "0":
        return None
    if chosen:
        if not Path(chosen).is_absolute():
            from felles.errors import UsageError

            raise UsageError("U150", {"value": chosen})
        return Path(chosen)
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        # The XDG rule, written out: importing platformdirs (its Unix module pulls tempfile,
        # shutil, bz2 and lzma) made every `felles next` a tenth slower (benchmarks/
        # startup.py, interleaved medians: 82.2 ms with it, 74.2 ms without).
        # tests/unit/content/test_cache.py holds this against platformdirs' own answer.
        base = os.environ.get("XDG_CACHE_HOME", "")
        return (Path(base) if base.startswith("/") else Path.home() / ".cache") / "felles"
    import platformdirs  # macOS and Windows: their folders are platformdirs' to know

    return platformdirs.user_cache_path("felles", appauthor=False)


def _stamp(path: Path) -> tuple[int, ...] | None:
    found = paths.stat_of(path)
    if found is None:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)


def _files(cdir: ContentDir, survey: bool = False) -> list[Path] | None:
    """The programme files in the order `load` reads them (and survey.yaml, when asked for
    and there); None if phases/ cannot be listed."""
    folder = cdir.path / (PHASE.folder or "")
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(folder)
            if entry.name.endswith(".md") and not entry.name.startswith(".")
        )
    except OSError:
        return None
    fixed = [cdir.path / kind.path for kind in (PROGRAMME, LEARNING_GOALS, GROUPS)]
    extra = [cdir.path / SURVEY.path] if survey and paths.exists(cdir.path / SURVEY.path) else []
    return [*fixed, *(folder / name for name in names), *extra]


def _key(cdir: ContentDir, survey: bool = False) -> tuple[Any, ...] | None:
    files = _files(cdir, survey)
    if files is None:
        return None
    stamps = [_stamp(path) for path in files]
    if any(stamp is None for stamp in stamps):
        return None
    return (
        FORMAT,
        __version__,
        str(paths.resolve(cdir.path)),
        _code_stamps(),
        tuple((str(p.relative_to(cdir.path)), s) for p, s in zip(files, stamps, strict=True)),
    )


def _code_stamps() -> tuple[Any, ...]:
    """The code that reads and builds the content: every module of content/ and of the
    ground floor below it (a module added, changed or removed makes every cache stale,
    also in a checkout whose version number has not moved)."""
    here = Path(__file__).parent
    found = []
    for folder in (here, here.parent):
        try:
            names = sorted(p.name for p in folder.iterdir() if p.suffix == ".py")
        except OSError:  # an installation that cannot be listed is never cached against
            names = ["?"]
        found += [(name, _stamp(folder / name)) for name in names]
    return tuple(found)


def _file(folder: Path, cdir: ContentDir, survey: bool = False) -> Path:
    """The cache file of a content folder; one of its own with survey.yaml (`felles status`),
    so `next` and `status` do not replace each other's."""
    name = str(paths.resolve(cdir.path) or cdir.path).encode("utf-8", "surrogatepass")
    extra = "-survey" if survey else ""
    return folder / f"content-{zlib.crc32(name):08x}-{zlib.adler32(name):08x}{extra}.marshal"


class _Replay(_Loader):
    """Reads the documents the cache kept instead of the files."""

    def __init__(self, content: Content, documents: dict[str, Document], listing: list[str]):
        super().__init__(content)
        self.documents = documents
        self.listing = listing

    def document(self, kind: FileKind, path: Path, display: str) -> Document | None:
        doc = self.documents[str(path.relative_to(self.content.dir.path))]
        doc.path = path
        return doc

    def files(self, kind: FileKind) -> list[Path]:
        return [self.content.dir.path / name for name in self.listing]


def untrusted(path: Path) -> str | None:
    """Why the cache file or folder at `path` may not be trusted (None: it may, or it does
    not exist yet). POSIX only: on Windows the user's cache folder is private by its ACL."""
    if os.name != "posix":
        return None
    found = paths.stat_of(path)
    if found is None:
        return None
    if found.st_uid != os.getuid():
        return _FOREIGN
    if found.st_mode & 0o022:
        return _SHARED
    return None


def load_cached(
    cdir: ContentDir,
    cwd: Path,
    environ: Mapping[str, str],
    note: Callable[[str], None] | None = None,
    *,
    survey: bool = False,
) -> Content:
    """The programme files as `load` reads them (and survey.yaml, with `survey`, as
    `load_survey` reads it), replayed from the cache when nothing changed. `note` hears (in
    Danish) why a cache that others could have written is not used."""
    folder = cache_dir(environ)
    key = _key(cdir, survey) if folder is not None else None
    if folder is None or key is None:
        return _load(cdir, cwd, survey)
    target = _file(folder, cdir, survey)
    for path in (folder, target):
        reason = untrusted(path)
        if reason is not None:
            if note is not None:
                note(UNTRUSTED.format(path=path, reason=reason))
            return _load(cdir, cwd, survey)
    stored = _read(target, key)
    if stored is not None:
        fresh = Content(cdir, cwd)
        try:
            replay = _Replay(fresh, *stored)
            content: Content | None = assemble(fresh, replay)
            if content is not None and survey and SURVEY.path in stored[0]:
                content.survey = replay.model(SURVEY)
        except (KeyError, TypeError, ValueError, AttributeError):
            content = None  # a cache not of this shape: read afresh
        if content is not None and not content.findings:
            return content
    content = _load(cdir, cwd, survey)
    if not content.findings and _settled(key):
        _write(target, key, content)
    return content


def _load(cdir: ContentDir, cwd: Path, survey: bool) -> Content:
    content = load(cdir, cwd)
    if survey:
        load_survey(content)
    return content


def _settled(key: tuple[Any, ...]) -> bool:
    now = time.time_ns()
    limit = int(SETTLED_SECONDS * 1e9)
    return all(now - stamp[1] >= limit for _, stamp in key[-1])


def _read(target: Path, key: tuple[Any, ...]) -> tuple[dict[str, Document], list[str]] | None:
    try:
        stored = marshal.loads(paths.read_bytes(target, 50_000_000))
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        documents = {
            name: Document(Path(name), data, dict(positions), body, body_line, offset)
            for name, (data, positions, body, body_line, offset) in stored["documents"].items()
        }
        return documents, list(stored["listing"])
    except Exception:  # a cache that is missing, damaged or of another shape is no cache
        return None


def _write(target: Path, key: tuple[Any, ...], content: Content) -> None:
    from felles.atomic import replace

    base = content.dir.path
    documents = {}
    for doc in content.documents.values():
        relative = str(doc.path.relative_to(base)) if doc.path.is_relative_to(base) else None
        if relative is None:
            return
        positions = tuple(doc.positions.items())
        documents[relative] = (doc.data, positions, doc.body, doc.body_line, doc.line_offset)
    listing = [
        str(phase.doc.path.relative_to(base / (PHASE.folder or ""))) for phase in content.phases
    ]
    stored = {
        "key": key,
        "documents": documents,
        "listing": [f"{PHASE.folder}/{name}" for name in listing],
    }
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if untrusted(target.parent) is not None:
            return  # made by someone else meanwhile: never written into
        replace(target, marshal.dumps(stored), mode=0o600)
    except (OSError, ValueError):
        pass  # a cache that cannot be written is no cache: next time reads afresh
