"""The ledger over HTTP: transfers, borrow / repay, interest on the sandbox clock, records, margin level."""

from __future__ import annotations

from decimal import Decimal

from binance_margin.sandbox import Sandbox

from ._signing import Api

D = Decimal


def _cross_asset(api: Api, asset: str) -> dict[str, str]:
    acc = api.get("/sapi/v1/margin/account")
    return next(a for a in acc["userAssets"] if a["asset"] == asset)


def test_default_funding(sandbox: Sandbox) -> None:
    assert sandbox.balance("BTC").free == D(10)
    assert sandbox.balance("ETH").free == D(100)
    assert sandbox.balance("BNB").free == D(1000)
    assert sandbox.balance("USDT").free == D(100_000)
    assert sandbox.balance("USDT", "CROSS").free == 0
    assert sandbox.margin_level() == D(999)


def test_transfer_spot_cross_and_back(api: Api, sandbox: Sandbox) -> None:
    r = api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "2500.5"})
    assert isinstance(r["tranId"], int)
    assert sandbox.balance("USDT").free == D("97499.5")
    assert _cross_asset(api, "USDT")["free"] == "2500.50000000"
    api.post("/sapi/v1/asset/transfer", {"type": "MARGIN_MAIN", "asset": "USDT", "amount": "500.5"})
    assert sandbox.balance("USDT", "CROSS").free == D(2000)
    assert sandbox.balance("USDT").free == D(98000)

    hist = api.get("/sapi/v1/margin/transfer")
    assert hist["total"] == 2
    newest, oldest = hist["rows"]
    assert (newest["type"], newest["transFrom"], newest["transTo"]) == ("ROLL_OUT", "CROSS_MARGIN", "SPOT")
    assert (oldest["type"], oldest["transFrom"], oldest["transTo"]) == ("ROLL_IN", "SPOT", "CROSS_MARGIN")
    assert oldest["txId"] == r["tranId"]
    only_in = api.get("/sapi/v1/margin/transfer", {"type": "ROLL_IN"})
    assert [row["txId"] for row in only_in["rows"]] == [r["tranId"]]

    universal = api.get("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN"})
    assert universal["total"] == 1
    assert universal["rows"][0]["tranId"] == r["tranId"]
    assert universal["rows"][0]["status"] == "CONFIRMED"


def test_isolated_transfers_create_account(api: Api, sandbox: Sandbox) -> None:
    limit = api.get("/sapi/v1/margin/isolated/accountLimit")
    assert limit["enabledAccount"] == 0
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "3000"})
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "1000", "toSymbol": "BTCUSDT"},
    )
    api.post(
        "/sapi/v1/asset/transfer",
        {
            "type": "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "asset": "USDT",
            "amount": "400",
            "fromSymbol": "BTCUSDT",
            "toSymbol": "ETHUSDT",
        },
    )
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "ISOLATEDMARGIN_MARGIN", "asset": "USDT", "amount": "100", "fromSymbol": "ETHUSDT"},
    )
    assert sandbox.balance("USDT", "BTCUSDT").free == D(600)
    assert sandbox.balance("USDT", "ETHUSDT").free == D(300)
    assert sandbox.balance("USDT", "CROSS").free == D(2100)
    assert api.get("/sapi/v1/margin/isolated/accountLimit")["enabledAccount"] == 2

    iso = api.get("/sapi/v1/margin/isolated/account")
    assert [a["symbol"] for a in iso["assets"]] == ["BTCUSDT", "ETHUSDT"]
    assert iso["assets"][0]["quoteAsset"]["free"] == "600.00000000"
    assert iso["assets"][0]["isolatedCreated"] is True
    some = api.get("/sapi/v1/margin/isolated/account", {"symbols": "ETHUSDT"})
    assert set(some) == {"assets"}

    hist = api.get("/sapi/v1/margin/transfer", {"isolatedSymbol": "ETHUSDT"})
    assert [r["type"] for r in hist["rows"]] == ["ROLL_OUT", "ROLL_IN"]
    assert hist["rows"][1]["fromSymbol"] == "BTCUSDT"
    assert hist["rows"][1]["toSymbol"] == "ETHUSDT"


