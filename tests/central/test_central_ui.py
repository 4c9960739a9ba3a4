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


def test_the_dashboard_counts_this_pcs_cases_or_the_central_databases(
    qtbot,
    central,
    monkeypatch,
    swedish,  # noqa: F811
    use_small_pack,
) -> None:
    from deskhelp.service import DeskService
    from deskhelp.settings import load_settings
    from deskhelp.ui.dashboard import Dashboard

    monkeypatch.setenv("DESKHELP_CENTRAL_URL", central.url(OWNER))
    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD", PASSWORDS[OWNER])
    service = DeskService.open(load_settings())
    try:
        service.central.check()
        _log(service, 4)
        assert service.central.push().cases == 4
        _log(service, 2)  # not sent yet
        dashboard = Dashboard(service, language="sv")
        qtbot.addWidget(dashboard)
        with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
            dashboard.show()
        assert dashboard.where.isVisibleTo(dashboard) and dashboard.where.currentText() == "Den här datorns ärenden"
        assert dashboard.tiles["cases"].value.text() == "6"
        with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
            dashboard.where.setCurrentIndex(1)
        assert dashboard.tiles["cases"].value.text() == "4"
    finally:
        service.close()


def test_without_a_central_database_the_dashboard_offers_no_choice(qtbot, swedish, use_small_pack) -> None:  # noqa: F811
    from deskhelp.service import DeskService
    from deskhelp.settings import load_settings
    from deskhelp.ui.dashboard import Dashboard

    service = DeskService.open(load_settings())
    try:
        dashboard = Dashboard(service, language="sv")
        qtbot.addWidget(dashboard)
        with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
            dashboard.show()
        assert not dashboard.where.isVisibleTo(dashboard) and not dashboard.source.central
    finally:
        service.close()
