"""A cell's fill colour → the RAG rating it shows: red, amber, green or blue (BRAG).

The commonest RAG in a real workbook is a coloured cell with nothing written
in it. Files spell the same rating in many shades (FF0000, C00000, FFC7CE;
FFC000, FFFF00, FFEB9C; 92D050, 00B050, C6EFCE), so a colour is read by its
hue, as the nearest of the four ratings; white, greys, near-black and the
purples and magentas no RAG uses (hues 255°–320°) mean nothing. Pinks are
light reds (FFC7CE, Excel's "Bad") and rate red. A shape typed in a coloured font
("●" in red, the cell unfilled) shows its colour as a fill does. Pure: no openpyxl
here (``read`` resolves theme and indexed colours to RGB first).
"""

from __future__ import annotations

import colorsys
import re
import unicodedata
from xml.etree import ElementTree

# Hue in degrees of each rating's colour. Amber's and green's sit a little low so that
# the yellow-greens of Office's themes (92D050 at 89°, 9BBB59 at 80°) read as green,
# and yellow (FFFF00, 60°) as amber.
RAG_HUES = {"red": 0.0, "amber": 40.0, "green": 110.0, "blue": 210.0}
# Purples and magentas are nearer blue or red than anything, but rate nothing.
NO_RAG_HUES = (255.0, 320.0)
MIN_SATURATION = 0.25  # below: a grey, whatever its tint
LIGHTNESS = (0.12, 0.95)  # outside: near black or near white
_HEX = re.compile(r"^(?:[0-9A-Fa-f]{2})?(?P<rgb>[0-9A-Fa-f]{6})$")


def rag_of_rgb(rgb: str, tint: float = 0.0) -> str | None:
    """ "FFC000" (or ARGB "FFFFC000") → "amber"; white, grey, purple → None."""
    m = _HEX.match(rgb.strip())
    if m is None:
        return None
    red, green, blue = (int(m["rgb"][i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    lightness = _tinted(lightness, tint)
    if saturation < MIN_SATURATION or not LIGHTNESS[0] <= lightness <= LIGHTNESS[1]:
        return None
    degrees = hue * 360
    if NO_RAG_HUES[0] <= degrees <= NO_RAG_HUES[1]:
        return None
    return min(RAG_HUES, key=lambda rag: _hue_distance(degrees, RAG_HUES[rag]))


def _tinted(lightness: float, tint: float) -> float:
    """Excel's tint: towards black below 0, towards white above (ECMA-376, 18.8.19)."""
    if tint < 0:
        return lightness * (1 + tint)
    return lightness * (1 - tint) + tint


def _hue_distance(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


# Theme colour slots in the order a cell's ``theme`` index counts them.
_THEME_SLOTS = (
    "lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3",
    "accent4", "accent5", "accent6", "hlink", "folHlink",
)  # fmt: skip
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def theme_colours(theme_xml: bytes | str | None) -> list[str]:
    """The workbook theme's colours as RGB, by theme index ("lt1" first, as Excel counts)."""
    found = theme_by_name(theme_xml)
    return [found.get(slot, "") for slot in _THEME_SLOTS] if found else []


def theme_by_name(theme_xml: bytes | str | None) -> dict[str, str]:
    """A theme's colours as RGB by the slot's name ("accent6", "dk1"): a workbook's or a
    document's theme part (``xl/theme/theme1.xml``, ``word/theme/theme1.xml``)."""
    if not theme_xml:
        return {}
    try:
        root = ElementTree.fromstring(theme_xml)
    except ElementTree.ParseError:
        return {}
    scheme = root.find(f".//{_DRAWING}clrScheme")
    if scheme is None:
        return {}
    return {child.tag.removeprefix(_DRAWING): _slot_rgb(child) for child in scheme}


def _slot_rgb(slot: ElementTree.Element) -> str:
    for colour in slot:
        value = colour.get("val") if colour.tag == f"{_DRAWING}srgbClr" else colour.get("lastClr")
        if value:
            return value
    return ""


# A drawing's colour names the text and background colours by their roles ("tx1", "bg2");
# Word maps them to the theme's dark and light slots (its settings' default mapping)
_SCHEME_ROLES = {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}


def scheme_rgb(theme: dict[str, str], name: str, mod: float = 1.0, off: float = 0.0) -> str:
    """The RGB a drawing's theme colour (``a:schemeClr``: "accent2", "tx1") shows in the
    theme, its luminance scaled by ``mod`` and raised by ``off`` as the colour's lumMod
    and lumOff say (Word's palette writes "Darker 25%" lumMod 0.75, "Lighter 40%" lumMod
    0.6 and lumOff 0.4, ECMA-376 20.1.2.3.20); "" where the theme has no such colour."""
    rgb = theme.get(_SCHEME_ROLES.get(name, name), "")
    m = _HEX.match(rgb)
    if m is None:
        return ""
    red, green, blue = (int(m["rgb"][i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    lightness = min(1.0, max(0.0, lightness * mod + off))
    shown = colorsys.hls_to_rgb(hue, lightness, saturation)
    return "".join(f"{round(c * 255):02X}" for c in shown)


def colour_word(rag: str) -> str:
    """ "amber" → "Amber", as a cell's colour is written beside its wording."""
    return rag.capitalize()


class IconRating(str):
    """A rating shown by an icon a conditional format draws beside (or instead of) the
    cell's number, no fill: "green" for a green traffic light (``importers.icon_sets``).
    It rates as a fill of its colour does; the cell as written names it an icon."""


class FontRating(str):
    """A rating shown by the colour of a mark's font ("●" typed in red), the cell
    unfilled: it rates as a fill of its colour does; the cell as written names the font."""


# Marks drawn only to carry a colour: a circle, square, diamond or bullet ("●", "■",
# "⬤", "◆"), by the end of the character's name. A tick or a cross says something of its
# own, and so do a trend's arrows ("▲" up, "▼" down), a star, "√" (SQUARE ROOT, typed as a
# tick) and "⌧" (X IN A RECTANGLE BOX): none of them a rating's colour alone.
_SHAPE = re.compile(r"\b(?:CIRCLE|SQUARE|DIAMOND|LOZENGE|BULLET)$")
MAX_SHAPES = 3  # "●", "● ●": a mark or two, never a row of them drawn as a bar


def is_shape_alone(text: str) -> bool:
    """Whether the cell holds a shape or a few and nothing else: a mark whose colour is
    all it says, as a filled cell's is."""
    if len(text) > 12:  # most styled cells are words: never split them
        return False
    marks = "".join(text.split())
    return 0 < len(marks) <= MAX_SHAPES and all(
        _SHAPE.search(unicodedata.name(ch, "")) for ch in marks
    )
