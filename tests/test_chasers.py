# ruff: noqa: F811  (pytest fixtures imported from report_fixtures are re-used as arguments)
"""Chasers: rendered, threaded under the request, drafted without --live, sent exactly once per
stage through the real SMTP server with it; internal review; the complaint pack; auto-chase."""

from __future__ import annotations

import email
import json
from email.policy import default
from pathlib import Path

import pytest
from conftest import Foibot
from report_fixtures import CAMPAIGN, campaign_app, campaign_home, campaign_plan, campaign_template  # noqa: F401

from foibot.db import repo
from foibot.service.chasers import NothingToChase, chase, complain, request_review, stage_status

ENV = "FOIBOT_TEST_SMTP_PASSWORD"


def _refs(app) -> dict[str, str]:
    from foibot.service.queries import status_rows

    return {r.force: r.our_reference for r in status_rows(app, campaign=CAMPAIGN)}


def _mail(path: Path):
    return email.message_from_bytes(path.read_bytes(), policy=default)


def _request_message_id(app, ref: str) -> str:
    with app.db.session(readonly=True) as s:
        return repo.request_by_ref(s, ref).message_id


def test_chase_drafts_threaded_reminders_for_overdue_forces_only(campaign_app) -> None:
    report = chase(campaign_app, CAMPAIGN, live=False)
    refs = _refs(campaign_app)
    overdue = {"greater-manchester", "west-mercia"}
    long_overdue = {"dyfed-powys", "metropolitan", "police-scotland", "west-midlands", "west-yorkshire"}
    assert sorted(report.drafted) == sorted([f"{refs[f]}-reminder" for f in overdue]
                                            + [f"{refs[f]}-long_overdue" for f in long_overdue])
    assert report.sent == [] and report.failed == []
    msg = _mail(campaign_app.state_dir / "outbox" / f"{refs['west-mercia']}-reminder.eml")
    request_id = _request_message_id(campaign_app, refs["west-mercia"])
    assert msg["In-Reply-To"] == f"<{request_id}>" and msg["References"] == f"<{request_id}>"
    assert msg["Subject"].startswith("Re: ") and refs["west-mercia"] in msg["Subject"]
    body = msg.get_content()
    assert "15 May 2026" in body and "3 working days overdue" in body  # the statutory deadline
    assert "your reference FOI/2026/" in body and "Section 10(1)" in body
    scotland = _mail(campaign_app.state_dir / "outbox" / f"{refs['police-scotland']}-long_overdue.eml")
    assert "Freedom of Information (Scotland) Act 2002" in scotland.get_content()
    assert "Scottish Information Commissioner" in scotland.get_content()


def test_drafts_do_not_count_as_sent(campaign_app) -> None:
    chase(campaign_app, CAMPAIGN, live=False)
    again = chase(campaign_app, CAMPAIGN, live=False)
    assert len(again.drafted) == 7  # re-drafted (same file), not "already sent"
    with campaign_app.db.session(readonly=True) as s:
        req = repo.request_by_ref(s, _refs(campaign_app)["west-mercia"])
        assert stage_status(repo.events_for(s, [req.id]), "reminder") is None


def test_never_written_to_a_no_reply_address(campaign_app) -> None:
    ref = _refs(campaign_app)["west-mercia"]
    with campaign_app.db.session() as s:
        req = repo.request_by_ref(s, ref)
        req.to_addr = "no-reply@westmercia.police.uk"
        s.add(req)
    report = chase(campaign_app, CAMPAIGN, live=False)
    assert (ref, "no address to write to (no-reply@westmercia.police.uk)") in report.skipped
    assert not (campaign_app.state_dir / "outbox" / f"{ref}-reminder.eml").exists()


def test_review_after_a_refusal_cites_the_exemptions(campaign_app) -> None:
    ref = _refs(campaign_app)["essex"]
    report = request_review(campaign_app, ref, live=False, grounds="Section 31 was applied to statistics.")
    assert report.drafted == [f"{ref}-internal_review"]
    body = _mail(campaign_app.state_dir / "outbox" / f"{ref}-internal_review.eml").get_content()
    assert "internal review" in body and "s.24(1), s.31(1)(a)" in body and "26 March 2026" in body
    assert "Section 31 was applied to statistics." in body


def test_no_review_of_a_full_answer_in_time(campaign_app) -> None:
    with pytest.raises(NothingToChase, match="nothing to review"):
        request_review(campaign_app, _refs(campaign_app)["kent"], live=False)


def test_complaint_pack(campaign_app, tmp_path: Path) -> None:
    refs = _refs(campaign_app)
    files = complain(campaign_app, refs["essex"], tmp_path / "pack")
    names = {p.relative_to(tmp_path / "pack").as_posix() for p in files}
    assert {"request.txt", "timeline.txt", "complaint.md"} <= names
    assert any(n.startswith("correspondence/") and n.endswith("-in-refusal.eml") for n in names)
    complaint = (tmp_path / "pack" / "complaint.md").read_text()
    assert "Information Commissioner's Office" in complaint and "section 50" in complaint
    assert refs["essex"] in complaint and "s.24(1), s.31(1)(a)" in complaint
    assert refs["essex"] in (tmp_path / "pack" / "timeline.txt").read_text()
    complain(campaign_app, refs["police-scotland"], tmp_path / "scot")
    scot = (tmp_path / "scot" / "complaint.md").read_text()
    assert "Scottish Information Commissioner" in scot and "section 47(1)" in scot
    assert "none received" in scot