def test_isolated_enable_disable(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "1"})
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "BTC", "amount": "1", "toSymbol": "BTCUSDT"},
    )
    assert api.error("DELETE", "/sapi/v1/margin/isolated/account", {"symbol": "BTCUSDT"}) == (400, -11003)
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "ISOLATEDMARGIN_MARGIN", "asset": "BTC", "amount": "1", "fromSymbol": "BTCUSDT"},
    )
    assert api.delete("/sapi/v1/margin/isolated/account", {"symbol": "BTCUSDT"}) == {
        "success": True,
        "symbol": "BTCUSDT",
    }
    assert api.get("/sapi/v1/margin/isolated/accountLimit")["enabledAccount"] == 0
    # a disabled pair takes no transfers or orders, and can only be disabled once a day
    assert api.error(
        "POST",
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "BTC", "amount": "1", "toSymbol": "BTCUSDT"},
    ) == (400, -11002)
    assert api.post("/sapi/v1/margin/isolated/account", {"symbol": "BTCUSDT"})["success"] is True
    assert api.error("DELETE", "/sapi/v1/margin/isolated/account", {"symbol": "BTCUSDT"}) == (400, -11004)
    sandbox.clock.advance(days=1, minutes=1)
    assert api.delete("/sapi/v1/margin/isolated/account", {"symbol": "BTCUSDT"})["success"] is True
    # never funded -> does not exist
    assert api.error("POST", "/sapi/v1/margin/isolated/account", {"symbol": "ETHBTC"}) == (400, -11001)


def test_isolated_account_limit(api: Api, sandbox: Sandbox) -> None:
    sandbox.config.risk.isolated_account_limit = 1
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "50", "toSymbol": "BTCUSDT"},
    )
    assert api.error(
        "POST",
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "50", "toSymbol": "ETHUSDT"},
    ) == (400, -11005)


def test_borrow_within_max_and_interest(api: Api, sandbox: Sandbox) -> None:
    sandbox.clock.freeze()
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "10000"})
    mb = api.get("/sapi/v1/margin/maxBorrowable", {"asset": "USDT"})
    # 3x cross: liabilities up to (3 - 1) x net assets
    assert D(mb["amount"]) == D(20000)
    assert mb["borrowLimit"] == "2500000.00000000"
    assert api.error(
        "POST",
        "/sapi/v1/margin/borrow-repay",
        {"asset": "USDT", "isIsolated": "FALSE", "amount": "20000.01", "type": "BORROW"},
    ) == (400, -3006)
    tx = api.post(
        "/sapi/v1/margin/borrow-repay", {"asset": "USDT", "isIsolated": "FALSE", "amount": "12000", "type": "BORROW"}
    )
    usdt = _cross_asset(api, "USDT")
    hourly = D("0.00024400") / 24
    first_hour = (D(12000) * hourly).quantize(D("0.00000001"), rounding="ROUND_UP")
    assert D(usdt["borrowed"]) == D(12000)
    assert D(usdt["free"]) == D(22000)
    assert D(usdt["interest"]) == first_hour
    level = D(api.get("/sapi/v1/margin/account")["marginLevel"])
    assert level == (D(22000) / (D(12000) + first_hour)).quantize(D("0.00000001"), rounding="ROUND_DOWN")

    sandbox.clock.advance(hours=3)
    usdt = _cross_asset(api, "USDT")
    assert D(usdt["interest"]) == first_hour * 4
    hist = api.get("/sapi/v1/margin/interestHistory", {"asset": "USDT"})
    assert hist["total"] == 4
    assert [r["type"] for r in hist["rows"]] == ["PERIODIC"] * 3 + ["ON_BORROW"]
    assert {r["interest"] for r in hist["rows"]} == {f"{first_hour:f}"}
    assert hist["rows"][0]["interestAccuredTime"] % 3_600_000 == 0

    records = api.get("/sapi/v1/margin/borrow-repay", {"type": "BORROW"})
    assert records["total"] == 1
    assert records["rows"][0]["txId"] == tx["tranId"]
    assert records["rows"][0]["type"] == "MANUAL"
    assert records["rows"][0]["principal"] == "12000.00000000"


