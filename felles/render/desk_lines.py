"""One line for each thing on the coordinator's desk in `felles status`: an activity in the
next 14 days, one that still needs a date, pairs that are not made, and survey rounds that
open soon or whose answers are not imported (a draft behind has drafts_behind_text)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Final

from felles import danish_days, span_words, words
from felles.render import upcoming_text
from felles.words import group_numbers

if TYPE_CHECKING:
    from felles.plan.desk import Missing, PairsDue, Round
    from felles.plan.upcoming import Item


# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "place": "sted: {place}",
    "no_place": "intet sted endnu",
    "groups_missing": "{title} ({window}): {count} af {total} grupper har ingen dato "
    "(sparringsgruppe {numbers})",
    "month_only": "{title} ({window}): har kun en måned, ingen dag",
    "no_pairs": "{title} ({window}): parrene er ikke lavet; lav dem med »felles pair {id}«",
    "broken_pairs": "{title} ({window}): parrene i {path} kan ikke læses; kør »felles validate«",
    "without_visit": "{title} ({window}): {count} uden et besøg at give eller få: {names}",
    "opening": "Runden »{title}« ({id}) åbner {day} ({relative}) ved fase {number} »{phase}«",
    "round": "Runden »{title}« ({id}) åbnede {opens} ved fase {number} »{phase}«, og svarene "
    "er ikke importeret; importér dem med »felles survey import {id} FIL.csv«",
}


def soon_line(item: Item, today: Any) -> str:
    place = item.occurrence.place
    where = TEXT["place"].format(place=place) if place else TEXT["no_place"]
    return " · ".join((upcoming_text.headline(item, today), item.participants, where))


def missing_line(missing: Missing) -> str:
    o = missing.item.occurrence
    window = span_words.range_words(o.start, o.end)
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


def pairs_line(due: PairsDue) -> str:
    o = due.occurrence
    window = span_words.range_words(o.start, o.end)
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


def opening_line(found: Round, today: date) -> str:
    meta = found.phase.meta
    day = found.opens.first.date()
    return TEXT["opening"].format(
        title=found.title,
        id=found.id,
        day=danish_days.short_day(day),
        relative=danish_days.relative_days(day, today),
        number=meta.number,
        phase=meta.title,
    )


def round_line(found: Round) -> str:
    meta = found.phase.meta
    return TEXT["round"].format(
        title=found.title,
        id=found.id,
        opens=span_words.when_words(found.opens),
        number=meta.number,
        phase=meta.title,
    )