def test_cli_chase_review_complain(campaign_home: Path, tmp_path: Path) -> None:
    foibot = Foibot(campaign_home)
    assert "drafted  FOI-" in foibot("chase", CAMPAIGN).stdout
    ref = json.loads(foibot("status", "--json", "--force", "essex").stdout)[0]["our_reference"]
    assert f"drafted  {ref}-internal_review" in foibot("review", ref).stdout
    assert "complaint.md" in foibot("complain", ref, "--output", str(tmp_path / "c")).stdout


# --- live, through the fixture aiosmtpd (real SMTP, STARTTLS + AUTH) --------------------------

@pytest.fixture
def live_home(campaign_home: Path, mailservers, mail_user, monkeypatch) -> Path:
    monkeypatch.setenv(ENV, mail_user.password)
    cfg = campaign_home / "config" / "foibot.toml"
    text = cfg.read_text().replace('email = "alex@example.org"', 'email = "alex@campaigner.test"')
    text = text.replace('transport = "outbox"', (
        f'transport = "smtp"\nhost = "127.0.0.1"\nport = {mailservers.smtp.port}\nsecurity = "starttls"\n'
        f'username = "{mail_user.name}"\npassword_env = "{ENV}"\nca_file = "{mailservers.ca_file}"\n'
        'max_attempts = 2'))
    cfg.write_text(text)
    return campaign_home


@pytest.fixture
def live_app(live_home: Path):
    from conftest import fixed_now
    from report_fixtures import TODAY_AT

    from foibot.app import open_app

    app = open_app(live_home, now=fixed_now(TODAY_AT))
    yield app
    app.close()


@pytest.mark.mailserver
def test_live_chasers_go_out_once_per_stage(live_app, mailservers) -> None:
    first = chase(live_app, CAMPAIGN, live=True)
    assert len(first.sent) == 7 and not first.drafted
    sent = [m for m in mailservers.smtp.messages if b"X-Foibot-Version" in m.data]
    assert len(sent) == 7
    refs = _refs(live_app)
    mercia = next(m for m in sent if refs["west-mercia"].encode() in m.data)
    msg = email.message_from_bytes(mercia.data, policy=default)
    request_id = _request_message_id(live_app, refs["west-mercia"])
    assert msg["In-Reply-To"] == f"<{request_id}>" and mercia.rcpt_tos == (msg["To"].addresses[0].addr_spec,)
    second = chase(live_app, CAMPAIGN, live=True)
    assert second.sent == [] and len(second.skipped) == 7
    assert all("already sent" in why for _, why in second.skipped)
    assert len([m for m in mailservers.smtp.messages if b"X-Foibot-Version" in m.data]) == 7
    with live_app.db.session(readonly=True) as s:
        req = repo.request_by_ref(s, refs["west-mercia"])
        kinds = [e.kind for e in repo.events_for(s, [req.id])]
    assert kinds.index("chasing") < kinds.index("chaser_sent")  # claimed before it went out
    from foibot.service.queries import timeline

    outbound = [m for m, _ in timeline(live_app, refs["west-mercia"]).messages if m.direction == "out"]
    assert [m.kind for m in outbound] == ["chaser"]  # archived and shown in `foibot show`


@pytest.mark.mailserver
def test_a_chaser_caught_mid_send_is_never_resent(live_app, mailservers) -> None:
    ref = _refs(live_app)["west-mercia"]
    with live_app.db.session() as s:
        req = repo.request_by_ref(s, ref)
        repo.add_event(s, req.id, "chasing", live_app.now(), stage="reminder", rfc_message_id="x@y")
    report = chase(live_app, CAMPAIGN, live=True)
    assert (ref, "reminder already being sent") in report.skipped and len(report.sent) == 6


@pytest.mark.mailserver
def test_a_refused_chaser_can_be_tried_again(live_app, mailservers) -> None:
    mailservers.smtp.fail("RCPT", 550, times=10)
    ref = _refs(live_app)["west-mercia"]
    failed = chase(live_app, CAMPAIGN, live=True)
    assert len(failed.failed) == 7 and not failed.sent
    mailservers.smtp.reset()
    again = chase(live_app, CAMPAIGN, live=True)
    assert f"{ref}-reminder" in again.sent


@pytest.mark.mailserver
def test_live_review_request_starts_the_review_clock(live_app, mailservers) -> None:
    from foibot.service.queries import timeline

    ref = _refs(live_app)["essex"]
    assert request_review(live_app, ref, live=True).sent == [f"{ref}-internal_review"]
    t = timeline(live_app, ref)
    assert t.request.state == "review_requested" and t.clock.review_due_date is not None
    assert request_review(live_app, ref, live=True).skipped  # once per stage


def test_daemon_chases_only_when_auto_chase_is_on(campaign_app) -> None:
    from foibot.daemon import job_chase, job_digest

    outbox = campaign_app.state_dir / "outbox"
    job_chase(campaign_app, [CAMPAIGN])
    job_digest(campaign_app)
    assert not list(outbox.glob("*-reminder.eml")) and not list(outbox.glob("digest-*"))  # off by default
    cfg = campaign_app.settings.file
    cfg.write_text(cfg.read_text() + '\n[notify]\nemail = true\n\n[escalation]\nauto_chase = true\n')
    job_chase(campaign_app, [CAMPAIGN])
    job_digest(campaign_app)
    assert len(list(outbox.glob("*-reminder.eml"))) == 2 and len(list(outbox.glob("digest-*.eml"))) == 1
