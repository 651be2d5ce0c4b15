from felles.cli import main

raise SystemExit(main())
