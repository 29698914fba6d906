"""RAG written as a cell's fill colour: the commonest RAG in real Excel plans.

A colour is read by its hue (the nearest of red, amber, green, blue), so the
many shades files use all rate; what the file showed is kept as written.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.formatting.rule import IconSetRule
from openpyxl.styles import Color, Font, PatternFill

from importers import load
from importers.colours import rag_of_rgb, theme_colours
from importers.explain import explain_file
from store import Store
from store.models import ActionQuery
from tests.importers.test_import_rules import OPTIONS, actions, plan_of


@pytest.mark.parametrize(
    ("rgb", "rag"),
    [
        *[(c, "red") for c in ("FF0000", "C00000", "FFC7CE", "FF5050")],
        *[(c, "amber") for c in ("FFC000", "FFFF00", "FFEB9C", "FF9900", "ED7D31")],
        *[(c, "green") for c in ("92D050", "00B050", "C6EFCE", "9BBB59", "70AD47")],
        *[(c, "blue") for c in ("0070C0", "4472C4", "00B0F0")],
        ("FF00B050", "green"),  # ARGB, as openpyxl gives it
    ],
)
def test_a_shade_rates_as_the_nearest_rag_by_hue(rgb: str, rag: str) -> None:
    assert rag_of_rgb(rgb) == rag


@pytest.mark.parametrize("rgb", ["FFFFFF", "F2F2F2", "D9D9D9", "808080", "000000", "7030A0"])
def test_white_grey_black_and_purple_rate_nothing(rgb: str) -> None:
    assert rag_of_rgb(rgb) is None


def test_a_tint_that_lightens_a_colour_to_white_rates_nothing() -> None:
    assert rag_of_rgb("00B050", tint=0.4) == "green"
    assert rag_of_rgb("00B050", tint=0.95) is None


def test_theme_colours_are_counted_as_excel_counts_them() -> None:
    """Theme index 0 is the light background (lt1), 1 the dark text (dk1), then lt2,
    dk2 and the accents: a cell filled with theme colour 9 is accent6."""
    xml = (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        "<a:themeElements><a:clrScheme>"
        '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
        '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
        '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
        + "".join(
            f'<a:accent{i}><a:srgbClr val="{c}"/></a:accent{i}>'
            for i, c in enumerate(["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"], 1)
        )
        + "</a:clrScheme></a:themeElements></a:theme>"
    )
    found = theme_colours(xml)
    assert found[:2] == ["FFFFFF", "000000"]
    assert [rag_of_rgb(c) for c in found[4:10]] == ["blue", "amber", None, "amber", "blue", "green"]


HEADER = ["Ref", "Action", "Lead", "Due date", "RAG"]
ROWS = [
    ("1.1", "Audit supervision records monthly", "FF0000"),
    ("1.2", "Train managers in reflective supervision", "FFC000"),
    ("2.1", "Introduce a quarterly case audit programme", "92D050"),
    ("2.2", "Report audit findings to the board", "00B050"),
    ("2.3", "Retire the old case system", "0070C0"),
    ("2.4", "Review the threshold document", None),
]


def solid(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def coloured_plan(
    path: Path,
    header: list[str] = HEADER,
    marks: str = "",
    below: list[str] | None = None,
    theme_fill: int | None = None,
) -> Path:
    """A plan whose RAG column says nothing (or only ``marks``): each cell's fill is
    the rating."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Children's services improvement plan"])
    sheet.append(header)
    for ref, text, rgb in ROWS:
        sheet.append([ref, text, "Jo Marsh", "31/03/2027", marks if rgb else ""])
        if rgb:
            sheet.cell(sheet.max_row, 5).fill = solid(rgb)
    if theme_fill is not None:  # the last action: a theme colour
        colour = Color(theme=theme_fill, tint=0.0)
        sheet.cell(sheet.max_row, 5).fill = PatternFill(fill_type="solid", fgColor=colour)
    for line in below or []:
        sheet.append([line])
    book.save(path)
    return path


