"""A case the desk acknowledged survives the process being killed at any moment (power cut, Task Manager).

A child process logs cases through the service, as the window does, and prints each case's id once log() has
returned: the moment staff see "logged". The test kills it with SIGKILL after a seeded-random number of those
acknowledgements, several rounds over the same file, then reads the file with plain sqlite3: every acknowledged
case must be there, with its actor referrals and missing resources, and the file must pass integrity_check.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; Windows has no kill -9 to test")

ROUNDS = 15
SEED = 20261202
STUCK = 60.0  # seconds without a line before the test gives up on a child: a guard against a hang, not a timing

LOGGER = r"""
import sys
from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService
from deskhelp.settings import load_settings

service = DeskService.open(load_settings())
types = sorted((c for c in service.pack.case_types.values() if c.in_guidelines), key=lambda case: case.id)
print("ready", flush=True)
number = int(sys.argv[1])
while True:
    case = types[number % len(types)]
    missing = case.resources if number % 2 else ()
    logged = service.log(service.triage(case.id, default_answers(case)), missing_resources=missing)
    record = logged.record
    # After log() returned: acknowledged, as the window's "logged" message.
    print(logged.id, record.case_type_id, ",".join(record.actor_ids), ",".join(record.missing_resources), flush=True)
    number += 1
"""


def _lines(process: subprocess.Popen):
    """The child's stdout lines as they come."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    while True:
        if not selector.select(STUCK):
            process.kill()
            pytest.fail(f"the child printed nothing for {STUCK} s")
        line = process.stdout.readline()
        if not line:
            process.wait()
            pytest.fail(f"the child ended by itself ({process.returncode}): {process.stderr.read()}")
        yield line.rstrip("\n")


def test_every_acknowledged_case_survives_sigkill(use_small_pack: Path, deskhelp_home: Path) -> None:
    rng = random.Random(SEED)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2]), os.environ.get("PYTHONPATH", "")]),
    }
    acknowledged: dict[int, tuple[str, set[str], set[str]]] = {}
    kills = 0
    for round_ in range(ROUNDS):
        process = subprocess.Popen(
            [sys.executable, "-c", LOGGER, str(round_ * 1000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            lines = _lines(process)
            assert next(lines) == "ready"  # the file, as the last kill left it, opened
            for _ in range(rng.randrange(0, 40)):
                case_id, case_type, actors, missing = next(lines).split(" ")
                acknowledged[int(case_id)] = (
                    case_type,
                    set(filter(None, actors.split(","))),
                    set(filter(None, missing.split(","))),
                )
            # A random instant within the next write (it takes a few milliseconds), not a fixed wait.
            time.sleep(rng.uniform(0, 0.004))
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
            process.stdout.close()
            process.stderr.close()
        assert process.returncode == -signal.SIGKILL
        kills += 1

    conn = sqlite3.connect(deskhelp_home / "deskhelp.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = dict(conn.execute("SELECT id, case_type_id FROM case_record").fetchall())
        actors: dict[int, set[str]] = {}
        for case_id, actor_id in conn.execute("SELECT case_id, actor_id FROM case_actor"):
            actors.setdefault(case_id, set()).add(actor_id)
        missing: dict[int, set[str]] = {}
        for case_id, resource_id in conn.execute("SELECT case_id, resource_id FROM case_missing_resource"):
            missing.setdefault(case_id, set()).add(resource_id)
    finally:
        conn.close()
    lost = [case_id for case_id in acknowledged if case_id not in stored]
    print(f"\n{kills} kills survived, {len(acknowledged)} acknowledged cases, {len(lost)} lost, {len(stored)} stored")
    assert kills == ROUNDS and len(acknowledged) > ROUNDS  # the test did kill, and mostly after some cases
    assert lost == []
    for case_id, (case_type, case_actors, case_missing) in acknowledged.items():
        assert stored[case_id] == case_type
        assert actors.get(case_id, set()) == case_actors, case_id
        assert missing.get(case_id, set()) == case_missing, case_id
    assert any(acknowledged_actors for _, acknowledged_actors, _ in acknowledged.values())  # referrals were tested
    assert any(acknowledged_missing for _, _, acknowledged_missing in acknowledged.values())
