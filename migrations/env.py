"""Alembic environment. DeskHelp runs migrations itself (deskhelp.storage.migrate) on a connection it owns;
the alembic command line works too, against DESKHELP_HOME or the default data folder.

Both ways run every migration inside deskhelp.storage.migrate.migration_transaction: foreign keys off (a batch
rebuild must not cascade into child tables), one transaction, rolled back if a reference breaks. A new migration
needs nothing of its own for that. (The row-count guard with its backup is DeskHelp's own, in prepare_database.)"""

from alembic import context

from deskhelp.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite can alter little in place; batch mode rebuilds tables safely. (On PostgreSQL, the central database of
        # storage.central, a batch issues plain ALTER TABLEs; deskhelp.storage.dialects says where they differ.)
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    from deskhelp import paths
    from deskhelp.storage.engine import create_sqlite_engine, write_engine
    from deskhelp.storage.migrate import migration_transaction

    database = paths.database_path()
    engine = create_sqlite_engine(database)
    try:
        with write_engine(engine).connect() as conn, migration_transaction(conn, database):
            run_migrations(conn)
    finally:
        engine.dispose()
