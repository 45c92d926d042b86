"""``ClientConfig`` (a plain frozen dataclass since issue 19) against the pydantic-settings model it replaced.

The oracle is the former implementation, kept unchanged in ``_pydantic_config.py``. Hypothesis sets ``BINANCE_*``
variables (names in any case) and passes arguments, valid and malformed, for every kind of field; both read them.
Each case: the same values (secrets compared by their value), or a refusal naming the same fields. Where the new
reader is stricter on purpose, it must refuse exactly those fields on top of what pydantic refuses:

- a boolean or bytes given as an argument where a number, a boolean, a string or a choice is expected (pydantic
  takes ``True`` as 1 and ``b"5"`` as 5);
- a float given for the ``Decimal`` field ``min_margin_level_after`` (the SDK refuses floats for exact amounts);
- an infinite number (``"inf"``, ``"1e400"``, ``float("inf")``, ``Decimal("Infinity")``): pydantic accepts it for
  ``timeout`` and the other bounded floats, where it means waiting forever.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pydantic
import pytest
from binance_margin import ClientConfig, ConfigurationError
from binance_margin._config import _field_kinds
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import _pydantic_config as oracle

KINDS = _field_kinds()
PEM = (
    ed25519.Ed25519PrivateKey.generate()
    .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    .decode()
)
"""A key given where a path is expected (``BINANCE_PRIVATE_KEY_PATH``) is taken as the key, on both sides."""
NAMES = sorted(KINDS)

_NUMBER_TEXT = st.one_of(
    st.integers(-3, 250_000).map(str),
    st.from_regex(r"[ \t\n]?[+-]?[0-9_]{0,6}(\.[0-9_]{0,3})?([eE][+-]?[0-9]{1,3})?[ \t\n]?", fullmatch=True),
    st.sampled_from(
        [
            "0x10",
            "1e3",
            "5.",
            ".0",
            ".",
            "+",
            "-0",
            "nan",
            "NaN",
            "inf",
            "-inf",
            "Infinity",
            "1e400",
            "\u0665",
            "\x1c5",
            "5\x1c",
            "1__0",
            "_1",
            "1_",
            "05",
            "5.0",
            "5.00",
            "5.5",
            "0.5",
            "1.5",
            "2",
            "10",
            "60000",
            "60001",
        ]
    ),
    st.text(alphabet="0123456789.+-_eE xn", max_size=6),
)
_BOOL_TEXT = st.one_of(
    st.sampled_from(["1", "0", "true", "false", "TRUE", "False", "yes", "no", "on", "off", "y", "n", "t", "f"]),
    st.sampled_from([" true", "true ", "2", "-1", "tru", "yes!", "oN", "Y", "N", "T", "F", "1.0", "0.0"]),
    st.text(max_size=4),
)
_URL_TEXT = st.one_of(
    st.sampled_from(
        [
            "http://127.0.0.1:9",
            "https://api.binance.com/",
            " https://x ",
            "ws://h:1",
            "wss://h/ws/",
            "ftp://x",
            "wss://ws-api.binance.com:443/ws-api/v3",
            "HTTP://x",
            "ws:/x",
        ]
    ),
    st.text(max_size=12),
)
_KEY_TEXT = st.one_of(
    st.text(alphabet="abcdefABCDEF0123456789", min_size=1, max_size=12),
    st.sampled_from(["key\n", " key", "k ey", "k\x00y", "\u00e9t\u00e9", "k\ty"]),
    st.text(max_size=8),
)


def env_text(kind: tuple[str, bool, tuple[str, ...]], name: str) -> st.SearchStrategy[str]:
    """Environment values: text only, never empty (an empty variable counts as unset on both sides)."""
    what, _optional, choices = kind
    if what in ("int", "float", "decimal"):
        strategy = _NUMBER_TEXT
    elif what == "bool":
        strategy = _BOOL_TEXT
    elif what == "literal":
        strategy = st.one_of(st.sampled_from([*choices, "WAIT", " wait", "refuse\n", "other"]), st.text(max_size=6))
    elif what == "str" and name.endswith("url"):
        strategy = _URL_TEXT
    elif what == "secret-bytes":
        strategy = st.one_of(_KEY_TEXT, st.just(PEM))
    elif what in ("secret-str", "str"):
        strategy = _KEY_TEXT
    else:  # path
        strategy = st.one_of(
            st.sampled_from(["/nonexistent/key.pem", "~/key.pem", " ", "a//b", PEM, PEM.replace("\n", "\\n")]),
            st.text(max_size=8),
        )
    return strategy.filter(lambda text: text != "" and "\x00" not in text)


_ANY_ARGUMENT = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 250_000),
    st.sampled_from([0.0, 1.0, 0.5, 2.5, 5.0, -1.0, math.inf, -math.inf, math.nan, 1e300, 10**400]),
    st.sampled_from([Decimal("1.5"), Decimal("0"), Decimal("NaN"), Decimal("Infinity"), Decimal("2")]),
    st.sampled_from([b"5", b"true", b"wait", b"abc", b"\xff", bytearray(b"k")]),
    st.sampled_from([Path("/nonexistent/key.pem"), Path(".")]),
)


def argument(kind: tuple[str, bool, tuple[str, ...]], name: str) -> st.SearchStrategy[Any]:
    """Arguments: the text the environment could hold, or any Python value of the kinds users pass."""
    return st.one_of(env_text(kind, name), _ANY_ARGUMENT)


def _is_infinite_text(text: str) -> bool:
    try:
        return math.isinf(float(text.strip(" \t\n\r\x0b\x0c").replace("_", "")))
    except ValueError:
        return False


def stricter_on_purpose(name: str, value: Any, *, from_env: bool) -> bool:
    """Whether the new reader refuses ``value`` for ``name`` where pydantic took it (see the module's docstring)."""
    what = KINDS[name][0]
    if what == "float" and (
        (isinstance(value, Decimal) and value.is_infinite())
        or (isinstance(value, float) and math.isinf(value))
        or (isinstance(value, str) and _is_infinite_text(value))
    ):
        return True
    if from_env:
        return False
    if isinstance(value, bool) and what in ("int", "float"):
        return True
    if isinstance(value, (bytes, bytearray)) and what in ("int", "float", "bool", "str", "literal", "decimal", "path"):
        return True
    return isinstance(value, float) and what == "decimal"


@contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    try:
        for key in [k for k in os.environ if k.upper().startswith("BINANCE_")]:
            del os.environ[key]
        os.environ.update(values)
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def read_oracle(arguments: dict[str, Any]) -> tuple[dict[str, Any] | None, set[str]]:
    try:
        config = oracle.ClientConfig(**arguments)
    except pydantic.ValidationError as exc:
        return None, {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
    return {name: _plain(getattr(config, name)) for name in NAMES}, set()


def read_new(arguments: dict[str, Any]) -> tuple[dict[str, Any] | None, set[str]]:
    try:
        config = ClientConfig(**arguments)
    except ConfigurationError as exc:
        return None, set(exc.fields)
    return {name: _plain(getattr(config, name)) for name in NAMES}, set()


def _plain(value: Any) -> Any:
    reveal = getattr(value, "get_secret_value", None)
    return ("secret", reveal()) if callable(reveal) else value


@st.composite
def cases(draw: st.DrawFn) -> tuple[dict[str, str], dict[str, Any]]:
    env_names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=6))
    env: dict[str, str] = {}
    for name in env_names:
        spelled = draw(st.sampled_from([str.upper, str.lower, str.title]))(f"BINANCE_{name}")
        env[spelled] = draw(env_text(KINDS[name], name))
    arg_names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=4))
    args = {name: draw(argument(KINDS[name], name)) for name in arg_names}
    return env, args


