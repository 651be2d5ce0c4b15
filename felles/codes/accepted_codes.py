"""The acceptance of a known warning in the content, `# felles: tillad KODE – begrundelse`
(W303–W305, W335)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "W303": Code(
        "tilladelsen af {code} mangler en begrundelse; skriv efter koden, hvorfor advarslen "
        "er i orden",
        "En advarsel kan tillades med en kommentar på dens linje, men kun med en begrundelse, "
        "så den næste, der læser filen, ved hvorfor. Uden begrundelse gælder tilladelsen "
        "ikke, og advarslen står stadig.",
        'when: "2019-02-22"  # felles: tillad W301 – kilden siger 22. februar, før fasen',
    ),
    "W304": Code(
        "tilladelsen af {code} passer ikke til nogen advarsel på denne linje; slet kommentaren",
        "Kommentaren tillader en advarsel, som felles ikke giver på linjen (længere). Måske er "
        "indholdet rettet, eller kommentaren står på en anden linje end advarslen: den skal "
        "stå på advarslens linje (se »felles validate«).",
        'when: "2019-03-14"   # datoen er rettet: tilladelsen af W301 er slettet',
    ),
    "W305": Code(
        "»{code}« kan ikke tillades: {why}",
        "Kun advarsler (W-koder, som felles kender) kan tillades, med "
        "»# felles: tillad KODE – begrundelse« på advarslens linje. Fejl skal rettes, og "
        "advarslerne om tilladelser (W303–W305, W335) kan ikke selv tillades.",
        "# felles: tillad W301 – kilden siger 22. februar, før fasen",
    ),
    "W335": Code(
        "{code} står {count} gange på denne linje; en tilladelse gælder kun én værdi, så "
        "ingen af dem er tilladt",
        "En tilladelse står på en advarsels linje og gælder den ene værdi, der står der. Står "
        "flere værdier med samme advarsel på linjen (fx flere sessions på én linje), "
        "er det ikke til at se, hvilken tilladelsen er ment for. Skriv hver værdi på sin egen "
        "linje, og tillad dem, der skal tillades, hver for sig.",
        "sessions:\n  - group: 1\n    when: 2019-02-01  # felles: tillad W504 – aftalt med gruppen",
    ),
}
