"""What `felles next` (and the site's "Kommende") says when no activity is shown: nothing
until `--until` but the next one after it, or nothing ahead at all, with the phase that
runs and the last activity that was, and how to look from another day."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from felles import danish_days, span_words

if TYPE_CHECKING:
    from felles.plan.upcoming import Upcoming


# User-facing words of this module (Danish), in one place.
TEXT: Final = {
    "nothing": "Forløbet har ingen aktiviteter fra {today} og frem.",
    "running": "Fase {number} »{title}« løber {period}; der er ingen aktiviteter planlagt.",
    "nothing_filtered": "Ingen aktiviteter fra {today} og frem passer til det valgte.",
    "last": "Den sidste aktivitet med fast dato var »{title}«, {when} – {ago}.",
    "as_of": "Se forløbet fra en anden dato med fx: felles next --as-of 2018-06-01",
    "none_until": "Ingen aktiviteter fra {today} til og med {until}.",
    "next_after": "Den næste er »{title}«, {when} ({relative}).",
}


def empty_lines(result: Upcoming, filtered: bool, hint: str | None = TEXT["as_of"]) -> list[str]:
    """What to say when no activity is shown; `hint` (how to look from another day) last."""
    today = danish_days.short_day(result.today)
    if result.ahead and result.first_after_until is not None:
        first = result.first_after_until
        lines = [TEXT["none_until"].format(today=today, until=_until_text(result))]
        relative = first.relative(result.today) or first.status
        lines.append(
            TEXT["next_after"].format(
                title=first.activity.title, when=first.when_text, relative=relative
            )
        )
        return lines
    key = "nothing_filtered" if filtered and result.ahead_any else "nothing"
    lines = [TEXT[key].format(today=today)]
    if result.running is not None:
        meta = result.running.meta
        period = span_words.period_words(meta.period.start, meta.period.end)
        lines.append(TEXT["running"].format(number=meta.number, title=meta.title, period=period))
    if result.last is not None:
        last = result.last
        ago = danish_days.relative_long_ago(last.occurrence.end.last.date(), result.today)
        lines.append(TEXT["last"].format(title=last.activity.title, when=last.when_text, ago=ago))
    if hint:
        lines.append(hint)
    return lines


def _until_text(result: Upcoming) -> str:
    return danish_days.short_day(result.until) if result.until else ""
