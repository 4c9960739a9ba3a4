"""Issue 17: numbers in the reports' running text carry the language's thousands separator (20 000, not 20000)."""

from __future__ import annotations

from deskhelp.reports.labels import label, number_text


def test_swedish_numbers_group_thousands_with_a_no_break_space() -> None:
    assert number_text(20000, "sv") == "20\u00a0000"
    assert number_text(3088, "sv") == "3\u00a0088"
    assert number_text(999, "sv") == "999"
    assert number_text(1234567, "en") == "1,234,567"


def test_counts_in_report_sentences_are_grouped() -> None:
    assert label("note.demo", "sv", n=20000) == "Innehåller 20\u00a0000 demoärenden – inte riktiga ärenden."
    assert label("note.demo", "en", n=3088) == "Contains 3,088 demo cases – not real cases."


def test_charts_write_their_numbers_in_the_locale(qapp) -> None:
    from deskhelp.ui.charts import bar_chart

    view = bar_chart("Ärenden", ["A", "B"], {"Antal": [20000, 3088]})
    assert view.chart().localizeNumbers()
