"""What the dashboard shows of one count: the key figures in tiles, and every panel's chart and numbers.

``StatsBoard`` owns the tiles and the panels and fills them from a ``StatsResult`` (this period and the one before),
with names from the guideline pack in the chosen language; a case type, actor or resource no longer in the pack is
shown by its id. Charts come from ``deskhelp.ui.charts`` only; the period arithmetic (buckets, change in per cent)
is ``deskhelp.core.statistics``'s, the same the reports use.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import zip_longest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QVBoxLayout, QWidget

from deskhelp.core.cases import READ_SCALE, Channel
from deskhelp.core.guidelines import GuidelinePack, Outcome
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.pack_names import PackNames
from deskhelp.core.statistics import Statistics, by_area, change_percent
from deskhelp.ui import charts
from deskhelp.ui.comparison_text import days_text
from deskhelp.ui.dashboard_model import HeatMapModel, StatsTableModel
from deskhelp.ui.dashboard_panels import Panel, PanelGrid, Tile, fill_table
from deskhelp.ui.flow_layout import FlowLayout
from deskhelp.ui.labels import chafing_reason_name, channel_name, effort_name, outcome_name
from deskhelp.ui.stats_worker import StatsResult

TOP_CASE_TYPES = 15
CHAFING_SHOWN = 200  # the latest ones: a list to read at a staff meeting; the inventory report has them all
HELPED_HERE = (Outcome.HELPED_HERE, Outcome.PARTLY_REFERRED)  # helped here, fully or partly
REFERRALS = (Outcome.REFERRED, Outcome.PARTLY_REFERRED)
TILES = ("cases", "previous", "change", "helped", "referrals", "chafing")
# Each panel: its key, whether it has a chart (else a table only), whether it takes a whole row.
PANELS = (
    ("over_time", True, True),
    ("area", True, False),
    ("outcome", True, False),
    ("case_type", True, False),
    ("actor", True, False),
    ("channel", True, False),
    ("effort", True, False),
    ("missing", True, False),
    ("competence", False, False),
    ("weekday_hour", False, True),
    ("chafing", False, True),
)


class StatsBoard(QWidget):
    """The tiles over the scrolling panels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsBoard")
        self.tiles_row = QWidget(self)
        self.tiles_row.setObjectName("tiles")
        flow = FlowLayout(self.tiles_row, spacing=10, line_spacing=8)
        self.tiles: dict[str, Tile] = {}
        for key in TILES:
            tile = self.tiles[key] = Tile(key, self.tiles_row)
            flow.addWidget(tile)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("panels")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = PanelGrid()
        self.panels: dict[str, Panel] = {}
        for key, has_chart, wide in PANELS:
            model = HeatMapModel() if key == "weekday_hour" else StatsTableModel()
            panel = self.panels[key] = Panel(key, self.grid, has_chart, wide, model)
            model.setParent(panel)
            self.grid.add(panel)
        self.panels["weekday_hour"].table.wrap = False
        self.scroll.setWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.tiles_row)
        layout.addWidget(self.scroll, 1)
        self.names: PackNames | None = None

    def retranslate(self) -> None:
        titles = self.panel_titles()
        for key, panel in self.panels.items():
            panel.retranslate(titles[key])

    def panel_titles(self) -> dict[str, str]:
        return {
            "over_time": self.tr("Cases over time"),
            "area": self.tr("By area"),
            "outcome": self.tr("By outcome"),
            "case_type": self.tr("By kind of errand (the {0} most common)").format(TOP_CASE_TYPES),
            "actor": self.tr("Referrals by actor"),
            "channel": self.tr("By channel"),
            "effort": self.tr("Effort (READ scale)"),
            "missing": self.tr("Resources the patron lacked"),
            "competence": self.tr("Competence gaps – where to train"),
            "weekday_hour": self.tr("Weekday and hour"),
            "chafing": self.tr("Cases that chafed – for the staff meeting"),
        }

    def show_all_numbers(self, numbers: bool) -> None:
        for panel in self.panels.values():
            panel.show_numbers(numbers)

    # -- showing the numbers -------------------------------------------------------------------------------------
    def render(self, result: StatsResult, pack: GuidelinePack, language: str, compare: bool) -> None:
        """Fill every tile and panel with ``result``, named from ``pack`` in ``language``."""
        names = self.names = PackNames(pack, language, self.tr("Not in the current guidelines"))
        now, before = result.current, result.previous
        self._show_tiles(now, before)
        self._show_over_time(now, before, compare)
        self._bars("area", [(names.area(a), n) for a, n in by_area(now, names.area_of)], self.tr("Area"))
        self._show_outcomes(now, before, compare)
        case_types = [(names.case_type(c), n) for c, n in now.by_case_type]
        self._bars("case_type", case_types, self.tr("Kind of errand"), chart_rows=TOP_CASE_TYPES)
        self._bars("actor", [(names.actor(a), n) for a, n in now.by_actor], self.tr("Actor"))
        channels = [(_channel_name(c.value), now.by_channel.get(c.value, 0)) for c in Channel]
        channels += [(c, n) for c, n in now.by_channel.items() if c not in {ch.value for ch in Channel}]
        self._bars("channel", channels, self.tr("Channel"), keep_zeros=True)
        effort = [(effort_name(level), now.effort.get(level, 0)) for level in READ_SCALE]
        self._bars("effort", effort, self.tr("READ level"), keep_zeros=True)
        missing = [(names.resource(r), n) for r, n in now.missing_resources]
        self._bars("missing", missing, self.tr("Resource"))
        self._show_competence(now, pack, language)
        self._show_heat_map(now)
        self._show_chafing(now)

    def _show_tiles(self, now: Statistics, before: Statistics) -> None:
        locale = QLocale()
        change = change_percent(now.total, before.total)
        helped = sum(now.by_outcome.get(o.value, 0) for o in HELPED_HERE)
        referrals = sum(now.by_outcome.get(o.value, 0) for o in REFERRALS)
        share = f"{round(100 * helped / now.total)} %" if now.total else "–"
        tiles = self.tiles
        tiles["cases"].set(locale.toString(now.total), self.tr("cases this period"))
        # Which days the change is against (core.comparison: the same days of the period before while this one is
        # under way), said on both tiles.
        days = days_text(before.filter.period, now.filter.period.start.year, locale)
        tiles["previous"].set(locale.toString(before.total), self.tr("cases %1").replace("%1", days))
        tiles["change"].set(
            "–" if change is None else f"{change:+d} %", self.tr("compared with %1").replace("%1", days)
        )
        tiles["helped"].set(share, self.tr("helped here, fully or partly"))
        tiles["referrals"].set(locale.toString(referrals), self.tr("referred elsewhere"))
        tiles["chafing"].set(locale.toString(len(now.chafing)), self.tr("cases that chafed"))
        height = max(tile.sizeHint().height() for tile in tiles.values())
        for tile in tiles.values():
            tile.setFixedHeight(height)  # one even row, however the captions wrap

    def _chart_or_empty(self, panel: Panel, make: Callable[[], QWidget]) -> None:
        panel.set_chart(make() if panel.model.rowCount() else None)

    def _bars(
        self,
        key: str,
        rows: list[tuple[str, int]],
        label: str,
        chart_rows: int | None = None,
        keep_zeros: bool = False,
    ) -> None:
        panel = self.panels[key]
        if not keep_zeros:
            rows = [row for row in rows if row[1]]
        has_any = any(count for _name, count in rows)
        fill_table(panel.table, [label, self.tr("Cases")], rows if has_any else [])
        shown = rows[:chart_rows] if chart_rows else rows
        labels = [name for name, _count in shown]
        series = {self.tr("Cases"): [count for _name, count in shown]}
        self._chart_or_empty(panel, lambda: charts.bar_chart("", labels, series))

    def _show_outcomes(self, now: Statistics, before: Statistics, compare: bool) -> None:
        panel = self.panels["outcome"]
        keys = [o.value for o in Outcome] + [k for k in now.by_outcome if k not in {o.value for o in Outcome}]
        names = [_outcome_name(key) for key in keys]
        counts = [now.by_outcome.get(key, 0) for key in keys]
        earlier = [before.by_outcome.get(key, 0) for key in keys]
        this_name, before_name = self.tr("This period"), self.tr("Previous period")
        if compare:
            rows = [list(row) for row in zip(names, counts, earlier, strict=True)]
            fill_table(panel.table, [self.tr("Outcome"), this_name, before_name], rows if any(counts + earlier) else [])
            series = {this_name: counts, before_name: earlier}
        else:
            rows = [list(row) for row in zip(names, counts, strict=True)]
            fill_table(panel.table, [self.tr("Outcome"), self.tr("Cases")], rows if any(counts) else [])
            series = {self.tr("Cases"): counts}
        self._chart_or_empty(panel, lambda: charts.bar_chart("", names, series))

    def _show_over_time(self, now: Statistics, before: Statistics, compare: bool) -> None:
        panel = self.panels["over_time"]
        period = now.filter.period
        starts = period.bucket_starts()
        counts = dict(now.over_time)
        points = [(day, counts.get(day, 0)) for day in starts]
        previous_starts = before.filter.period.bucket_starts()
        previous_counts = dict(before.over_time)
        bucket = period.bucket()
        date_label = {"day": self.tr("Day"), "week": self.tr("Week from"), "month": self.tr("Month")}[bucket]
        date_format = "MMM yyyy" if bucket == "month" else "d MMM"
        if compare:
            rows = [
                [
                    day.isoformat() if day else "",
                    counts.get(day, 0) if day else "",
                    previous_day.isoformat() if previous_day else "",
                    previous_counts.get(previous_day, 0) if previous_day else "",
                ]
                for day, previous_day in zip_longest(starts, previous_starts)
            ]
            columns = [date_label, self.tr("Cases"), self.tr("Previous period"), self.tr("Cases then")]
            # The period before, laid over this one bucket by bucket (day 1 on day 1, week 1 on week 1).
            previous = [(day, previous_counts.get(p, 0)) for day, p in zip(starts, previous_starts, strict=False)]
        else:
            rows = [[day.isoformat(), counts.get(day, 0)] for day in starts]
            columns = [date_label, self.tr("Cases")]
            previous = None
        any_cases = now.total or (compare and before.total)
        fill_table(panel.table, columns, rows if any_cases else [])
        names = (self.tr("This period"), self.tr("Previous period"))
        self._chart_or_empty(panel, lambda: charts.line_chart("", points, previous, names, date_format=date_format))

    def _show_competence(self, now: Statistics, pack: GuidelinePack, language: str) -> None:
        """What the desk needs to learn, by base-level service and framework competence (core.competence_needs),
        with the training material to learn it from; never who."""
        from deskhelp.core.competence_needs import competence_needs, row_label, training_text

        panel = self.panels["competence"]
        case_type = self.names.case_type
        rows = [
            [
                row_label(row, "pair", language),
                row.nobody,
                row.colleague,
                row.unneeded,
                ", ".join(case_type(c) for c in row.case_types[:3]),
                training_text(pack, row, language, urls=False),
            ]
            for row in competence_needs(pack, now.competence_gaps, now.needless_referrals, by="pair")
        ]
        columns = [self.tr("What to learn"), self.tr("Nobody here"), self.tr("To a colleague")]
        columns += [self.tr("Referred needlessly"), self.tr("Most common errands"), self.tr("Training")]
        fill_table(panel.table, columns, rows)
        panel.fit_rows()
        panel.show_numbers(True)

    def _show_heat_map(self, now: Statistics) -> None:
        panel = self.panels["weekday_hour"]
        table, model = panel.table, panel.model
        assert isinstance(model, HeatMapModel)
        locale = QLocale()
        days = [locale.standaloneDayName(day + 1, QLocale.FormatType.LongFormat) for day in range(7)]
        days = [day[:1].upper() + day[1:] for day in days]
        model.set_rows(days, now.weekday_hour, self.tr("{0} {1}:00–{2}:00: {3} cases"))
        table.verticalHeader().setVisible(bool(model.hours()))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(30)
        table.setToolTip(self.tr("Cases per weekday (rows) and hour (columns); darker is more"))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 12)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 7 * table.rowHeight(0) + 4)
        panel.show_numbers(True)

    def _show_chafing(self, now: Statistics) -> None:
        panel = self.panels["chafing"]
        case_type = self.names.case_type
        rows = [
            [case.occurred_on.isoformat(), case_type(case.case_type_id), _reasons(case.reasons), case.reflection or "–"]
            for case in now.chafing[-CHAFING_SHOWN:]
        ]
        locale = QLocale()
        panel.note.setText(
            self.tr("The latest {0} of {1}; the question inventory report has them all.").format(
                locale.toString(len(rows)), locale.toString(len(now.chafing))
            )
        )
        panel.note.setVisible(len(rows) < len(now.chafing))
        columns = [self.tr("Date"), self.tr("Kind of errand"), self.tr("Why it chafed"), self.tr("Reflection")]
        fill_table(panel.table, columns, rows)
        header = panel.table.horizontalHeader()
        header.setSectionResizeMode(CHAFING_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHAFING_CASE_TYPE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CHAFING_CASE_TYPE, 260)
        header.setSectionResizeMode(CHAFING_WHY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHAFING_REFLECTION, QHeaderView.ResizeMode.Stretch)
        panel.table.resizeRowsToContents()
        panel.fit_rows(10)
        panel.show_numbers(True)


CHAFING_DATE, CHAFING_CASE_TYPE, CHAFING_WHY, CHAFING_REFLECTION = 0, 1, 2, 3  # the chafing cases' table's columns


def _reasons(reasons: tuple[str, ...]) -> str:
    """Why a case chafed, in the desk's words; "–" for cases logged before reasons were asked, or without one."""
    names = []
    for reason in reasons:
        try:
            names.append(chafing_reason_name(ChafingReason(reason)))
        except ValueError:
            names.append(reason)
    return ", ".join(names) or "–"


def _outcome_name(outcome: str) -> str:
    try:
        return outcome_name(Outcome(outcome))
    except ValueError:
        return outcome


def _channel_name(channel: str) -> str:
    try:
        return channel_name(Channel(channel))
    except ValueError:
        return channel
