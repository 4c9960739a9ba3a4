"""Alembic environment. DeskHelp runs migrations itself (deskhelp.storage.migrate) on a connection it owns;
the alembic command line works too, against DESKHELP_HOME or the default data folder."""

from alembic import context

from deskhelp.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can alter little in place; batch mode rebuilds tables safely
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    from deskhelp import paths
    from deskhelp.storage.engine import create_sqlite_engine

    engine = create_sqlite_engine(paths.database_path())
    with engine.connect() as conn:
        run_migrations(conn)
    engine.dispose()
