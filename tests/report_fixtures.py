"""A realistic 48-force campaign, built by driving the real service functions.

The requests are drafted on Monday 2 March 2026 (``prepare_campaign`` + ``send_pending`` with a
fixed clock), replies are dropped into the Maildir as real RFC 5322 messages dated on the day each
force "answered" and polled on 20 May 2026, and the user's own actions (clarification sent, review
requested, a bounce) go through ``mark``. The mix covers every column of the report: answers in
time and late, each outcome, exemptions, overdue, long overdue, due soon, extended, failed.

Import the fixtures into a test module: ``from report_fixtures import campaign_home, campaign_app``.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from conftest import fixed_now, write

CAMPAIGN = "social-media-monitoring"
SEND_AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TODAY_AT = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)
TODAY = date(2026, 5, 20)

REPLIES = {
    "full": """Freedom of Information Request Reference No: {auth}

Thank you for your request for information received on 2 March 2026. I can confirm that the
force holds the information you requested, and it is provided in full in the attached spreadsheet.
The OSINT team has 4.5 FTE. Malicious communications in 2025: 845.""",
    "partial": """Our reference: {auth}

We have decided to disclose some of the information you requested; the figures for questions 1 to 3
are provided below. This letter is a partial refusal notice: information about software platforms
(question 5) is withheld under section 31(1)(a) (Law Enforcement), and staff names are exempt
under section 40(2) (Personal Information).""",
    "cost": """Reference: {auth}

I am writing to inform you that we are unable to comply with your request, as to do so would exceed
the appropriate limit under section 12 of the Freedom of Information Act. This letter acts as a
refusal notice under section 17(5).""",
    "refusal": """Our reference: {auth}

This letter is a refusal notice under section 17 of the Act. The information about monitoring
software and the OSINT team is exempt from disclosure under section 24(1) (National Security) and
section 31(1)(a) (Law Enforcement). Having considered the public interest test, we are withholding it.""",
    "ncnd": """Freedom of Information Request Reference No: {auth}

The force can neither confirm nor deny that it holds the information you requested about monitoring
software, as the duty in section 1(1)(a) does not apply by virtue of section 24(2) (National
Security) and section 31(3) (Law Enforcement).""",
    "notheld": """Our reference: {auth}

Having searched our records, I can confirm that the force does not hold the information you
requested. Incidents are not recorded in a way that distinguishes the categories you describe, so
no information is held.""",
    "ack": """Thank you for your request, which we received on 2 March 2026. It has been given the
reference {auth} and we will respond within 20 working days.""",
    "clar": """Our reference: {auth}

Before we can answer your request, could you please clarify what you mean by "online
investigations"? The clock will stop until we receive your clarification, under section 1(3).""",
    "ext": """Our reference: {auth}

We need more time to consider the public interest test under section 10(3). We now expect to
respond by 10 June 2026.""",
}


@dataclass(frozen=True)
class Scenario:
    """What one force does: ``kind`` is a REPLIES key or a mark; ``wd`` is the working day after
    sending on which it answers; ``then`` is the date of the user's follow-up action."""

    kind: str
    wd: int = 0
    then: date | None = None


_IN_TIME = [Scenario("full", wd) for wd in (5, 9, 12, 14, 15, 17, 18, 19, 20, 20, 11, 16, 8, 13)]
_LATE = [Scenario("full", wd) for wd in (21, 23, 26, 30, 34, 45)]
SCENARIOS: tuple[Scenario, ...] = (
    *_IN_TIME[:7], Scenario("partial", 19), Scenario("cost", 20), Scenario("ncnd", 18),
    *_LATE[:3], Scenario("silent"), Scenario("refusal", 17), Scenario("notheld", 10),
    Scenario("clarified", 3, date(2026, 4, 20)), Scenario("bounce"), Scenario("partial", 24),
    *_IN_TIME[7:], Scenario("ack", 2), Scenario("refusal", 25), Scenario("partial", 16),
    Scenario("clarified", 4, date(2026, 4, 24)), Scenario("ncnd", 28), Scenario("marked", 12),
    *_LATE[3:], Scenario("silent"), Scenario("cost", 22), Scenario("notheld", 19),
    Scenario("extended", 18), Scenario("review", 15, date(2026, 5, 5)), Scenario("partial", 20),
    Scenario("clarified", 5, date(2026, 5, 15)), Scenario("bounce"), Scenario("ncnd", 20),
    Scenario("clarified", 3, date(2026, 4, 16)), Scenario("silent"), Scenario("ack", 3),
    Scenario("full", 22),
)


