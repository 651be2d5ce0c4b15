"""Content dates and spans in Danish, at their own precision: 'februar 2019', 'marts – juni
2019', 'fra 2020', 'tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00', and a window
that is never a day as "dato ikke fastlagt (september 2018)"."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Final

from felles.danish_days import clock, long_day, month_name, short_day
from felles.dates import When, parse_when

TEXT: Final = {
    "undated": "dato ikke fastlagt ({window})",
    "at": "{day} kl. {clock}",
    "from": "fra {when}",
}


def undated(start: When, end: When) -> str:
    """'dato ikke fastlagt (september 2018)' or '(juni – november 2018)'."""
    return TEXT["undated"].format(window=range_words(start, end))


def when_words(when: When) -> str:
    """One date as a Danish reader writes it, at its own precision.

    '2020', 'februar 2019', 'fre. 22. feb. 2019' or 'fre. 22. feb. 2019 kl. 10.00'.
    """
    if when.precision == "year":
        return f"{when.first:%Y}"
    if when.precision == "month":
        return month_name(when.first)
    text = short_day(when.first.date())
    return (
        TEXT["at"].format(day=text, clock=clock(when.first)) if when.precision == "time" else text
    )


def text_words(text: object) -> str:
    """`when_words` of a date as written in the content; what cannot be read stays as is."""
    if isinstance(text, datetime):
        return when_words(When(text, text, "time"))
    if isinstance(text, date):
        moment = datetime.combine(text, time())
        return when_words(When(moment, moment, "day"))
    try:
        return when_words(parse_when(str(text)))
    except ValueError:
        return str(text)


def range_words(start: When, end: When) -> str:
    """The one form of a range of dates: 'marts – juni 2019', 'november 2018 – februar 2019'.

    The year is written once when both ends are months of the same year; a range
    whose ends read alike is one date.
    """
    first, last = when_words(start), when_words(end)
    if end.last <= start.last or first == last:
        return first
    if start.first.year == end.first.year and start.precision == end.precision == "month":
        first = first.rsplit(" ", 1)[0]
    return f"{first} – {last}"


def period_words(start: str, end: str | None) -> str:
    """'marts – juni 2019', 'november 2018 – februar 2019', 'fra 2020' (ValueError if bad)."""
    first = parse_when(start)
    if end is None:
        return TEXT["from"].format(when=when_words(first))
    return range_words(first, parse_when(end))


def describe_span(start: When, end: When, *, long: bool = False) -> str:
    """The Danish date and time span of an activity.

    short: 'tors. 8. nov. 2018 kl. 12.00 – fre. 9. nov. kl. 12.00'
    long:  'torsdag den 8. november 2018 kl. 12.00 – fredag den 9. november 2018 kl. 12.00'
    """
    if not start.fixed:
        return undated(start, end)
    day = long_day if long else short_day
    text = day(start.first.date())
    if start.precision == "time":
        text = TEXT["at"].format(day=text, clock=clock(start.first))
    if end is start or end.first == start.first:
        return text
    same_day = end.first.date() == start.first.date()
    if same_day and end.precision == "time":
        return f"{text}–{clock(end.first)}"
    other = (
        long_day(end.first.date())
        if long
        else short_day(end.first.date(), year=end.first.year != start.first.year)
    )
    if end.precision == "time":
        other = TEXT["at"].format(day=other, clock=clock(end.first))
    return f"{text} – {other}"
