"""The sandbox configuration: assets, pairs with Binance's filters, users with keys and balances, limits.

Everything has a default, so the sandbox runs with no file: a demo user (``demo-api-key`` /
``demo-api-secret``) funded in spot with 10 BTC, 100 ETH, 1,000 BNB and 100,000 USDT, and the pairs BTCUSDT,
ETHUSDT, BNBUSDT, ETHBTC and BNBBTC (cross and isolated) with Binance's real filters and prices near real ones.
A YAML or JSON file adds to (or replaces parts of) that default; see :func:`load_config`.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

__all__ = [
    "DEMO_API_KEY",
    "DEMO_API_SECRET",
    "ApiKeyConfig",
    "AssetConfig",
    "PairConfig",
    "RateLimitConfig",
    "RiskConfig",
    "SandboxConfig",
    "StreamConfig",
    "SymbolFilters",
    "UserConfig",
    "default_config",
    "load_config",
]

DEMO_API_KEY = "demo-api-key"
"""API key of the demo user in the default configuration."""
DEMO_API_SECRET = "demo-api-secret"
"""HMAC secret of the demo user in the default configuration."""


def _to_decimal(value: Any) -> Any:
    """Turn floats into Decimals through their shortest repr (``0.1`` stays ``0.1``)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


class _Model(BaseModel):
    """Base for config models: unknown keys are refused, floats become exact decimals."""

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="forbid", validate_assignment=True)

    @model_validator(mode="before")
    @classmethod
    def _floats_to_decimal(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: _to_decimal(v) for k, v in data.items()}
        return data


class AssetConfig(_Model):
    """One asset: margin properties, interest rate and lending inventory."""

    name: str
    full_name: str = ""
    daily_interest: Decimal = Decimal("0.0001")
    """Daily interest rate (Binance shows it per day; interest is charged per hour: daily / 24)."""
    borrowable: bool = True
    mortgageable: bool = True
    user_min_borrow: Decimal = Decimal(0)
    user_min_repay: Decimal = Decimal(0)
    borrow_limit: Decimal = Decimal(1_000_000)
    """Cross margin borrow limit for VIP 0."""
    inventory: Decimal = Decimal(1_000_000_000)
    """What the platform can still lend (``-3045`` past it)."""
    risk_based_liquidation_ratio: Decimal = Decimal("0.9")


class SymbolFilters(_Model):
    """A pair's exchange filters, with Binance's names in ``exchangeInfo``."""

    min_price: Decimal = Decimal("0.01")
    max_price: Decimal = Decimal(1_000_000)
    tick_size: Decimal = Decimal("0.01")
    min_qty: Decimal = Decimal("0.00001")
    max_qty: Decimal = Decimal(9000)
    step_size: Decimal = Decimal("0.00001")
    market_min_qty: Decimal = Decimal(0)
    market_max_qty: Decimal = Decimal(100)
    market_step_size: Decimal = Decimal(0)
    min_notional: Decimal = Decimal(5)
    max_notional: Decimal = Decimal(9_000_000)
    apply_min_to_market: bool = True
    apply_max_to_market: bool = False
    avg_price_mins: int = 5
    bid_multiplier_up: Decimal = Decimal(5)
    bid_multiplier_down: Decimal = Decimal("0.2")
    ask_multiplier_up: Decimal = Decimal(5)
    ask_multiplier_down: Decimal = Decimal("0.2")
    iceberg_parts: int = 10
    max_num_orders: int = 200
    max_num_algo_orders: int = 5
    min_trailing_delta: int = 10
    max_trailing_delta: int = 2000


