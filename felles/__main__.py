try:
    from felles.entry import run
except KeyboardInterrupt:  # Ctrl-C while Python is still importing felles
    raise SystemExit(130) from None

raise SystemExit(run())
