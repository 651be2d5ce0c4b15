"""How many respondents at least a re-import changes: two stored states must not differ by
fewer than MIN_RESPONDENTS, or subtraction gives the few their answers.

Only figures are stored, so the count is a lower bound read from them:

- the number of respondents, and of those who answered the partner question, and of
  the raters of each rating question: each respondent moves these by at most one;
- a statement or outward question: each respondent gives it at most one value, so the
  values added, or removed, are at least that many respondents;
- a rating of colleagues (one respondent gives many) and the network's other counts:
  any change is at least one respondent.

`changed` is 0 only when every figure of the answers is the same; `survey import
--replace` refuses 1 to MIN_RESPONDENTS - 1 (E630).
"""

from __future__ import annotations

from collections import Counter

from felles.survey.tally import RoundData


def changed(old: RoundData, new: RoundData) -> int:
    """At least how many respondents' answers differ between the two states of a round."""
    bounds = [abs(new.respondents - old.respondents)]
    for key in sorted({*old.items, *new.items}):
        before, after = Counter(old.items.get(key, [])), Counter(new.items.get(key, []))
        added, removed = sum((after - before).values()), sum((before - after).values())
        section, item = key
        if section == "relation":
            raters = abs(new.raters.get(item, 0) - old.raters.get(item, 0))
            bounds.append(max(raters, 1 if added or removed else 0))
        else:
            bounds.append(max(added, removed))
    if old.network != new.network:
        answered = [n.answered if n is not None else 0 for n in (old.network, new.network)]
        bounds.append(max(abs(answered[1] - answered[0]), 1))
    return max(bounds)
