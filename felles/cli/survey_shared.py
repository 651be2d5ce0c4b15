"""What the `felles survey` commands share: the round argument, the content with its survey
(U067 without one), and a result written to the screen or to `-o`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

import typer

from felles.cli.content import clean
from felles.cli.output import emit, protected, say
from felles.errors import UsageError

if TYPE_CHECKING:
    from felles.content import survey_model
    from felles.content.load import Content
    from felles.content.locate import ContentDir


TEXT: Final = {
    "wrote": "{what} er gemt i {path}.",
}
RoundArgument = Annotated[
    str,
    typer.Argument(
        metavar="RUNDE", help="Rundens id fra survey.yaml, fx baseline.", show_default=False
    ),
]


def load_survey(cdir: ContentDir) -> tuple[Content, survey_model.Survey]:
    """The content, clean apart from leaders' drafts (a broken draft does not stop the
    survey), and its survey; U067 without a survey.yaml."""
    from felles.content.kinds import SURVEY

    loaded, _ = clean(cdir, survey=True)
    if loaded.survey is None:
        raise UsageError("U067", {"path": str(loaded.dir.path / SURVEY.path)})
    return loaded, loaded.survey


def emit_result(
    text: str, output: Path | None, what: str, *, form: str, command: str, cdir: ContentDir
) -> None:
    if emit(text, output, form=form, command=command, protect=protected(cdir.path)):
        say_written(what, output)


def say_written(what: str, output: Path | None) -> None:
    """'Skemaet er gemt i PATH.' (`what`: the thing written, from its command's TEXT)."""
    say(TEXT["wrote"].format(what=what, path=output))