def test_a_blank_rag_column_coloured_by_fill_gives_each_action_its_rag(tmp_path: Path) -> None:
    """The RAG each action has once imported into the database, and the colour kept."""
    store = Store.open(tmp_path / "plans.db")
    store.merge_plans(load(coloured_plan(tmp_path / "plan.xlsx"), OPTIONS).plans, "test")
    rows = store.list_actions(ActionQuery())
    assert [(a.ref, a.rag, a.status) for a in rows] == [
        ("1.1", "red", "in_progress"),
        ("1.2", "amber", "in_progress"),
        ("2.1", "green", "in_progress"),
        ("2.2", "green", "in_progress"),
        ("2.3", None, "done"),  # blue: BRAG complete
        ("2.4", None, "not_started"),  # no colour, no words: nothing
    ]
    written = [store.action_detail(a.id).fields.get("RAG (as written)") for a in rows]
    assert written == [
        "Red (cell colour)",
        "Amber (cell colour)",
        "Green (cell colour)",
        "Green (cell colour)",
        "Blue (cell colour)",
        None,
    ]


def test_explain_says_the_colours_are_the_rag(tmp_path: Path) -> None:
    lines = explain_file(coloured_plan(tmp_path / "plan.xlsx"), OPTIONS)
    assert "    'RAG' -> rag (cell colours: 5 red/amber/green/blue fills)" in lines


def test_a_mark_in_a_coloured_cell_is_kept_and_the_colour_rates(tmp_path: Path) -> None:
    plan = plan_of(coloured_plan(tmp_path / "plan.xlsx", marks="●"))
    first = actions(plan)[0]
    assert (first.rag, first.fields["RAG (as written)"]) == ("red", "● (Red cell colour)")
    assert load(tmp_path / "plan.xlsx", OPTIONS).warnings == []  # "●" is understood


def test_a_status_column_of_colours_only_is_the_rag(tmp_path: Path) -> None:
    header = [*HEADER[:4], "Status"]
    path = coloured_plan(tmp_path / "plan.xlsx", header=header)
    assert [a.rag for a in actions(plan_of(path))] == ["red", "amber", "green", "green", None, None]
    lines = explain_file(path, OPTIONS)
    assert any(line.startswith("    'Status' -> rag (header 'Status', but") for line in lines)


@pytest.mark.parametrize(
    "key",
    [
        "Key: Green = Complete, Amber = On track, Red = Off track",
        # labelled with how the rating is shown: still the legend of the colours
        "RAG (cell colour): Green = closed, Amber = on track, Red = overdue",
    ],
)
def test_a_colour_legend_in_the_file_still_rules(tmp_path: Path, key: str) -> None:
    plan = plan_of(coloured_plan(tmp_path / "plan.xlsx", below=[key]))
    assert [(a.status, a.rag) for a in actions(plan)][:4] == [
        ("in_progress", "red"),
        ("in_progress", "amber"),
        ("done", "green"),
        ("done", "green"),
    ]


def test_a_theme_colour_fill_is_read_through_the_workbook_theme(tmp_path: Path) -> None:
    path = coloured_plan(
        tmp_path / "plan.xlsx", theme_fill=6
    )  # accent3 of the theme openpyxl writes: 9BBB59
    assert actions(plan_of(path))[-1].rag == "green"


