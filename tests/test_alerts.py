# ruff: noqa: F811  (pytest fixtures imported from report_fixtures are re-used as arguments)
"""The [notify]/[escalation] loader, the digest (since the last one), email and webhook delivery."""

from __future__ import annotations

import email
import json
import logging
from datetime import datetime, timedelta
from email.policy import default
from pathlib import Path

import httpx
import pytest
import respx
from conftest import fixed_now, write
from report_fixtures import campaign_app, campaign_home, campaign_template  # noqa: F401

from foibot.errors import ConfigError
from foibot.notifyconfig import NotifySettings, load_notify
from foibot.service.alerts import AlertError, build_digest, payload, send_digest

HOOK = "https://hooks.example.test/services/T000/B000/SECRETTOKEN123"


def _config(home: Path, extra: str) -> None:
    path = home / "config" / "foibot.toml"
    path.write_text(path.read_text() + "\n" + extra)


def test_notify_defaults_are_off(home: Path) -> None:
    notify, escalation = load_notify(home)
    assert notify.webhook_url is None and not notify.email and not escalation.auto_chase


def test_notify_loader_reads_keys_and_names_the_line(home: Path) -> None:
    _config(home, f'[notify]\nwebhook_url = "{HOOK}"\nwebhook_format = "ntfy"\nemail = true\n'
                  'email_to = "me@example.net"\n\n[escalation]\nauto_chase = true\n')
    notify, escalation = load_notify(home)
    assert (notify.webhook_format, notify.email, notify.email_to, escalation.auto_chase) == (
        "ntfy", True, "me@example.net", True)
    assert HOOK not in repr(notify)
    _config(home, "")
    text = (home / "config" / "foibot.toml").read_text().replace('"ntfy"', '"teams"')
    (home / "config" / "foibot.toml").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_notify(home)
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("webhook_format"))
    assert err.value.line == line and err.value.key == "notify.webhook_format"


def test_a_bad_webhook_url_is_reported_without_showing_it(home: Path) -> None:
    _config(home, '[notify]\nwebhook_url = "ftp://secret-token-xyz@host/x"\n')
    with pytest.raises(ConfigError) as err:
        load_notify(home)
    assert "secret-token-xyz" not in str(err.value) and "notify.webhook_url" in str(err.value)


def test_unknown_escalation_key_is_an_error(home: Path) -> None:
    _config(home, "[escalation]\nauto_chse = true\n")
    with pytest.raises(ConfigError, match="escalation.auto_chse"):
        load_notify(home)


def test_digest_lists_what_happened(campaign_app) -> None:
    d = build_digest(campaign_app)
    polled = len(list((campaign_app.settings.maildir / "cur").iterdir()))
    assert d.since is None and len(d.replies) == polled == 43  # every reply polled in the campaign
    assert any("ncnd" in r for r in d.replies)
    assert len(d.overdue) == 4 and len(d.long_overdue) == 2  # recorded by the daily check
    assert any("Suffolk" in r for r in d.reviews_due) is False  # due 3 June: outside 7 days
    assert d.failures and all("delivery failed" in f for f in d.failures)
    text = d.text()
    assert "New replies (43)" in text and "Became long overdue" in text


def test_email_digest_lands_in_the_outbox_and_the_next_covers_only_new_events(campaign_app) -> None:
    notify = NotifySettings(email=True, email_to="me@example.net")
    result = send_digest(campaign_app, notify=notify)
    assert result.channels == ["email:drafted"]
    (path,) = (campaign_app.state_dir / "outbox").glob("digest-*.eml")
    msg = email.message_from_bytes(path.read_bytes(), policy=default)
    assert msg["To"].addresses[0].addr_spec == "me@example.net" and "New replies (43)" in msg.get_content()
    campaign_app.now = fixed_now(campaign_app.now() + timedelta(hours=1))
    again = send_digest(campaign_app, notify=notify).digest  # only standing items: review windows
    assert again.since == result.digest.until and not (again.replies or again.overdue or again.failures)
    assert again.reviews_due == result.digest.reviews_due
    later = campaign_app.now() + timedelta(days=1)
    campaign_app.now = fixed_now(later)
    ref = _drop_reply(campaign_app, later)
    d = build_digest(campaign_app)
    assert d.since is not None and len(d.replies) == 1 and ref in d.replies[0]


