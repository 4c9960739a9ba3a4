"""Write tests/fixtures/schema/<head>.sqlite3: a small real database at the current schema head, with cases.

Run once per released schema revision (after adding a migration, before changing the schema again), and
commit the file: tests/storage/test_migrations.py upgrades every such file to head and checks no case is lost.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deskhelp.content.pack_file import read_pack_file  # noqa: E402
from deskhelp.core.cases import CaseDetails, CaseRecord, Channel  # noqa: E402
from deskhelp.core.triage import Answers, Competence, Enough, triage  # noqa: E402
from deskhelp.service import FILE, apply_pack  # noqa: E402
from deskhelp.storage.database import Database  # noqa: E402
from deskhelp.storage.schema import SCHEMA_HEAD  # noqa: E402


def main() -> None:
    target = ROOT / "tests" / "fixtures" / "schema" / f"{SCHEMA_HEAD}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    pack_path = ROOT / "tests" / "fixtures" / "packs" / "small.yaml"
    db = Database.open(target)
    revision = apply_pack(db, read_pack_file(pack_path), FILE, "tests/fixtures/packs/small.yaml")
    pack = read_pack_file(pack_path).pack
    when = dt.datetime(2026, 3, 2, 9)
    details = [
        CaseDetails(),
        CaseDetails(Channel.PHONE, effort=4, duration="15-30", chafing=True, reflection="Bad för bankärende 😕"),
    ]
    for i, case in enumerate(pack.case_types.values()):
        for answers, detail in zip(
            (Answers(case.mission), Answers(case.mission, Competence.COLLEAGUE, Enough.NO)), details, strict=True
        ):
            result = triage(pack, case, answers)
            missing = case.resources[:1] if answers.time is Enough.NO else ()
            record = CaseRecord.from_triage(result, detail, when + dt.timedelta(hours=i), "main", "desk-1", missing)
            db.log_case(record, revision.id)
    db.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
