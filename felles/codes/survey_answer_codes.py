"""The survey's answers in CSV (E610–E626): the file, its columns and its rows."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
    "E610": Code(
        "filen er ikke gemt som UTF-8 (byte 0x{byte}); gem den som »CSV UTF-8«",
        "CSV-filen skal være UTF-8, så æ, ø og å læses rigtigt.",
        "I Excel: Filer → Gem som → »CSV UTF-8 (kommasepareret)«.",
    ),
    "E611": Code(
        "filen har ingen overskriftsrække",
        "Første række i CSV-filen skal være kolonnernes navne, som i »felles survey template«.",
        "felles survey template baseline -o svar.csv",
    ),
    "E612": Code(
        "kolonnen {header} mangler",
        "Filen skal have alle skabelonens kolonner. Lav en ny skabelon, og flyt svarene over.",
        "felles survey template baseline -o svar.csv",
    ),
    "E613": Code(
        "kolonne {column} har en ukendt overskrift{hint}",
        "Kolonnenavnene skal stå præcis som i skabelonen. En stavefejl ville ellers smide "
        "svarene i kolonnen væk. Af hensyn til fortroligheden gentager felles ikke "
        "overskriften: den kan indeholde et navn.",
        "udsagn.data-1",
    ),
    "E614": Code(
        "kolonnen {header} står to gange (også i kolonne {first})",
        "Hver kolonne må kun stå én gang; ellers er det uklart, hvilket svar der gælder.",
        "Slet den ene af kolonnerne.",
    ),
    "E615": Code(
        "rækken har svar, men ingen respondent (kolonne {column})",
        "Hver række med svar skal have respondentens id i kolonnen »respondent«.",
        "respondent: lederens id fra skabelonen",
    ),
    "E616": Code(
        "respondenten er ikke en leder fra groups.yaml (kolonne {column})",
        "Kolonnen »respondent« skal indeholde en leders id, som skabelonen skriver det. "
        "Af hensyn til fortroligheden gentager felles ikke, hvad der står i cellen.",
        "felles survey template baseline   # viser alle id'er",
    ),
    "E617": Code(
        "respondenten har allerede svaret i række {first} (kolonne {column})",
        "Hver leder kan kun have én besvarelse pr. runde. Slet den række, der ikke gælder.",
        "Slet den ene af de to rækker i regnearket, og gem igen.",
    ),
    "E618": Code(
        "svaret i kolonne {column} ({header}) er hverken en værdi på skalaen »{scale}« "
        "({low}–{high}) eller et af dens svar i ord",
        "En celle skal være tom (ikke besvaret), en af skalaens værdier eller svaret i ord, "
        "præcis som i survey.yaml. Af hensyn til fortroligheden gentager felles ikke, hvad "
        "der står i cellen.",
        "3   eller   Månedligt",
    ),
    "E619": Code(
        "respondenten har svaret om sig selv i kolonne {column} (spørgsmålet »{question}«); "
        "lad cellen stå tom",
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
        "kolonnen »eksempel« skal være »{value}« i alle rækker med svar eller udelades",
        "Kolonnen »eksempel« mærker opdigtede svar fra »felles survey template --example«. "
        "Rigtige svar og eksempelsvar kan ikke blandes i én runde.",
        "Slet kolonnen »eksempel« i en fil med rigtige svar.",
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
    "E625": Code(
        "der mangler kolonner til spørgsmålet »{question}« om kollegerne ({count} i alt)",
        "Relationsspørgsmålene har én kolonne pr. kollega. Mangler nogle, er en leder typisk "
        "kommet til i groups.yaml, efter at skabelonen blev lavet. felles nævner ikke hvilke, "
        "for kolonnernes navne er lederes id'er. Lav en ny skabelon, og flyt svarene over.",
        "felles survey template baseline -o svar.csv",
    ),
    "E626": Code(
        "kolonne {column} ligner spørgsmålet »{question}« om en kollega, men passer ikke på "
        "nogen leder i groups.yaml",
        "En relationskolonne hedder spørgsmålets id, et punktum og kollegaens id, præcis som "
        "i skabelonen. Af hensyn til fortroligheden gentager felles ikke overskriften.",
        "felles survey template baseline -o svar.csv   # de rigtige kolonnenavne",
    ),
}
