"""The text report's lines for one question and for the network (`report_text` frames them).

They only see `aggregate` results: figures for the forum as a whole.
"""

from __future__ import annotations

from typing import Final

from felles.survey.promise import MIN_RESPONDENTS
from felles.survey.report_words import TOO_FEW, figure, number, percent
from felles.survey.summary_model import Item, Network

TEXT: Final = {
    "too_few": f"      {TOO_FEW} (n < {MIN_RESPONDENTS})",
    "raters": " ledere, {answers} vurderinger",
    "figures": "      gns. {mean}, {n}: {counts}",
    "answered": "  Besvaret af {n} ledere.",
    "network_too_few": f"  Netværket: {TOO_FEW} (n < {MIN_RESPONDENTS}).",
    "density": "  Netværkets tæthed: {share} af de mulige forbindelser er et samarbejde",
    "partners": "  Samarbejdspartnere pr. leder: {count} i gennemsnit",
    "outside_group": "  Partnere uden for egen sparringsgruppe: {share}",
    "reciprocity": "  Gensidighed (begge nævner hinanden): {share}",
    "remark": "  Bemærk: netværkstallene er {note}.",
}


def item_lines(entry: Item) -> list[str]:
    """A question and its figures (or »for få svar«)."""
    if entry.mean is None or entry.distribution is None:
        return [f"    {entry.text}", TEXT["too_few"]]
    counts = " · ".join(f"{label} {count}" for label, count in entry.distribution)
    n = f"n = {entry.n}"
    if entry.answers != entry.n:
        n += TEXT["raters"].format(answers=entry.answers)
    figures = TEXT["figures"].format(mean=number(entry.mean), n=n, counts=counts)
    return [f"    {entry.text}", figures]


def network_lines(net: Network) -> list[str]:
    """The network's figures, and the question that rates the collaboration."""
    lines = [TEXT["answered"].format(n=net.n)]
    if net.density is None:
        lines.append(TEXT["network_too_few"])
    else:
        lines += [
            TEXT["density"].format(share=percent(net.density)),
            TEXT["partners"].format(count=figure(net.partners, "count")),
            TEXT["outside_group"].format(share=figure(net.outside_group, "share")),
            TEXT["reciprocity"].format(share=figure(net.reciprocity, "share")),
        ]
        if net.note:
            lines.append(TEXT["remark"].format(note=net.note))
    if net.experience is not None:
        lines += item_lines(net.experience)
    return lines