class PairConfig(_Model):
    """A trading pair: price, filters, and its cross / isolated margin settings."""

    symbol: str
    base: str
    quote: str
    price: Decimal
    filters: SymbolFilters = Field(default_factory=SymbolFilters)
    cross: bool = True
    isolated: bool = True
    isolated_leverage: int = 10
    isolated_liquidation_ratio: Decimal = Decimal("1.05")
    isolated_base_borrow_limit: Decimal = Decimal(1000)
    isolated_quote_borrow_limit: Decimal = Decimal(1_000_000)
    base_precision: int = 8
    quote_precision: int = 8
    pair_id: int | None = None
    """``id`` in ``allPairs``; derived from the symbol when left out."""

    @model_validator(mode="after")
    def _check(self) -> PairConfig:
        if self.symbol != self.base + self.quote:
            raise ValueError(f"pair {self.symbol}: symbol must be base + quote ({self.base}{self.quote})")
        if self.price <= 0:
            raise ValueError(f"pair {self.symbol}: price must be positive")
        if self.isolated_leverage < 2:
            raise ValueError(f"pair {self.symbol}: isolated_leverage must be at least 2")
        return self


class ApiKeyConfig(_Model):
    """An API key: HMAC with a secret, or RSA / Ed25519 with a PEM public key."""

    api_key: str
    type: Literal["HMAC", "RSA", "ED25519"] = "HMAC"
    secret: SecretStr | None = None
    public_key: str | None = None
    """PEM public key (SubjectPublicKeyInfo) for RSA and Ed25519 keys."""
    can_trade: bool = True
    """TRADE / MARGIN permission; a key without it gets ``-2015`` on state-changing endpoints."""

    @model_validator(mode="after")
    def _check(self) -> ApiKeyConfig:
        if self.type == "HMAC" and self.secret is None:
            raise ValueError(f"api key {self.api_key}: an HMAC key needs a secret")
        if self.type in ("RSA", "ED25519") and not self.public_key:
            raise ValueError(f"api key {self.api_key}: an {self.type} key needs public_key (PEM)")
        return self


class UserConfig(_Model):
    """A user: keys, starting balances per wallet, fee and VIP level."""

    name: str
    uid: int | None = None
    api_keys: list[ApiKeyConfig] = Field(default_factory=list)
    spot: dict[str, Decimal] = Field(default_factory=dict)
    funding: dict[str, Decimal] = Field(default_factory=dict)
    cross: dict[str, Decimal] = Field(default_factory=dict)
    isolated: dict[str, dict[str, Decimal]] = Field(default_factory=dict)
    """Starting isolated balances: ``{"BTCUSDT": {"USDT": 1000}}`` (creates the isolated account)."""
    vip_level: int = 0
    maker_commission: Decimal = Decimal("0.001")
    taker_commission: Decimal = Decimal("0.001")
    max_leverage: int = 3

    @field_validator("spot", "funding", "cross", mode="before")
    @classmethod
    def _balances(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: _to_decimal(v) for k, v in value.items()}
        return value

    @field_validator("isolated", mode="before")
    @classmethod
    def _isolated_balances(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                s: {k: _to_decimal(v) for k, v in b.items()} if isinstance(b, dict) else b for s, b in value.items()
            }
        return value


class RateLimitConfig(_Model):
    """Binance's request-weight and order-count limits, and the ban policy after repeated 429s."""

    sapi_ip_weight_per_minute: int = 12_000
    sapi_uid_weight_per_minute: int = 180_000
    api_weight_per_minute: int = 6_000
    orders_per_10s: int = 100
    orders_per_day: int = 200_000
    violations_before_ban: int = 3
    """How many 429s (in the same minute) an IP may receive before it is banned with 418."""
    ban_seconds: int = 120
    """First ban length; each further ban doubles it (up to three days)."""