def test_repay_interest_first(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "1"})
    api.post("/sapi/v1/margin/borrow-repay", {"asset": "BTC", "isIsolated": "FALSE", "amount": "0.5", "type": "BORROW"})
    sandbox.clock.advance(hours=1)
    btc = sandbox.balance("BTC", "CROSS")
    interest = btc.interest
    assert interest > 0
    assert api.error(
        "POST", "/sapi/v1/margin/borrow-repay", {"asset": "BTC", "isIsolated": "FALSE", "amount": "2", "type": "REPAY"}
    ) == (400, -3015)
    api.post("/sapi/v1/margin/borrow-repay", {"asset": "BTC", "isIsolated": "FALSE", "amount": "0.1", "type": "REPAY"})
    btc = sandbox.balance("BTC", "CROSS")
    assert btc.interest == 0
    assert btc.borrowed == D("0.5") - (D("0.1") - interest)
    rec = api.get("/sapi/v1/margin/borrow-repay", {"type": "REPAY"})["rows"][0]
    assert D(rec["interest"]) == interest
    assert D(rec["principal"]) == D("0.1") - interest
    # repay everything that is owed
    owed = btc.borrowed + btc.interest
    api.post(
        "/sapi/v1/margin/borrow-repay", {"asset": "BTC", "isIsolated": "FALSE", "amount": f"{owed:f}", "type": "REPAY"}
    )
    assert sandbox.balance("BTC", "CROSS").borrowed == 0
    assert sandbox.margin_level() == D(999)
    flow = api.get("/sapi/v1/margin/capital-flow", {"asset": "BTC"})
    assert [f["type"] for f in flow] == ["REPAY", "REPAY", "BORROW", "TRANSFER"]


def test_isolated_borrow_and_max_transferable(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    api.post(
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "1000", "toSymbol": "BTCUSDT"},
    )
    mb = api.get("/sapi/v1/margin/maxBorrowable", {"asset": "USDT", "isolatedSymbol": "BTCUSDT"})
    assert D(mb["amount"]) == D(9000)  # 10x isolated
    assert mb["borrowLimit"] == "70000.00000000"
    api.post(
        "/sapi/v1/margin/borrow-repay",
        {"asset": "USDT", "isIsolated": "TRUE", "symbol": "BTCUSDT", "amount": "5000", "type": "BORROW"},
    )
    assert sandbox.balance("USDT", "BTCUSDT").borrowed == D(5000)
    assert sandbox.balance("USDT", "CROSS").borrowed == 0
    mt = api.get("/sapi/v1/margin/maxTransferable", {"asset": "USDT", "isolatedSymbol": "BTCUSDT"})
    assert D(mt["amount"]) < D(6000)
    assert api.error(
        "POST",
        "/sapi/v1/asset/transfer",
        {"type": "ISOLATEDMARGIN_MARGIN", "asset": "USDT", "amount": "5999", "fromSymbol": "BTCUSDT"},
    ) == (400, -3020)
    records = api.get("/sapi/v1/margin/borrow-repay", {"type": "BORROW", "isolatedSymbol": "BTCUSDT"})
    assert records["rows"][0]["isolatedSymbol"] == "BTCUSDT"
    assert api.get("/sapi/v1/margin/borrow-repay", {"type": "BORROW"})["total"] == 0
    iso = api.get("/sapi/v1/margin/isolated/account", {"symbols": "BTCUSDT"})["assets"][0]
    assert iso["marginLevelStatus"] in ("NORMAL", "EXCESSIVE")
    assert D(iso["liquidatePrice"]) == 0  # quote-only collateral: no price liquidates it
    interest = api.get("/sapi/v1/margin/interestHistory", {"isolatedSymbol": "BTCUSDT"})
    assert interest["rows"][0]["isolatedSymbol"] == "BTCUSDT"


def test_margin_buy_borrows_and_auto_repay_repays(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "5000"})
    order = api.post(
        "/sapi/v1/margin/order",
        {"symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.1", "sideEffectType": "MARGIN_BUY"},
    )
    assert order["status"] == "FILLED"
    assert order["marginBuyBorrowAsset"] == "USDT"
    assert D(str(order["marginBuyBorrowAmount"])) == D(9700) - D(5000)
    usdt = sandbox.balance("USDT", "CROSS")
    assert usdt.borrowed == D(4700)
    assert usdt.free == 0
    btc = sandbox.balance("BTC", "CROSS")
    assert btc.free == D("0.1") - D("0.0001")  # 0.1 % taker commission in BTC
    level_before = sandbox.margin_level()
    assert D(1) < level_before < D(3)

    sandbox.set_price("BTCUSDT", D("99000"))
    sell = api.post(
        "/sapi/v1/margin/order",
        {"symbol": "BTCUSDT", "side": "SELL", "type": "MARKET", "quantity": "0.0999", "sideEffectType": "AUTO_REPAY"},
    )
    assert sell["status"] == "FILLED"
    usdt = sandbox.balance("USDT", "CROSS")
    assert usdt.borrowed == 0 and usdt.interest == 0
    net_proceeds = D("0.0999") * D(99000) * D("0.999")
    assert usdt.free == net_proceeds - D(4700) - _interest_paid(api)
    assert sandbox.margin_level() == D(999)
    repays = api.get("/sapi/v1/margin/borrow-repay", {"type": "REPAY"})["rows"]
    assert repays[0]["type"] == "AUTO"
    borrows = api.get("/sapi/v1/margin/borrow-repay", {"type": "BORROW"})["rows"]
    assert borrows[0]["type"] == "AUTO"


