"""The pre-commit configuration and the install line that `felles init` writes.

They install felles from where the running felles came from (PEP 610's
`direct_url.json`, read by `cli/source.py`), never from an address or a tag that
may not exist:

- a git install (a URL and a commit): pre-commit's `repo: URL`, `rev: <commit>`, and
  `felles @ git+URL@<commit>` in `requirements.txt`, which the workflow installs;
- anything else (a local folder, a wheel, an index, unknown): a `repo: local` hook
  that runs the felles installed on the machine, and a `requirements.txt` with a Danish
  comment saying exactly what to write there; the workflow stops with one clear
  annotation until a line is written.

`felles init --felles-source URL@REV` names a git source of one's own (install_source).
"""

from __future__ import annotations

import json
from typing import Final

from felles.render.install_source import Source

REQUIREMENTS: Final = "requirements.txt"


HEAD: Final = (
    "# pre-commit: felles tjekker indholdet, før en ændring bliver committet.\n"
    "# Installér én gang med: pip install pre-commit && pre-commit install\n"
)
STRICT: Final = "        # args: [--strict]   # så stopper advarsler også commit'en\n"
TEXT: Final = {
    "git hook": (
        "# felles hentes fra sit git-repository i én bestemt commit (den felles, der lavede\n"
        "# dette repository), så en ny felles aldrig stopper en commit uden varsel. Ret rev\n"
        "# til en nyere commit, når I vil have en nyere felles.\n"
        "repos:\n"
        "  - repo: {url}\n"
        "    rev: {rev}\n"
        "    hooks:\n"
        "      - id: felles-validate\n"
    ),
    "local hook": (
        "# Hooken bruger den felles, der er installeret på maskinen: kommandoen felles skal\n"
        "# virke i den terminal, hvor du committer. (felles blev ikke installeret fra et\n"
        "# git-repository, som pre-commit kan hente fra; med felles init --felles-source\n"
        "# URL@COMMIT henter pre-commit selv felles derfra.)\n"
        "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: felles-validate\n"
        "        name: felles validate\n"
        "        entry: felles validate\n"
        "        language: system\n"
        "        # felles tjekker hele indholdet (henvisninger går på tværs af filer).\n"
        "        pass_filenames: false\n"
        "        files: ^content/\n"
    ),
    "requirements": (
        "# Hvorfra GitHub Actions (.github/workflows/validate.yml) installerer felles.\n"
        "# Skriv én linje uden # foran: en adresse, GitHub kan hente fra, og en fast version.\n"
    ),
    "git source": (
        "# Her: felles' git-repository i én bestemt commit (den felles, der lavede dette\n"
        "# repository). Ret commit'en, når I vil have en nyere felles.\n"
    ),
    "local git": (
        "# OBS: adressen er en mappe på den maskine, der lavede repositoryet; GitHub kan\n"
        "# ikke hente derfra. Skriv i stedet adressen på det git-repository, I har felles\n"
        "# i, fx  felles @ git+https://ADRESSE/felles.git@COMMIT\n"
    ),
    "other source": (
        "#\n"
        "# Fra et git-arkiv (COMMIT er den fulde commit-id, fx fra »git rev-parse HEAD«):\n"
        "#   felles @ git+https://ADRESSE/felles.git@COMMIT\n"
        "# Fra en wheel-fil på en adresse, GitHub kan hente:\n"
        "#   felles @ https://ADRESSE/felles-{version}-py3-none-any.whl\n"
        "#\n"
        "# Den felles, der lavede denne mappe, er version {version}, installeret fra\n"
        "# {origin}.\n"
        "# Spørg den, der har installeret felles for dig, hvis du ikke ved, hvad du skal skrive.\n"
    ),
}


def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is one)."""
    return json.dumps(value)


def precommit_config(source: Source) -> str:
    """`.pre-commit-config.yaml` of a content repository."""
    if source.vcs:
        url, rev = _yaml(source.url), _yaml(source.rev)
        return HEAD + TEXT["git hook"].format(url=url, rev=rev) + STRICT
    return HEAD + TEXT["local hook"] + STRICT


def requirements(source: Source, version: str) -> str:
    """`requirements.txt`: what the workflow installs (`pip install -r requirements.txt`)."""
    head = TEXT["requirements"]
    if source.vcs:
        note = TEXT["git source"] + (TEXT["local git"] if source.local else "")
        return head + note + source.requirement + "\n"
    origin = " ".join(source.origin.split())
    return head + TEXT["other source"].format(version=version, origin=origin)
