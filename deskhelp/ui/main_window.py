"""The desk window: search on the left, the four questions and the outcome on the right.

Everything this module does before the window's first paint stays clear of Qt's ``Qt`` namespace: PySide6
builds all of its ~90 Python enums the first time it is looked up, which would cost a third of the start-up
budget. So ``Qt`` is reached through ``QtCore`` inside methods that run later, the keys are bound once the
guidelines are loaded (binding makes PySide6 look the namespace up; see _finish_setup), and the splitter relies
on Qt's default orientation. QKeySequence and QShortcut, whose enums cost milliseconds more, wait with the keys.
tests/ui/test_startup.py keeps it so.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskhelp.service import StorageError
from deskhelp.ui.about import show_about
from deskhelp.ui.banner import BannerArea
from deskhelp.ui.colours import set_base_to_window
from deskhelp.ui.events import DeskEvents
from deskhelp.ui.i18n import LANGUAGES
from deskhelp.ui.messages import storage_message
from deskhelp.ui.practice_menu import PracticeMenu
from deskhelp.ui.search_panel import SearchPanel

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from deskhelp.core.conversation import Conversation
    from deskhelp.core.triage import TriageResult

    # The service pulls in SQLAlchemy and the triage panel a dozen Qt classes whose Python enums PySide6
    # builds on first use: both are loaded once the window has painted (see set_service).
    from deskhelp.service import DeskService
    from deskhelp.ui.patron_view import PatronView
    from deskhelp.ui.triage_panel import TriagePanel

TEXT_SCALE_STEP = 0.1
TEXT_SCALES = (0.8, 2.5)  # smallest and largest; 2.5 times is enough for a visually impaired colleague


class MainWindow(QMainWindow):
    case_logged = Signal(int)  # case id
    case_undone = Signal(int)  # case id
    language_chosen = Signal(str)  # sv | en
    text_scale_chosen = Signal(float)

    def __init__(self, language: str = "sv") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._language = language
        self._service: DeskService | None = None
        self._result: TriageResult | None = None
        self._patron_language: str | None = None  # chosen in the patron view or on the slip, per conversation
        self._conversation: Conversation | None = None  # from set_service on; reset for every new patron
        self._text_scale = 1.0
        self._base_point_size: float | None = None  # the font's size at 1.0, read when the text is first scaled
        self._indicator_style = None  # while the text is scaled up: the style that grows the buttons' boxes
        self.events = DeskEvents(self)  # what every open window hears: language, pack, cases logged and undone

        self.search = SearchPanel(self)
        self._triage: TriagePanel | None = None  # see triage
        # The page between patrons: how it goes, and the keys. A text browser, not a word-wrapped label: it lays
        # its HTML out once, at its width, where a label tries several widths for its size hint (that was two
        # thirds of the time to show the window), and it scrolls where the text outgrows a small screen.
        self.welcome = QTextBrowser(self)
        self.welcome.setObjectName("welcome")
        self.welcome.setFrameShape(QFrame.Shape.NoFrame)
        set_base_to_window(self.welcome)  # on the window's background, like the other pages
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.banner_area = BannerArea(self)
        self.banner = self.banner_area.label  # tests read the message here

        splitter = QSplitter(parent=self)  # horizontal; by keyword, or PySide6 checks for a Qt.Orientation first
        splitter.addWidget(self.search)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([440, 820])
        self.desk = QWidget(self)
        layout = QVBoxLayout(self.desk)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.banner_area)
        layout.addWidget(splitter, 1)
        self.screens = QStackedWidget(self)  # the desk, or the patron view that replaces all of it
        self.screens.addWidget(self.desk)
        self.patron_view: PatronView | None = None  # built when first asked for
        self.dashboard = None  # the team lead's window, once opened
        self.sharing = None  # the background share (ui.sharing), once the service is ready
        self.central_sender = None  # the background push to a central database (ui.central), when one is set
        self.collector = None  # File → Collect cases from all desks (ui.collect), once used
        self.editor = None  # the guideline editor, once opened
        self.setCentralWidget(self.screens)
        self.setTabOrder(self.search.field, self.search.results)

        self._build_menu()
        self.retranslate()
        self._connect_signals()
        self.resize(1280, 720)

    # -- set-up ---------------------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.dashboard_action = QAction(self)
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.file_menu.addAction(self.dashboard_action)
        self.collect_action = QAction(self)
        self.collect_action.triggered.connect(self.collect_cases)
        self.file_menu.addAction(self.collect_action)
        self.editor_action = QAction(self)
        self.editor_action.triggered.connect(self.open_editor)
        self.file_menu.addAction(self.editor_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(self.undo_last_case)
        self.edit_menu.addAction(self.undo_action)
        from deskhelp.ui.copy_referral import install_copy_action, retranslate_copy_action

        self.copy_action = install_copy_action(self)
        self._retranslate_copy = retranslate_copy_action
        self.view_menu = self.menuBar().addMenu("")
        self.bigger_action = QAction(self)
        self.bigger_action.triggered.connect(lambda: self.set_text_scale(self._text_scale + TEXT_SCALE_STEP))
        self.smaller_action = QAction(self)
        self.smaller_action.triggered.connect(lambda: self.set_text_scale(self._text_scale - TEXT_SCALE_STEP))
        self.normal_size_action = QAction(self)
        self.normal_size_action.triggered.connect(lambda: self.set_text_scale(1.0))
        for action in (self.bigger_action, self.smaller_action, self.normal_size_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self)  # not checkable=..., checked=...: PySide6's keywords are slow to resolve
            action.setCheckable(True)
            action.setChecked(code == self._language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.getting_started_action = QAction(self)
        self.getting_started_action.triggered.connect(self.show_getting_started)
        self.help_menu.addAction(self.getting_started_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(lambda _checked=False: show_about(self))
        self.help_menu.addAction(self.about_action)
        self.practice = PracticeMenu(self)  # File → Practise, Help → Quick-reference cards (ui.practice_menu)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DeskHelp"))
        self.file_menu.setTitle(self.tr("&File"))
        self.dashboard_action.setText(self.tr("&Statistics for team leads…"))
        self.collect_action.setText(self.tr("Collect cases from all desks"))
        self.editor_action.setText(self.tr("Edit &guidelines…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo the last logged case"))
        self._retranslate_copy(self.copy_action)
        self.view_menu.setTitle(self.tr("&View"))
        self.bigger_action.setText(self.tr("La&rger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.normal_size_action.setText(self.tr("&Normal text size"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About DeskHelp"))
        self.getting_started_action.setText(self.tr("&Getting started"))
        self.welcome.setAccessibleName(self.tr("Next patron"))
        from deskhelp.ui.getting_started import welcome_html

        self.welcome.setHtml(welcome_html())

    def _connect_signals(self) -> None:
        self.search.query_changed.connect(self._on_query_changed)
        self.search.case_type_chosen.connect(self._on_case_type_chosen)
        self.search.field.installEventFilter(self)
        self.case_logged.connect(self.events.case_logged)
        self.case_undone.connect(self.events.case_undone)

    def _finish_setup(self) -> None:
        """What is set once the guidelines are loaded: the window's keys, and the welcome text kept out of the
        Tab order (where what staff type next would be lost). Both look up ``Qt``; see the module's docstring."""
        from PySide6.QtGui import QKeySequence, QShortcut

        self.welcome.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))  # ui.copy_referral
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
        self.bigger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.normal_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.getting_started_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.practice.finish_setup()
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence(QtCore.Qt.Key.Key_Escape), self, activated=self._on_escape)

    def eventFilter(self, watched, event: QEvent) -> bool:
        """Ctrl+Z in the empty search field (where focus is after logging) undoes the case, not the typing."""
        if (
            watched is self.search.field
            and event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QtGui.QKeySequence.StandardKey.Undo)
            and not self.search.field.text()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _on_escape(self) -> None:
        """Esc leaves the patron view if it is shown; otherwise it starts over with a new patron."""
        if self.patron_view is not None and self.screens.currentWidget() is self.patron_view:
            self.close_patron_view()
        else:
            self.start_over()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Show the guidelines in ``language`` (the Qt strings follow through LanguageChange)."""
        self._language = language
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        self.events.language_changed.emit(language)  # the dashboard, if open, renames what it shows
        if self._service is None:
            return
        self._refresh_results(keep_current=True)
        case = self.triage.case_type
        if case is not None and self.showing_case():
            answers, missing = self.triage.answers(), self.triage.resources.missing()
            self.triage.show_case(case, answers, missing, self._service.pack, language)
            self._on_answers_changed()

    def set_text_scale(self, scale: float) -> None:
        """Scale every text in the window (Ctrl +/-); the choice is remembered through text_scale_chosen."""
        scale = round(min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[1]), 2)
        self._text_scale = scale
        font = QApplication.font()
        if self._base_point_size is None:
            self._base_point_size = font.pointSizeF()
        font.setPointSizeF(self._base_point_size * scale)
        QApplication.setFont(font)
        if self.triage is not None:
            self.triage.apply_text_scale()
            self._scale_indicators()
            self._on_answers_changed()  # the outcome's HTML sizes are relative to the new font
        self.text_scale_chosen.emit(scale)

    def _scale_indicators(self) -> None:
        """Check boxes and radio buttons grow with larger text (never shrink below the style's size)."""
        scale = max(1.0, self._text_scale)
        if self._indicator_style is None and scale == 1.0:
            return
        from PySide6.QtWidgets import QCheckBox, QRadioButton

        from deskhelp.ui.indicator_style import scale_indicators

        buttons = [*self.triage.findChildren(QCheckBox), *self.triage.findChildren(QRadioButton)]
        self._indicator_style = scale_indicators(buttons, scale, self, self._indicator_style)

    @property
    def triage(self) -> TriagePanel | None:
        """The case panel, built when first asked for: one turn after the desk answers (issue 18), or sooner."""
        if self._triage is None and self._service is not None:
            self._build_triage()
        return self._triage

    def _build_triage(self) -> None:
        from deskhelp.ui.triage_panel import TriagePanel

        self._triage = TriagePanel(self)
        self.pages.addWidget(self.triage)
        chain = [self.search.results, *self.triage.focus_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.triage.answers_changed.connect(self._on_answers_changed)
        self.triage.log_requested.connect(self._on_log_requested)
        self.triage.reset_requested.connect(self.start_over)
        self.triage.patron_view_requested.connect(self.show_patron_view)
        self.triage.slip_requested.connect(self.show_slip)
        # Once the personal data is masked (or the errand described), "NOT logged" no longer holds.
        self.triage.details.validity_changed.connect(lambda valid: valid and self.banner_area.clear("refused"))
        self._scale_indicators()  # the text may have been scaled (a saved preference) before the panel existed

    # -- life cycle -----------------------------------------------------------------------------------------
    def set_service(self, service: DeskService) -> None:
        """Called once the database and the guideline pack are ready (after the window has painted)."""
        self._service = service
        # The keys and the case panel one turn after the search answers (issue 18); the panel sooner if asked for.
        QtCore.QTimer.singleShot(0, self, lambda: (self._finish_setup(), self.triage))
        self.start_over()
        # One short line each for staff; the details (paths, file lines) are IT's: in the log (diagnostics and the
        # service log them at start) and in `deskhelp check`.
        problems = []
        if service.settings.problems:
            problems.append(
                self.tr("The settings have a mistake – IT sees the details in the log and with deskhelp check.")
            )
        if service.case_count(demo=True):
            problems.append(
                self.tr("This database holds demo cases from 'deskhelp demo-data'; cases logged here mix with them.")
            )
        if service.pack_status.notice:
            problems.append(self.tr("The library's pack folder could not be used – IT sees why in the log."))
        if service.pack_status.refused is not None:
            problems.append(
                self.tr("A new guideline pack was refused; the previous one is still in use. IT sees why in the log.")
            )
        from deskhelp.ui.about import review_notice

        # Once per start, quietly: an overdue review is a reminder for the owner, not an error at the desk.
        overdue = review_notice(service.pack.info, dt.date.today())
        if problems:
            self.show_banner("\n".join([*problems, overdue] if overdue else problems), error=True)
        elif overdue:
            self.show_banner(overdue)
        self._refresh_results()

    def showing_case(self) -> bool:
        """True while a case is on screen (not the welcome page)."""
        return self.triage is not None and self.pages.currentWidget() is self.triage

    def start_over(self) -> None:
        """A new patron: nothing of the previous conversation is kept."""
        from deskhelp.core.conversation import Conversation

        self._conversation = Conversation()
        self._patron_language = None
        self._back_to_search()
        self.pages.setCurrentWidget(self.welcome)

    def _back_to_search(self) -> None:
        self._result = None
        self.search.field.clear()
        self._focus_search()

    def _focus_search(self) -> None:
        # No focus reason: with all selected anyway it changes nothing, and it would build ``Qt`` before ready.
        self.search.field.setFocus()
        self.search.field.selectAll()

    def show_banner(self, text: str, error: bool = False, kind: str | None = None) -> None:
        self.banner_area.show_message(text, error, kind)

    # -- reactions ------------------------------------------------------------------------------------------
    def _on_query_changed(self, _text: str) -> None:
        self._refresh_results()

    def _refresh_results(self, keep_current: bool = False) -> None:
        if self._service is None:
            return
        pack = self._service.pack
        text = self.search.field.text()
        if text.strip():
            self.search.show_hits(self._service.search(text), pack, self._language, keep_current)
            return
        # By title, the errand "not in the guidelines" last (as in every search).
        rows = sorted(
            pack.case_types.values(), key=lambda c: (not c.in_guidelines, c.title.get(self._language).casefold())
        )
        self.search.show_results(rows, pack, self._language, keep_current, highlight_first=False)

    def _on_case_type_chosen(self, case_id: str) -> None:
        if self._service is None:
            return
        case = self._service.pack.case_types[case_id]
        conversation = self._conversation
        answers, missing = conversation.answers_for(case), conversation.missing_for(case)
        self.triage.show_case(case, answers, missing, self._service.pack, self._language)
        self.triage.details.start(case, conversation.channel)
        self.pages.setCurrentWidget(self.triage)
        self._on_answers_changed()
        if self.triage.details.describing:  # not in the guidelines: what was it? (Enter then logs)
            self.triage.details.description.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        else:
            self.triage.mission.focus_answer()

    def _on_answers_changed(self) -> None:
        if self._service is None or self.triage.case_type is None:
            return
        channel = self.triage.details.selected_channel()
        self._result = self._service.triage(self.triage.case_type.id, self.triage.answers(), channel)
        self.triage.show_result(
            self._result, self._service.pack, self._language, self._service.guidance(self._language)
        )

    def _on_log_requested(self, next_errand: bool) -> None:
        if self._service is None or self._result is None or not self.showing_case():
            return
        from deskhelp.core.cases import CaseRefused

        result = self._result
        try:
            details = self.triage.details.details()
            logged = self._service.log(result, details, self.triage.resources.missing())
        except CaseRefused:
            why = self.triage.details.warning.text() or self.triage.details.missing_description_text()
            self.show_banner(self.tr("The case was NOT logged.") + " " + why, error=True, kind="refused")
            self.triage.details.focus_problem()
            return
        except StorageError as error:
            log.error("a case could not be logged: %s", error)  # the problem only; the case stays on screen
            self.show_banner(
                self.tr("The case was NOT logged.") + " " + storage_message(error, details=False), error=True
            )
            return
        title = result.case_type.title.get(self._language)
        from deskhelp.ui.labels import outcome_name

        logged_text = self.tr("Logged: {0} ({1}).").format(title, outcome_name(result.outcome))
        undo_text = self.tr("Undo with Ctrl+Z within 10 minutes.")
        self.case_logged.emit(logged.id)
        if next_errand:
            self._conversation = self._conversation.after_logging(
                result.case_type, details.channel, result.answers.time, self.triage.resources.missing()
            )
            next_text = self.tr("Same patron: type the next errand.")
            self.show_banner(f"{logged_text} {next_text} {undo_text}")
            self._back_to_search()
            self.pages.setCurrentWidget(self.welcome)  # the logged errand must not look like the next one
        else:
            next_text = self.tr("Ready for the next patron.")
            self.show_banner(f"{logged_text} {next_text} {undo_text}")
            self.start_over()

    def undo_last_case(self) -> None:
        if self._service is None:
            return
        try:
            undone = self._service.undo_last()
        except StorageError as error:
            log.error("the last case could not be undone: %s", error)
            self.show_banner(self.tr("Nothing was undone.") + " " + storage_message(error, details=False), error=True)
            return
        if undone is None:
            self.show_banner(self.tr("There is no case to undo (only the last one, within 10 minutes)."))
            return
        from deskhelp.ui.reopen import reopen_case

        case = self._service.pack.case_types.get(undone.record.case_type_id)
        title = case.title.get(self._language) if case is not None else undone.record.case_type_id
        if reopen_case(self, undone):
            text = self.tr("Undone: {0}. It is back on screen: correct it and log it again, or Esc to drop it.")
        else:
            text = self.tr("Undone: {0}. It is no longer in the log.")
        self.show_banner(text.format(title))
        self.case_undone.emit(undone.id)

    # -- for the patron ---------------------------------------------------------------------------------------
    def _patron_sheet(self, language: str | None = None):
        """The patron-facing sheet of the current result, the languages it can be shown in, and those of them nobody
        has checked the translation of (staff see "unreviewed translation")."""
        from deskhelp.core.patron_languages import unreviewed_languages
        from deskhelp.core.patron_text import patron_languages, patron_sheet

        pack = self._service.pack
        languages = patron_languages(pack, self._result)
        if language is not None:
            self._patron_language = language
        chosen = self._patron_language or self._language
        chosen = chosen if chosen in languages else languages[0]
        return patron_sheet(self._result, pack, chosen), languages, unreviewed_languages(pack)

    def _slip_context(self, language: str):
        from deskhelp.core.branch_times import patron_guidance
        from deskhelp.printing.slip import SlipContext

        settings = self._service.settings  # the pack's times for this branch in the patron's language, or IT's text
        guidance, spoken = patron_guidance(self._service.pack, settings.branch, settings.guidance, language)
        return SlipContext(settings.library, dt.date.today(), guidance=guidance, guidance_language=spoken)

    def show_patron_view(self, language: str | None = None) -> None:
        if self._result is None or not self.showing_case():
            return
        if self.patron_view is None:
            from deskhelp.ui.patron_view import PatronView

            self.patron_view = PatronView(self)
            self.patron_view.closed.connect(self.close_patron_view)
            self.patron_view.language_chosen.connect(self.show_patron_view)
            self.screens.addWidget(self.patron_view)
        sheet, languages, unchecked = self._patron_sheet(language)
        self.patron_view.show_sheet(sheet, self._slip_context(sheet.language), languages, self._text_scale, unchecked)
        self.screens.setCurrentWidget(self.patron_view)

    def close_patron_view(self) -> None:
        self.screens.setCurrentWidget(self.desk)
        self.triage.patron_view_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def show_slip(self) -> None:
        """The slip dialog, modal; returns when it is printed, saved or closed."""
        if self._result is None or not self.showing_case():
            return
        from deskhelp.ui.slip_dialog import SlipDialog

        dialog = self.make_slip_dialog()

        def show(language: str | None = None) -> None:
            sheet, languages, unchecked = self._patron_sheet(language)
            dialog.show_sheet(sheet, self._slip_context(sheet.language), languages, unchecked)

        dialog.language_chosen.connect(show)
        show()
        if dialog.exec() == SlipDialog.DialogCode.Accepted:
            saved = getattr(dialog, "saved_path", None)
            text = self.tr("Slip saved: {0}").format(saved) if saved else self.tr("Slip sent to the printer.")
            self.show_banner(text)
        dialog.deleteLater()
        self.activateWindow()
        self.triage.log_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def make_slip_dialog(self):
        """A new slip dialog (tests replace its printer and file choices)."""
        from deskhelp.ui.slip_dialog import SlipDialog

        return SlipDialog(self)

    def open_dashboard(self) -> None:
        """The team lead's window: statistics of the log, and the exports."""
        if self._service is None:
            return
        from deskhelp.reports.model import ReportKind
        from deskhelp.ui.dashboard import open_dashboard
        from deskhelp.ui.report_export import ReportExporter

        service = self._service
        dashboard = open_dashboard(self, service, self.events)
        exporter = ReportExporter(dashboard, dashboard.source)  # this PC's cases or the central database's
        dashboard.export_requested.connect(
            lambda kind, file_format: exporter.export(
                ReportKind(kind), file_format, dashboard.stats_filter(), dashboard.language
            )
        )
        exporter.finished.connect(lambda path: dashboard.statusBar().showMessage(self.tr("Saved: {0}").format(path)))
        self.dashboard = dashboard  # tests reach it here

    def collect_cases(self) -> None:
        """Read every desk's shared cases into this PC's database (ui.collect: off the GUI thread, with progress)."""
        if self._service is None:
            return
        if self.collector is None:
            from deskhelp.ui.collect import CaseCollector

            self.collector = CaseCollector(self, self._service, self.events)
        self.collector.start()

    def open_editor(self) -> None:
        """The guideline editor: the library's own local actors and case types, saved and published."""
        if self._service is None:
            return
        from deskhelp.ui.editor import GuidelineEditor

        self.editor = GuidelineEditor(self._service, self)
        self.editor.show()

    def show_getting_started(self) -> None:
        from deskhelp.ui.getting_started import getting_started_dialog

        self.getting_started = getting_started_dialog(self)  # tests reach it here
        self.getting_started.show()

    def closeEvent(self, event) -> None:
        if self.sharing is not None:
            self.sharing.at_exit()  # bounded: the window closes within about two seconds whatever the folder does
        if self.central_sender is not None:
            self.central_sender.at_exit()  # bounded likewise, whatever the network does
        if self._service is not None:
            self._service.close()
        super().closeEvent(event)