def test_a_column_filled_all_one_blue_is_styling_not_every_action_done(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for ref, text, _ in ROWS:
        sheet.append([ref, text, "Jo Marsh", "31/03/2027", ""])
        sheet.cell(sheet.max_row, 5).fill = solid("DCE6F1")  # a pale blue banding
    book.save(tmp_path / "plan.xlsx")
    plan = plan_of(tmp_path / "plan.xlsx")
    assert {(a.status, a.rag) for a in actions(plan)} == {("not_started", None)}


def test_status_words_on_a_coloured_cell_keep_their_status_and_take_its_rag(
    tmp_path: Path,
) -> None:
    """Row highlighting: "On track" on green is in progress, rated green."""
    header = [*HEADER[:4], "Status"]
    plan = plan_of(coloured_plan(tmp_path / "plan.xlsx", header=header, marks="On track"))
    first, *_ = actions(plan)
    assert (first.status, first.rag) == ("in_progress", "red")
    assert first.fields["Status (as written)"] == "On track (Red cell colour)"
    assert [a.rag for a in actions(plan)] == ["red", "amber", "green", "green", None, None]


# Seen in hold-out 250 (an NHS trust's maternity plan after the CQC): the RAG a "●" whose
# FONT is coloured, the cell unfilled, blank where work has not started, and a key row
# under the table coloured the same way ("Key:" | "● Complete" | "● On track" | …).
KEY_ROW = ["Key:", "● Complete", "● On track", "● At risk", "● Off track"]


def font_coloured_plan(
    path: Path, cell: str = "●", fill: str | None = None, key: bool = False
) -> Path:
    """A plan whose RAG column holds ``cell`` in each rated row, its font coloured and
    the cell unfilled (or filled ``fill``)."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Maternity services improvement plan"])
    sheet.append(HEADER)
    for ref, text, rgb in ROWS:
        sheet.append([ref, text, "Jo Marsh", "31/03/2027", cell if rgb else ""])
        if rgb:
            sheet.cell(sheet.max_row, 5).font = Font(bold=True, color=rgb)
        if rgb and fill:
            sheet.cell(sheet.max_row, 5).fill = solid(fill)
    if key:
        sheet.append([])
        sheet.append(KEY_ROW)
        for col, rgb in enumerate(("0070C0", "00B050", "FFC000", "FF0000"), start=2):
            sheet.cell(sheet.max_row, col).font = Font(color=rgb)
    book.save(path)
    return path


def test_a_mark_coloured_by_its_font_rates_as_a_fill_of_that_colour(tmp_path: Path) -> None:
    path = font_coloured_plan(tmp_path / "plan.xlsx")
    found = actions(plan_of(path))
    assert [(a.ref, a.status, a.rag) for a in found] == [
        ("1.1", "in_progress", "red"),
        ("1.2", "in_progress", "amber"),
        ("2.1", "in_progress", "green"),
        ("2.2", "in_progress", "green"),
        ("2.3", "done", None),  # blue: BRAG complete
        ("2.4", "not_started", None),  # blank: not started
    ]
    assert found[0].fields["RAG (as written)"] == "● (Red font colour)"
    assert load(path, OPTIONS).warnings == []  # the "●" is understood


def test_a_fill_rates_over_the_font_colour_of_its_mark(tmp_path: Path) -> None:
    path = font_coloured_plan(tmp_path / "plan.xlsx", fill="FFC000")
    assert [a.rag for a in actions(plan_of(path))][:4] == ["amber"] * 4


def test_words_in_a_coloured_font_are_read_by_their_words(tmp_path: Path) -> None:
    """Only a mark is drawn to show its colour: "Not started" in red is not started."""
    path = font_coloured_plan(tmp_path / "plan.xlsx", cell="Not started")
    assert {(a.status, a.rag) for a in actions(plan_of(path))} == {("not_started", None)}


def test_a_trend_arrow_in_a_coloured_font_rates_nothing(tmp_path: Path) -> None:
    """A green "▲" says the measure went up, not that the work is on track."""
    path = font_coloured_plan(tmp_path / "plan.xlsx", cell="▲")
    assert {a.rag for a in actions(plan_of(path))} == {None}


def test_a_key_row_of_coloured_marks_under_the_table_is_no_action(tmp_path: Path) -> None:
    plan = plan_of(font_coloured_plan(tmp_path / "plan.xlsx", key=True))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4"]
    assert all(word in plan.notes for word in ("Complete", "On track", "At risk", "Off track"))
    # the key's one "●" before each meaning keys the colours, not the mark: still rated
    # by each mark's colour, not all "Complete"
    assert [a.rag for a in actions(plan)] == ["red", "amber", "green", "green", None, None]


# Seen in hold-out 259 (a primary school's improvement plan): the RAG column SET IN THE
# WINGDINGS FONT, as Excel users draw traffic lights without icon sets: a lower-case "l"
# (Wingdings' filled circle) coloured by the font, a "ü" (Wingdings' tick) for an achieved
# action, the key row's cells a Wingdings run and a Calibri run each ("ü Achieved", …).
def wingdings_plan(path: Path) -> Path:
    """A plan whose RAG cells hold "l" or "ü" in the Wingdings font, coloured by the font,
    blank where not started, and a key row mixing Wingdings and Calibri runs."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    book = Workbook()
    sheet = book.active
    sheet.append(["School improvement plan 2026/27"])
    sheet.append(HEADER)
    for ref, text, rgb in ROWS:
        mark = {"0070C0": "ü", None: ""}.get(rgb, "l")
        sheet.append([ref, text, "Jo Marsh", "31/03/2027", mark])
        if rgb:
            sheet.cell(sheet.max_row, 5).font = Font(name="Wingdings", size=14, color=rgb)
    sheet.append([])
    sheet.append(["Key:"])
    keyed = [("00B050", "ü", " Achieved"), ("00B050", "l", " On track")]
    keyed += [("FFC000", "l", " Some slippage"), ("FF0000", "l", " Not on track")]
    for col, (rgb, glyph, meaning) in enumerate(keyed, start=2):
        runs = [TextBlock(InlineFont(rFont="Wingdings", color=rgb), glyph)]
        runs.append(TextBlock(InlineFont(rFont="Calibri"), meaning))
        sheet.cell(sheet.max_row, col).value = CellRichText(runs)
    sheet.cell(sheet.max_row, 6).value = "Blank – not yet started"
    book.save(path)
    return path


def test_a_wingdings_circle_rates_by_its_font_colour_and_its_tick_is_done(
    tmp_path: Path,
) -> None:
    """A cell set in a symbol font shows the font's glyph, not the letter typed: "l" is
    Wingdings' filled circle "●", rated by its colour, and "ü" its tick "✔", done."""
    path = wingdings_plan(tmp_path / "plan.xlsx")
    plan = plan_of(path)
    found = actions(plan)
    assert [(a.ref, a.status, a.rag) for a in found] == [
        ("1.1", "in_progress", "red"),
        ("1.2", "in_progress", "amber"),
        ("2.1", "in_progress", "green"),
        ("2.2", "in_progress", "green"),
        ("2.3", "done", None),  # the tick
        ("2.4", "not_started", None),  # blank
    ]
    assert found[0].fields["RAG (as written)"] == "● (Red font colour)"
    assert found[4].fields["RAG (as written)"] == "✔"
    # the key row's glyphs read as what they draw, the meanings as typed
    assert all(line in plan.notes for line in ("✔ Achieved", "● On track", "● Not on track"))


def test_a_webdings_circle_and_square_rate_by_their_font_colour_and_its_tick_is_done(
    tmp_path: Path,
) -> None:
    """Webdings draws a traffic light as Wingdings does, by other letters (its published
    glyph chart, as Unicode maps it): "n" its filled circle "●", "g" its filled square
    "■", rated by the font's colour; "a" its tick "✔", done."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    marks = ["n", "g", "n", "n", "a", ""]
    for (ref, text, rgb), mark in zip(ROWS, marks, strict=True):
        sheet.append([ref, text, "Jo Marsh", "31/03/2027", mark])
        if rgb:
            sheet.cell(sheet.max_row, 5).font = Font(name="Webdings", color=rgb)
    book.save(tmp_path / "plan.xlsx")
    found = actions(plan_of(tmp_path / "plan.xlsx"))
    assert [(a.ref, a.status, a.rag) for a in found] == [
        ("1.1", "in_progress", "red"),
        ("1.2", "in_progress", "amber"),
        ("2.1", "in_progress", "green"),
        ("2.2", "in_progress", "green"),
        ("2.3", "done", None),  # the tick
        ("2.4", "not_started", None),
    ]
    assert found[1].fields["RAG (as written)"] == "■ (Amber font colour)"


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def ods_cell(text: str = "", style: str = "") -> str:
    styled = f' table:style-name="{style}"' if style else ""
    if not text:
        return f"<table:table-cell{styled}/>"
    value = f'office:value-type="string"><text:p>{text}</text:p>'
    return f"<table:table-cell{styled} {value}</table:table-cell>"


def test_an_ods_cell_background_rates_as_an_xlsx_fill_does(tmp_path: Path) -> None:
    """As LibreOffice saves it: an automatic style per colour ("ce1" #ff0000), or a
    named style of styles.xml ("Bad", "Good") under an automatic one."""
    from tests.fixtures.plans.writers import ODS_MANIFEST, ODS_MIME

    def style(name: str, colour: str = "", parent: str = "") -> str:
        props = f'<style:table-cell-properties fo:background-color="{colour}"/>' if colour else ""
        inherit = f' style:parent-style-name="{parent}"' if parent else ""
        head = f'<style:style style:name="{name}" style:family="table-cell"{inherit}>'
        return f"{head}{props}</style:style>"

    automatic = style("ce1", "#ff0000") + style("ce2", "#ffc000") + style("ce3", parent="Good")
    rows = [["Ref", "Action", "RAG"], ["1", "Audit supervision records monthly", "ce1"]]
    rows += [["2", "Train managers in reflective supervision", "ce2"]]
    rows += [["3", "Introduce a quarterly case audit programme", "ce3"]]
    body = "".join(
        "<table:table-row>"
        + ods_cell(ref)
        + ods_cell(text)
        + (ods_cell(rag) if i == 0 else ods_cell(style=rag))
        + "</table:table-row>"
        for i, (ref, text, rag) in enumerate(rows)
    )
    path = tmp_path / "plan.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_MIME)
        archive.writestr(
            "styles.xml",
            f"<office:document-styles {ODS_NS}><office:styles>"
            + style("Good", "#c6efce")
            + "</office:styles></office:document-styles>",
        )
        archive.writestr(
            "content.xml",
            f"<office:document-content {ODS_NS}><office:automatic-styles>{automatic}"
            "</office:automatic-styles><office:body><office:spreadsheet>"
            f'<table:table table:name="Plan">{body}</table:table>'
            "</office:spreadsheet></office:body></office:document-content>",
        )
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    plan = plan_of(path)
    assert [(a.rag, a.fields["RAG (as written)"]) for a in actions(plan)] == [
        ("red", "Red (cell colour)"),
        ("amber", "Amber (cell colour)"),
        ("green", "Green (cell colour)"),
    ]


# Seen in hold-out 102 (an academy's post-Ofsted plan at its governors' review): each row
# highlighted in a narrow unheaded column at the right, its cells blank, a key of the
# highlight colours at the top pointing to the evidence column for the news.


def _highlighted_plan(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Oakfield Academy – Post-Ofsted Action Plan"])
    sheet.append(["KEY: Areas highlighted"])
    sheet.append(["Green: Completed"])
    sheet.append(["Red: Incomplete & transferred to the 2027-28 action plan"])
    sheet.append(["(refer to evidence column for further explanation on all colours)"])
    sheet.append(["No.", "Actions", "Lead", "Timescale", "Evidence"])
    rows = [
        ("1", "Train all teachers to plan for all pupils.", "00B050", "Training delivered."),
        ("2", "Direct teaching assistants well.", "FF0000", "Plans drafted for Year 7 only."),
        ("3", "Develop teachers' questioning.", None, ""),
    ]
    for number, text, rgb, evidence in rows:
        sheet.append([number, text, "SENCo", "Spring 1 2027", evidence])
        if rgb:  # the highlight sits one column past the last header, in a blank cell
            sheet.cell(sheet.max_row, 6).fill = solid(rgb)
    book.save(path)
    return path


def test_an_unheaded_column_of_highlights_past_the_text_is_the_rag(tmp_path: Path) -> None:
    found = actions(plan_of(_highlighted_plan(tmp_path / "plan.xlsx")))
    assert [(a.status, a.rag) for a in found] == [
        ("done", "green"),  # by the key
        ("in_progress", "red"),  # "Incomplete"
        ("not_started", None),  # no highlight yet
    ]


def test_the_column_a_colour_key_points_to_is_the_news(tmp_path: Path) -> None:
    found = actions(plan_of(_highlighted_plan(tmp_path / "plan.xlsx")))
    assert [[(u.date, u.text) for u in a.updates] for a in found] == [
        [(None, "Training delivered.")],
        [(None, "Plans drafted for Year 7 only.")],
        [],
    ]


def icon_set_plan(path: Path, rule: IconSetRule, scores: list[int | None]) -> Path:
    """A plan whose RAG column holds numbers under a conditional-format icon set that
    shows the icon only (Conditional Formatting > Icon Sets, 'Show Icon Only')."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Ref", "Action", "Owner", "Status", "RAG"])
    for i, score in enumerate(scores, start=1):
        sheet.append([f"1.{i}", f"Action number {i}.", "Head of Crime", "On track", score])
    sheet.conditional_formatting.add(f"E2:E{len(scores) + 1}", rule)
    book.save(path)
    return path


