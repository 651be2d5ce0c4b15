"""`felles invite [AKTIVITET]`: calendar invitations (iTIP) to the leaders, as e-mails.

Without `--send` each message is written as an .eml file into MAPPE (-o; standard:
invitationer/ where the user stands: cli/invite_eml.py) and listed; with `--send` the
messages go out over SMTP (cli/invite_delivery.py) and each accepted one is recorded in
invitations.yaml in the content (plan/invite_plan.py decides what to send from it, and
cli/invite_choice.py asks it). Leaders without an address are named and nothing is sent
(E342) unless `--skip-missing`.
"""

from __future__ import annotations

from felles.cli.app import app
from felles.cli.content import content_dir
from felles.cli.invite_options import (
    ActivityArgument,
    AsOfOption,
    EmlFolderOption,
    GroupMembersOption,
    LeaderOption,
    SendOption,
    SkipMissingOption,
    SmtpOption,
    SmtpSecurityOption,
    SmtpUserOption,
)
from felles.cli.options import ContentOption, VerboseOption
from felles.errors import UsageError


@app.command()
def invite(
    activity: ActivityArgument = None,
    group: GroupMembersOption = None,
    leader: LeaderOption = None,
    as_of: AsOfOption = None,
    output: EmlFolderOption = None,
    send: SendOption = False,
    skip_missing: SkipMissingOption = False,
    smtp: SmtpOption = None,
    smtp_security: SmtpSecurityOption = None,
    smtp_user: SmtpUserOption = None,
    content: ContentOption = None,
    verbose: VerboseOption = False,
) -> int:
    """Kalenderinvitationer til lederne som mails: nye, ændrede og aflyste aftaler, med
    arrangør, deltagere og et SEQUENCE, Outlook kan følge."""
    if group is not None and leader is not None:
        raise UsageError("U124")
    if send and output is not None:
        raise UsageError("U126")
    if smtp_security is not None:  # wrong use, even without --send
        from felles.cli.smtp_server import checked_security

        checked_security(smtp_security)
    found = content_dir(content, verbose)
    if not send:
        from felles.cli.invite_eml import prepare

        return prepare(found, activity, group, leader, as_of, skip_missing, output)
    from felles.cli.invite_delivery import deliver

    return deliver(
        found, activity, group, leader, as_of, skip_missing, smtp, smtp_security, smtp_user
    )
