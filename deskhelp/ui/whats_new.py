"""What's new in the guidelines: once per revision, after a new one reaches this desk, in plain words.

The sentences come from deskhelp.core.pack_changes (generated from the two revisions, never written by hand). The
dialog is not modal: the desk stays usable behind it, and Esc or Enter closes it. Which revision's news staff have
seen is kept in the window preferences (ui.json), so it is shown once per revision, not once per start.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from deskhelp.core.pack_changes import PackChange
from deskhelp.ui.preferences import Preferences, updated


class WhatsNewDialog(QDialog):
    def __init__(
        self, changes: list[PackChange], title: str, parent: QWidget | None = None, note: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whatsNew")
        self.setWindowTitle(self.tr("What's new in the guidelines"))
        self.heading = QLabel(self)
        self.heading.setObjectName("whatsNewHeading")
        self.heading.setWordWrap(True)
        self.heading.setText(
            "<b>"
            + escape(self.tr("The guidelines have changed: {0}").format(title))
            + "</b><br>"
            + escape(self.tr("Read through what is new before the next patron."))
        )
        self.text = QTextBrowser(self)
        self.text.setObjectName("whatsNewText")
        self.text.setAccessibleName(self.tr("What is new in the guidelines"))
        # The change note the editor asked for, in the publisher's words, before the generated list.
        said = f"<p><i>{escape(note)}</i></p>" if note else ""
        self.text.setHtml(said + "<ul>" + "".join(f"<li>{escape(c.text)}</li>" for c in changes) + "</ul>")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setObjectName("whatsNewClose")
        close.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.setModal(False)
        close.setFocus(Qt.FocusReason.OtherFocusReason)


def show_whats_new_once(window, service, preferences: Preferences, language: str) -> Preferences:
    """Show what changed since the revision staff here last saw, if anything; remember this revision as seen.

    Returns the preferences (saved when they changed). The dialog is kept on ``window.whats_new``."""
    changes = service.whats_new(preferences.seen_pack, language)
    if changes:
        info = service.pack.info
        dialog = WhatsNewDialog(changes, info.title.get(language), window, note=info.change_note)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.whats_new = dialog
        dialog.show()
    current = service.pack_status.revision.sha256
    if preferences.seen_pack != current:
        preferences = updated(preferences, seen_pack=current)
    return preferences