def compare(env: dict[str, str], args: dict[str, Any]) -> None:
    with environment(env):
        expected, refused_by_oracle = read_oracle(args)
        got, refused = read_new(args)
    from_env = {key[len("BINANCE_") :].lower(): value for key, value in env.items()}
    stricter = {
        name
        for name, value in [*((n, v) for n, v in from_env.items() if n not in args), *args.items()]
        if stricter_on_purpose(name, value, from_env=name not in args)
    }
    if not stricter:
        assert refused == refused_by_oracle, (env, args)
        assert got == expected, (env, args)
        return
    assert refused == refused_by_oracle | stricter, (env, args)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_reads_arguments_and_environment_like_pydantic_settings(case: tuple[dict[str, str], dict[str, Any]]) -> None:
    compare(*case)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_each_field_alone(name: str, data: st.DataObject) -> None:
    """Every field, from the environment and as an argument, on its own (no other field can mask a difference)."""
    text = data.draw(env_text(KINDS[name], name))
    compare({f"BINANCE_{name.upper()}": text}, {})
    compare({}, {name: data.draw(argument(KINDS[name], name))})


@pytest.mark.parametrize(
    ("env", "args"),
    [
        ({"BINANCE_MAX_RETRIES": "1_000"}, {}),
        ({"binance_timeout": " 7 "}, {}),
        ({"BINANCE_TIME_SYNC": "yes", "BINANCE_TRUST_ENV": "0"}, {}),
        ({"BINANCE_RECV_WINDOW": "5.0"}, {}),
        ({"BINANCE_RECV_WINDOW": "5.5"}, {}),
        ({"BINANCE_KEEP_WARM": "null"}, {}),
        ({"BINANCE_API_KEY": "env"}, {"api_key": None}),
        ({"BINANCE_API_SECRET": "s", "BINANCE_PRIVATE_KEY_PATH": "/nonexistent"}, {}),
        ({}, {"private_key": "text", "private_key_path": "/x"}),
        ({"BINANCE_RATE_LIMIT_ORDERS": "refuse"}, {"rate_limit_share": "0.5"}),
        ({"BINANCE_MIN_MARGIN_LEVEL_AFTER": "1_5"}, {}),
        ({"BINANCE_MIN_MARGIN_LEVEL_AFTER": "NaN"}, {}),
        ({}, {"private_key_path": ""}),
        ({"BINANCE_PRIVATE_KEY_PATH": PEM}, {}),
        ({"BINANCE_PRIVATE_KEY_PATH": PEM, "BINANCE_API_SECRET": "s"}, {}),
        ({"BINANCE_PRIVATE_KEY_PATH": PEM}, {"private_key": PEM}),
        ({}, {"api_key": b"abc", "private_key": "pem"}),
    ],
)
def test_known_corners(env: dict[str, str], args: dict[str, Any]) -> None:
    compare(env, args)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("max_retries", True),
        ("timeout", True),
        ("timeout", b"5"),
        ("time_sync", b"true"),
        ("base_url", b"http://x"),
        ("min_margin_level_after", 1.5),
        ("timeout", math.inf),
        ("timeout", "inf"),
        ("keep_warm", "1e400"),
    ],
)
def test_stricter_on_purpose(name: str, value: Any) -> None:
    """The listed differences: pydantic took these, the new reader refuses them, naming the field."""
    with environment({}):
        assert read_oracle({name: value})[0] is not None
        assert read_new({name: value}) == (None, {name})
