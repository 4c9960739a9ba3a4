"""Edit → Copy the referral as text (Ctrl+Shift+C), for a patron who called, chats or wrote an e-mail.

The text is ``core.referral_text``'s, in the patron's language (the one chosen for the slip or the patron view,
else the staff's), with the library's remote drop-in when the channel is phone, e-mail or chat/video. It goes to
the clipboard as plain text, to be pasted into the chat or the e-mail; nothing is logged or stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication

SHORTCUT = "Ctrl+Shift+C"


def install_copy_action(window) -> QAction:
    """The menu entry in ``window``'s Edit menu; its text is set by ``retranslate_copy_action``, its key (SHORTCUT) by
    the window once it has painted (setting a shortcut builds Qt's namespace, which the first
    paint must not wait for: tests/ui/test_startup.py)."""
    action = QAction(window)
    action.setObjectName("copyReferralAction")
    action.triggered.connect(lambda _checked=False: copy_referral(window))
    window.edit_menu.addAction(action)
    return action


def retranslate_copy_action(action: QAction) -> None:
    action.setText(QCoreApplication.translate("CopyReferral", "&Copy the referral as text"))
    action.setToolTip(
        QCoreApplication.translate("CopyReferral", "In the patron's language, to paste into a chat or an e-mail")
    )


def referral_text_now(window) -> tuple[str, str] | None:
    """The text for the case on screen and its language, or None when no case is."""
    if window._service is None or window._result is None or not window.showing_case():
        return None
    from deskhelp.core.branch_times import times_for
    from deskhelp.core.channels import is_remote
    from deskhelp.core.referral_text import referral_text

    service = window._service
    sheet = window._patron_sheet()[0]
    times = times_for(service.pack, service.settings.branch)
    remote = is_remote(window.triage.details.selected_channel())
    return referral_text(sheet, times, remote=remote, library=service.settings.library), sheet.language


def copy_referral(window) -> None:
    copied = referral_text_now(window)
    if copied is None:
        window.show_banner(QCoreApplication.translate("CopyReferral", "Choose an errand first; then it can be copied."))
        return
    text, language = copied
    QGuiApplication.clipboard().setText(text)
    from deskhelp.printing.slip import language_name

    message = QCoreApplication.translate(
        "CopyReferral", "The referral is copied in {0}: paste it into the chat or the e-mail with Ctrl+V."
    )
    window.show_banner(message.format(language_name(language)))
