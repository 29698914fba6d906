"""Word's hidden text: no word of the plan.

A template keeps its guidance as hidden text (Font > Hidden, ``w:vanish``): a guidance
row in each table ("1.x" | "What will be done …" | "Post title, not a name"), a line
under each heading, a note after a header. Word neither shows nor prints it, so the
author who filled the template in left it there, and a reader of the plan never sees
it. Its runs are emptied before the document is read, so a row or a paragraph of
hidden text alone reads as the empty row Word shows, and a cell or a line keeps only
its shown words.

A run is hidden by its own formatting (``w:vanish``, or ``w:specVanish``, which Word
hides even with hidden text shown), or else by its styles: the document's defaults,
the paragraph's style and the run's character style, each read through the styles it
is based on. Hidden is a toggle property (ECMA-376 17.7.3): a run's own setting, on or
off (``w:val="0"``), is the last word; a style setting it on turns the setting up to
it over, so a hidden character style in a hidden paragraph style shows its text.
"""

from __future__ import annotations

from typing import Any

from importers.word_headings import inherits, is_on
from importers.word_numbers import W, val

# The parts of a run a hidden run keeps: its formatting, and a field's marks and
# instruction (never shown, and the field's structure holds the runs after it together)
_KEPT = frozenset({f"{W}rPr", f"{W}fldChar", f"{W}instrText"})
_READ_PARTS = frozenset({f"{W}document", f"{W}hdr", f"{W}ftr"})  # the body, headers, footers


class HiddenStyles:
    """Which of a document's styles hide the text set in them."""

    def __init__(self, styles_xml: Any | None) -> None:
        found = [] if styles_xml is None else list(styles_xml.iterfind(f"{W}style"))
        styles = {val(s, "styleId") or "": s for s in found}
        self.hiding = {name for name in styles if inherits(styles, name, _style_hides)}
        defaults = _find(styles_xml, f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.by_default = bool(_hides(defaults))
        # a paragraph naming no style is in the default one ("Normal")
        self.normal = next((val(s, "styleId") or "" for s in found if _default_paragraph(s)), "")

    def hides(self, run: Any) -> bool:
        """Whether ``run`` (a ``w:r``) is hidden text as Word lays it out."""
        own = _hides(run.find(f"{W}rPr"))
        if own is not None:
            return own  # direct formatting: the absolute state
        paragraph = next(run.iterancestors(f"{W}p"), None)
        para_style = val(_find(paragraph, f"{W}pPr/{W}pStyle")) or self.normal
        char_style = val(run.find(f"{W}rPr/{W}rStyle")) or ""
        levels = (self.by_default, para_style in self.hiding, char_style in self.hiding)
        return sum(levels) % 2 == 1  # each level setting it on toggles it


def without_hidden_text(document: Any, styles: HiddenStyles) -> None:
    """Empties every hidden run of the parts read (the body, the page headers and
    footers) of ``document``, a python-docx ``Document``, in place."""
    for part in document.part.package.iter_parts():
        root = getattr(part, "element", None)
        if root is not None and root.tag in _READ_PARTS:
            for run in [r for r in root.iter(f"{W}r") if styles.hides(r)]:
                _emptied(run)


def _emptied(run: Any) -> None:
    """A hidden run holding nothing shown: no text, tab, break, hyphen, symbol or
    drawing, and no legacy form field's data (a drop-down's entry is drawn by it)."""
    for item in [i for i in run if i.tag not in _KEPT]:
        run.remove(item)
    for data in list(run.iter(f"{W}ffData")):
        data.getparent().remove(data)


def _hides(properties: Any | None) -> bool | None:
    """Whether run properties (a ``w:rPr``) set hidden on or off; None: unsaid."""
    if properties is None:
        return None
    marks = [properties.find(f"{W}vanish"), properties.find(f"{W}specVanish")]
    said = [m for m in marks if m is not None]
    return any(is_on(m, False) for m in said) if said else None


def _style_hides(style: Any) -> bool | None:
    return _hides(style.find(f"{W}rPr"))


def _default_paragraph(style: Any) -> bool:
    return style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in _ON


_ON = frozenset({"1", "true", "on"})


def _find(element: Any | None, path: str) -> Any | None:
    return None if element is None else element.find(path)
