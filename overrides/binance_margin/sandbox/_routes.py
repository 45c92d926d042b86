"""The route table: every operation of the spec (from the generated operations table) plus the few spot and
wallet endpoints the sandbox also answers (server time, exchange info, universal transfer history...)."""

from __future__ import annotations

from dataclasses import dataclass

from ._params import ParamSpec, enum_values

__all__ = ["EXTRA_ROUTES", "ORDER_PLACEMENT", "Route", "build_routes"]

ORDER_PLACEMENT = frozenset({"newOrder", "newOco", "newOto", "newOtoco"})
"""Operations that place orders: they carry X-MBX-ORDER-COUNT-* and count against the order limits."""


@dataclass(frozen=True)
class Route:
    """One answered operation: where it lives, how it is secured, what it weighs and what it takes."""

    method: str
    path: str
    operation_id: str
    security: str
    """NONE, API_KEY or SIGNED."""
    weight_ip: int
    weight_uid: int
    params: tuple[ParamSpec, ...]
    in_spec: bool = True
    state_changing: bool = False

    @property
    def is_api(self) -> bool:
        """A spot ``/api`` endpoint (X-MBX-USED-WEIGHT) rather than ``/sapi`` (X-SAPI-USED-*)."""
        return self.path.startswith("/api/")

    @property
    def places_orders(self) -> bool:
        """Whether this operation places orders."""
        return self.operation_id in ORDER_PLACEMENT


def _p(name: str, kind: str = "str", required: bool = False, enum: tuple[str, ...] | None = None) -> ParamSpec:
    return (name, kind, required, enum, None, None, None, None)


_RW = _p("recvWindow", "int")

EXTRA_ROUTES: tuple[Route, ...] = (
    Route("GET", "/api/v3/ping", "ping", "NONE", 1, 0, (), in_spec=False),
    Route("GET", "/api/v3/time", "getServerTime", "NONE", 1, 0, (), in_spec=False),
    Route(
        "GET",
        "/api/v3/exchangeInfo",
        "getExchangeInfo",
        "NONE",
        20,
        0,
        (_p("symbol"), _p("symbols"), _p("permissions"), _p("showPermissionSets"), _p("symbolStatus")),
        in_spec=False,
    ),
    Route("GET", "/api/v3/avgPrice", "getAvgPrice", "NONE", 2, 0, (_p("symbol", required=True),), in_spec=False),
    Route("GET", "/api/v3/ticker/price", "getTickerPrice", "NONE", 2, 0, (_p("symbol"), _p("symbols")), in_spec=False),
    Route(
        "GET",
        "/sapi/v1/asset/transfer",
        "getUniversalTransferHistory",
        "SIGNED",
        1,
        0,
        (
            _p("type", "enum", required=True, enum=enum_values("UniversalTransferType")),
            ("startTime", "int", False, None, None, None, 0, None),
            ("endTime", "int", False, None, None, None, 0, None),
            _p("current", "int"),
            _p("size", "int"),
            _p("fromSymbol"),
            _p("toSymbol"),
            _RW,
        ),
        in_spec=False,
    ),
)


def build_routes() -> dict[tuple[str, str], Route]:
    """Every route by (method, path): the spec's operations first, then the extras it does not list."""
    routes: dict[tuple[str, str], Route] = {}
    try:
        from binance_margin_generated.operations import BY_ROUTE
    except ImportError:  # pragma: no cover - the generated package ships with the SDK
        BY_ROUTE = {}
    for (method, path), op in BY_ROUTE.items():
        routes[(method, path)] = Route(
            method=method,
            path=path,
            operation_id=op.operation_id,
            security=op.security,
            weight_ip=op.weight_ip,
            weight_uid=op.weight_uid,
            params=tuple(
                (p.name, p.kind, p.required, enum_values(p.enum_class), p.max_items, p.maximum, p.minimum, p.pattern)
                for p in op.params
            ),
            in_spec=True,
            state_changing=op.state_changing,
        )
    for r in EXTRA_ROUTES:
        routes.setdefault((r.method, r.path), r)
    return routes
