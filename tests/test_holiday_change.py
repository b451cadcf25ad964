"""Issue 4: deadlines are computed, not frozen. A newly proclaimed bank holiday (from GOV.UK)
moves every open request's due date, and the daily check records the change as an event."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import respx
from conftest import REPO

from foibot.app import open_app
from foibot.db import repo
from foibot.domain import RequestState
from foibot.holidaydata import GOVUK_URL, update_from_govuk
from foibot.service.clocks import daily_check
from foibot.service.queries import status_rows
from foibot.service.sending import prepare_campaign, send_pending

FIXTURE = REPO / "tests" / "fixtures" / "govuk_bank_holidays.json"
SENT = datetime(2026, 9, 1, 10, tzinfo=UTC)  # Tue 1 Sep 2026 → due Tue 29 Sep 2026 (no holidays between)


def _govuk(extra: dict | None = None) -> bytes:
    data = json.loads(FIXTURE.read_text())
    if extra:
        data["northern-ireland"]["events"].append(extra)
    return json.dumps(data).encode()


@respx.mock
def test_a_proclaimed_holiday_moves_open_deadlines_and_is_recorded(home: Path) -> None:
    respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, content=_govuk()))
    update_from_govuk(home / "state", backoff=0)
    app = open_app(home, now=lambda: SENT)
    prepare_campaign(app, "social-media-monitoring", ("kent",))
    send_pending(app, live=False)
    with app.db.session() as s:  # as if the SMTP transport had sent it on SENT
        (req,) = repo.requests_in_states(s, [RequestState.DRAFTED])
        req.state, req.sent_at = "sent", SENT
        repo.add_event(s, req.id, "sent", SENT, on_date=SENT.date())
    (row,) = status_rows(app, today=SENT.date())
    assert row.due_date == "2026-09-29"
    daily_check(app, today=SENT.date())

    proclaimed = {"title": "Bank holiday by proclamation", "date": "2026-09-14", "notes": "", "bunting": True}
    respx.get(GOVUK_URL).mock(return_value=httpx.Response(200, content=_govuk(proclaimed)))
    report = update_from_govuk(home / "state", backoff=0)
    assert [d.isoformat() for d in report.changed_days] == ["2026-09-14"]
    app._calendars = None  # what the daemon's weekly job does after an update
    (row,) = status_rows(app, today=SENT.date())
    assert row.due_date == "2026-09-30"  # FOIA: a bank holiday in any part of the UK counts
    check = daily_check(app, today=SENT.date())
    assert check.due_changed == [(row.our_reference, "2026-09-29", "2026-09-30")]
    with app.db.session() as s:
        kinds = [e.kind for e in repo.events_for(s)]
    assert kinds.count("due_changed") == 1
    assert daily_check(app, today=SENT.date()).due_changed == []  # recorded once
    app.close()
