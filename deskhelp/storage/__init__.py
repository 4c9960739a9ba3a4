"""Persistence: the SQLite file, its schema (Alembic), backups, and the one object that owns the engine."""
