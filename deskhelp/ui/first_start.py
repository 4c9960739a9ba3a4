"""First start (issue 13, item 7): where IT has not named the library, branch or desk, one small dialog asks for the
names instead of printing "Biblioteket", "main" and "desk-1" on slips, in filters and in exports.

Shown after the window is ready (never before its first paint), and never where IT configured all three. Keyboard
first: the first field has focus, Enter saves, Esc skips (the dialog asks again at the next start). Names are checked
like the configuration's (no personal data, not over-long, no control characters) and kept in the user's deskhelp.toml
under [first_start], beneath anything IT sets in [library] and [desk] or in the environment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from deskhelp.core.names import NAME_MAX_CHARS, name_problem
from deskhelp.settings import ConfigWriteError, Settings, load_settings, save_first_start_names, unset_names


class FirstStartDialog(QDialog):
    def __init__(self, unset: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStart")
        self.setWindowTitle(self.tr("Name this desk"))
        self.settings: Settings | None = None  # read back after saving
        intro = QLabel(
            self.tr(
                "Which library, branch and desk is this? The names are printed on the patron's slip and kept with "
                "the statistics of every case. Never write a person's name or a phone number."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        labels = {"library": self.tr("&Library:"), "branch": self.tr("&Branch:"), "desk": self.tr("&Desk:")}
        examples = {
            "library": self.tr("e.g. Stadsbiblioteket Göteborg"),
            "branch": self.tr("e.g. Hammarkullen"),
            "desk": self.tr("e.g. Information desk"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name in ("library", "branch", "desk"):
            if name not in unset:
                continue
            field = QLineEdit(self)
            field.setObjectName(f"firstStart_{name}")
            field.setPlaceholderText(examples[name])
            field.setMaxLength(NAME_MAX_CHARS * 2)  # longer is refused with a message, not cut off silently
            field.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            label = QLabel(labels[name], self)
            label.setBuddy(field)
            form.addRow(label, field)
            self.fields[name] = field
        self.message = QLabel(self)
        self.message.setObjectName("firstStartMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")
        self.message.hide()
        later = QLabel(self.tr("Esc: later (you will be asked again at the next start)."), self)
        later.setWordWrap(True)
        later.setStyleSheet("color: #555555;")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.later_button = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        if self.fields:
            next(iter(self.fields.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _problem(self, name: str, value: str) -> str | None:
        label = {"library": self.tr("The library's name"), "branch": self.tr("The branch's name")}.get(
            name, self.tr("The desk's name")
        )
        if not value:
            return self.tr("{0} is missing: fill in every name, or press Esc to do it later.").format(label)
        problem = name_problem(value)
        if problem is None:
            return None
        if problem.startswith("contains personal data"):
            return self.tr("{0} must not hold personal data such as a phone number or an e-mail address.").format(label)
        if problem.startswith("is ") and "characters long" in problem:
            return self.tr("{0} is too long: at most {1} characters.").format(label, NAME_MAX_CHARS)
        return self.tr("{0} holds control or invisible characters.").format(label)

    def _show(self, text: str, field: QLineEdit | None = None) -> None:
        self.message.setText(text)
        self.message.show()
        self.message.setAccessibleDescription(text)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    def save(self) -> None:
        values = {name: field.text().strip() for name, field in self.fields.items()}
        for name, value in values.items():
            if problem := self._problem(name, value):
                self._show(problem, self.fields[name])
                return
        try:
            save_first_start_names(values)
        except ConfigWriteError as error:
            self._show(self.tr("The names could not be saved; ask IT to set them.") + f"\n{error}")
            return
        self.settings = load_settings()
        self.accept()


def ask_names_if_unset(window, service) -> FirstStartDialog | None:
    """Ask for the names IT has not set, once the window is ready; nothing where all three are set. A saved name is
    in use at once (``service.use_names``). The dialog is kept on ``window.first_start``."""
    unset = [name for name, _default, _where in unset_names(service.settings)]
    if not unset:
        return None
    dialog = FirstStartDialog(unset, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def saved() -> None:
        if dialog.settings is not None:
            service.use_names(dialog.settings)

    def back_to_the_desk() -> None:  # saved or skipped: the next keys go to the search field
        window.activateWindow()
        window.search.field.setFocus()

    dialog.accepted.connect(saved)
    dialog.finished.connect(back_to_the_desk)
    window.first_start = dialog
    dialog.open()  # modal to the window, without blocking the event loop
    dialog.raise_()
    dialog.activateWindow()  # typing goes to the dialog at once, without a click
    return dialog
