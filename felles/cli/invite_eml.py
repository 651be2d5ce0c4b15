"""`felles invite` without `--send`: each message as an .eml file in a folder, and a line
for each; nothing is sent or recorded."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from felles.cli.invite_choice import NOTHING, choose
from felles.cli.invite_messages import as_mails, list_message
from felles.cli.output import protected, say
from felles.errors import ExitCode

if TYPE_CHECKING:
    from felles.content.locate import ContentDir

TEXT: Final = {
    "wrote": "{count} mails (.eml) er gemt i {path}. Intet er sendt; brug --send for at sende dem.",
    # the words of a message's file name: <activity>-gruppe-<n>-<leader>-aflyst.eml
    "group": "-gruppe-{group}",
    "leader": "leder",  # a leader whose name has no letters of a file name
    "cancelled": "-aflyst",
}
FOLDER: Final = Path("invitationer")


def prepare(
    found: ContentDir,
    activity: str | None,
    group: int | None,
    leader: str | None,
    as_of: str | None,
    skip_missing: bool,
    output: Path | None,
) -> int:
    """Without --send: each message as an .eml file, and a line for each."""
    from felles.cli.output import write_file
    from felles.names import slug

    loaded, plan, organizer = choose(found, activity, group, leader, as_of, skip_missing)
    if not plan.messages:
        say(NOTHING)
        return ExitCode.OK
    folder = FOLDER if output is None else output
    names: set[str] = set()
    for message, mail in as_mails(loaded, plan.messages, organizer):
        event = message.event
        in_group = TEXT["group"].format(group=event.group) if event.group is not None else ""
        stem = f"{event.activity}{in_group}-{slug(message.to.name) or TEXT['leader']}"
        if message.method == "CANCEL":
            stem += TEXT["cancelled"]
        name, n = f"{stem}.eml", 1
        while name in names:
            n += 1
            name = f"{stem}-{n}.eml"
        names.add(name)
        write_file(folder / name, bytes(mail), protect=protected(found.path), make_folders=True)
        list_message(message)
    say(TEXT["wrote"].format(count=len(plan.messages), path=folder))
    return ExitCode.OK
