"""Staff-facing explanations for problems raised below the UI (which speaks English to logs and IT)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskhelp.service import StorageError, StorageProblem


def storage_message(error: StorageError, details: bool = True) -> str:
    """What went wrong, for people. With ``details`` (the start-up dialog and the dashboard, read by IT and team
    leads) also the file and the technical detail, in English; without (the desk's banner) one short line: the
    callers log the details for IT."""
    reasons = {
        StorageProblem.NETWORK_PATH: QCoreApplication.translate(
            "Messages", "The database is on a network drive, where it could be damaged. Ask IT to place it on this PC."
        ),
        StorageProblem.CANNOT_CREATE: QCoreApplication.translate(
            "Messages", "The database cannot be created or opened. Ask IT to check the folder."
        ),
        StorageProblem.NOT_A_DATABASE: QCoreApplication.translate(
            "Messages",
            "The database file is damaged or is not a DeskHelp database. Nothing was changed. Ask IT to restore a "
            "backup.",
        ),
        StorageProblem.LOCKED: QCoreApplication.translate(
            "Messages", "The database is busy in another program (perhaps a second DeskHelp). Close it and try again."
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "Messages", "The database is read-only, so nothing can be saved. Ask IT to check it."
        ),
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "Messages", "The disk is full, so nothing was saved. Ask IT to free some space."
        ),
        StorageProblem.NEWER_SCHEMA: QCoreApplication.translate(
            "Messages", "The database was made by a newer DeskHelp. Install that version or newer; nothing was changed."
        ),
        StorageProblem.MIGRATION_FAILED: QCoreApplication.translate(
            "Messages", "The database could not be used. Nothing was changed."
        ),
        StorageProblem.DAMAGED: QCoreApplication.translate(
            "Messages",
            "The database file is damaged. To protect what is in it, nothing more is saved into it. Call IT: they can "
            "restore a backup.",
        ),
        StorageProblem.EMPTIED: QCoreApplication.translate(
            "Messages",
            "The database that held the cases is missing or empty. DeskHelp does not start a new one, so that "
            "nothing is lost. Call IT: they can restore the newest backup.",
        ),
    }
    if not details:
        return reasons[error.problem]
    file_label = QCoreApplication.translate("Messages", "File")
    details_label = QCoreApplication.translate("Messages", "Details")
    return f"{reasons[error.problem]}\n\n{file_label}: {error.path}\n{details_label}: {error.detail}"
