"""What the symbol fonts draw: a letter typed in Wingdings is no letter on the page but the
font's glyph ("ü" a tick, "l" a filled circle), so a cell or run set in such a font is
read as the mark it shows, in a Word document and a workbook alike."""

from __future__ import annotations

# The marks of the symbol fonts, by the letter typed in the font ("ü") or the code
# Insert > Symbol stores ("F0FC", the private-use character U+F0FC): ticks, crosses and
# boxes say something of their own (a tick is done); the filled shapes ("l" a circle,
# "n" a square, "u" a diamond, "t" a lozenge) are what Excel users colour by the font to
# draw a traffic light without icon sets, so they read as the "●" typed in a coloured
# font would. Any other glyph (arrows, stars, bullets) stays as typed.
SYMBOL_MARKS: dict[str, dict[int, str]] = {
    "wingdings": {
        0xFC: "✔",
        0xFB: "✘",
        0xFE: "☑",
        0xFD: "☒",
        0xA8: "☐",
        0x6C: "●",
        0x6E: "■",
        0x75: "◆",
        0x74: "⧫",
    },
    "wingdings 2": {0x50: "✔", 0x4F: "✘", 0x52: "☑", 0x54: "☒", 0xA3: "☐"},
    # Webdings' by its published chart (as Unicode maps it): "a" a heavy tick, "r" a
    # cancellation X, "n" a medium black circle, "g" a black square, the letters Excel
    # users type in it for a tick list or a traffic light
    "webdings": {0x61: "✔", 0x72: "✘", 0x6E: "●", 0x67: "■"},
}


def marks_of(font: str | None) -> dict[int, str] | None:
    """The marks a font draws in place of letters, by its name as a file writes it
    ("Wingdings", "wingdings"); None for a font of letters."""
    return SYMBOL_MARKS.get((font or "").strip().lower())


def mark_shown(marks: dict[int, str], char: str) -> str:
    """The mark a symbol font draws for ``char`` (its private-use code or the letter
    typed), else ``char`` as typed."""
    code = ord(char)
    low = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    return marks.get(low, char) if low <= 0xFF else char


def drawn(text: str, font: str | None) -> str:
    """``text`` as set in ``font`` shows it: "l" in Wingdings is "●", in Calibri "l"."""
    marks = marks_of(font)
    return "".join(mark_shown(marks, c) for c in text) if marks else text