class RiskConfig(_Model):
    """Cross margin risk settings."""

    normal_bar: dict[int, Decimal] = Field(
        default_factory=lambda: {3: Decimal("1.5"), 5: Decimal("1.25"), 10: Decimal("1.1111")}
    )
    margin_call_bar: dict[int, Decimal] = Field(
        default_factory=lambda: {3: Decimal("1.3"), 5: Decimal("1.2"), 10: Decimal("1.08")}
    )
    force_liquidation_bar: dict[int, Decimal] = Field(
        default_factory=lambda: {3: Decimal("1.1"), 5: Decimal("1.1"), 10: Decimal("1.05")}
    )
    liquidation_fee_rate: Decimal = Decimal("0.02")
    """Charged on what a forced liquidation sells (``LIQUIDATION_FEE`` in capital flow)."""
    isolated_account_limit: int = 10
    small_liability_usdt: Decimal = Decimal(10)
    """Liabilities worth less than this (in USDT) can go through the small-liability exchange."""


class StreamConfig(_Model):
    """The WebSocket side: listen-key lifetime, the server's pings, subscription renewal."""

    listen_key_validity_seconds: float = Field(default=3600, gt=0)
    """How long a risk-stream listen key lives without a keepalive (Binance: 60 minutes)."""
    ping_interval_seconds: float = Field(default=20, gt=0)
    """The server pings every WebSocket connection this often (Binance: every 20 seconds)."""
    pong_timeout_seconds: float = Field(default=60, gt=0)
    """A connection that has not answered a ping for this long is closed (Binance: one minute)."""
    renewal: Literal["new_subscription", "extend"] = "new_subscription"
    """What subscribing a fresh listen token for an account the connection already follows does:
    ``new_subscription`` opens a second subscription (a new ``subscriptionId``; the old one runs until its
    own token expires or it is unsubscribed); ``extend`` moves the existing subscription's expiry and answers
    its ``subscriptionId`` again."""


class SandboxConfig(_Model):
    """The whole sandbox configuration."""

    assets: list[AssetConfig] = Field(default_factory=list)
    pairs: list[PairConfig] = Field(default_factory=list)
    users: list[UserConfig] = Field(default_factory=list)
    rate_limits: RateLimitConfig = Field(default_factory=RateLimitConfig)
    risk: RiskConfig = Field(default_factory=RiskConfig)
    streams: StreamConfig = Field(default_factory=StreamConfig)
    valuation_asset: str = "USDT"
    """Asset in which values are compared (``TotalCollateralValueInUSDT``, small liabilities)."""
    strict_params: bool = False
    """Refuse parameters an endpoint does not declare (``-1104``); Binance's /sapi silently ignores them."""
    check_timestamps: bool = True
    delist_schedule: list[dict[str, Any]] = Field(default_factory=list)
    list_schedule: list[dict[str, Any]] = Field(default_factory=list)
    limit_price_pairs: list[str] = Field(default_factory=list)
    """Cross pairs under the ±15 % limit-price rule (``-3064``)."""
    next_version: bool = False
    """Answer as a next version of Binance the spec does not know yet would: new response keys, a new enum value,
    a new stream event type and key, a new error code (see ``binance_margin.sandbox._next_version``); for testing
    the spec drift loop (docs/regenerating.md)."""

    @model_validator(mode="after")
    def _check(self) -> SandboxConfig:
        names = {a.name for a in self.assets}
        for p in self.pairs:
            for asset in (p.base, p.quote):
                if asset not in names:
                    raise ValueError(f"pair {p.symbol}: unknown asset {asset}")
        keys: set[str] = set()
        for u in self.users:
            for k in u.api_keys:
                if k.api_key in keys:
                    raise ValueError(f"api key {k.api_key} is used twice")
                keys.add(k.api_key)
            for asset in (*u.spot, *u.funding, *u.cross):
                if asset not in names:
                    raise ValueError(f"user {u.name}: unknown asset {asset}")
            symbols = {p.symbol for p in self.pairs}
            for sym in u.isolated:
                if sym not in symbols:
                    raise ValueError(f"user {u.name}: unknown isolated pair {sym}")
        return self

    def asset(self, name: str) -> AssetConfig | None:
        """The asset called ``name``, if configured."""
        return next((a for a in self.assets if a.name == name), None)

    def pair(self, symbol: str) -> PairConfig | None:
        """The pair ``symbol``, if configured."""
        return next((p for p in self.pairs if p.symbol == symbol), None)


