"""The holiday adapter: the ``holidays`` package, GOV.UK's bank-holidays.json through respx (a
recorded fixture in GOV.UK's format; timeouts, 500s, bad JSON), and the state/ cache. Nothing
reaches the network: respx refuses any request it was not told about."""

from __future__ import annotations

import copy
import csv
import json
import logging
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
import respx

from foibot.domain import Regime
from foibot.errors import FoibotError
from foibot.holidaydata import (
    GOVUK_URL,
    HolidayDataError,
    cache_path,
    load_calendars,
    merge,
    package_holidays,
    parse_govuk,
    read_cache,
    update_from_govuk,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ONE = timedelta(days=1)
NATIONS = ("england-and-wales", "scotland", "northern-ireland")


@pytest.fixture
def govuk() -> dict:
    return json.loads((FIXTURES / "govuk_bank_holidays.json").read_text(encoding="utf-8"))


def csv_days(regime: Regime) -> set[date]:
    with open(FIXTURES / "uk_bank_holidays_2018_2028.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {date.fromisoformat(r["date"]) for r in rows
            if regime is Regime.FOIA or r["nation"] == "scotland"}


def update(state: Path, **kw):
    return update_from_govuk(state, backoff=0, **kw)


# -- the holidays package ------------------------------------------------------------------

@pytest.mark.parametrize("regime", [Regime.FOIA, Regime.FOISA])
def test_package_calendars_match_the_csv(regime):
    cal = load_calendars(None)[regime]
    got = {d for d in cal.holidays if 2018 <= d.year <= 2028}
    assert got == csv_days(regime)


def test_package_knows_scotlands_proclaimed_15_june_2026():
    nations = package_holidays(2000, 2036)
    assert date(2026, 6, 15) in nations["scotland"]
    assert date(2026, 6, 15) not in nations["england-and-wales"]
    foia = load_calendars(None)[Regime.FOIA]
    assert foia.non_working_reason(date(2026, 6, 15)).endswith("(Scotland)")


def test_foia_names_say_which_nations():
    foia, foisa = load_calendars(None)[Regime.FOIA], load_calendars(None)[Regime.FOISA]
    assert foia.non_working_reason(date(2026, 3, 17)) == "St Patrick's Day (Northern Ireland)"
    assert foia.non_working_reason(date(2026, 1, 1)) == "New Year's Day"
    assert "England and Wales, Northern Ireland" in foia.non_working_reason(date(2026, 4, 6))
    assert foisa.non_working_reason(date(2026, 11, 30)) == "St Andrew's Day"
    assert foisa.is_working_day(date(2026, 4, 6))


def test_package_lookups_are_memoised_on_disk(tmp_path):
    missing = tmp_path / "missing"
    load_calendars(missing, last_year=2041)
    assert not missing.exists(), "a missing state/ is not created just for a memo"
    state = tmp_path / "state"
    state.mkdir()
    load_calendars(state, last_year=2041)
    memo = list((state / "holidays").glob("package-*.json"))
    assert memo, "the package expansion should be cached in state/holidays/"
    assert date(2026, 6, 15).isoformat() in memo[0].read_text(encoding="utf-8")


# -- GOV.UK --------------------------------------------------------------------------------

def test_fixture_is_in_govuk_format(govuk):
    for nation in NATIONS:
        assert govuk[nation]["division"] == nation
        assert set(govuk[nation]["events"][0]) == {"title", "date", "notes", "bunting"}
    assert parse_govuk(govuk)["scotland"][date(2026, 6, 15)]


@respx.mock
def test_update_writes_the_cache_and_calendars_use_it(tmp_path, govuk):
    route = respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, json=govuk))
    report = update(tmp_path)
    assert route.call_count == 1
    assert report.path == cache_path(tmp_path) and report.path.exists()
    assert (report.first_year, report.last_year) == (2018, 2027)
    assert report.differences == ()  # the fixture agrees with the package
    cal = load_calendars(tmp_path)[Regime.FOIA]
    assert cal.data_until == date(2027, 12, 31)
    assert cal.beyond_data(date(2028, 1, 3)) and not cal.beyond_data(date(2027, 12, 31))


@respx.mock
def test_govuk_wins_and_the_difference_is_logged(tmp_path, govuk, caplog):
    changed = copy.deepcopy(govuk)
    changed["scotland"]["events"].append(
        {"title": "Proclaimed day", "date": "2027-06-14", "notes": "", "bunting": True})
    changed["northern-ireland"]["events"] = [
        e for e in changed["northern-ireland"]["events"] if e["date"] != "2027-07-12"]
    respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, json=changed))
    with caplog.at_level(logging.INFO, logger="foibot.holidaydata"):
        report = update(tmp_path)
    assert any("2027-06-14" in d and "only GOV.UK" in d for d in report.differences)
    assert any("2027-07-12" in d and "holidays package" in d for d in report.differences)
    assert "2027-06-14" in caplog.text
    foia = load_calendars(tmp_path)[Regime.FOIA]
    assert not foia.is_working_day(date(2027, 6, 14))
    assert foia.is_working_day(date(2027, 7, 12))  # GOV.UK omitted it: GOV.UK wins
    assert not foia.is_working_day(date(2028, 7, 12))  # beyond GOV.UK: the package


