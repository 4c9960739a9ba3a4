"""The domain: guidelines, triage rules, search and case records. Plain Python: no Qt, no SQLAlchemy."""
