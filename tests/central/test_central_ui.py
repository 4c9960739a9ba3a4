"""The window sends cases to the central database in the background (start, after a logged case, hourly, exit),
never blocking the desk; a server it cannot reach is a quiet notice, shown once, and nothing is lost."""

from __future__ import annotations

import threading

from deskhelp.ui.central import BackgroundCentral
from tests.central.conftest import PASSWORDS
from tests.central.test_central import DESK, OWNER
from tests.ui.conftest import open_window, swedish  # noqa: F401 - fixtures


def _log(service, n: int) -> None:
    from deskhelp.core.triage import default_answers

    case = service.pack.case_types["tax-return"]
    for _ in range(n):
        service.log(service.triage(case.id, default_answers(case)))


def _run(qtbot, sender: BackgroundCentral) -> object:
    done: list[object] = []
    sender.finished.connect(done.append)
    sender.start()
    qtbot.waitUntil(lambda: bool(done))
    return done[0]


def test_the_desk_sends_in_the_background_and_a_server_away_is_a_quiet_notice(
    qtbot,
    central,
    monkeypatch,
    open_window,  # noqa: F811
    use_small_pack,
) -> None:
    from deskhelp.storage.central import GRANTS, check, create_central_engine

    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD", PASSWORDS[OWNER])
    engine = create_central_engine(central.url(OWNER))
    check(engine)
    engine.dispose()
    central.sql(GRANTS.format(database=central.name))
    monkeypatch.setenv("DESKHELP_CENTRAL_URL", central.url(DESK))
    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD", "wrong")
    window = open_window()
    service = window._service
    _log(service, 3)
    threads: list[threading.Thread] = []
    real = service.central.push

    def recording(timeout: float = -1):
        threads.append(threading.current_thread())
        return real(timeout)

    service.central.push = recording
    window.central_sender = BackgroundCentral(window, service)
    failed = _run(qtbot, window.central_sender)
    assert "password authentication failed" in str(failed) and "wrong" not in str(failed)
    assert threads[0] is not threading.main_thread()
    assert window.banner.isVisible() and "#fde8e8" not in window.banner.styleSheet()  # not the error colour
    window.banner.hide()
    _run(qtbot, window.central_sender)
    assert not window.banner.isVisible()  # once per session
    assert central.sql("SELECT count(*) FROM case_record").strip() == "0"
    # The password put right (IT fixed it; the next start reads it): the three cases wait and go.
    service.central.close()
    service.central._engine = None
    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD", PASSWORDS[DESK])
    done = _run(qtbot, window.central_sender)
    assert (done.cases, done.waiting_cases) == (3, 0)
    _log(service, 2)
    window.central_sender.soon()  # as a logged case does (window.case_logged): one push half a minute later
    assert window.central_sender._soon.isActive()
    window.close()  # the exit push, bounded
    assert central.sql("SELECT count(*) FROM case_record").strip() == "5"
