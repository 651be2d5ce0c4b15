"""Rules over the whole content (E3xx, W3xx): ids, references, dates, periods, the groups'
sessions, the pairs of `felles pair`, and the acceptance of a known warning in the
content (W303–W305)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E301": Code(
        "{kind} »{id}« bruges to gange (også i {other})",
        "Id'er og numre skal være unikke, så andre dele af indholdet kan henvise til dem.",
        "Giv den ene et nyt id.",
    ),
    "E302": Code(
        "ukendt {kind} »{ref}«{hint}",
        "Der henvises til noget, som ikke findes: et læringsmål, et tema, en gruppe "
        "eller en leder. Henvisninger skal stå præcis som id'et eller navnet, de peger på.",
        "goal: aktiv-visionsledelse   # id fra learning_goals.yaml",
    ),
    "E303": Code(
        "{name} står i både sparringsgruppe {first} og {second}; en leder kan kun være i én gruppe",
        "Hver leder er medlem af netop én sparringsgruppe.",
        "Fjern lederen fra den ene gruppe.",
    ),
    "E304": Code(
        "»{value}« er ikke en gyldig dato{detail}",
        "Datoen findes ikke i kalenderen (fx 30. februar) eller har forkert form. "
        "Skriv 2018-11-08 12:00 (tidspunkt), 2018-11-08 (dag) eller 2018-11 (kun måned).",
        "when: 2019-02-28",
    ),
    "E305": Code(
        "slutdatoen ({end}) ligger før startdatoen ({start})",
        "En aktivitet eller periode kan ikke slutte, før den begynder.",
        "when: 2018-11-08 12:00\nend: 2018-11-09 12:00",
    ),
    "E306": Code(
        "indholdsfilen {file} mangler",
        "Indholdsmappen skal indeholde programme.yaml, learning_goals.yaml, groups.yaml "
        "og mindst én fase i phases/.",
        "content/programme.yaml",
    ),
    "W301": Code(
        "{title} ({when}) ligger {side} fasens periode ({period})",
        "Aktiviteten ligger før eller efter den fase, den hører til. Det kan være rigtigt "
        "(fx fordi kilden siger det), men det er værd at se på. Er det rigtigt, kan "
        "advarslen tillades med en begrundelse (se W303).",
        "Flyt aktiviteten til den rigtige fase, eller ret fasens periode.",
    ),
    "W302": Code(
        "fasen overlapper fase {other} ({period})",
        "To faser ligger oven i hinanden. Faser, der skifter i samme måned, regnes ikke "
        "som overlappende.",
        "Ret periodernes start eller slut.",
    ),
    "E307": Code(
        "tidszonen »{zone}« findes ikke; skriv fx Europe/Copenhagen",
        "Alle tidspunkter i forløbet læses i programmets tidszone (timezone i programme.yaml). "
        "Den skal være et navn fra den internationale tidszonedatabase, fx Europe/Copenhagen.",
        "timezone: Europe/Copenhagen",
    ),
    "E308": Code(
        "tidspunktet {when} findes ikke: uret springer det over, når sommertiden begynder",
        "Når sommertiden begynder, går uret fra 02.00 til 03.00, så tidspunkter imellem findes "
        "ikke den dag. Vælg et andet tidspunkt.",
        "when: 2019-03-31 10:00   # ikke 02:30",
    ),
    "W306": Code(
        "tidspunktet {when} findes to gange: uret går en time tilbage, når sommertiden slutter",
        "Når sommertiden slutter, går uret fra 03.00 tilbage til 02.00, så tidspunkter imellem "
        "kommer to gange den dag. En kalender må gætte, hvilket der menes. Vælg et andet "
        "tidspunkt.",
        "when: 2018-10-28 10:00   # ikke 02:30",
    ),
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
    # --- pairs: pairs/<activity-id>.yaml, made by `felles pair` -------------------------
    "E313": Code(
        "filen er for aktiviteten »{activity}« og skal hedde {expected}",
        "Parrene til en aktivitet ligger i pairs/<aktivitetens id>.yaml, så felles pair og "
        "andre kan finde dem. Omdøb filen, eller ret aktiviteten (feltet activity).",
        "content/pairs/jobbesoeg-graensekrydsende-samarbejde.yaml",
    ),
    "E314": Code(
        "{title} er ikke en aktivitet for par (who: {who}); par hører kun til »who: par«",
        "Parrene (hvem besøger hvem) bruges kun af aktiviteter med »who: par«. Skriv "
        "»who: par« i aktiviteten, hvis den skal laves i par, eller slet filen.",
        "who: par",
    ),
    "E315": Code(
        "{name} {role} både {first} og {second}; hver leder besøger én og får besøg af én",
        "I parrene besøger hver leder én kollega (feltet visitor) og får besøg af én, og kun "
        "én (feltet host). Ret det ene af de to besøg, eller lav parrene forfra med "
        "»felles pair --replace«.",
        "- visitor: Søren Aakjær\n  host: Kirsten Jørgensen",
    ),
    "E316": Code(
        "{visitor} kan ikke besøge {host}: {reason}",
        "Ingen besøger sig selv, en i egen sparringsgruppe eller, når lederne har et "
        "ansvarsområde (feltet area) i groups.yaml, en i eget område. Byt værten ud med en "
        "leder fra en anden sparringsgruppe og et andet område, eller lav parrene forfra med "
        "»felles pair --replace«.",
        "- visitor: Søren Aakjær      # sparringsgruppe 1\n"
        "  host: Kirsten Jørgensen    # sparringsgruppe 2",
    ),
    "E317": Code(
        "{path} har allerede andre par til {title}; felles overskriver dem ikke uden --replace",
        "Parrene er aftalt og ligger i git, måske med besøg, der allerede er planlagt. "
        "--dry-run viser de nye par uden at skrive noget; --replace erstatter de gamle.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --seed 2 --replace",
    ),
    "E318": Code(
        "parrene til {title} kan ikke laves: {reason}",
        "Hver leder skal besøge én kollega og få besøg af én, og ingen må besøge sig selv, en i "
        "egen sparringsgruppe, en i eget område (når lederne har et) eller en, de allerede "
        "har været parret med i andre par. Med de ledere og par, indholdet har, kan det ikke "
        "lade sig gøre. Ret grupperne eller områderne, eller fjern et tidligere sæt par.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --dry-run",
    ),
    "E319": Code(
        "{path} er ikke en parfil, felles har lavet til {title}; den overskrives ikke, heller "
        "ikke med --replace",
        "felles erstatter kun parrene i en fil, som felles pair selv har skrevet til "
        "aktiviteten: den har kommentaren »# Parrene til …, lavet med: felles pair ID …« "
        "øverst. En anden fil med det navn er nogens eget arbejde og røres ikke. Flyt filen, "
        "eller ret parrene i den selv.",
        "mv content/pairs/jobbesoeg-graensekrydsende-samarbejde.yaml ~/mine-par.yaml",
    ),
    "W309": Code(
        "{name} {role} i parrene til {title}",
        "Lederen står i groups.yaml og deltager i aktiviteten, men ikke i parrene: måske er "
        "lederen kommet til, efter parrene blev lavet. Tilføj besøget, eller lav parrene forfra "
        "med »felles pair --replace«.",
        "- visitor: Ny Leder\n  host: Kirsten Jørgensen",
    ),
    "W310": Code(
        "{visitor} og {host} var allerede et par i {other}",
        "De to ledere har været parret før. Nye par giver flere relationer på tværs; felles "
        "pair undgår derfor par, der allerede står i andre parfiler.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --replace",
    ),
    "W311": Code(
        "{name} deltager ikke i {title}",
        "Lederen står i parrene, men aktiviteten er kun for nogle sparringsgrupper eller "
        "ledere (felterne groups og leaders). Fjern besøget, eller ret aktiviteten.",
        "groups: [1, 2, 3]",
    ),
    "W325": Code(
        "{name} har forladt forløbet (fra {until}), men står i parrene til {title}; "
        "kør »felles pair {activity} --update«",
        "En leder med »until« i groups.yaml er ikke med i aktiviteter, der begynder fra den "
        "dato. Parrene til en senere aktivitet skal derfor laves om for lederens makkere; "
        "--update beholder alle andre besøg.",
        "felles pair jobbesoeg-graensekrydsende-samarbejde --update",
    ),
    "E350": Code(
        "fasen »{title}« ({phase}) ligger uden for forløbets periode ({period}) i "
        "programme.yaml; filerne er uenige om, hvornår forløbet er",
        "Forløbets periode i programme.yaml skal rumme alle faserne. Er en flytning blevet "
        "afbrudt, så kør »felles move« igen med samme --start: den gør flytningen færdig.",
        "period:\n  start: 2018-06",
    ),
    "E351": Code(
        "{path} er ændret, siden felles move læste den; intet er flyttet. Gem dine "
        "ændringer, og kør kommandoen igen",
        "felles move overskriver aldrig en fil, der er ændret, mens flytningen kørte: den "
        "ændring ville gå tabt. Ingen filer er skrevet.",
        "felles move --start 2027-09",
    ),
    "E352": Code(
        "en afbrudt flytning kan ikke gøres færdig: {path} er hverken som før eller efter "
        "flytningen. Ret filen (fx med git), og slet derefter {journal}",
        "felles move skriver alle filer eller ingen og gør en afbrudt flytning færdig ved "
        "næste kørsel. Er en fil ændret imens, gør felles intet, men siger hvilken.",
        "git diff",
    ),
    "W326": Code(
        "en flytning af forløbet blev afbrudt ({journal}); kør »felles move« igen med samme "
        "--start for at gøre den færdig",
        "felles move skriver alle filer eller ingen. Blev den stoppet midt i, ligger "
        "journalen tilbage, og en ny kørsel gør flytningen færdig.",
        "felles move --start 2027-09",
    ),
    "W327": Code(
        "{field} i »{title}« nævner {found}, men aktiviteten er {when}",
        "En titel eller et formål, der nævner en dato, skal nævne aktivitetens egen dato. "
        "Efter en flytning står den gamle dato tit tilbage i teksten.",
        "title: Møde i Strategisk Ledelsesforum",
    ),
    "E330": Code(
        "skoleferien »{name}« har hverken uger (weeks) eller en første dag (start)",
        "En skoleferie i school_holidays i programme.yaml skal sige, hvornår den er: "
        "ugenumre hvert år, eller første og sidste dag som MM-DD.",
        "school_holidays:\n  - name: efterårsferie\n    weeks: [42]",
    ),
    "E331": Code(
        "skoleferien »{name}« nævner uge {week}, som ikke findes (ugerne er 1–53)",
        "Ugenumre i school_holidays er ISO-uger, fra 1 til 53.",
        "weeks: [42]",
    ),
    "E332": Code(
        "skoleferien »{name}« har »{value}«, som ikke er en dag i året (MM-DD)",
        "Første og sidste dag i school_holidays skrives måned-dag, fx 12-21 for 21. "
        "december; dagen skal findes i kalenderen.",
        "start: 12-21\nend: 01-01",
    ),
    "E370": Code(
        "teksten{in_field} indeholder et styretegn ({codepoint}); slet det",
        "Et usynligt styretegn (fx ESC, BEL, en linje-tilbage (CR) eller et tegn, der vender "
        "skriveretningen) kan i en terminal skifte vinduets titel, skrive i udklipsholderen, "
        "rydde skærmen eller skjule en linje, og i en side vise teksten i en anden rækkefølge, "
        "end den står. Indholdet er tekst, ikke kommandoer: felles viser tegnet som � i alt, "
        "det skriver, men det hører ikke hjemme i indholdet. Det kommer typisk fra en "
        "escape-sekvens i dobbelte anførselstegn (\\e, \\x1b, \\u001b) eller fra kopiering "
        "fra et andet program.",
        'title: "Opstart"   # ikke "Opstart\\e]0;…\\a"',
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
    "E360": Code(
        "»{name}« og »{other}« får samme fil til deres ledelsesgrundlag ({file}); skriv "
        "navnene, så de kan skelnes",
        "Hver leders ledelsesgrundlag ligger i ledelsesgrundlag/ under et filnavn lavet af "
        "navnet (kun a–z, 0–9 og bindestreg, æ som ae, ø som oe, å som aa). To navne, der kun "
        "adskiller sig ved tegn, der falder bort, ville dele én fil – også på Windows og macOS, "
        "hvor store og små bogstaver i et filnavn er det samme.",
        "Skriv navnene, som de står i lønsystemet, fx »Jens Hansen« og »Jens P. Hansen«.",
    ),
    "W330": Code(
        "id'et »{id}« giver parrene filen {file}, et navn Windows ikke kan have; vælg et andet id",
        "Parrene til en aktivitet for par gemmes i pairs/ under aktivitetens id. Windows (og "
        "Git for Windows) afviser filnavne som con, prn, aux, nul, com1–com9 og lpt1–lpt9, "
        "uanset endelse, så et repository med sådan en fil kan ikke hentes på Windows.",
        "id: jobbesoeg-1",
    ),
}