def _filters(
    tick: str, step: str, min_qty: str, max_qty: str, market_max: str, min_notional: str, **kw: Any
) -> SymbolFilters:
    return SymbolFilters(
        min_price=Decimal(tick),
        tick_size=Decimal(tick),
        step_size=Decimal(step),
        min_qty=Decimal(min_qty),
        max_qty=Decimal(max_qty),
        market_max_qty=Decimal(market_max),
        min_notional=Decimal(min_notional),
        **kw,
    )


def default_config() -> SandboxConfig:
    """The built-in configuration: the demo user, BTC/ETH/BNB/USDT and five pairs with Binance's filters."""
    assets = [
        AssetConfig(
            name="BTC",
            full_name="Bitcoin",
            daily_interest=Decimal("0.00002740"),
            borrow_limit=Decimal(180),
            inventory=Decimal(5000),
        ),
        AssetConfig(
            name="ETH",
            full_name="Ethereum",
            daily_interest=Decimal("0.00005480"),
            borrow_limit=Decimal(3000),
            inventory=Decimal(50_000),
        ),
        AssetConfig(
            name="BNB",
            full_name="BNB",
            daily_interest=Decimal("0.00027400"),
            borrow_limit=Decimal(6000),
            inventory=Decimal(200_000),
        ),
        AssetConfig(
            name="USDT",
            full_name="TetherUS",
            daily_interest=Decimal("0.00024400"),
            borrow_limit=Decimal(2_500_000),
            inventory=Decimal(500_000_000),
            risk_based_liquidation_ratio=Decimal("0.95"),
        ),
    ]
    # Filters as Binance publishes them in /api/v3/exchangeInfo (tick size, step size, min/max quantity,
    # minimum notional, PERCENT_PRICE_BY_SIDE multipliers 5 / 0.2, MAX_NUM_ORDERS 200, MAX_NUM_ALGO_ORDERS 5).
    pairs = [
        PairConfig(
            symbol="BTCUSDT",
            base="BTC",
            quote="USDT",
            price=Decimal("97000.00"),
            filters=_filters("0.01", "0.00001", "0.00001", "9000", "118", "5"),
            isolated_leverage=10,
            isolated_liquidation_ratio=Decimal("1.05"),
            isolated_base_borrow_limit=Decimal(9),
            isolated_quote_borrow_limit=Decimal(70_000),
            pair_id=351637150141315861,
        ),
        PairConfig(
            symbol="ETHUSDT",
            base="ETH",
            quote="USDT",
            price=Decimal("3400.00"),
            filters=_filters("0.01", "0.0001", "0.0001", "9000", "2900", "5"),
            isolated_leverage=10,
            isolated_liquidation_ratio=Decimal("1.05"),
            isolated_base_borrow_limit=Decimal(150),
            isolated_quote_borrow_limit=Decimal(200_000),
        ),
        PairConfig(
            symbol="BNBUSDT",
            base="BNB",
            quote="USDT",
            price=Decimal("650.00"),
            filters=_filters("0.01", "0.001", "0.001", "900000", "5600", "5", max_price=Decimal(100_000)),
            isolated_leverage=10,
            isolated_liquidation_ratio=Decimal("1.05"),
            isolated_base_borrow_limit=Decimal(600),
            isolated_quote_borrow_limit=Decimal(100_000),
        ),
        PairConfig(
            symbol="ETHBTC",
            base="ETH",
            quote="BTC",
            price=Decimal("0.03505"),
            filters=_filters(
                "0.00001",
                "0.0001",
                "0.0001",
                "100000",
                "1500",
                "0.0001",
                max_price=Decimal(922327),
                max_notional=Decimal(9000),
            ),
            isolated_leverage=10,
            isolated_liquidation_ratio=Decimal("1.05"),
            isolated_base_borrow_limit=Decimal(100),
            isolated_quote_borrow_limit=Decimal(4),
        ),
        PairConfig(
            symbol="BNBBTC",
            base="BNB",
            quote="BTC",
            price=Decimal("0.006701"),
            filters=_filters(
                "0.000001",
                "0.001",
                "0.001",
                "100000",
                "3000",
                "0.0001",
                max_price=Decimal(100_000),
                max_notional=Decimal(9000),
            ),
            isolated_leverage=5,
            isolated_liquidation_ratio=Decimal("1.1"),
            isolated_base_borrow_limit=Decimal(300),
            isolated_quote_borrow_limit=Decimal(2),
        ),
    ]
    demo = UserConfig(
        name="demo",
        uid=10000001,
        api_keys=[ApiKeyConfig(api_key=DEMO_API_KEY, type="HMAC", secret=SecretStr(DEMO_API_SECRET))],
        spot={"BTC": Decimal(10), "ETH": Decimal(100), "BNB": Decimal(1000), "USDT": Decimal(100_000)},
    )
    return SandboxConfig(assets=assets, pairs=pairs, users=[demo])


