"""`felles export agenda`, `ics`, `site` and `grundlag`: agendas, the calendar, the overview
page and the booklet of ledelsesgrundlag; each command is its own module (agenda_command,
ics_command, site_command, booklet_command), registered here in the order `felles export
--help` lists them."""

from __future__ import annotations

from felles.cli.agenda_command import export_agenda
from felles.cli.app import group
from felles.cli.booklet_command import export_grundlag
from felles.cli.ics_command import export_ics
from felles.cli.site_command import export_site

export_app = group(
    "export",
    "Dagsordener (Markdown, HTML), forløbet som kalenderfil (iCalendar) til Outlook, "
    "en oversigtsside (HTML) over hele forløbet og bogen med ledelsesgrundlag.",
)
export_app.command("agenda")(export_agenda)
export_app.command("ics")(export_ics)
export_app.command("site")(export_site)
# `felles export grundlag`: the booklet of ledelsesgrundlag (cli/booklet_command.py).
export_app.command("grundlag")(export_grundlag)
