"""Config errors name the file, the key and the line; nothing is sent on a bad config."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from foibot.config import load_settings
from foibot.directory import load_campaign, load_forces
from foibot.domain import Requester
from foibot.errors import ConfigError, RequesterIncomplete, TemplateError, UnsafeHeaderError
from foibot.templating import render_request


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_shipped_config_is_valid(home: Path) -> None:
    settings = load_settings(home)
    assert settings.mode == "review" and settings.outbound == "outbox" and settings.inbound == "maildir"
    forces = load_forces(home / "config")
    assert len(forces) == 48
    assert sum(f.regime == "foisa" for f in forces) == 1
    assert all(f.email and f.email_source and f.email_confidence for f in forces)


def test_missing_required_key_names_file_key_and_line(home: Path) -> None:
    cfg = home / "config" / "foibot.toml"
    _edit(cfg, 'name = "Alex Example"\n', "")
    with pytest.raises(ConfigError) as err:
        load_settings(home)
    assert err.value.key == "requester.name"
    assert err.value.line == _line_of(cfg, "[requester]")
    assert str(cfg) in str(err.value) and "missing required key" in str(err.value)


def test_bad_regime_points_at_the_line(home: Path) -> None:
    path = home / "config" / "forces.toml"
    _edit(path, 'regime = "foisa"', 'regime = "foix"')
    with pytest.raises(ConfigError) as err:
        load_forces(home / "config")
    assert err.value.line == _line_of(path, 'regime = "foix"')
    assert "force[43].regime" in str(err.value) and "'foia', 'foisa'" in str(err.value)


def test_bad_email_points_at_the_line(home: Path) -> None:
    path = home / "config" / "forces.toml"
    _edit(path, 'email = "freedomofinformation@kent.police.uk"', 'email = "freedomofinformation at kent.police.uk"')
    with pytest.raises(ConfigError) as err:
        load_forces(home / "config")
    assert err.value.line == _line_of(path, "freedomofinformation at kent")
    assert "not a valid email address" in str(err.value)


def test_header_injection_in_forces_is_refused(home: Path) -> None:
    path = home / "config" / "forces.toml"
    _edit(path, 'name = "Kent Police"', 'name = "Kent Police\\r\\nBcc: evil@example.com"')
    with pytest.raises(ConfigError, match="control character") as err:
        load_forces(home / "config")
    assert err.value.line == _line_of(path, "Bcc: evil")


def test_invalid_toml_reports_line(home: Path) -> None:
    cfg = home / "config" / "foibot.toml"
    _edit(cfg, 'mode = "review"', 'mode = "review')
    with pytest.raises(ConfigError) as err:
        load_settings(home)
    assert err.value.line == _line_of(cfg, 'mode = "review')


def test_unknown_key_is_an_error(home: Path) -> None:
    cfg = home / "config" / "foibot.toml"
    _edit(cfg, "[schedule]\n", "[schedule]\nstager_seconds = 5\n")
    with pytest.raises(ConfigError, match="unknown key") as err:
        load_settings(home)
    assert err.value.key == "schedule.stager_seconds"


def test_plaintext_smtp_refused_for_remote_host(home: Path) -> None:
    cfg = home / "config" / "foibot.toml"
    _edit(cfg, 'transport = "outbox"', 'transport = "smtp"\nhost = "smtp.example.net"\nsecurity = "none"')
    with pytest.raises(ConfigError, match="only allowed for a loopback host") as err:
        load_settings(home)
    assert err.value.key == "mail.outbound.security"


def test_missing_template_variable_names_file(home: Path) -> None:
    path = home / "config" / "campaigns" / "social-media-monitoring.toml"
    _edit(path, "Dear {{ force.name }}", "Dear {{ force.nmae }}")
    campaign = load_campaign(home / "config", "social-media-monitoring")
    force = load_forces(home / "config")[0]
    with pytest.raises(TemplateError) as err:
        render_request(campaign, force, Requester("A B", "a@b.org"), "FOI-X-Y-ZZZZ", date(2026, 11, 23))
    assert str(path) in str(err.value) and "nmae" in str(err.value)


def test_template_syntax_error_names_line(home: Path) -> None:
    path = home / "config" / "campaigns" / "social-media-monitoring.toml"
    _edit(path, "Yours faithfully,", "Yours {% if %} faithfully,")
    campaign = load_campaign(home / "config", "social-media-monitoring")
    with pytest.raises(TemplateError, match=r"body template, line \d+"):
        render_request(campaign, load_forces(home / "config")[0], Requester("A B", "a@b.org"),
                       "FOI-X-Y-ZZZZ", date(2026, 11, 23))


def test_sandbox_blocks_python_internals(home: Path) -> None:
    path = home / "config" / "campaigns" / "social-media-monitoring.toml"
    _edit(path, "Dear {{ force.name }}", "Dear {{ ''.__class__.__mro__[1].__subclasses__() }}")
    campaign = load_campaign(home / "config", "social-media-monitoring")
    with pytest.raises((TemplateError, Exception)) as err:
        render_request(campaign, load_forces(home / "config")[0], Requester("A B", "a@b.org"),
                       "FOI-X-Y-ZZZZ", date(2026, 11, 23))
    assert "subclasses" not in str(err.value) or "unsafe" in str(err.value).lower()


def test_subject_cannot_inject_headers(home: Path) -> None:
    path = home / "config" / "campaigns" / "social-media-monitoring.toml"
    _edit(path, 'subject = "Freedom', 'subject = "{{ requester.name }} Freedom')
    campaign = load_campaign(home / "config", "social-media-monitoring")
    evil = Requester("Eve\nBcc: x@evil.example", "a@b.org")
    with pytest.raises(UnsafeHeaderError):
        render_request(campaign, load_forces(home / "config")[0], evil, "FOI-X-Y-ZZZZ", date(2026, 11, 23))


def test_placeholder_requester_cannot_send_live(home: Path) -> None:
    with pytest.raises(RequesterIncomplete, match="placeholder"):
        load_settings(home).require_requester()


def test_years_follow_the_send_date(home: Path) -> None:
    campaign = load_campaign(home / "config", "social-media-monitoring")
    force = load_forces(home / "config")[0]
    body = render_request(campaign, force, Requester("A B", "a@b.org"), "FOI-SMM27-AVON-ABCD",
                          date(2027, 2, 1)).body
    assert "(2024, 2025, 2026)" in body and "FOI-SMM27-AVON-ABCD" in body