# Seen in hold-out 242 (a police force's PEEL tracker): the RAG written 3 / 2 / 1 and
# drawn only as Excel's three traffic lights, the numbers hidden.
def test_numbers_under_a_traffic_light_icon_set_rate_as_the_lights_they_show(
    tmp_path: Path,
) -> None:
    lights = IconSetRule("3TrafficLights1", "num", [1, 2, 3], showValue=False)
    plan = plan_of(icon_set_plan(tmp_path / "plan.xlsx", lights, [3, 2, 1, None]))
    found = actions(plan)
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", "green"),
        ("in_progress", "amber"),
        ("in_progress", "red"),
        ("in_progress", None),  # no number, no light
    ]
    # the number kept as written, with the light it showed
    assert [a.fields.get("RAG (as written)") for a in found[:3]] == [
        "3 (Green icon)",
        "2 (Amber icon)",
        "1 (Red icon)",
    ]
    lines = explain_file(icon_set_plan(tmp_path / "again.xlsx", lights, [3, 2, 1, None]), OPTIONS)
    assert any("'RAG' -> rag" in line and "3 red/amber/green icons" in line for line in lines)


def test_an_icon_sets_thresholds_and_order_decide_each_light(tmp_path: Path) -> None:
    """Excel's default thresholds are percentages of the range (67% and 33%); reversed,
    the highest number shows the red light (a count of days late, where fewer is better)."""
    default = IconSetRule("3TrafficLights1", "percent", [0, 33, 67])
    plan = plan_of(icon_set_plan(tmp_path / "plan.xlsx", default, [10, 50, 80, 0]))
    assert [a.rag for a in actions(plan)] == ["red", "amber", "green", "red"]
    reverse = IconSetRule("3TrafficLights1", "num", [0, 5, 20], reverse=True)
    plan = plan_of(icon_set_plan(tmp_path / "late.xlsx", reverse, [0, 7, 30]))
    assert [a.rag for a in actions(plan)] == ["green", "amber", "red"]


