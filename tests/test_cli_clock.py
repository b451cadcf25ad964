"""`foibot deadline` and `foibot holidays` through click's CliRunner, with a real home in tmp_path.
GOV.UK is replaced by respx; nothing reaches the network."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
import respx
from click.testing import CliRunner

from foibot.cli import cli
from foibot.holidaydata import GOVUK_URL

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ONE = timedelta(days=1)
KEYS = {"received", "regime", "due_date", "lenient_due_date", "long_overdue_date", "skipped", "notes"}


def run(home: Path, *args: str):
    return CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)


def deadline_json(home: Path, *args: str) -> list[dict]:
    result = run(home, "deadline", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_worked_examples_as_json(tmp_path):
    rows = deadline_json(tmp_path, "2025-12-22", "2026-06-01", "2026-03-30", "2009-03-12")
    assert [r["received"] for r in rows] == ["2025-12-22", "2026-06-01", "2026-03-30", "2009-03-12"]
    assert [r["due_date"] for r in rows] == ["2026-01-23", "2026-06-30", "2026-04-29", "2009-04-14"]
    assert all(KEYS <= set(r) and r["regime"] == "foia" for r in rows)
    assert rows[0]["long_overdue_date"] == "2026-02-20"
    names = {s["date"]: s["name"] for s in rows[0]["skipped"]}
    assert set(names) == {"2025-12-25", "2025-12-26", "2026-01-01", "2026-01-02"}
    assert names["2026-01-02"].endswith("(Scotland)")
    assert {s["date"] for s in rows[1]["skipped"]} == {"2026-06-15"}


def test_foisa_skips_only_scottish_holidays(tmp_path):
    [row] = deadline_json(tmp_path, "--regime", "foisa", "2026-03-30")
    assert row["regime"] == "foisa" and row["due_date"] == "2026-04-28"
    assert [s["date"] for s in row["skipped"]] == ["2026-04-03"]  # Good Friday, not Easter Monday


def test_weekend_receipt_has_a_later_lenient_date(tmp_path):
    sat, fri = deadline_json(tmp_path, "2026-03-07", "2026-03-06")
    assert sat["due_date"] == fri["due_date"] == "2026-04-08"
    assert sat["lenient_due_date"] == "2026-04-09" and fri["lenient_due_date"] == "2026-04-08"
    assert any("lenient" in n for n in sat["notes"])


def test_clarification_and_fees(tmp_path):
    [clar] = deadline_json(tmp_path, "--clarified", "2026-03-12", "2026-03-02")
    assert clar["due_date"] == "2026-04-14"
    [fees] = deadline_json(tmp_path, "--fee-notice", "2026-03-09", "--fee-paid", "2026-03-13",
                           "2026-03-02")
    assert fees["due_date"] == "2026-04-09" and fees["disregarded_days"] == 5


def test_fee_options_go_together(tmp_path):
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "deadline", "--fee-notice",
                                      "2026-03-09", "2026-03-02"])
    assert result.exit_code == 2 and "--fee-paid" in result.output


def test_explain_names_each_skipped_day(tmp_path):
    out = run(tmp_path, "deadline", "--explain", "2025-12-22").output
    assert "due Fri 23 Jan 2026" in out
    for line in ("Thu 25 Dec 2025  skipped: Christmas Day", "Fri 26 Dec 2025  skipped: Boxing Day",
                 "Thu 01 Jan 2026  skipped: New Year's Day",
                 "Fri 02 Jan 2026  skipped: New Year Holiday (Scotland)",
                 "Tue 23 Dec 2025  day 1", "Fri 23 Jan 2026  day 20"):
        assert line in out


def test_works_without_a_home(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FOIBOT_HOME", raising=False)
    result = CliRunner().invoke(cli, ["deadline", "2025-12-22"])
    assert result.exit_code == 0 and "due Fri 23 Jan 2026" in result.output


def test_holidays_list(tmp_path):
    out = run(tmp_path, "holidays", "list", "2026").output
    assert "2026-03-17  Tue  FOIA only   St Patrick's Day (Northern Ireland)" in out
    assert "2026-06-15  Mon  FOIA+FOISA" in out
    assert "2025-" not in out


@respx.mock
def test_holidays_update_then_deadline_uses_govuk(tmp_path):
    govuk = json.loads((FIXTURES / "govuk_bank_holidays.json").read_text(encoding="utf-8"))
    respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, json=govuk))
    result = run(tmp_path, "holidays", "update")
    assert result.exit_code == 0 and "2018-2027" in result.output
    assert (tmp_path / "state" / "holidays" / "bank-holidays.json").exists()
    assert "Source: GOV.UK" in run(tmp_path, "holidays").output
    [inside, beyond] = deadline_json(tmp_path, "2026-03-02", "2027-12-20")
    assert not any("holidays package" in n for n in inside["notes"])
    assert any("after 2027-12-31" in n for n in beyond["notes"])


@respx.mock
def test_holidays_update_offline_is_one_readable_line(tmp_path):
    respx.get(GOVUK_URL).mock(side_effect=httpx.ConnectError("no route to host"))
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "holidays", "update"])
    assert result.exit_code == 1
    assert result.output.startswith("foibot: cannot reach https://www.gov.uk/bank-holidays.json")


@pytest.mark.parametrize("args", [["deadline"], ["holidays"], ["holidays", "update"],
                                  ["holidays", "list"]])
def test_help_has_an_example(args):
    result = CliRunner().invoke(cli, [*args, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


# -- done means: foibot deadline --json agrees with law.md for every date 2018-2028 -------

def naive_dues(regime: str) -> dict[str, str]:
    """An independent day-by-day count from the CSV (plus 1-2 Jan 2029 written by hand)."""
    with open(FIXTURES / "uk_bank_holidays_2018_2028.csv", newline="", encoding="utf-8") as f:
        off = {date.fromisoformat(r["date"]) for r in csv.DictReader(f)
               if regime == "foia" or r["nation"] == "scotland"}
    off |= {date(2029, 1, 1), date(2029, 1, 2)}
    out: dict[str, str] = {}
    d = date(2018, 1, 1)
    while d <= date(2028, 12, 31):
        x, left = d, 20
        while left:
            x += ONE
            if x.weekday() < 5 and x not in off and (x.month, x.day) != (12, 25):
                left -= 1
        out[d.isoformat()] = x.isoformat()
        d += ONE
    return out


@pytest.mark.parametrize("regime", ["foia", "foisa"])
def test_deadline_json_every_date_2018_2028(tmp_path, regime):
    expected = naive_dues(regime)
    rows = deadline_json(tmp_path, "--regime", regime, *expected)
    assert len(rows) == len(expected) == 4018
    assert {r["received"]: r["due_date"] for r in rows} == expected