def _interest_paid(api: Api) -> Decimal:
    return sum((D(r["interest"]) for r in api.get("/sapi/v1/margin/borrow-repay", {"type": "REPAY"})["rows"]), D(0))


def test_auto_repay_at_cancel(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    base = {
        "symbol": "BTCUSDT",
        "side": "BUY",
        "type": "LIMIT",
        "timeInForce": "GTC",
        "price": "90000",
        "quantity": "0.02",
    }
    keep = api.post("/sapi/v1/margin/order", {**base, "sideEffectType": "MARGIN_BUY", "autoRepayAtCancel": "false"})
    assert D(str(keep["marginBuyBorrowAmount"])) == D(800)
    api.delete("/sapi/v1/margin/order", {"symbol": "BTCUSDT", "orderId": keep["orderId"]})
    assert sandbox.balance("USDT", "CROSS").borrowed == D(800)  # kept

    # 1800 USDT free again; 0.03 BTC at 90000 needs 2700: borrows 900 more
    repaid = api.post("/sapi/v1/margin/order", {**base, "quantity": "0.03", "sideEffectType": "AUTO_BORROW_REPAY"})
    assert D(str(repaid["marginBuyBorrowAmount"])) == D(900)
    before = sandbox.balance("USDT", "CROSS")
    assert before.borrowed == D(1700)
    cancel = api.delete("/sapi/v1/margin/order", {"symbol": "BTCUSDT", "orderId": repaid["orderId"]})
    assert cancel["status"] == "CANCELED"
    after = sandbox.balance("USDT", "CROSS")
    # the order's own borrow was repaid (interest first, as every repay)
    assert after.liability == before.liability - D(900)
    assert after.free == before.free + before.locked - D(900)


def test_bnb_burn_pays_commission_in_bnb(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "1000"})
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BNB", "amount": "1"})
    assert api.post("/sapi/v1/bnbBurn", {"spotBNBBurn": "true"}) == {"spotBNBBurn": True, "interestBNBBurn": False}
    order = api.post("/sapi/v1/margin/order", {"symbol": "ETHUSDT", "side": "BUY", "type": "MARKET", "quantity": "0.1"})
    fill = order["fills"][0]
    assert fill["commissionAsset"] == "BNB"
    assert sandbox.balance("ETH", "CROSS").free == D("0.1")
    assert sandbox.balance("BNB", "CROSS").free == D(1) - D(fill["commission"])