# Seen in hold-out 259 (a council's Annual Governance Statement plan): the plan was made an
# Excel Table and then converted to a range, which keeps the table style's banding as each
# cell's own fill: every other row, every column, blank RAG cells included, a pale tint of
# the style's colour. The real ratings are solid fills over the band in the RAG column.
BANDED = [
    ("1.1", "Agree a savings programme", "0070C0"),
    ("1.2", "Refresh the financial strategy", "00B050"),
    ("1.3", "Review the reserves policy", None),
    ("1.4", "Hold monthly budget clinics", "FFC000"),
    ("2.1", "Publish the contracts register", "FF0000"),
    ("2.2", "Train officers in procurement rules", None),
    ("2.3", "Report the register to committee", None),
]
BAND = PatternFill(fill_type="solid", fgColor=Color(theme=4, tint=0.7999816888943144))


def banded_plan(path: Path, rows: list[tuple[str, str, str | None]] = BANDED) -> Path:
    """Header, then every other row filled with the band in every column; ratings over it."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Annual Governance Statement action plan"])
    sheet.append(HEADER)
    for i, (ref, text, rgb) in enumerate(rows):
        sheet.append([ref, text, "Jo Marsh", "31/03/2027", ""])
        for col in range(1, 6) if i % 2 == 0 else ():
            sheet.cell(sheet.max_row, col).fill = BAND
        if rgb:
            sheet.cell(sheet.max_row, 5).fill = solid(rgb)
    book.save(path)
    return path


def test_a_table_styles_banding_left_as_fills_rates_nothing(tmp_path: Path) -> None:
    """A blank RAG cell showing only the pale blue band is not started, not blue (done);
    the solid ratings over the band rate as ever."""
    plan = plan_of(banded_plan(tmp_path / "plan.xlsx"))
    assert [(a.ref, a.status, a.rag) for a in actions(plan)] == [
        ("1.1", "done", None),
        ("1.2", "in_progress", "green"),
        ("1.3", "not_started", None),  # the band alone: no rating
        ("1.4", "in_progress", "amber"),
        ("2.1", "in_progress", "red"),
        ("2.2", "not_started", None),  # unbanded, unrated
        ("2.3", "not_started", None),  # the band alone: no rating
    ]


def test_whole_rows_shaded_by_their_rag_still_rate(tmp_path: Path) -> None:
    """Green on every other row is no banding where amber and red rows lie between."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for i, rgb in enumerate(["00B050", "FFC000", "00B050", "FF0000", "00B050"]):
        sheet.append([f"1.{i + 1}", "Audit supervision records", "Jo Marsh", "31/03/2027", ""])
        for col in range(1, 6):
            sheet.cell(sheet.max_row, col).fill = solid(rgb)
    book.save(tmp_path / "plan.xlsx")
    rags = [a.rag for a in actions(plan_of(tmp_path / "plan.xlsx"))]
    assert rags == ["green", "amber", "green", "red", "green"]