@respx.mock
def test_a_second_update_reports_changed_days(tmp_path, govuk):
    respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, json=govuk))
    update(tmp_path)
    before = load_calendars(tmp_path)[Regime.FOIA]
    changed = copy.deepcopy(govuk)
    changed["england-and-wales"]["events"].append(
        {"title": "Proclaimed day", "date": "2027-09-20", "notes": "", "bunting": True})
    respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, json=changed))
    report = update(tmp_path)
    assert report.changed_days == (date(2027, 9, 20),)
    after = load_calendars(tmp_path)[Regime.FOIA]
    assert after.add_working_days(date(2027, 9, 1), 20) == \
        before.add_working_days(date(2027, 9, 1), 20) + ONE


@respx.mock
def test_timeout_is_retried_then_reported_and_the_cache_kept(tmp_path, govuk):
    respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, json=govuk))
    update(tmp_path)
    original = cache_path(tmp_path).read_bytes()
    route = respx.get(GOVUK_URL).mock(side_effect=httpx.ConnectTimeout("timed out"))
    before = route.call_count
    with pytest.raises(HolidayDataError) as info:
        update(tmp_path)
    assert route.call_count - before == 3
    assert isinstance(info.value, FoibotError) and "after 3 attempts" in str(info.value)
    assert cache_path(tmp_path).read_bytes() == original


@respx.mock
def test_offline_falls_back_to_the_package(tmp_path):
    respx.get(GOVUK_URL).mock(side_effect=httpx.ConnectError("no network"))
    with pytest.raises(HolidayDataError):
        update(tmp_path)
    assert not cache_path(tmp_path).exists()
    cal = load_calendars(tmp_path)[Regime.FOIA]
    assert cal.data_until is None
    assert cal.add_working_days(date(2025, 12, 22), 20) == date(2026, 1, 23)


@respx.mock
def test_a_500_is_retried(tmp_path, govuk):
    route = respx.get(GOVUK_URL).mock(side_effect=[httpx.Response(500),
                                                   httpx.Response(200, json=govuk)])
    assert update(tmp_path).events > 0
    assert route.call_count == 2


@respx.mock
def test_persistent_500_fails(tmp_path):
    route = respx.get(GOVUK_URL).mock(return_value=httpx.Response(503))
    with pytest.raises(HolidayDataError, match="503"):
        update(tmp_path, attempts=2)
    assert route.call_count == 2


@pytest.mark.parametrize("response, message", [
    (httpx.Response(200, text="<html>maintenance</html>"), "did not return JSON"),
    (httpx.Response(200, json={"england-and-wales": {"events": []}}), "no events"),
    (httpx.Response(200, json=[1, 2]), "not a JSON object"),
    (httpx.Response(404), "HTTP 404"),
])
def test_bad_answers_are_not_retried(tmp_path, response, message):
    with respx.mock:
        route = respx.get(GOVUK_URL).mock(return_value=response)
        with pytest.raises(HolidayDataError, match=message):
            update(tmp_path)
        assert route.call_count == 1
    assert not cache_path(tmp_path).exists()


def test_update_with_a_client(tmp_path, govuk):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=govuk)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        assert update(tmp_path, client=client).last_year == 2027


def test_corrupt_cache_is_ignored(tmp_path):
    cache_path(tmp_path).parent.mkdir(parents=True)
    cache_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert read_cache(tmp_path) is None
    assert load_calendars(tmp_path)[Regime.FOISA].data_until is None


def test_merge_without_govuk_is_the_package():
    package = package_holidays(2000, 2036)
    assert merge(package, None) == (package, [])


# -- whole range: both sources against the CSV, day by day ---------------------------------

def naive_due(off: set[date], received: date) -> date:
    d, left = received, 20
    while left:
        d += ONE
        if d.weekday() < 5 and d not in off and (d.month, d.day) != (12, 25):
            left -= 1
    return d


@pytest.mark.parametrize("regime", [Regime.FOIA, Regime.FOISA])
@pytest.mark.parametrize("source", ["package", "govuk"])
def test_every_receipt_2018_2028(tmp_path, govuk, regime, source):
    if source == "govuk":
        cache_path(tmp_path).parent.mkdir(parents=True)
        cache_path(tmp_path).write_text(json.dumps(govuk), encoding="utf-8")
    cal = load_calendars(tmp_path if source == "govuk" else None)[regime]
    off = csv_days(regime) | {date(2029, 1, 1)} | ({date(2029, 1, 2)})
    d = date(2018, 1, 1)
    while d <= date(2028, 12, 31):
        assert cal.add_working_days(d, 20) == naive_due(off, d), d
        d += ONE
