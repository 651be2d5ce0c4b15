"""`felles invite`: calendar invitations (iTIP) that Outlook accepts, written as .eml or sent to
a real SMTP server (aiosmtpd on 127.0.0.1), and the sent record that makes a rerun send only
what changed. Every calendar part is parsed with icalendar and checked with libical's iTIP
restrictions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from icalendar import Calendar

from tests.helpers import icaljs, libical
from tests.helpers.content import PHASE_1, add_sessions, edit, line_of
from tests.helpers.run import Cli
from tests.helpers.smtp import Handler, Login, Received, Server, certificate, running

SESSION = "{group: 2, when: 2018-08-23 13:00, end: 2018-08-23 16:00, place: Dokk1}"
MOVED = "{group: 2, when: 2018-08-24 13:00, end: 2018-08-24 16:00, place: Dokk1}"
UID = "workshop-1.gruppe-2@faelles-om-ledelse.felles"
ORGANIZER = "ledelse@example.dk"
MEMBERS = {
    "Kirsten Jørgensen": "kirsten@example.dk",
    "Hosea Dutschke": "hosea@example.dk",
    "Erik Kaastrup-Hansen": "erik@example.dk",
}
CPH = ZoneInfo("Europe/Copenhagen")
AS_OF = ("--as-of", "2018-06-01")


def with_addresses(content: Path, members: dict[str, str] = MEMBERS) -> None:
    for name, address in members.items():
        edit(
            content / "groups.yaml",
            f"- name: {name}\n",
            f"- name: {name}\n        email: {address}\n",
        )


def with_organizer(content: Path) -> None:
    with (content / "programme.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f"organizer:\n  name: Forløbssekretariatet\n  email: {ORGANIZER}\n")


@pytest.fixture
def invited(content: Path) -> Path:
    """The shipped content with addresses for group 2, an organizer and group 2's own date
    for the first workshop."""
    with_addresses(content)
    with_organizer(content)
    add_sessions(content, "workshop-1", SESSION)
    return content


@pytest.fixture
def smtp() -> Iterator[Server]:
    yield from running(Handler())


def calendar_of(received: Received | bytes) -> Calendar:
    """The text/calendar part of a message, parsed, after libical's iTIP check."""
    data = received.data if isinstance(received, Received) else received
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    ics = parts[0].get_payload(decode=True)
    assert libical.problems(ics) == []
    attached = [p for p in message.walk() if p.get_filename() == "invite.ics"]
    assert [p.get_payload(decode=True) for p in attached] == [ics]
    return Calendar.from_ical(ics)


def event_of(calendar: Calendar) -> dict[str, object]:
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1
    event = events[0]
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees] if attendees else []
    return {
        "method": str(calendar["method"]),
        "uid": str(event["uid"]),
        "sequence": int(event["sequence"]),
        "organizer": str(event["organizer"]),
        "attendees": [str(a) for a in attendees],
        "params": [dict(a.params) for a in attendees],
        "start": event.decoded("dtstart") if "dtstart" in event else None,
    }


def send(cli: Cli, content: Path, server: Server, *more: str) -> object:
    return cli(
        "invite",
        "workshop-1",
        "--group",
        "2",
        *AS_OF,
        "--send",
        "--smtp",
        server.address,
        "--smtp-security",
        "none",
        "--content",
        content,
        *more,
    )


def record(content: Path) -> dict[str, dict[str, object]]:
    data = yaml.safe_load((content / "invitations.yaml").read_text(encoding="utf-8"))
    return {e["uid"]: e for e in data["events"]}


# --- the must-shows ---------------------------------------------------------------------


