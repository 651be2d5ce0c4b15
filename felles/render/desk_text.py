"""`felles status` as text, Markdown (to paste into an email) and JSON.

The sections come in a fixed order and each is left out when it is empty: De næste 14
dage, Mangler dato, Ledelsesgrundlag, Par, Spørgeskema, Advarsler. Text and Markdown
hold the same lines; Markdown makes the headings `##` and the lines bullets.

JSON (stable; every key always there, an empty list for an empty section):

    {"as_of": "2018-10-15",
     "next_14_days": [<an item as `felles next --format json` writes it>],
     "needs_date": [{"id", "title", "window", "who": "alle" | "grupper",
                     "groups_without_date": [4, …]}],
     "drafts_behind": [{"leader", "group", "status", "words", "behind": [
                        {"kind": "workshop", "workshop": {"id", "title", "when"},
                         "expected": "kvalificeret"} |
                        {"kind": "deadline", "day": "2018-11-07",
                         "before": {"id", "title"} | null}]}],
     "pairs": [{"id", "title", "window", "pairs_made": bool, "broken": path | null,
                "without_visit": [names]}],
     "survey": [{"round", "title", "opens", "phase"}],      # due, not imported
     "survey_opening": [{"round", "title", "opens": "2018-06-01", "phase"}],  # in 14 days
     "survey_data": [messages], "warnings": [{"path", "line", "code", "message"}]}
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from felles import dates, words
from felles.plan import progress
from felles.plan.desk import Behind, Desk, Missing, PairsDue, Round
from felles.plan.upcoming import Item, group_numbers
from felles.render import upcoming_json, upcoming_text

if TYPE_CHECKING:
    from felles.findings import Finding

# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "title": "Status pr. {day}",
    "title_md": "Status for {name} pr. {day}",
    "soon": "De næste 14 dage",
    "missing": "Mangler dato",
    "behind": "Ledelsesgrundlag",
    "pairs": "Par",
    "survey": "Spørgeskema",
    "warnings": "Advarsler",
    "nothing": "Intet kræver dig pr. {day}: ingen aktiviteter de næste 14 dage, ingen "
    "manglende datoer, ingen udkast bagud, ingen par eller spørgeskemarunder, der venter.",
    "place": "sted: {place}",
    "no_place": "intet sted endnu",
    "groups_missing": "{title} ({window}): {count} af {total} grupper har ingen dato "
    "(sparringsgruppe {numbers})",
    "month_only": "{title} ({window}): har kun en måned, ingen dag",
    "leader": "{name} (sparringsgruppe {group}): {state}",
    "state": "status »{status}«",
    "empty": "status »{status}«, tomt",
    "missing_draft": "intet udkast",
    "broken_draft": "udkastet kan ikke læses",
    "after_workshop": "gruppen har holdt »{title}« ({when}), så udkastet skulle være »{expected}«",
    "deadline": "ledelsesgrundlaget skulle være udgivet senest {day}",
    "deadline_before": "ledelsesgrundlaget skulle være udgivet senest {day}, før »{title}«",
    "no_pairs": "{title} ({window}): parrene er ikke lavet; lav dem med »felles pair {id}«",
    "broken_pairs": "{title} ({window}): parrene i {path} kan ikke læses; kør »felles validate«",
    "without_visit": "{title} ({window}): {count} uden et besøg at give eller få: {names}",
    "opening": "Runden »{title}« ({id}) åbner {day} ({relative}) ved fase {number} »{phase}«",
    "round": "Runden »{title}« ({id}) åbnede {opens} ved fase {number} »{phase}«, og svarene "
    "er ikke importeret; importér dem med »felles survey import {id} FIL.csv«",
}


def sections(
    desk: Desk, warnings: Sequence[Finding], data: Sequence[Finding]
) -> list[tuple[str, list[str]]]:
    """Each section that has something, with its lines, in the order of the module docstring."""
    today = desk.today
    found = [
        (TEXT["soon"], [_soon_line(item, today) for item in desk.soon]),
        (TEXT["missing"], [_missing_line(m) for m in desk.missing]),
        (TEXT["behind"], [_behind_line(b, today) for b in desk.behind]),
        (TEXT["pairs"], [_pairs_line(p) for p in desk.pairs]),
        (
            TEXT["survey"],
            [_opening_line(r, today) for r in desk.opening]
            + [_round_line(r) for r in desk.rounds]
            + [f.message for f in data],
        ),
        (TEXT["warnings"], [str(f) for f in warnings]),
    ]
    return [(title, lines) for title, lines in found if lines]


def text_lines(desk: Desk, warnings: Sequence[Finding], data: Sequence[Finding]) -> Iterator[str]:
    day = dates.short_day(desk.today)
    yield TEXT["title"].format(day=day)
    found = sections(desk, warnings, data)
    if not found:
        yield ""
        yield TEXT["nothing"].format(day=day)
    for title, lines in found:
        yield ""
        yield title
        for line in lines:
            yield f"  {line}"


def markdown_lines(
    desk: Desk, name: str, warnings: Sequence[Finding], data: Sequence[Finding]
) -> Iterator[str]:
    """The same as `text_lines`, to paste into an email: headings and bullets, content text
    escaped as every Markdown output escapes it."""
    day = dates.short_day(desk.today)
    yield "# " + _md(TEXT["title_md"].format(name=name, day=day))
    found = sections(desk, warnings, data)
    if not found:
        yield ""
        yield _md(TEXT["nothing"].format(day=day))
    for title, lines in found:
        yield ""
        yield f"## {title}"
        yield ""
        for line in lines:
            yield f"- {_md(line)}"


def _md(text: str) -> str:
    """A line of plain text as Markdown that shows it as written."""
    from felles.render.prose import escape_html

    for mark in ("\\", "*", "_", "`", "[", "]", "#"):
        text = text.replace(mark, "\\" + mark)
    return escape_html(text)


def _soon_line(item: Item, today: Any) -> str:
    place = item.occurrence.place
    where = TEXT["place"].format(place=place) if place else TEXT["no_place"]
    return " · ".join((upcoming_text.headline(item, today), item.participants, where))


def _missing_line(missing: Missing) -> str:
    o = missing.item.occurrence
    window = dates.range_words(o.start, o.end)
    found = missing.item.group_dates
    if found is None or not missing.groups:
        return TEXT["month_only"].format(title=o.title, window=window)
    return TEXT["groups_missing"].format(
        title=o.title,
        window=window,
        count=len(missing.groups),
        total=found.groups,
        numbers=group_numbers(list(missing.groups)),
    )


def _state(behind: Behind) -> str:
    if behind.status == progress.MISSING:
        return TEXT["missing_draft"]
    if behind.status == progress.BROKEN:
        return TEXT["broken_draft"]
    key = "empty" if behind.words == 0 else "state"
    return TEXT[key].format(status=behind.status)


def _behind_line(behind: Behind, today: Any) -> str:
    reasons = []
    if behind.workshop is not None:
        o = behind.workshop
        reasons.append(
            TEXT["after_workshop"].format(
                title=o.title,
                when=dates.describe_span(o.start, o.end),
                expected=behind.expected,
            )
        )
    if behind.deadline is not None:
        day = dates.short_day(behind.deadline.day)
        before = behind.deadline.before
        if before is None:
            reasons.append(TEXT["deadline"].format(day=day))
        else:
            reasons.append(TEXT["deadline_before"].format(day=day, title=before.title))
    line = TEXT["leader"].format(name=behind.leader, group=behind.group, state=_state(behind))
    return "; ".join([line, *reasons])


def _pairs_line(due: PairsDue) -> str:
    o = due.occurrence
    window = dates.range_words(o.start, o.end)
    if due.broken is not None:
        return TEXT["broken_pairs"].format(title=o.title, window=window, path=due.broken)
    if due.no_file:
        return TEXT["no_pairs"].format(title=o.title, window=window, id=o.activity.id)
    return TEXT["without_visit"].format(
        title=o.title,
        window=window,
        count=words.count(len(due.without_visit), "leder", "ledere"),
        names=words.joined(list(due.without_visit)),
    )


def _opening_line(found: Round, today: date) -> str:
    meta = found.phase.meta
    day = found.opens.first.date()
    return TEXT["opening"].format(
        title=found.title,
        id=found.id,
        day=dates.short_day(day),
        relative=dates.relative_days(day, today),
        number=meta.number,
        phase=meta.title,
    )


def _round_line(found: Round) -> str:
    meta = found.phase.meta
    return TEXT["round"].format(
        title=found.title,
        id=found.id,
        opens=dates.when_words(found.opens),
        number=meta.number,
        phase=meta.title,
    )


def as_json(
    desk: Desk,
    zone: str,
    warnings: Sequence[Finding],
    data: Sequence[Finding],
    display: Callable[[str], str] = str,
) -> str:
    import json
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    value = {
        "as_of": desk.today.isoformat(),
        "next_14_days": [upcoming_json.as_dict(item, tz, desk.today) for item in desk.soon],
        "needs_date": [_missing_json(m) for m in desk.missing],
        "drafts_behind": [_behind_json(b) for b in desk.behind],
        "pairs": [_pairs_json(p) for p in desk.pairs],
        "survey": [
            {
                "round": r.id,
                "title": r.title,
                "opens": r.opens.text,
                "phase": r.phase.meta.id,
            }
            for r in desk.rounds
        ],
        "survey_opening": [
            {
                "round": r.id,
                "title": r.title,
                "opens": r.opens.first.date().isoformat(),
                "phase": r.phase.meta.id,
            }
            for r in desk.opening
        ],
        "survey_data": [f.message for f in data],
        "warnings": [
            {"path": display(f.path), "line": f.line, "code": f.code, "message": f.message}
            for f in warnings
        ],
    }
    return json.dumps(value, ensure_ascii=False, indent=2)


def _missing_json(missing: Missing) -> dict[str, Any]:
    o = missing.item.occurrence
    return {
        "id": o.activity.id,
        "title": o.title,
        "window": dates.range_words(o.start, o.end),
        "who": o.activity.who,
        "groups_without_date": list(missing.groups),
    }


def _behind_json(behind: Behind) -> dict[str, Any]:
    reasons: list[dict[str, Any]] = []
    if behind.workshop is not None:
        o = behind.workshop
        reasons.append(
            {
                "kind": "workshop",
                "workshop": {
                    "id": o.activity.id,
                    "title": o.title,
                    "when": dates.describe_span(o.start, o.end),
                },
                "expected": behind.expected,
            }
        )
    if behind.deadline is not None:
        before = behind.deadline.before
        reasons.append(
            {
                "kind": "deadline",
                "day": behind.deadline.day.isoformat(),
                "before": None
                if before is None
                else {"id": before.activity.id, "title": before.title},
            }
        )
    return {
        "leader": behind.leader,
        "group": behind.group,
        "status": behind.status,
        "words": behind.words,
        "behind": reasons,
        "text": _behind_line(behind, None),
    }


def _pairs_json(due: PairsDue) -> dict[str, Any]:
    o = due.occurrence
    return {
        "id": o.activity.id,
        "title": o.title,
        "window": dates.range_words(o.start, o.end),
        "pairs_made": not due.no_file and due.broken is None,
        "broken": due.broken,
        "without_visit": list(due.without_visit),
    }
