"""The cross/isolated rule engine: the one place that turns ``margin=`` into Binance's parameters.

Each operation names a rule in the operations table (from the spec's ``x-isolation``):

=================  =================================================================================================
rule               what ``margin`` becomes
=================  =================================================================================================
none               nothing; the operation is not about a margin account (``Isolated`` is refused)
cross-only         nothing; ``Isolated`` is refused
isolated-only      nothing to set (the pair is an ordinary argument); ``CROSS`` is refused, ``Isolated("X")`` must
                   agree with ``symbol``/``symbols``
is-isolated        ``isIsolated="TRUE"`` for isolated (``"FALSE"`` for cross only where the flag is required), and
                   the pair according to ``symbol``: *always* (``symbol`` is an argument; ``Isolated("X")`` must
                   match it or fills it), *optional* (``symbol`` optional for cross, mandatory for isolated),
                   *isolated-only* (``symbol`` comes from ``Isolated("X")`` and is never sent for cross),
                   *none* (no pair is sent; the pair of ``Isolated("X")`` is not needed)
isolated-symbol    ``isolatedSymbol=X`` for isolated, nothing for cross
type               ``type=ISOLATED`` (+ ``symbol=X`` when the operation has it) or ``type=MARGIN`` for cross
symbol             ``symbol=X`` for isolated, nothing for cross
is-isolated-bool   ``isIsolated=true`` + ``symbol=X`` for isolated (a JSON-style boolean), nothing for cross
=================  =================================================================================================

Anything Binance would reject is refused before sending with a ``MarginModeError`` (a ``ValueError``):
isolated without its pair, ``Isolated("X")`` with ``symbol="Y"``, a pair where the endpoint takes none for
cross, ``Isolated`` on a cross-only endpoint, a parameter the rule owns passed directly.
"""

from __future__ import annotations

from typing import Any, Final

from binance_margin_generated.operations import Operation, Param

from ._convert import Converter, user_name
from ._errors import MarginModeError
from ._types import Cross, Isolated

__all__ = ["MARGIN_RULES", "IsolationPlan", "consumed_parameters"]

MARGIN_RULES: Final = frozenset({"is-isolated", "isolated-symbol", "type", "symbol", "is-isolated-bool"})
"""Rules whose operations take a ``margin`` argument on the surface."""


def consumed_parameters(op: Operation) -> frozenset[str]:
    """Wire names of the parameters the rule fills from ``margin`` (hidden from the surface).

    Decided once, by the generator, and recorded in the operations table.
    """
    return op.margin_params


