"""Moving the programme in time (`felles move`): E350–E352, W326, and a date left behind in
a title (W327)."""

from typing import Final

from felles.codes.code import Code

CODES: Final[dict[str, Code]] = {
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
}
