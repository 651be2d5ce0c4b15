"""RENDER: values in, text or bytes out: agendas, calendars, pages, Word, schemas and
reports; the one Jinja2 environment (`templates.py`)."""