def test_whole_rows_shaded_by_their_rag_with_a_blank_row_between_still_rate(
    tmp_path: Path,
) -> None:
    """A plan that leaves a blank row between its actions and shades each action's row
    whole by its RAG puts its greens an even distance apart with nothing between: the
    greens are ratings, not banding, for an amber row stands in step with them."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for i, rgb in enumerate(["00B050", "00B050", "00B050", "FFC000"]):
        sheet.append([f"1.{i + 1}", "Audit supervision records", "Jo Marsh", "31/03/2027", ""])
        for col in range(1, 6):
            sheet.cell(sheet.max_row, col).fill = solid(rgb)
        sheet.append([])
    book.save(tmp_path / "plan.xlsx")
    rags = [a.rag for a in actions(plan_of(tmp_path / "plan.xlsx"))]
    assert rags == ["green", "green", "green", "amber"]


def test_action_rows_shaded_by_their_rag_over_update_rows_still_rate(tmp_path: Path) -> None:
    """A plan writing each action's update on the row under it, and shading the action's
    row whole by its RAG, puts its greens an even distance apart with written rows
    between: ratings, not banding, for amber and red rows stand in step with them."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for i, rgb in enumerate(["00B050", "00B050", "00B050", "FFC000", "FF0000"]):
        sheet.append([f"1.{i + 1}", "Audit supervision records", "Jo Marsh", "31/03/2027", ""])
        for col in range(1, 6):
            sheet.cell(sheet.max_row, col).fill = solid(rgb)
        sheet.append(["Update:", "3 of 5 teams audited by 12/10/2026.", "", "", ""])
    book.save(tmp_path / "plan.xlsx")
    found = actions(plan_of(tmp_path / "plan.xlsx"))
    assert [a.rag for a in found] == ["green", "green", "green", "amber", "red"]
    assert [u.text for u in found[0].updates] == ["3 of 5 teams audited by 12/10/2026."]


