"""`felles survey`: the questionnaire's form, CSV template, import, report and purge.

The only commands that touch personal data. No message, report or error of theirs
names a respondent, and nothing they store does (see felles/survey/__init__.py).
Each command is its own module (survey_form, survey_import, survey_report,
survey_purge), registered here in the order `felles survey --help` lists them.
"""

from __future__ import annotations

from felles.cli.app import group
from felles.cli.survey_form import form, template_
from felles.cli.survey_import import import_
from felles.cli.survey_purge import purge
from felles.cli.survey_report import report_

survey_app = group(
    "survey", "Spørgeskemaet: skema, CSV-skabelon, import af svar, samlet rapport og sletning."
)
survey_app.command()(form)
survey_app.command(name="template")(template_)
survey_app.command(name="import")(import_)
survey_app.command(name="report")(report_)
survey_app.command()(purge)