class IsolationPlan:
    """The rule of one operation, prepared once; ``apply`` maps ``margin`` into the converted arguments."""

    __slots__ = (
        "_consumed",
        "_cross_flag",
        "_cross_type",
        "_flag",
        "_isolated_type",
        "_list_symbols",
        "_op",
        "_pair_target",
        "_rule",
        "_symbol",
        "_symbol_mode",
        "_symbols_is_list",
        "_true_flag",
        "_type",
    )

    def __init__(self, op: Operation, converters: dict[str, Converter]) -> None:
        self._op = op
        self._rule = op.isolation_rule
        self._symbol_mode = op.isolation_symbol
        by_name: dict[str, Param] = {p.name: p for p in op.params}
        consumed = consumed_parameters(op)
        missing = consumed - set(by_name)
        if missing:
            raise LookupError(f"{op.operation_id}: rule {self._rule} needs parameters {sorted(missing)}")
        self._consumed = tuple((by_name[n].python_name, user_name(by_name[n])) for n in sorted(consumed))

        def py(name: str) -> str | None:
            param = by_name.get(name)
            return param.python_name if param is not None else None

        self._symbol = py("symbol")
        self._list_symbols = py("symbols")
        self._symbols_is_list = "symbols" in by_name and by_name["symbols"].kind == "list"
        self._flag = py("isIsolated")
        self._type = py("type")
        self._true_flag: Any = None
        self._cross_flag: Any = None
        if self._flag is not None and self._rule in ("is-isolated", "is-isolated-bool"):
            flag_param = by_name["isIsolated"]
            convert = converters[flag_param.python_name]
            if flag_param.kind == "bool":
                self._true_flag, false_flag = True, False
            else:
                self._true_flag, false_flag = convert("TRUE"), convert("FALSE")
            self._cross_flag = false_flag if flag_param.required else None
        self._isolated_type: Any = None
        self._cross_type: Any = None
        if self._rule == "type":
            assert self._type is not None
            type_param = by_name["type"]
            convert = converters[type_param.python_name]
            self._isolated_type = convert("ISOLATED")
            values = [str(v.value) for v in type(self._isolated_type)]
            preferred: list[str] = [v for v in ("MARGIN", "CROSS") if v in values]
            cross = preferred[0] if preferred else next(v for v in values if v != "ISOLATED")
            self._cross_type = convert(cross)
        # Where Isolated("X") puts X, and whether it is needed.
        self._pair_target: str | None = None
        if self._rule == "isolated-symbol":
            self._pair_target = py("isolatedSymbol")
        elif self._rule in ("symbol", "is-isolated-bool", "type") or (
            self._rule == "is-isolated" and self._symbol_mode == "isolated-only"
        ):
            self._pair_target = self._symbol

    @property
    def takes_margin(self) -> bool:
        """Whether the operation's surface method has a ``margin`` argument."""
        return self._rule in MARGIN_RULES

    def _fail(self, message: str) -> MarginModeError:
        return MarginModeError(f"{self._op.operation_id} ({self._op.method} {self._op.path}): {message}")

    def apply(self, margin: object, kwargs: dict[str, Any]) -> None:
        """Put what ``margin`` means for this operation into ``kwargs`` (generated argument names).

        Raises:
            MarginModeError: the combination would be rejected by Binance or is ambiguous.
        """
        for python_name, shown in self._consumed:
            if python_name in kwargs:
                raise self._fail(f"{shown} is set from margin=; pass margin=Isolated(...) or CROSS instead of {shown}")
        if margin is None:
            if self._rule not in MARGIN_RULES:
                return
            margin = _CROSS
        elif not isinstance(margin, (Cross, Isolated)):
            raise self._fail(f"margin must be CROSS or Isolated('PAIR'), got {margin!r}")
        isolated = isinstance(margin, Isolated)
        pair = margin.symbol if isinstance(margin, Isolated) else None
        rule = self._rule

        if rule == "none":
            if isolated:
                raise self._fail("this operation is not about a margin account; leave margin out")
            return
        if rule == "cross-only":
            if isolated:
                raise self._fail(f"cross margin only; {margin!r} is not supported")
            return
        if rule == "isolated-only":
            if not isolated:
                raise self._fail("isolated margin only; pass the pair as an argument (or margin=Isolated('PAIR'))")
            if pair is not None:
                self._match_pair(pair, kwargs)
            return

        if isolated:
            if self._flag is not None and self._true_flag is not None:
                kwargs[self._flag] = self._true_flag
            if self._type is not None and self._isolated_type is not None:
                kwargs[self._type] = self._isolated_type
            if self._pair_target is not None:
                if pair is None:
                    raise self._fail(f"isolated margin needs its pair: pass margin=Isolated('BTCUSDT'), not {margin!r}")
                kwargs[self._pair_target] = pair
            elif rule == "is-isolated" and self._symbol_mode in ("always", "optional"):
                self._match_pair(pair, kwargs, required=True)
            return
        # cross
        if self._cross_flag is not None and self._flag is not None:
            kwargs[self._flag] = self._cross_flag
        if self._cross_type is not None and self._type is not None:
            kwargs[self._type] = self._cross_type

    def _match_pair(self, pair: str | None, kwargs: dict[str, Any], *, required: bool = False) -> None:
        if self._symbol is not None:
            given = kwargs.get(self._symbol)
            if given is None:
                if pair is None:
                    if required:
                        raise self._fail("isolated margin needs its pair: pass symbol= or margin=Isolated('BTCUSDT')")
                    return
                kwargs[self._symbol] = pair
            elif pair is not None and given != pair:
                raise self._fail(f"symbol={given!r} differs from margin=Isolated({pair!r}); use the same pair")
            return
        if self._list_symbols is not None and pair is not None:
            symbols = kwargs.get(self._list_symbols)
            if symbols is None:
                kwargs[self._list_symbols] = [pair] if self._symbols_is_list else pair
            else:
                listed = symbols.split(",") if isinstance(symbols, str) else list(symbols)
                if pair not in listed:
                    raise self._fail(f"symbols={symbols!r} does not include the pair of margin=Isolated({pair!r})")


_CROSS: Final = Cross()
