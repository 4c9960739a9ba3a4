"""Names beside the coded values in the cases' text rows (``statistics.iter_case_text`` and the portable data's
``case_text``): the reports ask for each coded field's name in a column before its stored value (see
``deskhelp.reports.case_columns``), and both renderings must write the same bytes.

``labels`` maps a field of the rows (``CASE_COLUMNS``, "actors", "missing_resources") to {stored value: name}; for
the two lists of ids, {id: name}, the names joined by NAME_SEPARATOR in the ids' order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from deskhelp.core.statistics import NAME_SEPARATOR

LIST_FIELDS = {"actors": ("case_actor", "actor_id"), "missing_resources": ("case_missing_resource", "resource_id")}


def text_cell(value, rules) -> str:
    """A cell as a writer with ``rules`` writes it: nothing for NULL, digits, ISO dates, and text guarded, then
    quoted if it must be."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | dt.date):
        return str(value) if isinstance(value, int) else value.isoformat()
    text = str(value)
    if text[:1] and text[:1] in rules.guard_when:
        text = rules.guard + text
    if any(character in text for character in rules.quote_when):
        text = rules.quote + text.replace(rules.quote, rules.quote * 2) + rules.quote
    return text


def label_of(field: str, value, labels: Mapping[str, Mapping]):
    """The name shown before ``value`` of ``field`` (the value itself when it has none; None stays None)."""
    names = labels[field]
    if field in LIST_FIELDS:
        return None if value is None else NAME_SEPARATOR.join(names.get(i, i) for i in value.split(","))
    return names.get(value, value)


def label_sql(column: str, names: Mapping, rules, params: dict[str, object]) -> str:
    """SQL for two cells, the name of ``c.column``'s value and the value: a CASE over the values, each pair
    rendered here once (half the work for printf() of two cells a case). A value without a name is written as
    stored, in both cells, as the column itself is (``iter_case_text``: stored codes need no guard); NULL as two
    empty cells. Adds its parameters to ``params`` (``:separator`` is the rules' own)."""
    whens = []
    for number, (value, name) in enumerate(names.items()):
        key = f"label_{column}_{number}"
        params[key] = value
        params[f"{key}_cells"] = text_cell(name, rules) + rules.separator + text_cell(value, rules)
        whens.append(f"WHEN :{key} THEN :{key}_cells")
    unnamed = f"ifnull(c.{column} || :separator || c.{column}, :separator)"
    return f"CASE c.{column} {' '.join(whens)} ELSE {unnamed} END" if whens else unnamed


def ref_names_rows(labels: Mapping[str, Mapping]) -> list[tuple[str, str, str]]:
    """(field, id, name) for the temporary table the lists' names are looked up in."""
    return [(field, i, name) for field in LIST_FIELDS for i, name in labels.get(field, {}).items()]


def refs_sql(cell: Callable[[str], str], labels: Mapping[str, Mapping], ids: str) -> tuple[str, str]:
    """The statements that render the actors and the missing resources of the cases whose id is ``ids`` into
    temp.case_refs, as cells (``cell``): the ids, and their names too for a list in ``labels`` (looked up in
    temp.ref_names, in the ids' order; ``:name_separator`` between them)."""
    statements = []
    for field, (table, column) in LIST_FIELDS.items():
        target = "actors" if field == "actors" else "missing"
        values, names, join = cell(f"group_concat({column}, ',')"), "", ""
        if field in labels:
            names = ", " + cell(f"group_concat(coalesce(n.name, {column}), :name_separator)")
            join = f"LEFT JOIN temp.ref_names n ON n.field = '{field}' AND n.id = {column} "
        columns = target + (f", names_{target}" if names else "")
        statements.append(
            f"INSERT INTO temp.case_refs (case_id, {columns}) SELECT case_id, {values}{names} FROM {table} {join}"
            f"WHERE case_id {ids} GROUP BY case_id"
        )
    # A case with missing resources but no actors has no row yet; one with both is updated.
    updates = "missing = excluded.missing" + (
        ", names_missing = excluded.names_missing" if "missing_resources" in labels else ""
    )
    statements[1] += f" ON CONFLICT (case_id) DO UPDATE SET {updates}"
    return statements[0], statements[1]
