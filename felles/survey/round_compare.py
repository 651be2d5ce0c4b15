"""The change from one round to another, figure by figure, with honest notes: too few
answers, few answers (n < SMALL_N), or a change within the random variation. The rounds
are anonymous and not linked: a change is between two rounds' answers.
"""

from __future__ import annotations

import math
from typing import Final

from felles.survey.summary_model import Change, Comparison, Item, Summary

SMALL_N: Final = 10  # a change resting on fewer respondents than this gets a note

TEXT: Final = {
    "response_rate": "Svarprocent",
    "density": "Netværkets tæthed",
    "partners": "Samarbejdspartnere pr. leder",
    "outside_group": "Partnere uden for egen sparringsgruppe",
    "reciprocity": "Gensidighed",
    # The notes on a change.
    "random": "inden for den tilfældige variation",
    "too_few": "for få svar",
    "few": "få svar (n = {before} og {after}); tolk forsigtigt",
}


def compare(before: Summary, after: Summary) -> Comparison:
    """The change from one round to the other, figure by figure, with honest notes."""
    result = Comparison(before, after)
    result.changes.append(
        Change(
            TEXT["response_rate"],
            before.response_rate,
            after.response_rate,
            before.respondents,
            after.respondents,
            "share",
        )
    )
    earlier = {i.id: i for goal in before.goals for i in goal.items}
    earlier.update({f"udadtil:{i.id}": i for i in before.external})
    pairs = [(earlier.get(i.id), i) for goal in after.goals for i in goal.items]
    pairs += [(earlier.get(f"udadtil:{i.id}"), i) for i in after.external]
    for old, new in pairs:
        if old is not None:
            result.changes.append(_mean_change(new.text, old, new))
    if before.network is not None and after.network is not None:
        b, a = before.network, after.network
        for label, kind, old_value, new_value in (
            (TEXT["density"], "share", b.density, a.density),
            (TEXT["partners"], "count", b.partners, a.partners),
            (TEXT["outside_group"], "share", b.outside_group, a.outside_group),
            (TEXT["reciprocity"], "share", b.reciprocity, a.reciprocity),
        ):
            result.changes.append(_note(Change(label, old_value, new_value, b.n, a.n, kind)))
        if b.experience is not None and a.experience is not None:
            result.changes.append(_mean_change(a.experience.text, b.experience, a.experience))
    return result


def _mean_change(label: str, old: Item, new: Item) -> Change:
    change = Change(label, old.mean, new.mean, old.n, new.n)
    _note(change)
    if (
        change.note is None
        and change.delta is not None
        and old.spread is not None
        and new.spread is not None
    ):
        error = math.sqrt(old.spread**2 / old.n + new.spread**2 / new.n)
        if abs(change.delta) < 2 * error:
            change.note = TEXT["random"]
    return change


def _note(change: Change) -> Change:
    if change.before is None or change.after is None:
        change.note = TEXT["too_few"]
    elif min(change.n_before, change.n_after) < SMALL_N:
        change.note = TEXT["few"].format(before=change.n_before, after=change.n_after)
    return change
