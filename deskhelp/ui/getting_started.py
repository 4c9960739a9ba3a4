"""Help → Getting started: a short page for a new staff member, and the welcome page between patrons.

Both show the desk's keys from one list. Their strings keep the translation context of the window ("MainWindow"),
where the welcome page's strings have always been, so that one translation serves both.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

# Loaded before the window's first paint (for the welcome page): the dialog's widget classes and Qt's namespace are
# looked up only when the page is opened (see main_window's docstring).


def keys_table() -> str:
    keys = [
        ("Ctrl+F", QCoreApplication.translate("MainWindow", "search")),
        ("Alt+1…4", QCoreApplication.translate("MainWindow", "the four questions")),
        ("F11", QCoreApplication.translate("MainWindow", "patron view")),
        ("Ctrl+P", QCoreApplication.translate("MainWindow", "slip")),
        ("Enter", QCoreApplication.translate("MainWindow", "log")),
        ("Ctrl+Enter", QCoreApplication.translate("MainWindow", "log, same patron's next errand")),
        ("Ctrl+Z", QCoreApplication.translate("MainWindow", "undo the last case")),
        ("Esc", QCoreApplication.translate("MainWindow", "new patron")),
        ("Ctrl +/−", QCoreApplication.translate("MainWindow", "text size")),
        ("F1", QCoreApplication.translate("MainWindow", "getting started")),
    ]
    rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in keys)
    return f"<table>{rows}</table>"


def welcome_html() -> str:
    """The page between patrons: how it goes, and the keys."""
    return "<h2>{}</h2><p>{}</p><ol><li>{}</li><li>{}</li><li>{}</li><li>{}</li></ol><p>{}</p><h3>{}</h3>{}".format(
        escape(QCoreApplication.translate("MainWindow", "Next patron")),
        escape(QCoreApplication.translate("MainWindow", "While the patron talks:")),
        escape(QCoreApplication.translate("MainWindow", "Type a few words about the errand.")),
        escape(QCoreApplication.translate("MainWindow", "Pick the kind of errand with Enter.")),
        escape(
            QCoreApplication.translate("MainWindow", "Check the four questions; change an answer with the arrow keys.")
        ),
        escape(
            QCoreApplication.translate(
                "MainWindow", "Say what the screen suggests, refer if needed, and log the case with Enter."
            )
        ),
        escape(
            QCoreApplication.translate(
                "MainWindow", "The case is logged anonymously: nothing about the patron or about you is saved."
            )
        ),
        escape(QCoreApplication.translate("MainWindow", "Keys")),
        keys_table(),
    )


def getting_started_html() -> str:
    """The page for a new staff member: the flow, the four questions, what is logged and what never is, where the
    cards of steps are, and the keys."""

    def items(*texts: str) -> str:
        return "".join(f"<li>{escape(text)}</li>" for text in texts)

    # Not inside the f-strings below: lupdate does not look into them.
    t = {
        0: QCoreApplication.translate("MainWindow", "Getting started at the desk"),
        1: QCoreApplication.translate(
            "MainWindow",
            "DeskHelp helps you meet a digital errand as your colleagues do, and counts errands anonymously for the team lead.",  # noqa: E501
        ),
        2: QCoreApplication.translate("MainWindow", "How it goes"),
        3: QCoreApplication.translate("MainWindow", "The four questions"),
        4: QCoreApplication.translate("MainWindow", "What is logged, and what never is"),
        5: QCoreApplication.translate("MainWindow", "Where the cards are"),
        6: QCoreApplication.translate("MainWindow", "Keys"),
    }
    return (
        f"<h2>{escape(t[0])}</h2>"
        f"<p>{escape(t[1])}</p>"
        f"<h3>{escape(t[2])}</h3><ol>"
        + items(
            QCoreApplication.translate(
                "MainWindow",
                "While the patron talks, type a few words about the errand; Enter picks the errand shown first.",
            ),
            QCoreApplication.translate(
                "MainWindow",
                "The four questions are answered from the guidelines already: check them, change with the arrow keys.",
            ),
            QCoreApplication.translate(
                "MainWindow",
                "Say what the screen suggests under “Say”; refer, show the steps or book a session as it says.",
            ),
            QCoreApplication.translate(
                "MainWindow",
                "Log with Enter; Ctrl+Enter when the same patron has another errand; Esc for a new patron.",
            ),
        )
        + f"</ol><h3>{escape(t[3])}</h3><ol>"
        + items(
            QCoreApplication.translate(
                "MainWindow", "Within the library's mission? Yes, partly or no: the guidelines' answer is chosen."
            ),
            QCoreApplication.translate("MainWindow", "Competence: can you help, can a colleague, or no one here?"),
            QCoreApplication.translate(
                "MainWindow", "Time, for both of you: if not now, book a digital guidance session."
            ),
            QCoreApplication.translate(
                "MainWindow", "Resources: untick what the patron lacks (e-ID, a phone of their own ...)."
            ),
        )
        + f"</ol><h3>{escape(t[4])}</h3><ul>"
        + items(
            QCoreApplication.translate(
                "MainWindow",
                "Logged: the kind of errand, the four answers, the outcome, whom you referred to, channel, effort, "
                "duration, the date and hour, and the name of this desk.",
            ),  # fmt: skip
            QCoreApplication.translate(
                "MainWindow",
                "Never: anything about the patron (name, personal identity number, phone, address, e-mail), and "
                "nothing about you. The reflection is checked for personal data; mask it with the button.",
            ),  # fmt: skip
            QCoreApplication.translate(
                "MainWindow",
                "Logged the wrong answer? Ctrl+Z within 10 minutes brings the case back on screen to correct.",
            ),
        )
        + f"</ul><h3>{escape(t[5])}</h3><p>"
        + escape(
            QCoreApplication.translate(
                "MainWindow",
                "When an errand has a card of steps to show the patron, the card is on screen under “Say”, and the "
                "competence question names it. F11 shows the patron the text in large print; Ctrl+P prints it on a "
                "slip or saves it as a PDF. IT can print all the guidelines with their cards.",
            )  # fmt: skip
        )
        + "</p><p>"
        + escape(
            QCoreApplication.translate(
                "MainWindow",
                "Help → Quick-reference cards (Ctrl+Shift+K) shows every card outside a case. File → Practise "
                "(Ctrl+Shift+O) gives you patrons' requests to practise on: you answer, and DeskHelp shows what the "
                "guidelines say. Nothing you practise is logged or saved.",
            )  # fmt: skip
        )
        + f"</p><h3>{escape(t[6])}</h3>"
        + keys_table()
    )


def getting_started_dialog(parent):
    """The page in a dialog that is not modal: the desk stays usable beside it; Esc or Enter closes it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setObjectName("gettingStarted")
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Getting started"))
    dialog.text = QTextBrowser(dialog)
    dialog.text.setObjectName("gettingStartedText")
    dialog.text.setAccessibleName(QCoreApplication.translate("MainWindow", "Getting started at the desk"))
    dialog.text.setHtml(getting_started_html())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("MainWindow", "&Close"))
    close.setDefault(True)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(dialog.text, 1)
    layout.addWidget(buttons)
    dialog.resize(680, 620)
    close.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
