"""The schema revision this build expects, known without importing Alembic (start-up checks it with sqlite3).
tests/storage/test_migrations.py fails if it differs from the head of migrations/versions."""

SCHEMA_HEAD = "0006"