def test_a_rag_row_above_the_first_band_keeps_its_rating(tmp_path: Path) -> None:
    """A table's first action painted whole red over the band (the band starts again two
    rows on) rates red, and the banding under it still rates nothing; nor does the title
    over the table, filled dark blue across, in step with the bands."""
    rows = [("1.1", "Agree a savings programme", None), *BANDED[1:]]
    path = banded_plan(tmp_path / "plan.xlsx", rows)
    book = load_workbook(path)
    for col in range(1, 6):
        book.active.cell(1, col).fill = solid("1F4E79")  # the title's row
        book.active.cell(3, col).fill = solid("FF0000")  # 1.1's row, where the band was
    book.save(path)
    assert [(a.ref, a.status, a.rag) for a in actions(plan_of(path))] == [
        ("1.1", "in_progress", "red"),
        ("1.2", "in_progress", "green"),
        ("1.3", "not_started", None),  # the band alone: no rating
        ("1.4", "in_progress", "amber"),
        ("2.1", "in_progress", "red"),
        ("2.2", "not_started", None),
        ("2.3", "not_started", None),
    ]


def test_action_rows_shaded_by_their_rag_over_updates_rate_when_the_first_differs(
    tmp_path: Path,
) -> None:
    """Each action's row shaded whole by its RAG over an update row: the first red, the
    rest green. The red row, a row of the table written as the greens are, stands in step
    with them, so the greens are ratings, not a band below a title."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Improvement plan: supervision"])
    sheet.append(HEADER)
    for i, rgb in enumerate(["FF0000", "00B050", "00B050", "00B050"]):
        sheet.append([f"1.{i + 1}", "Audit supervision records", "Jo Marsh", "31/03/2027", ""])
        for col in range(1, 6):
            sheet.cell(sheet.max_row, col).fill = solid(rgb)
        sheet.append(["Update:", "3 of 5 teams audited by 12/10/2026.", "", "", ""])
    book.save(tmp_path / "plan.xlsx")
    found = actions(plan_of(tmp_path / "plan.xlsx"))
    assert [a.rag for a in found] == ["red", "green", "green", "green"]
