"""Every finding and error code, with its Danish message and explanation.

The one place for these user-facing strings. Codes are stable: E = error,
W = warning, U = wrong use of a command. `felles validate --explain CODE` prints
the explanation and the example.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final


@dataclass(frozen=True)
class Code:
    message: str  # str.format template; parameters come from the finding
    explain: str
    example: str = ""


CODES: Final[dict[str, Code]] = {
    # --- reading files ---------------------------------------------------------
    "E101": Code(
        "filen kan ikke læses: {reason}",
        "Filen findes ikke, er ikke en almindelig fil, eller felles har ikke lov at læse den.",
        "Tjek stien og filens rettigheder; en mappe kan ikke stå, hvor der skal være en fil.",
    ),
    "E102": Code(
        "filen er ikke gemt som UTF-8 (byte 0x{byte} kan ikke læses); gem den som UTF-8",
        "Alt indhold skal være UTF-8. Filen er gemt i en anden tegnkodning, fx Latin-1 "
        "eller Windows-1252, så æ, ø og å ikke kan læses sikkert.",
        "I VS Code: klik på 'Latin-1' nederst til højre → 'Save with Encoding' → 'UTF-8'.",
    ),
    "E103": Code(
        "YAML-syntaksfejl: {problem}",
        "Filen kan ikke læses som YAML. Ofte mangler et kolon, en indrykning er skæv, "
        "eller en tekst med ': ' eller '#' mangler anførselstegn.",
        'title: "Seminar: fælles sprog"   # tekst med kolon i anførselstegn',
    ),
    "E104": Code(
        "tabulator i indrykning; brug mellemrum",
        "YAML tillader ikke tabulatorer til indrykning. Brug mellemrum (to pr. niveau).",
        "  title: Seminar   # to mellemrum, ikke tab",
    ),
    "E105": Code(
        "nøglen '{key}' står to gange (første gang på linje {first}); den ene ville "
        "stille og roligt overskrive den anden",
        "En nøgle må kun stå én gang i samme mapping. Almindelig YAML beholder bare den "
        "sidste, så det, der står først, forsvinder uden et ord.",
        "Slet eller omdøb den ene af de to linjer.",
    ),
    "E106": Code(
        "ankre og aliaser (&navn, *navn) bruges ikke i indholdet; skriv værdien ud",
        "Ankre og aliaser gør indholdet svært at læse og kan bruges til at sprænge "
        "hukommelsen ('alias-bombe'). felles afviser dem.",
        "Skriv værdien ud hvert sted, den skal bruges.",
    ),
    "E107": Code(
        "YAML-tagget '{tag}' bruges ikke; skriv værdien uden tag",
        "Eksplicitte YAML-tags (!!python/…, !!binary, !ref …) bruges ikke i indholdet.",
        "title: Seminar   # uden !!str eller andre tags",
    ),
    "E108": Code(
        "for dybt indlejret (mere end {limit} niveauer)",
        "Indholdet er indlejret dybere, end noget felt i modellen kræver. Så dyb "
        "indlejring er næsten altid en fejl, og den kan få YAML-læseren til at hænge.",
        "Ryk indrykningen tilbage, eller luk de åbne [ og {.",
    ),
    "E109": Code(
        "filen er for stor ({size} bytes; højst {limit})",
        "Indholdsfiler er små tekstfiler. En meget stor fil er næsten altid lagt det "
        "forkerte sted, og felles læser den ikke.",
        "Flyt filen ud af indholdsmappen.",
    ),
    "E110": Code(
        "front matter mangler: filen skal begynde med en linje '---'",
        "Markdown-filer i indholdet begynder med YAML mellem to linjer '---' "
        "(front matter) og derefter selve teksten.",
        "---\nid: aktiv-visionsledelse\n…\n---\n# Aktiv visionsledelse",
    ),
    "E111": Code(
        "front matter afsluttes ikke: der mangler en linje '---' efter YAML'en",
        "Front matter begynder med '---' og skal slutte med en linje, der kun indeholder '---'.",
        "---\nleader: Søren Aakjær\n---",
    ),
    "E112": Code(
        "{what} skal være en mapping (nøgle: værdi), ikke {found}",
        "Øverste niveau i en YAML-fil eller front matter skal være nøgler med værdier, "
        "ikke en liste eller en enkelt tekst.",
        "leader: Søren Aakjær\ngroup: 1",
    ),
    "E113": Code(
        "filen indeholder flere YAML-dokumenter ('---'); brug kun ét",
        "En YAML-fil i indholdet er ét dokument. En ekstra linje '---' starter et nyt "
        "dokument, som ellers ville blive ignoreret.",
        "Slet den ekstra '---'.",
    ),
    "E114": Code(
        "filen er tom",
        "Filen indeholder intet. En tom fil er næsten altid et uheld.",
        "Udfyld filen, eller slet den.",
    ),
    "E115": Code(
        "en nøgle skal være en enkel tekst",
        "Nøgler i indholdet er navne som 'title' og 'when', ikke lister eller mappings.",
        "title: Seminar",
    ),
    "E116": Code(
        "TOML front matter ('+++') understøttes ikke; brug YAML mellem to linjer '---'",
        "felles læser kun YAML front matter.",
        "---\nleader: Søren Aakjær\n---",
    ),
    "E117": Code(
        "kontroltegn (U+{codepoint}) i filen; slet det",
        "Filen indeholder et usynligt kontroltegn, fx fra kopiering fra et andet program.",
        "Slet tegnet; VS Code viser det som en lille rød firkant.",
    ),
    "E118": Code(
        "filen er et link til {target}, uden for indholdsmappen; felles følger det ikke",
        "Et symbolsk link i indholdsmappen peger ud af mappen. felles læser kun filer inde i "
        "indholdsmappen, så et link ikke kan hente andre filer ind (fx fra et andet repository).",
        "Kopiér filen ind i indholdsmappen i stedet for at linke til den.",
    ),
    # --- the content model --------------------------------------------------------
    "E201": Code(
        "ukendt felt '{field}'{hint}",
        "Feltet findes ikke i modellen for denne fil. Oftest er navnet stavet forkert "
        "eller skrevet på dansk; felterne hedder det samme i alle filer.",
        "titel: Seminar   →   title: Seminar",
    ),
    "E202": Code(
        "feltet '{field}' mangler",
        "Et felt, der skal være der, mangler.",
        "Tilføj feltet, fx 'when: 2018-11-08'.",
    ),
    "E203": Code(
        "'{field}' skal være {expected}, ikke {found}{hint}",
        "Værdien har forkert type: fx et tal, hvor der skal stå tekst, eller en tekst, "
        "hvor der skal stå en liste. Sæt tekst, der ligner et tal, i anførselstegn.",
        'place: "8000"   # tekst\nnumber: 1        # tal',
    ),
    "E204": Code(
        "'{field}' har en ugyldig værdi {value}: {expected}",
        "Værdien er ikke en af de tilladte, eller den er skrevet i et forkert format.",
        "type: seminar   # en af: seminar, workshop, møde, forberedelse, øvebane, …",
    ),
    # --- rules over the whole ---------------------------------------------------
    "E301": Code(
        "{kind} '{id}' bruges to gange (også i {other})",
        "Id'er og numre skal være unikke, så andre dele af indholdet kan henvise til dem.",
        "Giv den ene et nyt id.",
    ),
    "E302": Code(
        "ukendt {kind} '{ref}'{hint}",
        "Der henvises til noget, som ikke findes: et læringsmål, et tema, en gruppe "
        "eller en leder. Henvisninger skal stå præcis som id'et eller navnet, de peger på.",
        "goal: aktiv-visionsledelse   # id fra learning_goals.yaml",
    ),
    "E303": Code(
        "{name} står i både gruppe {first} og gruppe {second}; en leder er i præcis én gruppe",
        "Hver leder er medlem af netop én sparringsgruppe.",
        "Fjern lederen fra den ene gruppe.",
    ),
    "E304": Code(
        "'{value}' er ikke en gyldig dato{detail}",
        "Datoen findes ikke i kalenderen (fx 30. februar) eller har forkert form. "
        "Skriv 2018-11-08 12:00 (tidspunkt), 2018-11-08 (dag) eller 2018-11 (kun måned).",
        "when: 2019-02-28",
    ),
    "E305": Code(
        "slut ({end}) ligger før start ({start})",
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
        "{title} ({when}) ligger uden for fasens periode ({period})",
        "Aktiviteten ligger før eller efter den fase, den hører til. Det kan være rigtigt "
        "(kilden siger det), men det er værd at se på.",
        "Flyt aktiviteten til den rigtige fase, eller ret fasens periode.",
    ),
    "W302": Code(
        "fasen overlapper fase {other} ({period})",
        "To faser ligger oven i hinanden. Faser, der skifter i samme måned, regnes ikke "
        "som overlappende.",
        "Ret periodernes start eller slut.",
    ),
    # --- ledelsesgrundlag drafts (E4xx, W4xx) ---------------------------------------
    "E401": Code(
        "lederen '{leader}' findes ikke i groups.yaml{hint}",
        "Et ledelsesgrundlag hører til en leder i groups.yaml, stavet præcis som dér.",
        'leader: "Søren Aakjær"',
    ),
    "E402": Code(
        "'group' er {group}, men {leader} er i sparringsgruppe {actual} i groups.yaml",
        "Gruppen i ledelsesgrundlagets front matter skal være lederens gruppe i groups.yaml.",
        "group: 1",
    ),
    "E403": Code(
        "{leader} har allerede et ledelsesgrundlag ({other}); hver leder har ét",
        "Der må kun være ét ledelsesgrundlag pr. leder, ellers er det uklart, hvilket der gælder.",
        "Flyt teksten over i den ene fil, og slet den anden.",
    ),
    "E404": Code(
        "filen skal hedde {expected} efter lederens navn",
        "Filnavnet er lederens navn med små bogstaver og bindestreger, æ→ae, ø→oe, å→aa "
        "('felles grundlag new' laver det). Så finder alle, også felles, filen.",
        "ledelsesgrundlag/soeren-aakjaer.md  (leader: Søren Aakjær)",
    ),
    "E406": Code(
        "skabelonen til ledelsesgrundlag kan ikke bruges: {reason}",
        "Skabelonen er Jinja2; alle variabler skal findes (StrictUndefined), og front "
        "matter skal give et gyldigt ledelsesgrundlag for lederen. Se den skabelon, der "
        "følger med felles, for variablerne.",
        "leader: {{ leader | yaml }}\ngroup: {{ group }}",
    ),
    "E407": Code(
        "{path} findes allerede; felles overskriver aldrig et ledelsesgrundlag",
        "Et ledelsesgrundlag er lederens eget arbejde. felles opretter kun filer, der ikke "
        "findes, og intet tilvalg ændrer det. Vil du begynde forfra, så flyt eller slet "
        "filen selv.",
        "felles grundlag new 'Søren Aakjær' --dry-run   # se skabelonen uden at skrive",
    ),
    "E408": Code(
        "{leader} har allerede et ledelsesgrundlag: {path}",
        "Lederen har allerede et ledelsesgrundlag under et andet filnavn; felles opretter ikke "
        "et til.",
        "felles grundlag check",
    ),
    "E409": Code(
        "indholdet har fejl, så der kan ikke oprettes ledelsesgrundlag; kør 'felles validate'",
        "programme.yaml og groups.yaml skal kunne læses, før felles kan udfylde skabelonen.",
        "felles validate",
    ),
    "W401": Code(
        "afsnittet '{section}' har kun spørgsmålet endnu, men status er '{status}'",
        "Fra status 'kvalificeret' bør hvert afsnit have lederens egen tekst. Et afsnit "
        "tæller som tomt, så længe det kun har citatlinjer ('> …', spørgsmålene), "
        "kommentarer og tomme linjer.",
        "## 6. Det kan du forvente af mig\n> Hvad kan …?\n\nJeg svarer på mails inden for et døgn.",
    ),
    "W402": Code(
        "'updated' ({updated}) ligger før 'created' ({created})",
        "Et ledelsesgrundlag kan ikke være ændret, før det blev oprettet.",
        "created: 2018-06-08\nupdated: 2018-09-14",
    ),
    "W403": Code(
        "afsnittet '{section}' mangler{hint}",
        "Hvert afsnit i skabelonen skal stå i ledelsesgrundlaget som en overskrift '## …' "
        "(nummer, store/små bogstaver og æ/ø/å er ligegyldige). Afsnittene kommer fra den "
        "skabelon, der er i brug: templates/ledelsesgrundlag.md.j2 ved siden af "
        "indholdsmappen, ellers den, der følger med felles.",
        "## 8. Det er jeg mindre god til – her kan I hjælpe mig",
    ),
    # --- calendar-aware checks (W5xx) --------------------------------------------------
    "W501": Code(
        "{title} ligger på en helligdag: {holiday} ({day})",
        "Aktiviteten har en fast dato på en dansk helligdag eller en af de fridage, mange "
        "kommunale ledere har fri (grundlovsdag, juleaftensdag, nytårsaftensdag, 1. maj). "
        "Det er sjældent meningen.",
        "when: 2018-12-27   # ikke 2018-12-25 (juledag)",
    ),
    "W502": Code(
        "{title} ligger i en weekend ({day})",
        "Aktiviteten har en fast dato, og mindst én af dens dage er en lørdag eller søndag. "
        "Aktiviteter, der varer mere end en uge, tjekkes ikke.",
        "when: 2019-08-30   # en fredag, ikke lørdag 2019-08-31",
    ),
    "W503": Code(
        "{title} overlapper {other} ({other_when}, {other_where}) for de samme deltagere",
        "To aktiviteter med faste datoer ligger samtidig, og mindst én leder skal deltage i "
        "begge (who: alle omfatter alle). Aktiviteter, der kun har en måned, regnes aldrig "
        "som overlappende.",
        "when: 2018-11-08 12:00\nend: 2018-11-09 12:00   # og den anden aktivitet flyttes",
    ),
    "W504": Code(
        "seminaret {title} ({when}) har intet sted; tilføj 'place'",
        "Et seminar, der ikke er overstået, bør have et sted, så deltagerne ved, hvor de "
        "skal hen. Seminarer, der er overstået (i forhold til --as-of), tjekkes ikke.",
        "place: Aarhus Rådhus, Byrådssalen",
    ),
    "W505": Code(
        "{title} kan falde inden for fire uger ({window}), men har stadig ingen fast dato",
        "En fælles aktivitet eller gruppeaktivitet kan begynde inden for de næste fire uger "
        "(regnet fra --as-of, ellers i dag), men har kun en måned eller et år. Aktiviteter, "
        "hver leder planlægger selv (who: individuel), tjekkes ikke.",
        "when: 2018-09-14 09:00   # i stedet for when: 2018-09",
    ),
    # --- wrong use of a command ---------------------------------------------------------
    "U001": Code(
        "ingen leder hedder '{name}'{hint}",
        "Navnet findes ikke i groups.yaml. Store og små bogstaver og æ/ø/å er ligegyldige.",
        'felles next --leader "soeren aakjaer"',
    ),
    "U002": Code(
        "'{value}' er ikke en dato; skriv fx 2018-11-01, 1.11.2018, 2018-W45 eller 'uge 45'",
        "Datoer kan skrives som ISO (2018-11-01), dansk (1.11.2018) eller uge (2018-W45).",
        "felles next --as-of 2018-11-01",
    ),
    "U003": Code(
        "indholdsmappen {path} findes ikke eller indeholder ingen programme.yaml",
        "--content og FELLES_CONTENT skal pege på en mappe med programme.yaml.",
        "felles validate --content ./content",
    ),
    "U004": Code(
        "ukendt kode '{code}'; kendte koder: {known}",
        "--explain kender kun koderne, felles selv bruger.",
        "felles validate --explain E105",
    ),
    "U005": Code(
        "{message}",
        "Kommandoen blev brugt forkert.",
        "felles --help",
    ),
    # --- felles next (U01x) ---------------------------------------------------------
    "U010": Code(
        "der er ingen sparringsgruppe {group}; grupperne er {known}",
        "--group tager nummeret på en sparringsgruppe fra groups.yaml.",
        "felles next --group 4",
    ),
    "U011": Code(
        "intet læringsmål har id'et '{goal}'{hint} (kendte: {known})",
        "--goal tager id'et på et læringsmål fra learning_goals.yaml.",
        "felles next --goal aktiv-visionsledelse",
    ),
    "U012": Code(
        "ukendt aktivitetstype '{value}'; vælg en af {known}",
        "--type tager en af de aktivitetstyper, indholdet bruger.",
        "felles next --type seminar",
    ),
    "U013": Code(
        "antallet skal være mindst 1 (ikke {value})",
        "Tallet efter 'felles next' er, hvor mange aktiviteter der vises.",
        "felles next 10",
    ),
    "U014": Code(
        "--until {until} ligger før startdatoen {start}",
        "--until er den sidste dag, der vises; den skal ligge på eller efter i dag "
        "(eller --as-of).",
        "felles next --as-of 2018-06-01 --until 2018-12-31",
    ),
    # --- felles grundlag (U02x) -----------------------------------------------------
    "U020": Code(
        "angiv enten et navn eller --all",
        "'felles grundlag new' opretter ét ledelsesgrundlag (NAVN) eller et til hver leder, "
        "der mangler et (--all).",
        'felles grundlag new "Søren Aakjær"',
    ),
    "U021": Code(
        "der blev ikke fundet nogen indholdsmappe, og felles skriver ikke i programmet, der "
        "følger med ({path}); kopiér indholdet til en mappe content/ og kør kommandoen der, "
        "eller brug --content DIR",
        "Uden --content, FELLES_CONTENT eller en content/-mappe læser felles det program, der "
        "følger med. Nye ledelsesgrundlag skal ligge i jeres egen kopi, som I har i git.",
        "felles grundlag new 'Søren Aakjær' --content ./content",
    ),
    "U022": Code(
        "'{name}' giver ikke et filnavn inde i {folder}",
        "Filnavnet laves af lederens navn og skal ligge direkte i mappen ledelsesgrundlag/.",
        'felles grundlag new "Søren Aakjær"',
    ),
    "U023": Code(
        "der er ingen sparringsgruppe {group}; grupperne er {known}",
        "--group tager nummeret på en sparringsgruppe i groups.yaml.",
        "felles grundlag status --group 1",
    ),
    "U024": Code(
        "{path} er ikke et ledelsesgrundlag i {folder}",
        "'felles grundlag check' tjekker filer i mappen ledelsesgrundlag/ i indholdsmappen.",
        "felles grundlag check content/ledelsesgrundlag/soeren-aakjaer.md",
    ),
    # --- felles export (U03x) -------------------------------------------------------
    "U030": Code(
        "ingen aktivitet har id'et '{query}'{hint}",
        "AKTIVITET er en aktivitets id (fra phases/*.md) eller en dato, fx 2018-11-08.",
        "felles export agenda seminar-aktiv-visionsledelse",
    ),
    "U031": Code(
        "ingen aktivitet med fast dato {day}; nærmeste: {nearby}",
        "En dato vælger de aktiviteter, hvis faste dato omfatter dagen. Aktiviteter, der "
        "kun har en måned ('dato ikke fastlagt'), vælges med deres id.",
        "felles export agenda 2018-11-08",
    ),
    "U032": Code(
        "{day} har {count} aktiviteter; vælg en med dens id:\n{listing}",
        "Ligger flere aktiviteter på samme dag, skal du vælge en af dem med dens id.",
        "felles export agenda opstart-slf",
    ),
    "U033": Code(
        "ingen fase har id'et '{query}'{hint} (faserne: {known})",
        "--phase tager en fases id fra phases/*.md.",
        "felles export agenda --phase aktiv-visionsledelse",
    ),
    "U034": Code(
        "angiv enten en AKTIVITET (id eller dato) eller --phase ID – {what}",
        "En dagsorden er for én aktivitet (id eller dato) eller for alle aktiviteter i én fase.",
        "felles export agenda 2018-11-08\nfelles export agenda --phase aktiv-visionsledelse",
    ),
    "U035": Code(
        "--leader og --group kan ikke bruges sammen",
        "Kalenderen kan laves for alle, for én leder eller for én sparringsgruppe.",
        'felles export ics --leader "Søren Aakjær"',
    ),
    "U036": Code(
        "der er ingen sparringsgruppe {number}; grupperne er {known}",
        "--group tager nummeret på en sparringsgruppe fra groups.yaml.",
        "felles export ics --group 1",
    ),
    "U037": Code(
        "indholdet har {count} fejl, så der eksporteres ikke; den første: {first}. "
        "Kør 'felles validate'",
        "En dagsorden eller kalender lavet af indhold med fejl ville vise forkerte eller "
        "manglende oplysninger. Ret fejlene først (advarsler er i orden).",
        "felles validate",
    ),
    "U038": Code(
        "skabelonen kan ikke bruges: {problem}",
        "Skabelonen (templates/agenda.md.j2, agenda.html.j2 eller site.html.j2 ved siden af "
        "indholdsmappen) har en syntaksfejl eller bruger et felt, der ikke findes.",
        "{{ activity.title }}   # felterne står i den skabelon, der følger med felles",
    ),
    "U039": Code(
        "kan ikke skrive {path}: {reason}",
        "Filen til -o kan ikke skrives: mappen findes ikke, eller du har ikke lov at skrive der.",
        "felles export ics -o forloeb.ics",
    ),
    # --- felles export site (U05x, E70x) ------------------------------------------
    "U050": Code(
        "kan ikke skrive oversigtssiden {path}: {reason}",
        "-o er den mappe, siden (index.html) skrives i, eller selve filen, hvis navnet ender "
        "på .html. Mappen oprettes, hvis den mangler, men det går ikke, når en del af stien er "
        "en fil, eller du ikke har lov at skrive der.",
        "felles export site -o site",
    ),
    "U051": Code(
        "{path} ligger i indholdsmappen {content}; skriv siden et andet sted, fx med -o site",
        "Oversigtssiden er en genereret fil og hører ikke til indholdet (eller til det program, "
        "der følger med felles). Læg den i en mappe ved siden af, fx site/.",
        "felles export site -o site",
    ),
    "E701": Code(
        "{path} findes og er ikke lavet af 'felles export site'; felles overskriver den ikke",
        "felles erstatter kun en oversigtsside, som felles selv har skrevet (den slutter med "
        "en kommentar '<!-- felles export site … -->'). En anden fil med samme navn røres ikke.",
        "felles export site -o site   # en anden mappe, eller flyt filen først",
    ),
    # --- survey.yaml (E60x) and answers in CSV (E61x-E62x) --------------------------
    "E601": Code(
        "temaet '{theme}' hører til læringsmålet '{owner}', ikke '{goal}'",
        "Et udsagn om ledelsesstil hører til ét læringsmål og et af dets temaer, så "
        "rapporten kan vise det under det rigtige mål.",
        "goal: aktiv-visionsledelse\ntheme: formulering-og-formidling",
    ),
    "E602": Code(
        "præcis ét relationsspørgsmål skal have 'partner_from' (her: {count})",
        "Netværkstallene (tæthed, partnere, gensidighed) bygger på ét spørgsmål: hvor ofte "
        "man samarbejder. 'partner_from' siger, fra hvilken værdi et svar tæller som "
        "samarbejdspartner.",
        "- id: hyppighed\n  scale: hyppighed\n  partner_from: 2",
    ),
    "E603": Code(
        "partner_from: {value} findes ikke på skalaen '{scale}' (værdierne: {values})",
        "'partner_from' skal være en af skalaens værdier.",
        "partner_from: 2",
    ),
    "E604": Code(
        "id'et '{id}' kan ikke bruges her: det er allerede navnet på en anden kolonnegruppe",
        "Kolonnerne i CSV-filen hedder id.leder, id.aktør og udsagn.id. Relationsspørgsmål og "
        "afsnittet om samarbejde udadtil skal derfor have hver sit id, og hverken "
        "'respondent', 'eksempel' eller 'udsagn'.",
        "external:\n  id: udadtil",
    ),
    "E605": Code(
        "skalaen '{scale}' skal have mindst to svarmuligheder",
        "En svarskala med færre end to trin kan ikke måle noget.",
        "steps:\n  - value: 1\n    label: Helt uenig\n  - value: 5\n    label: Helt enig",
    ),
    "E606": Code(
        "værdien {value} står to gange på skalaen '{scale}'",
        "Hver svarmulighed skal have sin egen værdi, ellers kan svarene ikke skelnes.",
        "- value: 1\n  label: Helt uenig\n- value: 2\n  label: Overvejende uenig",
    ),
    "E610": Code(
        "filen er ikke gemt som UTF-8 (byte 0x{byte}); gem den som 'CSV UTF-8'",
        "CSV-filen skal være UTF-8, så æ, ø og å læses rigtigt.",
        "I Excel: Filer → Gem som → 'CSV UTF-8 (kommasepareret)'.",
    ),
    "E611": Code(
        "filen har ingen overskriftsrække",
        "Første række i CSV-filen skal være kolonnernes navne, som i 'felles survey template'.",
        "felles survey template baseline -o svar.csv",
    ),
    "E612": Code(
        "kolonnen '{header}' mangler",
        "Filen skal have alle skabelonens kolonner. Det sker fx, når en leder er kommet til i "
        "groups.yaml, efter at skabelonen blev lavet. Lav en ny skabelon, og flyt svarene over.",
        "felles survey template baseline -o svar.csv",
    ),
    "E613": Code(
        "ukendt kolonne '{header}' (kolonne {column}){hint}",
        "Kolonnenavnene skal stå præcis som i skabelonen. En stavefejl ville ellers smide "
        "svarene i kolonnen væk.",
        "hyppighed.soeren-aakjaer",
    ),
    "E614": Code(
        "kolonnen '{header}' står to gange (også i kolonne {first})",
        "Hver kolonne må kun stå én gang; ellers er det uklart, hvilket svar der gælder.",
        "Slet den ene af kolonnerne.",
    ),
    "E615": Code(
        "rækken har svar, men ingen respondent (kolonne {column})",
        "Hver række med svar skal have respondentens id i kolonnen 'respondent'.",
        "respondent: lederens id fra skabelonen",
    ),
    "E616": Code(
        "respondenten er ikke en leder fra groups.yaml (kolonne {column})",
        "Kolonnen 'respondent' skal indeholde en leders id, som skabelonen skriver det. "
        "Af hensyn til fortroligheden gentager felles ikke, hvad der står i cellen.",
        "felles survey template baseline   # viser alle id'er",
    ),
    "E617": Code(
        "respondenten har allerede svaret i række {first} (kolonne {column})",
        "Hver leder kan kun have én besvarelse pr. runde. Slet den række, der ikke gælder.",
        "Slet den ene af de to rækker i regnearket, og gem igen.",
    ),
    "E618": Code(
        "'{value}' er ikke et svar på skalaen '{scale}' ({low}–{high}) i kolonne {column} "
        "({header})",
        "En celle skal være tom (ikke besvaret), en af skalaens værdier eller svaret i ord, "
        "præcis som i survey.yaml.",
        "3   eller   Månedligt",
    ),
    "E619": Code(
        "respondenten har svaret om sig selv i kolonne {column} ({header}); lad den stå tom",
        "Relationsspørgsmålene gælder de andre deltagere. Cellen om en selv skal være tom.",
        "respondent;hyppighed.soeren-aakjaer\nsoeren-aakjaer;      # tom: det er en selv",
    ),
    "E620": Code(
        "rækken har {cells} celler, men overskriften kun {header}",
        "Der står noget til højre for den sidste kolonne. Ofte er et semikolon eller komma "
        "i et svar ikke sat i anførselstegn.",
        'respondent;udsagn.data-1\n"niels-hoejberg";"4"',
    ),
    "E621": Code(
        "kolonnen 'eksempel' skal være '{value}' i alle rækker med svar eller udelades",
        "Kolonnen 'eksempel' mærker opdigtede svar fra 'felles survey template --example'. "
        "Rigtige svar og eksempelsvar kan ikke blandes i én runde.",
        "Slet kolonnen 'eksempel' i en fil med rigtige svar.",
    ),
    "E622": Code(
        "filen har ingen besvarelser",
        "Ingen række har svar. Rækker uden svar tæller som ledere, der ikke har svaret.",
        "felles survey template baseline --example -o eksempel.csv   # se en udfyldt fil",
    ),
    "E623": Code(
        "filen kan ikke læses som CSV: {reason}",
        "Filen er ikke en gyldig CSV-fil, fx et anførselstegn, der aldrig lukkes.",
        "Gem filen igen fra regnearket som CSV UTF-8.",
    ),
    "E624": Code(
        "filen findes allerede og overskrives ikke; vælg et andet navn",
        "En CSV-fil kan indeholde svar, der er tastet ind. felles overskriver den aldrig.",
        "felles survey template baseline -o svar-baseline-2.csv",
    ),
    "W601": Code(
        "forløbet sluttede {end}, men der ligger stadig spørgeskemadata i {path} ({rounds})",
        "Besvarelserne 'slettes, når forløbet afsluttes'. Når slutdatoen er passeret, og "
        "data stadig findes, minder felles om at slette dem.",
        "felles survey purge",
    ),
    # --- felles survey (U06x-U07x) ---------------------------------------------------
    "U060": Code(
        "ingen runde har id'et '{round}'{hint} (runderne: {known})",
        "RUNDE er en rundes id fra survey.yaml.",
        "felles survey form baseline",
    ),
    "U061": Code(
        "spørgeskemadata må ikke ligge i et git-arbejdstræ: {path} er inde i {tree}",
        "Besvarelser er personoplysninger og kommer aldrig i indholdsrepositoriet (eller et "
        "andet repository). Brug standardmappen, eller vælg en mappe uden for git.",
        "felles survey import baseline svar.csv --data ~/felles-data",
    ),
    "U062": Code(
        "spørgeskemadata må ikke ligge i indholdsmappen: {path}",
        "Indholdsmappen deles med andre; besvarelser er personoplysninger og skal ligge for sig.",
        "felles survey import baseline svar.csv   # standardmappen",
    ),
    "U063": Code(
        "{path} kan ikke bruges som datamappe: {reason}",
        "Datamappen skal være en ny eller tom mappe, eller en, felles allerede har lagt "
        "spørgeskemadata i. felles gør den privat (kun ejeren kan læse den) og vil ikke "
        "ændre rettighederne på en mappe med andet indhold.",
        "felles survey import baseline svar.csv --data ~/felles-data",
    ),
    "U064": Code(
        "spørgeskemadata i {path} kan ikke bruges: {reason}",
        "Databasen kan ikke åbnes eller skrives, fx fordi du ikke har rettigheder til mappen, "
        "eller filen er ødelagt.",
        "felles survey report baseline --data ~/felles-data   # en mappe, du ejer",
    ),
    "U065": Code(
        "runden '{round}' er allerede importeret; brug --replace for at erstatte den",
        "En import erstatter aldrig svar uden at blive bedt om det.",
        "felles survey import baseline svar.csv --replace",
    ),
    "U066": Code(
        "datamappen {path} hører til forløbet '{other}', ikke '{programme}'",
        "Hvert forløb har sin egen datamappe. Vælg en anden med --data.",
        "felles survey report baseline --data ~/felles-data/andet-forloeb",
    ),
    "U067": Code(
        "indholdet har intet spørgeskema ({path} findes ikke)",
        "Spørgeskemaet beskrives i survey.yaml i indholdsmappen.",
        "felles schema   # survey.schema.json beskriver filen",
    ),
    "U068": Code(
        "intet læringsmål har id'et '{goal}' (læringsmålene: {known})",
        "--goal tager et læringsmåls id fra learning_goals.yaml.",
        "felles survey report baseline --goal aktiv-visionsledelse",
    ),
    "U069": Code(
        "purge sletter alle spørgeskemadata; bekræft med --yes",
        "Uden en terminal at spørge i sletter felles kun, når --yes står på kommandolinjen.",
        "felles survey purge --yes",
    ),
    "U070": Code(
        "runden '{round}' er ikke importeret i {path} (der er {stored})",
        "En rapport kan kun vise runder, der er importeret med 'felles survey import'.",
        "felles survey import baseline svar.csv",
    ),
    # --- felles schema (U04x) -------------------------------------------------------
    "U041": Code(
        "kan ikke skrive JSON Schema til {path}: {reason}",
        "--output skal være en mappe, felles kan oprette og skrive i.",
        "felles schema --output schemas",
    ),
}


def render(code: str, params: dict[str, Any]) -> str:
    """The Danish message of a code, filled with its parameters."""
    entry = CODES.get(code)
    if entry is None:
        return code
    try:
        return entry.message.format(**params)
    except (KeyError, IndexError, ValueError):
        return entry.message


def is_warning(code: str) -> bool:
    return code.startswith("W")