def test_other_wallets_and_unsupported(api: Api, sandbox: Sandbox) -> None:
    api.post("/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "USDT", "amount": "100"})
    api.post("/sapi/v1/asset/transfer", {"type": "MARGIN_FUNDING", "asset": "USDT", "amount": "40"})
    api.post("/sapi/v1/asset/transfer", {"type": "MARGIN_UMFUTURE", "asset": "USDT", "amount": "10"})
    assert sandbox.balance("USDT", "FUNDING").free == D(40)
    assert sandbox.balance("USDT", "UMFUTURE").free == D(10)
    rows = api.get("/sapi/v1/margin/transfer", {"type": "ROLL_OUT"})["rows"]
    assert [r["transTo"] for r in rows] == ["FUTURES", "FUNDING"]
    # insufficient spot balance
    assert api.error("POST", "/sapi/v1/asset/transfer", {"type": "MAIN_MARGIN", "asset": "BTC", "amount": "11"}) == (
        400,
        -5013,
    )
    # insufficient margin balance
    assert api.error("POST", "/sapi/v1/asset/transfer", {"type": "MARGIN_MAIN", "asset": "BTC", "amount": "1"}) == (
        400,
        -3041,
    )
    # isolated leg without its symbol, asset outside the pair
    assert api.error(
        "POST", "/sapi/v1/asset/transfer", {"type": "MARGIN_ISOLATEDMARGIN", "asset": "USDT", "amount": "1"}
    ) == (400, -1102)
    assert api.error(
        "POST",
        "/sapi/v1/asset/transfer",
        {"type": "MARGIN_ISOLATEDMARGIN", "asset": "BNB", "amount": "1", "toSymbol": "BTCUSDT"},
    ) == (400, -3027)


def test_market_data_answers_from_state(api: Api, sandbox: Sandbox) -> None:
    sandbox.set_price("ETHBTC", D("0.036"))
    assert api.get("/sapi/v1/margin/priceIndex", {"symbol": "ETHBTC"})["price"] == "0.03600000"
    pairs = api.get("/sapi/v1/margin/allPairs")
    assert {p["symbol"] for p in pairs} == {"BTCUSDT", "ETHUSDT", "BNBUSDT", "ETHBTC", "BNBBTC"}
    assert next(p for p in pairs if p["symbol"] == "BTCUSDT")["id"] == 351637150141315861
    assert {a["assetName"] for a in api.get("/sapi/v1/margin/allAssets")} == {"BTC", "ETH", "BNB", "USDT"}
    assert len(api.get("/sapi/v1/margin/isolated/allPairs")) == 5
    fee = api.get("/sapi/v1/margin/crossMarginData", {"coin": "BTC"})[0]
    assert fee["dailyInterest"] == "0.00002740"
    assert "BTCUSDT" in fee["marginablePairs"]
    tiers = api.get("/sapi/v1/margin/isolatedMarginTier", {"symbol": "BTCUSDT", "tier": 1})
    assert tiers[0]["effectiveMultiple"] == "10"
    assert api.get("/sapi/v1/margin/tradeCoeff") == {
        "normalBar": "1.50000000",
        "marginCallBar": "1.30000000",
        "forceLiquidationBar": "1.10000000",
    }
    assert api.post("/sapi/v1/margin/max-leverage", {"maxLeverage": 5}) == {"success": True}
    assert api.get("/sapi/v1/margin/tradeCoeff")["normalBar"] == "1.25000000"
    inv = api.get("/sapi/v1/margin/available-inventory", {"type": "MARGIN"})
    assert inv["assets"]["BTC"] == "5000.00000000"
    rates = api.get("/sapi/v1/margin/next-hourly-interest-rate", {"assets": "BTC,USDT", "isIsolated": "FALSE"})
    assert [r["asset"] for r in rates] == ["BTC", "USDT"]
    info = api.get("/api/v3/exchangeInfo", {"symbol": "BTCUSDT"}, signed=False)
    filters = {f["filterType"]: f for f in info["symbols"][0]["filters"]}
    assert filters["PRICE_FILTER"]["tickSize"] == "0.01000000"
    assert filters["LOT_SIZE"]["stepSize"] == "0.00001000"
    assert filters["NOTIONAL"]["minNotional"] == "5.00000000"
    assert api.get("/api/v3/time", signed=False)["serverTime"] > 0
    assert api.get("/api/v3/ping", signed=False) == {}


def test_streams_and_special_keys(api: Api) -> None:
    lk = api.call("POST", "/sapi/v1/margin/listen-key", signed=False)["listenKey"]
    assert api.call("POST", "/sapi/v1/margin/listen-key", signed=False)["listenKey"] == lk
    assert api.call("PUT", "/sapi/v1/margin/listen-key", {"listenKey": lk}, signed=False) == {}
    assert api.error("PUT", "/sapi/v1/margin/listen-key", {"listenKey": "nope"}, signed=False) == (400, -3038)
    assert api.call("DELETE", "/sapi/v1/margin/listen-key", signed=False) == {}
    token = api.call("POST", "/sapi/v1/userListenToken", {"validity": 60000}, signed=False)
    assert token["token"] and token["expirationTime"] > 0

    created = api.post("/sapi/v1/margin/apiKey", {"apiName": "bot", "ip": "1.2.3.4,5.6.7.8"})
    assert created["type"] == "HMAC_SHA256" and created["secretKey"]
    key = created["apiKey"]
    assert api.get("/sapi/v1/margin/apiKey", {"apiKey": key})["ip"] == "1.2.3.4,5.6.7.8"
    api.call("PUT", "/sapi/v1/margin/apiKey/ip", {"apiKey": key, "ip": "9.9.9.9"})
    assert api.get("/sapi/v1/margin/api-key-list")[0]["ip"] == "9.9.9.9"
    api.delete("/sapi/v1/margin/apiKey", {"apiKey": key})
    assert api.get("/sapi/v1/margin/api-key-list") == []
    assert api.error("GET", "/sapi/v1/margin/apiKey", {"apiKey": key}) == (400, -2008)
