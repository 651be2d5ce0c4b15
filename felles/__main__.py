from felles.entry import run

raise SystemExit(run())
