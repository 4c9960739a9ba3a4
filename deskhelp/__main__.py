from deskhelp.cli import run

raise SystemExit(run())
