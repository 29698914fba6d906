"""Working out a formula a program saved with no value beside it.

Excel saves each formula's value with it; a workbook written by a script or a web
app (openpyxl, report generators) holds the formula alone until Excel opens it,
and its refs and RAGs would read as empty. The formulas such sheets use are few:
text and number literals, references to a cell (on the same sheet or another),
the operators & + - * / ^ % and comparisons, and a small set of functions. This
module works those out as Excel would; anything else (an unknown function, a
range, a name, a table reference, a loop of references) raises ``Unknown`` and
the caller keeps the formula's text instead of a value. Pure: no workbook here;
``Cells`` hands the values of the cells a formula refers to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from openpyxl.formula.tokenizer import Token, Tokenizer, TokenizerError

from importers.formula_text import date_serial
from importers.formula_values import (
    FUNCTIONS,
    ExcelError,
    Failed,
    Plain,
    Unknown,
    Value,
    arithmetic,
    compare,
    number,
    text,
    truth,
)

__all__ = ["Cells", "ExcelError", "Here", "Unknown", "Value", "evaluate", "parse"]


class Cells(Protocol):
    """The values of a workbook's cells, a formula's worked out on demand."""

    def value(self, sheet: str, row: int, column: int) -> Value:
        """The cell's value; raises Unknown for a sheet the workbook lacks."""
        ...


@dataclass(frozen=True)
class Here:
    """The cell a formula is in (ROW() and COLUMN() read it; A1 means its sheet's)."""

    sheet: str
    row: int
    column: int


@dataclass(frozen=True)
class Lit:
    """A number, text, TRUE or FALSE, or an error value written in the formula."""

    value: Value


@dataclass(frozen=True)
class Ref:
    """One cell: of the formula's own sheet when ``sheet`` is None."""

    sheet: str | None
    row: int
    column: int


@dataclass(frozen=True)
class Op:
    """An operator and what it works on."""

    op: str  # "-x" and "+x" for a sign, "x%" for a percentage, else the infix operator
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Call:
    """A function, its name as Excel lists it, and its arguments."""

    name: str
    args: tuple[Node, ...]


Node = Lit | Ref | Op | Call


def evaluate(formula: str, here: Here, cells: Cells, today: dt.date) -> Value:
    """The value Excel would show for ``formula`` ("=..." as stored) in cell ``here``:
    a reference to an empty cell shows 0, as in Excel."""
    try:
        node = parse(formula)
        shown = _Run(cells, here, today).value(node)
    except Failed as failed:
        return failed.error
    except (RecursionError, ArithmeticError, ValueError):  # nested past the stack, a
        raise Unknown(formula) from None  # number past a float's range: not worked out
    return 0.0 if shown is None else shown


# --- parsing: openpyxl's tokenizer, then precedence climbing -------------------------------

_INFIX = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3}
_INFIX |= {"*": 4, "/": 4, "^": 5}
_SIGN_POWER = 6  # Excel signs bind tighter than ^: -2^2 is 4
# One cell: A1, $A$1, Sheet1!A1, 'Plan 2026'!A1 (a quote in the name doubled)
_REF = re.compile(
    r"(?:(?:'(?P<quoted>(?:[^']|'')+)'|(?P<plain>[^'!:]+))!)?"
    r"\$?(?P<col>[A-Za-z]{1,3})\$?(?P<row>\d+)"
)


def parse(formula: str) -> Node:
    """The formula's expression tree; Unknown for one this module cannot read."""
    try:
        tokens = [t for t in Tokenizer(formula).items if t.type != Token.WSPACE]
    except TokenizerError:
        raise Unknown(formula) from None
    parser = _Parser(tokens)
    node = parser.expression(0)
    if parser.at != len(tokens):
        raise Unknown(formula)
    return node


class _Parser:
    """Precedence climbing over the tokens: each operator takes the operands that bind
    tighter than it (comparisons loosest, then &, + -, * /, ^, a sign, %)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise Unknown("formula ends early")
        self.at += 1
        return token

    def expression(self, floor: int) -> Node:
        left = self.operand()
        while (token := self.peek()) is not None:
            if token.type == Token.OP_POST:  # "%": the percentage of what is before it
                self.at += 1
                left = Op("x%", (left,))
                continue
            power = _INFIX.get(token.value) if token.type == Token.OP_IN else None
            if power is None or power <= floor:
                break
            self.at += 1
            left = Op(token.value, (left, self.expression(power)))
        return left

    def operand(self) -> Node:
        token = self.take()
        if token.type == Token.OP_PRE:
            return Op(f"{token.value}x", (self.expression(_SIGN_POWER),))
        if token.type == Token.OPERAND:
            return _operand(token)
        if token.type == Token.FUNC and token.subtype == Token.OPEN:
            return Call(_function_name(token.value[:-1]), self.arguments())
        if token.type == Token.PAREN and token.subtype == Token.OPEN:
            node = self.expression(0)
            if self.take().type != Token.PAREN:
                raise Unknown("unbalanced parentheses")
            return node
        raise Unknown(token.value)

    def arguments(self) -> tuple[Node, ...]:
        args: list[Node] = []
        while True:
            token = self.peek()
            if token is not None and token.subtype in (Token.CLOSE, Token.ARG):
                args.append(Lit(None))  # an argument left out: IF(a,,b)
            else:
                args.append(self.expression(0))
            token = self.take()
            if token.type == Token.FUNC and token.subtype == Token.CLOSE:
                return () if args == [Lit(None)] else tuple(args)
            if not (token.type == Token.SEP and token.subtype == Token.ARG):
                raise Unknown(token.value)


def _function_name(name: str) -> str:
    """A function's name as Excel lists it: files store newer ones as "_xlfn.IFS"."""
    return re.sub(r"^(?:_xlfn\.|_xlws\.)+", "", name).upper()


