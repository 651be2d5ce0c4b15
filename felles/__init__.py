"""felles: keep a leadership-development programme as YAML and Markdown, and run it."""

# Static on purpose: importlib.metadata.version() costs ~45 ms at start-up.
__version__ = "0.3.0"
