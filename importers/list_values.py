"""SharePoint's JSON values read as the text the list shows.

A Power Automate flow that writes a SharePoint list out ("Get items", then "Create CSV
table" with its columns left automatic) writes each person column as the user objects
the connector returns (``{"@odata.type": "#Microsoft.Azure.Connectors.SharePoint.
SPListExpandedUser", "Claims": "i:0#.f|membership|…", "DisplayName": "Owen Farley",
"Email": …}``, a JSON array when the column takes several people) and each choice or
lookup column as a reference object (``{"@odata.type": "…SPListExpandedReference",
"Id": 1, "Value": "In progress"}``). The list shows the person's name and the choice's
value; read as written, the owners were no one and the statuses JSON.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Between the names of several people, as a list shows a multi-person column and as
# the people reader parts them
_SEPARATOR = "; "


def list_value(cell: str) -> str | None:
    """The text a list shows for a cell holding its JSON: a person's DisplayName (an
    array: each person's, parted by "; "), a choice's or lookup's Value; None for any
    other cell, JSON or not ('{"a": 1}', "[TBC]", "{Identifier}")."""
    items = _items(cell)
    if items is None:
        return None
    shown = [_shown(v) for v in items]
    return _SEPARATOR.join(s for s in shown if s) if all(s is not None for s in shown) else None


def list_written(cell: str) -> str | None:
    """The whole record of a cell ``list_value`` reads, readably: each object's values
    that are not empty as "Key: value" parted by "; ", an object a line ("DisplayName:
    Owen Farley; Email: …; JobTitle: Product Owner"); None for any other cell. The
    list shows the name only, but the job title, department and e-mail are the user's
    words too: kept beside the name, as a cell read as less than its text is."""
    if list_value(cell) is None:
        return None
    return "\n".join(_record(item) for item in _items(cell) or [])


def _items(cell: str) -> list[dict[str, Any]] | None:
    """The objects of a cell holding a JSON object or a non-empty array of them."""
    if cell[:1] not in ("{", "[") or '"' not in cell:
        return None
    try:
        value = json.loads(cell)
    except (ValueError, RecursionError):  # not JSON, or nested past reading: text
        return None
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    return None


def _record(item: dict[str, Any]) -> str:
    """An object's non-empty values as "Key: value", parted by "; ", in its order; a
    value holding more (an object, an array) as its JSON."""
    parts = (
        f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
        for key, value in item.items()
        if value not in ("", None, [], {})
    )
    return _SEPARATOR.join(parts)


def _shown(item: dict[str, Any]) -> str | None:
    """A person object's DisplayName, a reference object's Value (with its Id, as the
    connector writes both), else None: another JSON object is text as written."""
    name = item.get("DisplayName")
    if isinstance(name, str):
        return name.strip()
    value = item.get("Value")
    if "Id" in item and isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    return None


# SharePoint's lists web service (GetListItems, and the tools built on it) writes a
# lookup as its item's ID, ";#" and the value ("3;#Area for improvement 1: …"), a
# person as their user ID and name ("15;#Patel, Anika") and several of either as the
# pairs run on ("15;#Patel, Anika;#22;#Brennan, Siobhan"). The list shows the values
# only: the IDs are its keys. Only a cell wholly so written is read so, each ID digits
# and each value holding no ";#": the mark inside words ("404;#anchor") is the user's.
_ID_PAIRS = re.compile(r"\d{1,9};#(?:(?!;#).)+?(?:;#\d{1,9};#(?:(?!;#).)+?)*", re.DOTALL)
_PAIR = re.compile(r"(\d{1,9});#((?:(?!;#).)+)", re.DOTALL)


def id_pairs_value(cell: str) -> str | None:
    """The values a list shows for a cell of "ID;#value" pairs, parted by "; " as
    ``list_value`` parts several people: "3;#Area 1: …" → "Area 1: …",
    "15;#Patel, Anika;#22;#Brennan, Siobhan" → "Patel, Anika; Brennan, Siobhan";
    None for any other cell (";#Carers;#", "Tom Reid;#Jo Lee": no IDs to drop)."""
    if not _ID_PAIRS.fullmatch(cell):
        return None
    return _SEPARATOR.join(value.strip() for _, value in _PAIR.findall(cell))
