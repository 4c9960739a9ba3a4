"""The library's times for digital guidance (drop-in, booking, remote sessions, how to book), per branch, from the
pack: shown when there is no time now and printed on booking slips. The old `[guidance] times` in each PC's
configuration is the fallback where the pack has none."""

from __future__ import annotations

from deskhelp.core.guidelines import ALL_BRANCHES, TIMES_FIELDS, BranchTimes, GuidelinePack
from deskhelp.core.patron_text import patron_label


def times_for(pack: GuidelinePack, branch: str) -> BranchTimes | None:
    """The branch's own times (its name compared without regard to case), else those for every branch."""
    own = [t for t in pack.times if t.branch.casefold() == branch.casefold()]
    shared = [t for t in pack.times if t.branch == ALL_BRANCHES]
    return (own or shared or [None])[0]


def times_text(times: BranchTimes, language: str, fields: tuple[str, ...] = TIMES_FIELDS) -> str:
    """The times (``fields`` of them) as lines of text, "Drop-in: tisdagar 13-15", in ``language`` (Swedish where it
    has none)."""
    lines = []
    for name in fields:
        text = getattr(times, name)
        if text is not None:
            lines.append(f"{patron_label('times_' + name, language)}: {text.get(language)}")
        if name == "remote" and times.remote_link:  # the remote drop-in's room, right under its times
            lines.append(f"{patron_label('times_remote_link', language)}: {times.remote_link}")
    return "\n".join(lines)


def times_language(times: BranchTimes, language: str) -> str:
    """The language a slip in ``language`` prints these times in: its own where every one of them has it, else
    English, as a whole (label and text), so that the times never read half in one language and half in another.
    (Times are the library's own and change often: a library that writes them in Swedish and English only still
    gives Arabic slips, with the times in English, which more patrons read than Swedish on arrival.)"""
    texts = [getattr(times, name) for name in TIMES_FIELDS if getattr(times, name) is not None]
    return language if all(text.translations.get(language) for text in texts) else "en"


def patron_guidance(pack: GuidelinePack, branch: str, fallback: str | None, language: str) -> tuple[str | None, str]:
    """The times a slip in ``language`` prints, and the language they are in. The `[guidance] times` of a desk's
    configuration (where the pack has no times for the branch) are the library's free text, printed as written."""
    times = times_for(pack, branch)
    if times is None:
        return fallback, language
    spoken = times_language(times, language)
    return times_text(times, spoken), spoken


def guidance_for(pack: GuidelinePack, branch: str, fallback: str | None, language: str) -> str | None:
    times = times_for(pack, branch)
    return times_text(times, language) if times is not None else fallback