def _drop_reply(app, when: datetime) -> str:
    from foibot.service.ingest import poll
    from foibot.service.queries import status_rows

    row = next(r for r in status_rows(app) if r.force == "dyfed-powys")
    write(app.settings.maildir / "new" / "late1",
          f"From: foi@dyfed-powys.police.uk\nSubject: RE: {row.our_reference}\nMessage-ID: <late1@dp>\n"
          f"Date: {when:%a, %d %b %Y %H:%M:%S +0000}\n\nThank you for your request, which we received.\n")
    poll(app)
    return row.our_reference


@pytest.mark.parametrize("fmt,check", [
    ("slack", lambda url, body: url == HOOK and set(body) == {"text"}),
    ("matrix", lambda url, body: body["msgtype"] == "m.text" and body["body"].startswith("foibot digest")),
    ("json", lambda url, body: body["triage"] == 0 and len(body["replies"]) == 43),
])
def test_webhook_payloads(campaign_app, fmt, check) -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post(HOOK).mock(return_value=httpx.Response(200))
        result = send_digest(campaign_app, notify=NotifySettings(webhook_url=HOOK, webhook_format=fmt))
    request = route.calls.last.request
    assert check(str(request.url), json.loads(request.content)) and result.channels == ["webhook"]


def test_ntfy_posts_json_to_the_server_root_naming_the_topic(campaign_app) -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post("https://ntfy.example.test/").mock(return_value=httpx.Response(200))
        send_digest(campaign_app, notify=NotifySettings(webhook_url="https://ntfy.example.test/foi-alerts",
                                                        webhook_format="ntfy"))
    body = json.loads(route.calls.last.request.content)
    assert body["topic"] == "foi-alerts" and "New replies" in body["message"]


def test_webhook_retries_transient_failures(campaign_app) -> None:
    with respx.mock() as mock:
        route = mock.post(HOOK).mock(side_effect=[httpx.Response(503), httpx.ConnectError("down"),
                                                  httpx.Response(200)])
        send_digest(campaign_app, notify=NotifySettings(webhook_url=HOOK, webhook_format="slack"))
    assert route.call_count == 3


def test_webhook_failure_never_shows_the_url_and_keeps_the_events(campaign_app, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    with respx.mock() as mock:
        route = mock.post(HOOK).mock(return_value=httpx.Response(404))
        with pytest.raises(AlertError) as err:
            send_digest(campaign_app, notify=NotifySettings(webhook_url=HOOK, webhook_format="slack"))
    assert route.call_count == 1  # a 404 is not retried
    assert "HTTP 404" in str(err.value) and "SECRETTOKEN123" not in str(err.value)
    assert "SECRETTOKEN123" not in caplog.text
    assert build_digest(campaign_app).since is None  # not recorded: the next digest repeats it


def test_payload_shapes_are_pure() -> None:
    url, body = payload("ntfy", "hi", {}, "https://ntfy.sh/topic")
    assert url == "https://ntfy.sh/" and body["topic"] == "topic"
    assert payload("json", "hi", {"a": 1}, HOOK) == (HOOK, {"text": "hi", "a": 1})


def test_digest_cli_print(campaign_home: Path) -> None:
    from conftest import Foibot

    out = Foibot(campaign_home)("digest", "--print").stdout
    assert out.startswith("foibot digest") and "New replies" in out
    assert not any((campaign_home / "state" / "outbox").glob("digest-*"))


def test_an_empty_digest_is_not_sent(home: Path) -> None:
    from foibot.app import open_app

    app = open_app(home)
    try:
        result = send_digest(app, notify=NotifySettings(email=True))
        assert result.digest.empty and result.channels == []
        assert not list((home / "state" / "outbox").glob("digest-*"))
        assert send_digest(app, notify=NotifySettings(email=True), force=True).channels == ["email:drafted"]
    finally:
        app.close()