def _merge_named(base: list[dict[str, Any]], extra: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Merge lists of dicts by ``key``: an entry with a known key updates it (one level deep), others append."""
    out = [dict(b) for b in base]
    index = {b[key]: i for i, b in enumerate(out) if key in b}
    for e in extra:
        if key in e and e[key] in index:
            target = out[index[e[key]]]
            for k, v in e.items():
                if isinstance(v, dict) and isinstance(target.get(k), dict):
                    target[k] = {**target[k], **v}
                else:
                    target[k] = v
        else:
            out.append(dict(e))
            if key in e:
                index[e[key]] = len(out) - 1
    return out


def config_from_dict(data: dict[str, Any]) -> SandboxConfig:
    """Build a configuration from plain data (the content of a config file).

    With ``include_defaults: true`` (the default) the data is merged over :func:`default_config`: assets,
    pairs and users with a known ``name`` / ``symbol`` are updated, others are added. ``prices:
    {SYMBOL: price}`` sets pair prices. ``include_defaults: false`` starts from nothing.
    """
    data = dict(data)
    include_defaults = bool(data.pop("include_defaults", True))
    prices = data.pop("prices", None) or {}
    base: dict[str, Any] = default_config().model_dump(mode="python") if include_defaults else {}
    if include_defaults:
        # SecretStr dumps masked; put the real secrets back.
        for u_out, u_cfg in zip(base["users"], default_config().users, strict=True):
            for k_out, k_cfg in zip(u_out["api_keys"], u_cfg.api_keys, strict=True):
                k_out["secret"] = k_cfg.secret.get_secret_value() if k_cfg.secret else None
    merged: dict[str, Any] = dict(base)
    for field, key in (("assets", "name"), ("pairs", "symbol"), ("users", "name")):
        if field in data:
            merged[field] = _merge_named(base.get(field, []), list(data.pop(field) or []), key)
    merged.update(data)
    if prices:
        pairs = merged.get("pairs", [])
        for sym, price in prices.items():
            for p in pairs:
                if p.get("symbol") == sym:
                    p["price"] = _to_decimal(price)
                    break
            else:
                raise ValueError(f"prices: unknown pair {sym}")
    return SandboxConfig.model_validate(merged)


def load_config(path: str | Path) -> SandboxConfig:
    """Read a YAML (``.yaml`` / ``.yml``, needs PyYAML) or JSON configuration file; see :func:`config_from_dict`."""
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    raw: Any
    if p.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError as exc:  # pragma: no cover - pyyaml is a dev dependency
            raise RuntimeError("reading a YAML config needs PyYAML (pip install pyyaml), or use JSON") from exc
        raw = yaml.safe_load(text)
    else:
        raw = json.loads(text)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ValueError(f"{p}: the configuration must be a mapping")
    return config_from_dict(raw)
