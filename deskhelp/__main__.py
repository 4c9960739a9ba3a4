from deskhelp.cli import main

raise SystemExit(main())
