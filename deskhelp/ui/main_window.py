"""The desk window: search on the left, the four questions and the outcome on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskhelp import __version__
from deskhelp.core.triage import TriageResult, default_answers
from deskhelp.storage.errors import StorageError
from deskhelp.ui.i18n import LANGUAGES
from deskhelp.ui.labels import outcome_name
from deskhelp.ui.messages import storage_message
from deskhelp.ui.search_panel import SearchPanel

if TYPE_CHECKING:
    # The service pulls in SQLAlchemy and the triage panel a dozen Qt classes whose Python enums PySide6
    # builds on first use: both are loaded once the window has painted (see set_service).
    from deskhelp.service import DeskService
    from deskhelp.ui.triage_panel import TriagePanel

BANNER_SECONDS = 8


class MainWindow(QMainWindow):
    case_logged = Signal(int)  # case id
    language_chosen = Signal(str)  # sv | en

    def __init__(self, language: str = "sv") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._language = language
        self._service: DeskService | None = None
        self._result: TriageResult | None = None

        self.search = SearchPanel(self)
        self.triage: TriagePanel | None = None  # built by set_service
        self.welcome = QLabel(self)
        self.welcome.setObjectName("welcome")
        self.welcome.setWordWrap(True)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(self.banner.hide)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.search)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([440, 820])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.search.field, self.search.results)

        self._build_menu()
        self.retranslate()
        self._connect_signals()
        self.resize(1280, 720)

    # -- set-up ---------------------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == self._language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DeskHelp"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About DeskHelp"))
        self.welcome.setText(
            "<h2>{}</h2><p>{}</p><ol><li>{}</li><li>{}</li><li>{}</li><li>{}</li></ol><p>{}</p>".format(
                self.tr("Next patron"),
                self.tr("While the patron talks:"),
                self.tr("Type a few words about the errand."),
                self.tr("Pick the kind of errand with Enter."),
                self.tr("Check the four questions; change an answer with the arrow keys."),
                self.tr("Say what the screen suggests, refer if needed, and log the case with Enter."),
                self.tr("The case is logged anonymously: nothing about the patron or about you is saved."),
            )
        )

    def _connect_signals(self) -> None:
        self.search.query_changed.connect(self._on_query_changed)
        self.search.case_type_chosen.connect(self._on_case_type_chosen)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.start_over)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Show the guidelines in ``language`` (the Qt strings follow through LanguageChange)."""
        self._language = language
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        if self._service is None:
            return
        self._refresh_results(keep_current=True)
        case = self.triage.case_type
        if case is not None and self.pages.currentWidget() is self.triage:
            self.triage.show_case(case, self.triage.answers(), self._service.pack, language)
            self._on_answers_changed()

    def _build_triage(self) -> None:
        from deskhelp.ui.triage_panel import TriagePanel

        self.triage = TriagePanel(self)
        self.pages.addWidget(self.triage)
        chain = [self.search.results, *[b for q in self.triage.questions for b in q.buttons()]]
        chain += [self.triage.reset_button, self.triage.log_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.triage.answers_changed.connect(self._on_answers_changed)
        self.triage.log_requested.connect(self._on_log_requested)
        self.triage.reset_requested.connect(self.start_over)

    # -- life cycle -----------------------------------------------------------------------------------------
    def set_service(self, service: DeskService) -> None:
        """Called once the database and the guideline pack are ready (after the window has painted)."""
        self._service = service
        self._build_triage()
        refused = service.pack_status.refused
        if refused is not None:
            self.show_banner(
                self.tr("A new guideline pack was refused; the previous one is still in use.") + f"\n{refused}",
                error=True,
            )
        self._refresh_results()

    def start_over(self) -> None:
        self._result = None
        self.search.field.clear()
        self.pages.setCurrentWidget(self.welcome)
        self._focus_search()

    def _focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def show_banner(self, text: str, error: bool = False) -> None:
        colour = "#fde8e8; color: #7a1010" if error else "#e3f4e1; color: #17461a"
        self.banner.setStyleSheet(f"background: {colour}; padding: 8px; border-radius: 4px;")
        self.banner.setText(text)
        self.banner.show()
        if not error:
            self._banner_timer.start(BANNER_SECONDS * 1000)

    # -- reactions ------------------------------------------------------------------------------------------
    def _on_query_changed(self, _text: str) -> None:
        self._refresh_results()

    def _refresh_results(self, keep_current: bool = False) -> None:
        if self._service is None:
            return
        pack = self._service.pack
        text = self.search.field.text()
        if text.strip():
            rows = [hit.case_type for hit in self._service.search(text)]
        else:
            rows = sorted(pack.case_types.values(), key=lambda c: c.title.get(self._language).casefold())
        self.search.show_results(rows, pack, self._language, keep_current)

    def _on_case_type_chosen(self, case_id: str) -> None:
        if self._service is None:
            return
        case = self._service.pack.case_types[case_id]
        self.triage.show_case(case, default_answers(case), self._service.pack, self._language)
        self.pages.setCurrentWidget(self.triage)
        self._on_answers_changed()
        self.triage.mission.focus_answer()

    def _on_answers_changed(self) -> None:
        if self._service is None or self.triage.case_type is None:
            return
        self._result = self._service.triage(self.triage.case_type.id, self.triage.answers())
        self.triage.show_result(self._result, self._service.pack, self._language)

    def _on_log_requested(self) -> None:
        if self._service is None or self._result is None or self.pages.currentWidget() is not self.triage:
            return
        try:
            logged = self._service.log(self._result)
        except StorageError as error:
            self.show_banner(self.tr("The case was NOT logged.") + " " + storage_message(error), error=True)
            return
        title = self._result.case_type.title.get(self._language)
        self.show_banner(
            self.tr("Logged: {0} ({1}). Ready for the next patron.").format(title, outcome_name(self._result.outcome))
        )
        self.case_logged.emit(logged.id)
        self.start_over()

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # imported when needed: its enums are slow to build at start

        QMessageBox.about(
            self,
            self.tr("About DeskHelp"),
            self.tr("DeskHelp {0}\nThe library's agreed guidelines for digital errands.").format(__version__),
        )

    def closeEvent(self, event) -> None:
        if self._service is not None:
            self._service.close()
        super().closeEvent(event)
