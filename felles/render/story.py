"""The programme telling its own story: its texts as the site and the agendas show them.

The design criteria, the central points from April 2018, the øvebaner, the examples of
activities, the questionnaire's description and each phase's own text (the Markdown
body of phases/NN-….md) are content that people should read; `site` and `phase_text`
gather them as plain values. A phase's body is rendered through `prose` (HTML escaped,
nothing linked or loaded); its first heading is left out when it only repeats the
phase's title.
"""

from __future__ import annotations

from typing import Any, Final

from felles.content.load import Content, Phase
from felles.render import prose

TEXT: Final = {"goal": "Læringsmål {number}: {title}"}


def phase_text(phase: Phase, *, shift: int) -> dict[str, Any]:
    """A phase's body for an output: as Markdown and as HTML, both Markup (made safe by
    `prose`, so the template environment leaves them as they are)."""
    from markupsafe import Markup

    body, title = phase.doc.body, phase.meta.title
    return {
        "markdown": Markup(prose.to_markdown(body, shift=shift, title=title)),
        "html": Markup(prose.to_html(body, shift=shift, title=title)),
    }


def site(content: Content) -> dict[str, Any]:
    """What the site shows of the programme's story, in the content's own order."""
    from felles import span_words

    programme = content.programme
    phases = []
    for phase in sorted(content.phases, key=lambda p: p.meta.number):
        try:
            period = span_words.period_words(phase.meta.period.start, phase.meta.period.end)
        except ValueError:
            period = ""
        goal = content.goal(phase.meta.goal)
        phases.append(
            {
                "id": phase.meta.id,
                "number": phase.meta.number,
                "title": phase.meta.title,
                "period": period,
                "goal": goal and TEXT["goal"].format(number=goal.number, title=goal.title),
                "text": phase_text(phase, shift=2)["html"],
            }
        )
    if programme is None:
        return {"key_points": [], "criteria": [], "practice": [], "forms": [], "phases": phases,
                "questionnaire": None}  # fmt: skip
    return {
        "key_points": list(programme.key_points),
        "criteria": list(programme.design_criteria),
        "practice": list(programme.practice_areas),
        "forms": list(programme.activity_forms),
        "phases": phases,
        "questionnaire": programme.questionnaire,
    }
