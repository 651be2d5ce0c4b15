"""The questionnaire (spørgeskema): its layout, the response data, and the reports.

The only part of felles that holds personal data. The promises of the programme
("anonymiseret og behandlet fortroligt", shown only "for Strategisk Ledelsesforum
samlet set", "slettes, når forløbet afsluttes") are kept here:

- `layout`: the questions of content/survey.yaml as CSV columns and a printable form.
- `responses`: reading and checking a CSV of answers; nothing is stored unless every
  cell is right.
- `tally`: at import, the rows taken apart into what the report needs and nothing more:
  each question's values in a random order, and the network as counts. No name, leader
  id, pseudonym or row per respondent survives it.
- `store` (with `database` and `files`; `round_import`, `data_purge`, `data_place`): the
  data folder (owner-only, never inside a git work tree) with one file, `answers.sqlite3`,
  built in memory and written in one step, read from its bytes and never through a
  symlink; `purge` deletes without reading.
- `aggregate`: figures for the forum as a whole; any figure resting on fewer than
  `MIN_RESPONDENTS` respondents is suppressed.
"""
