"""The library's times for digital guidance (drop-in, booking, remote sessions, how to book), per branch, from the
pack: shown when there is no time now and printed on booking slips. The old `[guidance] times` in each PC's
configuration is the fallback where the pack has none."""

from __future__ import annotations

from deskhelp.core.guidelines import ALL_BRANCHES, TIMES_FIELDS, BranchTimes, GuidelinePack

_LABELS = {
    "sv": {
        "drop_in": "Drop-in",
        "booking": "Boka tid",
        "remote": "På distans",
        "how_to_book": "Så bokar du",
        "remote_link": "Videorum",
    },
    "en": {
        "drop_in": "Drop-in",
        "booking": "Booked sessions",
        "remote": "Remote",
        "how_to_book": "How to book",
        "remote_link": "Video room",
    },
}


def times_for(pack: GuidelinePack, branch: str) -> BranchTimes | None:
    """The branch's own times (its name compared without regard to case), else those for every branch."""
    own = [t for t in pack.times if t.branch.casefold() == branch.casefold()]
    shared = [t for t in pack.times if t.branch == ALL_BRANCHES]
    return (own or shared or [None])[0]


def times_text(times: BranchTimes, language: str) -> str:
    """The times as lines of text, "Drop-in: tisdagar 13-15", in ``language`` (Swedish where it has none)."""
    labels = _LABELS.get(language, _LABELS["sv"])
    lines = []
    for name in TIMES_FIELDS:
        text = getattr(times, name)
        if text is not None:
            lines.append(f"{labels[name]}: {text.get(language)}")
        if name == "remote" and times.remote_link:  # the remote drop-in's room, right under its times
            lines.append(f"{labels['remote_link']}: {times.remote_link}")
    return "\n".join(lines)


def guidance_for(pack: GuidelinePack, branch: str, fallback: str | None, language: str) -> str | None:
    times = times_for(pack, branch)
    return times_text(times, language) if times is not None else fallback
