try:
    from felles.entry import run
except KeyboardInterrupt:  # Ctrl-C while Python is still importing felles
    raise SystemExit(130) from None
except RuntimeError as error:  # ... which importlib may report as its own RuntimeError
    if isinstance(error.__context__, KeyboardInterrupt):
        raise SystemExit(130) from None
    raise

raise SystemExit(run())