def build_campaign(home: Path) -> dict[str, Scenario]:
    """Drive the service layer through the whole campaign; returns force slug → scenario."""
    from foibot.app import open_app
    from foibot.service.clocks import daily_check
    from foibot.service.ingest import poll
    from foibot.service.queries import status_rows
    from foibot.service.sending import prepare_campaign, send_pending

    app = open_app(home, now=fixed_now(SEND_AT))
    try:
        prepare_campaign(app, CAMPAIGN)
        send_pending(app, live=False, campaign=CAMPAIGN)
        rows = {r.force: r for r in status_rows(app, campaign=CAMPAIGN)}
        if len(rows) != len(SCENARIOS):
            raise RuntimeError(f"expected {len(SCENARIOS)} forces, got {len(rows)}")
        plan = dict(zip(sorted(rows), SCENARIOS, strict=True))
        cals = app.calendars()
        forces = _forces(app)
        for n, (slug, sc) in enumerate(plan.items()):
            _drop_replies(home, n, rows[slug].our_reference, forces[slug], sc, cals[forces[slug][1]])
        app.now = fixed_now(TODAY_AT)
        poll(app)
        _user_actions(app, {slug: (rows[slug].our_reference, sc) for slug, sc in plan.items()}, cals, forces)
        daily_check(app)
    finally:
        app.close()
    return plan


def _forces(app) -> dict[str, tuple[str, object]]:
    from foibot.db.tables import ForceRow
    from foibot.domain import Regime

    with app.db.session(readonly=True) as s:
        from sqlmodel import select

        return {f.slug: (f.email, Regime(f.regime)) for f in s.exec(select(ForceRow))}


def _reply_on(cal, wd: int) -> date:
    return cal.add_working_days(SEND_AT.date(), wd)


def _drop_replies(home: Path, n: int, ref: str, force: tuple[str, object], sc: Scenario, cal) -> None:
    email = force[0]
    auth = f"FOI/{2026}/{1000 + n}"
    texts: list[tuple[str, date]] = []
    if sc.kind in REPLIES:
        texts.append((sc.kind, _reply_on(cal, sc.wd)))
    elif sc.kind == "clarified":
        texts.append(("clar", _reply_on(cal, sc.wd)))
    elif sc.kind == "extended":
        texts += [("ack", _reply_on(cal, 1)), ("ext", _reply_on(cal, sc.wd))]
    elif sc.kind == "review":
        texts.append(("refusal", _reply_on(cal, sc.wd)))
    for i, (key, day) in enumerate(texts):
        moment = datetime(day.year, day.month, day.day, 11, 30, tzinfo=UTC)
        head = (f"From: Information Management <{email}>\nTo: Alex Example <alex@example.org>\n"
                f"Subject: RE: Freedom of Information request ({ref})\nDate: {format_datetime(moment)}\n"
                f"Message-ID: <reply{n}.{i}@{email.split('@')[1]}>\nContent-Type: text/plain; charset=utf-8\n")
        body = f"Dear Alex Example,\n\n{REPLIES[key].format(auth=auth)}\n\nYours sincerely,\nInformation Management\n"
        write(home / "state" / "maildir" / "new" / f"r{n:02d}{i}", f"{head}\n{body}")


def _user_actions(app, plan: dict[str, tuple[str, Scenario]], cals, forces) -> None:
    from foibot.service.replies import mark

    with app.db.session() as s:
        for slug, (ref, sc) in plan.items():
            if sc.kind == "clarified":
                mark(s, ref, "clarification-sent", sc.then, app.now(), "clarified by email")
            elif sc.kind == "review":
                mark(s, ref, "review-requested", sc.then, app.now(), "s.24 and s.31 applied too widely")
            elif sc.kind == "bounce":
                mark(s, ref, "bounce", SEND_AT.date(), app.now(), "550 5.1.1 mailbox unavailable")
            elif sc.kind == "marked":
                mark(s, ref, "full-disclosure", _reply_on(cals[forces[slug][1]], sc.wd), app.now(),
                     "answered by post")


@pytest.fixture(scope="session")
def campaign_template(tmp_path_factory) -> tuple[Path, dict[str, Scenario]]:
    from foibot.home import init_home

    home = tmp_path_factory.mktemp("campaign") / "home"
    init_home(home)
    return home, build_campaign(home)


@pytest.fixture
def campaign_home(campaign_template, tmp_path: Path) -> Path:
    """A private copy of the built campaign's home (tests may change it)."""
    src, _ = campaign_template
    dst = tmp_path / "home"
    shutil.copytree(src, dst)
    return dst


@pytest.fixture
def campaign_plan(campaign_template) -> dict[str, Scenario]:
    return campaign_template[1]


@pytest.fixture
def campaign_app(campaign_home: Path):
    from foibot.app import open_app

    app = open_app(campaign_home, now=fixed_now(TODAY_AT))
    yield app
    app.close()
