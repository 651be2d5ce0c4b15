"""Each sparring group's own date for an activity (sessions: in phases/*.md): E309–E312,
W307–W308."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    # --- sessions: each sparring group's own date (sessions: in phases/*.md) ----------
    "E309": Code(
        "sessionen er for sparringsgruppe {group}, men den gruppe findes ikke; grupperne er "
        "{known}",
        "En session er én sparringsgruppes egen dato for en aktivitet. Gruppens nummer (feltet "
        "group) skal være nummeret på en sparringsgruppe i groups.yaml.",
        "sessions:\n  - group: 2\n    when: 2018-08-21 09:00\n    end: 2018-08-21 12:00",
    ),
    "E310": Code(
        "sparringsgruppe {group} har allerede en session for {title} (første gang i linje {first})",
        "Hver sparringsgruppe har højst én session pr. aktivitet. Skal gruppen mødes to gange, "
        "er det to aktiviteter. Slet den ene session, eller ret gruppens nummer (feltet group).",
        "sessions:\n  - group: 1\n    when: 2018-08-21\n  - group: 2\n    when: 2018-08-28",
    ),
    "E311": Code(
        "»{title}« har egne datoer for sparringsgrupperne (feltet sessions), men er ikke en "
        "aktivitet, hver sparringsgruppe holder for sig (who: {who})",
        "Sessioner (feltet sessions) giver hver sparringsgruppe sin egen dato og hører kun til "
        "aktiviteter med »who: grupper«. En aktivitet for alle eller for hver leder for sig "
        "får sin dato i datoen og slutdatoen (felterne when og end).",
        "who: grupper\nsessions:\n  - group: 1\n    when: 2018-08-21",
    ),
    "E312": Code(
        "sparringsgruppe {group} deltager ikke i {title}, som er for sparringsgruppe {groups}",
        "Aktiviteten er kun for de sparringsgrupper, der står i grupperne (feltet groups). En "
        "session for en anden gruppe hører ikke til den: ret gruppens nummer, eller tilføj "
        "gruppen i feltet groups.",
        "groups: [1, 2]\nsessions:\n  - group: 2\n    when: 2018-08-21",
    ),
    "W307": Code(
        "sessionen for sparringsgruppe {group} ({when}) ligger uden for perioden for {title} "
        "({window})",
        "Gruppens dato ligger før eller efter den periode, aktiviteten har i datoen og "
        "slutdatoen (felterne when og end). Det kan være rigtigt, men oftest er året eller "
        "måneden skrevet forkert.",
        "when: 2018-06\nend: 2018-11\nsessions:\n  - group: 2\n    when: 2018-08-21",
    ),
    "W308": Code(
        "sparringsgruppe {group} holder {title} ({when}) før {other} ({other_when}), som kommer "
        "før i fasen",
        "Aktiviteterne i en fase står i den rækkefølge, de skal holdes (fx workshop 1, 2 og 3). "
        "Gruppens datoer bør følge den: ret datoen, eller byt om på aktiviteterne i fasefilen.",
        "- title: Workshop 1\n  sessions:\n    - group: 2\n      when: 2018-08-21\n"
        "- title: Workshop 2\n  sessions:\n    - group: 2\n      when: 2018-10-02",
    ),
}