def test_eml_for_group_2_holds_request_organizer_attendees_sequence_0_and_local_start(
    cli: Cli, invited: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mails"
    result = cli("invite", "workshop-1", "--group", "2", *AS_OF, "-o", out, "--content", invited)
    assert result.code == 0, result.output
    files = sorted(out.glob("*.eml"))
    assert len(files) == 3
    assert "Intet er sendt" in result.err
    seen = {}
    for path in files:
        data = path.read_bytes()
        import email
        import email.policy

        message = email.message_from_bytes(data, policy=email.policy.default)
        event = event_of(calendar_of(data))
        seen[message["To"].addresses[0].addr_spec] = event
        assert event["method"] == "REQUEST"
        assert event["uid"] == UID
        assert event["sequence"] == 0
        assert event["organizer"] == f"mailto:{ORGANIZER}"
        assert event["attendees"] == [f"mailto:{a}" for a in MEMBERS.values()]
        for params, name in zip(event["params"], MEMBERS, strict=True):
            assert params["CN"] == name
            assert params["ROLE"] == "REQ-PARTICIPANT"
            assert params["PARTSTAT"] == "NEEDS-ACTION"
            assert params["RSVP"] == "TRUE"
        assert event["start"] == datetime(2018, 8, 23, 13, 0, tzinfo=CPH)
        assert (
            "DTSTART;TZID=Europe/Copenhagen:20180823T130000" in calendar_of(data).to_ical().decode()
        )
        body = message.get_body(("plain",)).get_content()
        assert "torsdag den 23. august 2018 kl. 13.00–16.00" in body
        assert "Hvor: Dokk1" in body
        assert "Forberedelse: Individuel forberedelse" in body
        assert message["From"].addresses[0].addr_spec == ORGANIZER
        assert message["From"].addresses[0].display_name == "Forløbssekretariatet"
        assert body.replace("\r\n", "\n").rstrip().endswith("Venlig hilsen\nForløbssekretariatet")
    assert sorted(seen) == sorted(MEMBERS.values())
    # Each is listed: what to whom.
    for name, address in MEMBERS.items():
        assert f"→ {name} <{address}>" in result.out
    # Writing the .eml files records nothing.
    assert not (invited / "invitations.yaml").exists()


def test_send_then_nothing_then_a_move_then_a_cancellation(
    cli: Cli, invited: Path, smtp: Server
) -> None:
    first = send(cli, invited, smtp)
    assert first.code == 0, first.output
    assert len(smtp.received) == 3
    assert sorted(r.recipients[0] for r in smtp.received) == sorted(MEMBERS.values())
    assert all(len(r.recipients) == 1 and r.sender == ORGANIZER for r in smtp.received)
    assert {event_of(calendar_of(r))["sequence"] for r in smtp.received} == {0}
    assert record(invited)[UID]["sequence"] == 0
    assert cli("validate", "--content", invited).code == 0

    again = send(cli, invited, smtp)
    assert again.code == 0, again.output
    assert len(smtp.received) == 3
    assert "Intet at sende" in again.err

    edit(invited / PHASE_1, SESSION, MOVED)
    moved = send(cli, invited, smtp)
    assert moved.code == 0, moved.output
    updates = [event_of(calendar_of(r)) for r in smtp.received[3:]]
    assert len(updates) == 3
    for update in updates:
        assert (update["method"], update["uid"], update["sequence"]) == ("REQUEST", UID, 1)
        assert update["start"] == datetime(2018, 8, 24, 13, 0, tzinfo=CPH)
    assert smtp.received[3].message["Subject"].startswith("Ændret: ")

    edit(invited / PHASE_1, f"    sessions:\n      - {MOVED}\n", "")
    cancelled = send(cli, invited, smtp)
    assert cancelled.code == 0, cancelled.output
    cancels = [event_of(calendar_of(r)) for r in smtp.received[6:]]
    assert len(cancels) == 3
    for cancel in cancels:
        assert (cancel["method"], cancel["uid"], cancel["sequence"]) == ("CANCEL", UID, 2)
    assert record(invited)[UID]["cancelled"] is True
    assert send(cli, invited, smtp).code == 0
    assert len(smtp.received) == 9


def test_a_member_without_an_address_is_named_and_nothing_is_sent(
    cli: Cli, content: Path, smtp: Server
) -> None:
    with_addresses(content, {k: v for k, v in MEMBERS.items() if not k.startswith("Erik")})
    with_organizer(content)
    add_sessions(content, "workshop-1", SESSION)
    result = send(cli, content, smtp)
    assert result.code == 1, result.output
    line = line_of(content / "groups.yaml", "Erik Kaastrup-Hansen")
    assert f"groups.yaml:{line}" in result.err
    assert "1 deltager har ingen e-mailadresse i" in result.err
    assert ": Erik Kaastrup-Hansen; intet er sendt" in result.err
    assert "Traceback" not in result.output
    assert smtp.received == []
    assert not (content / "invitations.yaml").exists()

    skipped = send(cli, content, smtp, "--skip-missing")
    assert skipped.code == 0, skipped.output
    assert "W320" in skipped.err
    assert "1 deltager uden e-mailadresse får ingen invitation: Erik Kaastrup-Hansen" in skipped.err
    assert sorted(r.recipients[0] for r in smtp.received) == [
        "hosea@example.dk",
        "kirsten@example.dk",
    ]
    # Erik's address arrives later: only Erik gets the invitation, at the same SEQUENCE.
    with_addresses(content, {"Erik Kaastrup-Hansen": "erik@example.dk"})
    later = send(cli, content, smtp)
    assert later.code == 0, later.output
    assert [r.recipients for r in smtp.received[2:]] == [["erik@example.dk"]]
    assert event_of(calendar_of(smtp.received[2]))["sequence"] == 0


def test_a_refused_third_recipient_leaves_the_first_two_recorded_and_a_rerun_sends_the_third(
    cli: Cli, invited: Path, smtp: Server
) -> None:
    for refusing in running(Handler(refuse=3)):
        result = send(cli, invited, refusing)
        assert result.code == 1, result.output
        assert "afviste 1 modtager: Erik Kaastrup-Hansen <erik@example.dk>" in result.err
        assert "Traceback" not in result.output
        assert len(refusing.received) == 2
    recipients = record(invited)[UID]["recipients"]
    assert sorted(r["email"] for r in recipients) == ["hosea@example.dk", "kirsten@example.dk"]
    rerun = send(cli, invited, smtp)
    assert rerun.code == 0, rerun.output
    assert [r.recipients for r in smtp.received] == [["erik@example.dk"]]
    assert event_of(calendar_of(smtp.received[0]))["sequence"] == 0


def test_a_dropped_connection_after_two_messages_and_the_rerun(
    cli: Cli, invited: Path, smtp: Server
) -> None:
    for dropping in running(Handler(drop_after=2)):
        result = send(cli, invited, dropping)
        assert result.code == 1, result.output
        assert "forbindelsen til mailserveren" in result.err and "2 af 3" in result.err
        first = [r.recipients[0] for r in dropping.received]
    assert len(first) == 2
    assert len(record(invited)[UID]["recipients"]) == 2
    rerun = send(cli, invited, smtp)
    assert rerun.code == 0, rerun.output
    rest = [r.recipients[0] for r in smtp.received]
    assert len(rest) == 1 and sorted(first + rest) == sorted(MEMBERS.values())


def test_export_ics_carries_the_same_uids_and_sequences(
    cli: Cli, invited: Path, smtp: Server
) -> None:
    assert send(cli, invited, smtp).code == 0
    edit(invited / PHASE_1, SESSION, MOVED)
    assert send(cli, invited, smtp).code == 0
    sent = {(e["uid"], e["sequence"]) for e in map(event_of, map(calendar_of, smtp.received[3:]))}
    result = cli("export", "ics", "--group", "2", "--content", invited)
    assert result.code == 0, result.output
    exported = Calendar.from_ical(result.out)
    found = {str(e["uid"]): int(e["sequence"]) for e in exported.walk("VEVENT")}
    assert sent == {(UID, 1)}
    assert found[UID] == 1
    assert str(exported["method"]) == "PUBLISH"
    assert all("attendee" not in e for e in exported.walk("VEVENT"))


# --- more ------------------------------------------------------------------------------


def test_a_leader_who_left_the_group_gets_a_cancellation_for_them_alone(
    cli: Cli, invited: Path, smtp: Server
) -> None:
    assert send(cli, invited, smtp).code == 0
    groups = invited / "groups.yaml"
    edit(groups, "      - name: Erik Kaastrup-Hansen\n        email: erik@example.dk\n", "")
    edit(
        groups,
        "      - name: Lotte Henriksen\n",
        "      - name: Lotte Henriksen\n"
        "      - name: Erik Kaastrup-Hansen\n        email: erik@example.dk\n",
    )
    result = send(cli, invited, smtp)
    assert result.code == 0, result.output
    assert [r.recipients for r in smtp.received[3:]] == [["erik@example.dk"]]
    event = event_of(calendar_of(smtp.received[3]))
    assert event["method"] == "CANCEL"
    assert event["attendees"] == ["mailto:erik@example.dk"]
    assert event["sequence"] == 0
    assert send(cli, invited, smtp).code == 0
    assert len(smtp.received) == 4


def test_names_places_and_titles_cannot_inject_headers_and_survive_encoding(
    cli: Cli, content: Path, smtp: Server
) -> None:
    with_addresses(content)
    with_organizer(content)
    add_sessions(
        content,
        "workshop-1",
        "{group: 2, when: 2018-08-23 13:00, "
        'place: "Rådhuset; lokale 3, 2. sal\\r\\nBcc: evil@example.com"}',
    )
    edit(
        content / PHASE_1,
        "    title: Workshop i fortrolige grupper\n",
        '    title: "Workshop\\r\\nBcc: evil@example.com"\n',
    )
    result = send(cli, content, smtp)
    assert result.code == 0, result.output
    assert len(smtp.received) == 3
    for received in smtp.received:
        message = received.message
        assert len(received.recipients) == 1
        assert "evil@example.com" not in received.recipients
        assert message["Bcc"] is None
        assert "\n" not in str(message["Subject"])
        event = calendar_of(received).walk("VEVENT")[0]
        assert str(event["location"]) == "Rådhuset; lokale 3, 2. sal Bcc: evil@example.com"
    kirsten = next(r for r in smtp.received if r.recipients == ["kirsten@example.dk"])
    raw_to = next(line for line in kirsten.data.split(b"\r\n") if line.startswith(b"To:"))
    assert raw_to.isascii() and b"=?utf-8?" in raw_to.lower()
    assert kirsten.message["To"].addresses[0].display_name == "Kirsten Jørgensen"


def test_addresses_are_checked_where_they_stand(cli: Cli, content: Path) -> None:
    with_addresses(content, {"Kirsten Jørgensen": "kirsten at example.dk"})
    with_addresses(
        content, {"Hosea Dutschke": "Erik@Example.dk", "Erik Kaastrup-Hansen": "erik@example.dk"}
    )
    result = cli("validate", "--content", content)
    assert result.code == 1
    groups = content / "groups.yaml"
    assert f"groups.yaml:{line_of(groups, 'kirsten at')}" in result.out
    assert "E340 »kirsten at example.dk« er ikke en gyldig e-mailadresse" in result.out
    assert f"groups.yaml:{line_of(groups, 'erik@example.dk')}" in result.out
    assert "E341 Erik Kaastrup-Hansen har samme e-mailadresse som Hosea Dutschke" in result.out


def test_addresses_are_optional_until_invitations_are_asked_for(cli: Cli, content: Path) -> None:
    assert cli("validate", "--content", content).code == 0
    result = cli("invite", "--content", content, *AS_OF)
    assert result.code == 1
    assert "programme.yaml har ingen arrangør" in result.err


@pytest.mark.parametrize(
    ("args", "env", "code"),
    [
        (["--send"], {}, "--send kræver en mailserver"),
        (["--send", "--smtp", "smtp.example.dk"], {}, "»smtp.example.dk« er ikke en mailserver"),
        (["--send", "--smtp", "smtp.example.dk:99999"], {}, "er ikke en mailserver"),
        (
            ["--send", "--smtp", "smtp.example.dk:25", "--smtp-security", "none"],
            {},
            "kun tilladt til en server på denne maskine, ikke smtp.example.dk:25",
        ),
        (
            ["--send"],
            {"FELLES_SMTP": "smtp.example.dk:25", "FELLES_SMTP_SECURITY": "tls"},
            "»tls« er ikke en sikkerhed",
        ),
        (["--group", "2", "--leader", "Hosea Dutschke"], {}, "brug enten --group eller --leader"),
        (["--send", "-o", "mails"], {}, "-o (mappen til .eml-filer) bruges kun uden --send"),
    ],
)
def test_wrong_use(
    cli: Cli,
    invited: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    env: dict[str, str],
    code: str,
) -> None:
    for name in ("FELLES_SMTP", "FELLES_SMTP_SECURITY", "FELLES_SMTP_USER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = cli("invite", *args, "--content", invited)
    assert result.code == 2, result.output
    assert code in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_the_server_from_the_environment_and_no_secret_in_the_record(
    cli: Cli, invited: Path, smtp: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FELLES_SMTP", smtp.address)
    monkeypatch.setenv("FELLES_SMTP_SECURITY", "none")
    monkeypatch.setenv("FELLES_SMTP_PASSWORD", "hemmelig-kode-123")
    result = cli("invite", "workshop-1", "--group", "2", *AS_OF, "--send", "--content", invited)
    assert result.code == 0, result.output
    assert len(smtp.received) == 3
    assert "hemmelig" not in result.output
    assert "hemmelig" not in (invited / "invitations.yaml").read_text(encoding="utf-8")


def test_a_leader_gets_only_their_own(cli: Cli, invited: Path, smtp: Server) -> None:
    result = cli(
        "invite",
        "--leader",
        "Hosea Dutschke",
        *AS_OF,
        "--send",
        "--smtp",
        smtp.address,
        "--smtp-security",
        "none",
        "--content",
        invited,
        "--skip-missing",
    )
    assert result.code == 0, result.output
    assert smtp.received
    assert {r.recipients[0] for r in smtp.received} == {"hosea@example.dk"}
    uids = {event_of(calendar_of(r))["uid"] for r in smtp.received}
    assert UID in uids


def test_ical_js_reads_the_invitation_as_libical_does(
    cli: Cli, invited: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mails"
    assert cli("invite", "workshop-1", "--group", "2", *AS_OF, "-o", out, "--content", invited)
    data = next(out.glob("*hosea*.eml")).read_bytes()
    calendar_of(data)  # libical's iTIP check first
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    found = icaljs.parse(part.get_payload(decode=True))
    assert found["method"] == "REQUEST"
    assert (found["uid"], found["sequence"]) == (UID, 0)
    assert found["organizer"] == f"mailto:{ORGANIZER}"
    assert found["attendees"] == [[f"mailto:{a}", n] for n, a in MEMBERS.items()]
    assert (found["start"], found["tzid"]) == ("2018-08-23T13:00:00", "Europe/Copenhagen")


def test_a_second_run_at_the_same_time_stops_and_sends_nothing(
    cli: Cli, invited: Path, smtp: Server
) -> None:
    import fcntl
    import os

    fd = os.open(invited, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = send(cli, invited, smtp)
    finally:
        os.close(fd)
    assert result.code == 1, result.output
    assert "en anden »felles invite« skriver i" in result.err
    assert smtp.received == []


def test_the_record_is_never_written_through_a_symlink(
    cli: Cli, invited: Path, smtp: Server, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text("events: []\n", encoding="utf-8")
    (invited / "invitations.yaml").symlink_to(elsewhere)
    result = send(cli, invited, smtp)
    assert result.code == 1, result.output
    assert "Traceback" not in result.output
    assert elsewhere.read_text(encoding="utf-8") == "events: []\n"
    # A link inside the content is refused before anything is sent.
    inside = invited / "sent.yaml"
    inside.write_text("events: []\n", encoding="utf-8")
    (invited / "invitations.yaml").unlink()
    (invited / "invitations.yaml").symlink_to(inside)
    result = send(cli, invited, smtp)
    assert result.code == 1, result.output
    assert "felles invite kan ikke skrive" in result.err and "symbolsk link" in result.err
    assert smtp.received == []
    assert inside.read_text(encoding="utf-8") == "events: []\n"


def test_the_packaged_programme_is_never_written_into(
    cli: Cli, smtp: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("invite", *AS_OF, "--send", "--smtp", smtp.address, "--smtp-security", "none")
    assert result.code == 2, result.output
    assert "felles init" in result.err
    assert smtp.received == []


def test_login_with_the_password_from_the_environment_never_shows_it(
    cli: Cli, invited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = Login("sekretariat", "hemmelig-kode-123")
    for server in running(Handler(), login):
        monkeypatch.setenv("FELLES_SMTP_PASSWORD", "forkert-kode")
        wrong = send(cli, invited, server, "--smtp-user", "sekretariat")
        assert wrong.code == 1, wrong.output
        assert "brugernavn eller adgangskode blev afvist" in wrong.err
        assert server.received == []
        monkeypatch.setenv("FELLES_SMTP_PASSWORD", "hemmelig-kode-123")
        monkeypatch.setenv("FELLES_SMTP_USER", "sekretariat")
        right = send(cli, invited, server)
        assert right.code == 0, right.output
        assert len(server.received) == 3
        assert login.attempts[-1] == ("sekretariat", "hemmelig-kode-123")
        for text in (wrong.output, right.output, (invited / "invitations.yaml").read_text("utf-8")):
            assert "hemmelig" not in text and "forkert" not in text
        assert all(b"hemmelig" not in r.data for r in server.received)


def test_a_non_ascii_address_goes_out_as_smtputf8(cli: Cli, content: Path, smtp: Server) -> None:
    with_addresses(content, {**MEMBERS, "Kirsten Jørgensen": "kirsten.jørgensen@example.dk"})
    with_organizer(content)
    add_sessions(content, "workshop-1", SESSION)
    result = send(cli, content, smtp)
    assert result.code == 0, result.output
    kirsten = next(r for r in smtp.received if r.recipients == ["kirsten.jørgensen@example.dk"])
    # RFC 6532: the address as UTF-8 in the header (the parser of `email` would garble it).
    to = next(line for line in kirsten.data.split(b"\r\n") if line.startswith(b"To:"))
    assert "<kirsten.jørgensen@example.dk>".encode() in to
    assert event_of(calendar_of(kirsten))["attendees"][0] == "mailto:kirsten.jørgensen@example.dk"


def test_eml_files_replace_their_own_and_never_someone_elses(
    cli: Cli, invited: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mails"
    args = ("invite", "workshop-1", "--group", "2", *AS_OF, "-o", out, "--content", invited)
    assert cli(*args).code == 0
    assert cli(*args).code == 0  # felles' own .eml (X-Mailer: felles invite) are replaced
    own = out / "workshop-1-gruppe-2-hosea-dutschke.eml"
    own.write_text("Mit eget udkast til en mail\n", encoding="utf-8")
    again = cli(*args)
    assert again.code == 1, again.output
    assert own.read_text(encoding="utf-8") == "Mit eget udkast til en mail\n"
    inside = cli(
        "invite",
        "workshop-1",
        "--group",
        "2",
        *AS_OF,
        "-o",
        invited / "mails",
        "--content",
        invited,
    )
    assert inside.code != 0 and not (invited / "mails").exists()


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_an_encrypted_server_is_checked_and_used(
    cli: Cli,
    invited: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    security: str,
) -> None:
    cert, context = certificate(tmp_path)
    for server in running(Handler(), tls=context, implicit=security == "ssl"):
        args = ("invite", "workshop-1", "--group", "2", *AS_OF, "--send", "--smtp")
        # Not trusted yet: the certificate is refused and nothing is sent.
        untrusted = cli(*args, server.address, "--smtp-security", security, "--content", invited)
        assert untrusted.code == 1, untrusted.output
        assert "kunne ikke forbinde til mailserveren" in untrusted.err
        assert server.received == []
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        extra = () if security == "starttls" else ("--smtp-security", "ssl")  # the default
        trusted = cli(*args, server.address, *extra, "--content", invited)
        assert trusted.code == 0, trusted.output
        assert len(server.received) == 3


def test_a_leader_whose_address_is_removed_is_named_not_cancelled(
    cli: Cli, invited: Path, smtp: Server
) -> None:
    assert send(cli, invited, smtp).code == 0
    edit(invited / "groups.yaml", "        email: erik@example.dk\n", "")
    result = send(cli, invited, smtp, "--skip-missing")
    assert result.code == 0, result.output
    assert "Erik Kaastrup-Hansen" in result.err
    assert len(smtp.received) == 3  # no cancellation to the old address
    # A new address: the invitation goes there, and the old one is cancelled.
    with_addresses(invited, {"Erik Kaastrup-Hansen": "erik.kh@example.dk"})
    moved = send(cli, invited, smtp)
    assert moved.code == 0, moved.output
    methods = {r.recipients[0]: event_of(calendar_of(r))["method"] for r in smtp.received[3:]}
    assert methods == {"erik.kh@example.dk": "REQUEST", "erik@example.dk": "CANCEL"}
