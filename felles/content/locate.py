"""Where the content and templates are.

Content is found in this order: `--content DIR`, the environment variable
FELLES_CONTENT, the nearest `content/` holding a programme.yaml upward from the
working directory (as git finds `.git`), and last the programme packaged with
felles. Templates beside the content folder win over the packaged ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from felles import paths
from felles.errors import UsageError

PROGRAMME_FILE: Final = "programme.yaml"
_PACKAGE = Path(__file__).resolve().parents[1]  # felles/
# In a wheel the data sits inside the package; in a source checkout, beside it.
_PACKAGED_ROOTS: Final = (_PACKAGE / "_data", _PACKAGE.parent)

SOURCE_WORDS: Final = {
    "option": "--content",
    "env": "FELLES_CONTENT",
    "found": "nærmeste content/-mappe",
    "packaged": "forløbet, der følger med felles",
}


@dataclass(frozen=True)
class ContentDir:
    path: Path
    source: str  # a key of SOURCE_WORDS

    def describe(self) -> str:
        return f"{self.path} ({SOURCE_WORDS[self.source]})"


def find_content(option: Path | None, environ: Mapping[str, str], cwd: Path) -> ContentDir:
    if option is not None:
        return ContentDir(_checked(option), "option")
    env_value = environ.get("FELLES_CONTENT", "").strip()
    if env_value:
        return ContentDir(_checked(Path(env_value)), "env")
    for folder in (cwd, *cwd.parents):
        candidate = folder / "content"
        if paths.is_file(candidate / PROGRAMME_FILE):
            return ContentDir(candidate, "found")
    return ContentDir(packaged("content"), "packaged")


def packaged(name: str) -> Path:
    """The packaged `content` or `templates` folder."""
    for root in _PACKAGED_ROOTS:
        if paths.is_dir(root / name):
            return root / name
    return _PACKAGED_ROOTS[0] / name


def template_path(content: Path, name: str) -> tuple[Path, bool]:
    """The template `name`: beside the content folder if there is one (True), else packaged."""
    own = content.parent / "templates" / name
    default = packaged("templates") / name
    if paths.is_file(own) and paths.resolve(own) != paths.resolve(default):
        return own, True
    return default, False


def _checked(path: Path) -> Path:
    if not paths.is_file(path / PROGRAMME_FILE):
        raise UsageError("U003", {"path": str(path)})
    return path
