"""Sharing this desk's cases in the background (issue 14): at start (once the window is ready), every hour and at
exit, as ui.background runs such work. The work is the service's (DeskService.share).

An unreachable folder is logged and shown once as a quiet notice; what was not shared is shared next time. At exit
the share gets about two seconds (the window closes anyway; nothing is lost: the cases go next time).
"""

from __future__ import annotations

import logging

from deskhelp.ui.background import BackgroundJob


class BackgroundSharing(BackgroundJob):
    thread_name = "deskhelp-share"
    exit_margin = 0.5  # the share waits for another one at most this much less than the window does
    log = logging.getLogger(__name__)
    unreachable_message = "sharing: %s; the cases are shared next time"
    failed_message = "sharing the cases failed; they are shared next time"

    @property
    def enabled(self) -> bool:
        return self._service.settings.share_folder is not None

    def work(self, timeout: float):
        return self._service.share(timeout)  # a ShareResult, or None (nothing set up, or busy)

    def unreachable(self) -> type[Exception]:
        from deskhelp.service import FolderUnreachable

        return FolderUnreachable

    def notice(self, problem: Exception) -> str:
        return self.tr("The sharing folder cannot be reached; this desk's cases are shared later.") + (
            f" ({problem.folder})"
        )