def _operand(token: Token) -> Node:
    if token.subtype == Token.TEXT:
        return Lit(token.value[1:-1].replace('""', '"'))
    if token.subtype == Token.NUMBER:
        return Lit(float(token.value))
    if token.subtype == Token.LOGICAL:
        return Lit(token.value.upper() == "TRUE")
    if token.subtype == Token.ERROR:
        return Lit(ExcelError(token.value.upper()))
    match = _REF.fullmatch(token.value)
    if match is None:  # a range, a name, a table's column: not worked out here
        raise Unknown(token.value)
    sheet = match["plain"] or (match["quoted"] or "").replace("''", "'") or None
    return Ref(sheet, int(match["row"]), _column_number(match["col"]))


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


# --- working out ----------------------------------------------------------------------------

_COMPARED: dict[str, Callable[[int], bool]] = {
    "=": lambda c: c == 0,
    "<>": lambda c: c != 0,
    "<": lambda c: c < 0,
    ">": lambda c: c > 0,
    "<=": lambda c: c <= 0,
    ">=": lambda c: c >= 0,
}


@dataclass(frozen=True)
class _Run:
    """One formula being worked out: the cells it reads, where it is, today."""

    cells: Cells
    here: Here
    today: dt.date

    def value(self, node: Node) -> Plain:
        """The node's value; an error value met is raised (Failed) as Excel passes it on."""
        if isinstance(node, Lit):
            found = node.value
        elif isinstance(node, Ref):
            found = self.cells.value(node.sheet or self.here.sheet, node.row, node.column)
        elif isinstance(node, Op):
            found = self.operation(node)
        else:
            found = self.call(node)
        if isinstance(found, ExcelError):
            raise Failed(found.code)
        return found

    def operation(self, node: Op) -> Plain:
        values = [self.value(arg) for arg in node.args]
        if node.op == "-x":
            return -number(values[0])
        if node.op == "+x":
            return values[0]
        if node.op == "x%":
            return number(values[0]) / 100
        left, right = values
        if node.op == "&":
            return text(left) + text(right)
        if node.op in _COMPARED:
            return bool(_COMPARED[node.op](compare(left, right)))
        return arithmetic(node.op, number(left), number(right))

    def call(self, node: Call) -> Plain:
        special: dict[str, Callable[[tuple[Node, ...]], Plain]] = {
            "IF": self.if_,
            "IFS": self.ifs,
            "IFERROR": self.iferror,
            "ROW": lambda args: self.position(args, "row"),
            "COLUMN": lambda args: self.position(args, "column"),
            "TODAY": lambda args: self.no_arguments(args, date_serial(self.today)),
        }
        if node.name in special:
            return special[node.name](node.args)
        if node.name not in FUNCTIONS:
            raise Unknown(node.name)
        fewest, most, work = FUNCTIONS[node.name]
        if not fewest <= len(node.args) <= most:
            raise Unknown(f"{node.name} with {len(node.args)} arguments")
        return work(*(self.value(arg) for arg in node.args))

    def if_(self, args: tuple[Node, ...]) -> Plain:
        if not 2 <= len(args) <= 3:
            raise Unknown("IF")
        if truth(self.value(args[0])):
            return self.value(args[1])
        return self.value(args[2]) if len(args) == 3 else False

    def ifs(self, args: tuple[Node, ...]) -> Plain:
        if not args or len(args) % 2:
            raise Unknown("IFS")
        for test, then in zip(args[::2], args[1::2], strict=True):
            if truth(self.value(test)):
                return self.value(then)
        raise Failed("#N/A")  # no test was true

    def iferror(self, args: tuple[Node, ...]) -> Plain:
        if len(args) != 2:
            raise Unknown("IFERROR")
        try:
            return self.value(args[0])
        except Failed:
            return self.value(args[1])

    def position(self, args: tuple[Node, ...], which: str) -> float:
        """ROW() and COLUMN(): of the formula's own cell, or of the cell named."""
        if not args:
            return float(getattr(self.here, which))
        if len(args) == 1 and isinstance(args[0], Ref):
            return float(getattr(args[0], which))
        raise Unknown(which.upper())

    def no_arguments(self, args: tuple[Node, ...], value: Plain) -> Plain:
        if args:
            raise Unknown("a function that takes no arguments given some")
        return value
