"""The questionnaire (spørgeskema): its layout, the response data, and the reports.

The only part of felles that holds personal data. The promises of the programme
("anonymiseret og behandlet fortroligt", shown only "for Strategisk Ledelsesforum
samlet set", "slettes, når forløbet afsluttes") are kept here:

- `layout`: the questions of content/survey.yaml as CSV columns and a printable form.
- `responses`: reading and checking a CSV of answers; nothing is stored unless every
  cell is right.
- `store`: the data folder (owner-only, never inside a git work tree) with two SQLite
  files: the answers under random pseudonyms, and apart from them the key from name to
  pseudonym, so the key can be destroyed on its own.
- `aggregate`: figures for the forum as a whole; any figure resting on fewer than
  `MIN_RESPONDENTS` respondents is suppressed. Reports never see a name or pseudonym.
"""
