# ruff: noqa: F811  (pytest fixtures imported from report_fixtures are re-used as arguments)
"""CSV/JSON exports (one row per force) and the iCalendar of open deadlines."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

from conftest import Foibot, fixed_now
from report_fixtures import CAMPAIGN, campaign_app, campaign_home, campaign_plan, campaign_template  # noqa: F401

from foibot.service.exports import EXPORT_FIELDS, export, open_deadlines, to_ics


def test_csv_has_one_row_per_force_with_iso_dates(campaign_app, campaign_plan) -> None:
    rows = list(csv.DictReader(io.StringIO(export(campaign_app, CAMPAIGN, "csv"))))
    assert len(rows) == 48 and {r["force"] for r in rows} == set(campaign_plan)
    assert list(rows[0]) == EXPORT_FIELDS
    by = {r["force"]: r for r in rows}
    for r in rows:
        for key in ("sent_on", "due_date", "responded_on", "review_request_deadline"):
            if r[key]:
                date.fromisoformat(r[key])
    notts = by["nottinghamshire"]
    assert (notts["standing"], notts["late_by"], notts["working_days_taken"]) == ("answered late", "25", "45")
    assert by["cleveland"]["exemptions"] == "s.31(1)(a) s.40(2)" and by["cleveland"]["sections"] == "s.31 s.40"
    assert by["cleveland"]["outcome"] == "partial_disclosure" and by["cleveland"]["authority_reference"]
    assert by["gwent"]["standing"] == "delivery failed" and by["gwent"]["working_days_taken"] == ""
    assert by["west-mercia"]["overdue_by"] == "3"


def test_json_export_via_cli_to_a_file(campaign_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "smm.json"
    Foibot(campaign_home)("export", CAMPAIGN, "--format", "json", "--output", str(out))
    rows = json.loads(out.read_text())
    assert len(rows) == 48 and isinstance(rows[0]["exemptions"], list)
    assert all(set(EXPORT_FIELDS) == set(r) for r in rows)


def test_unknown_campaign_is_a_clear_error(campaign_home: Path) -> None:
    result = Foibot(campaign_home)("export", "nope", code=1)
    assert "no campaign 'nope'" in result.output


def test_calendar_has_every_open_deadline_with_stable_uids(campaign_app, campaign_plan) -> None:
    from icalendar import Calendar

    deadlines = open_deadlines(campaign_app, CAMPAIGN)
    cal = Calendar.from_ical(to_ics(deadlines, campaign_app.now()))
    events = cal.walk("VEVENT")
    kinds = {str(e["categories"].cats[0]) for e in events}
    assert kinds == {"response_due", "review_due", "review_window"}
    uids = [str(e["uid"]) for e in events]
    assert len(uids) == len(set(uids)) == len(deadlines)
    # every unanswered, deliverable request has its reply deadline
    open_kinds = {"silent", "ack", "clarified", "extended"}
    assert sum(u.endswith("-response_due@foibot") for u in uids) == sum(
        sc.kind in open_kinds for sc in campaign_plan.values())
    review = next(e for e in events if str(e["uid"]).endswith("-review_due@foibot"))
    assert review.decoded("dtstart") == date(2026, 6, 3) and "Suffolk" in str(review["summary"])
    campaign_app.now = fixed_now(datetime(2026, 5, 21, 9, tzinfo=UTC))  # tomorrow: the same UIDs,
    tomorrow = {d.uid for d in open_deadlines(campaign_app, CAMPAIGN)}  # less the window that closed
    assert tomorrow < set(uids) and len(set(uids) - tomorrow) == 1


def test_calendar_cli_writes_a_parseable_file(campaign_home: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "foi.ics"
    assert "deadline(s) written" in Foibot(campaign_home)("calendar", "--output", str(out)).stdout
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT")


def test_status_table_says_overdue_by(campaign_home: Path) -> None:
    out = Foibot(campaign_home)("status", "--campaign", CAMPAIGN).stdout
    assert "overdue by " in out and "request(s):" in out
