"""Password resolution: env var or command, and no secret in any error message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foibot.errors import ConfigError
from foibot.mail.secrets import redact, resolve_password
from foibot.mail.tls import check_security, client_context, is_loopback

SECRET = "s3cr3t-Hunter2!"


def test_env_variable_is_read():
    env = {"FOIBOT_SMTP_PASSWORD": SECRET}
    assert resolve_password(password_env="FOIBOT_SMTP_PASSWORD", password_command=None,
                            key="mail.outbound", environ=env) == SECRET


def test_missing_env_variable_names_the_variable_and_the_key():
    with pytest.raises(ConfigError) as err:
        resolve_password(password_env="FOIBOT_SMTP_PASSWORD", password_command=None,
                         key="mail.outbound", environ={})
    assert "FOIBOT_SMTP_PASSWORD" in str(err.value)
    assert err.value.key == "mail.outbound.password_env"


def test_command_first_line_of_stdout_wins_over_env():
    got = resolve_password(password_env="X", password_command=f"printf '{SECRET}\\nuser: me\\n'",
                           key="mail.inbound", environ={"X": "other"})
    assert got == SECRET


def test_failing_command_shows_neither_stdout_nor_stderr():
    cmd = f"echo {SECRET}; echo {SECRET}-err >&2; exit 3"
    with pytest.raises(ConfigError) as err:
        resolve_password(password_env=None, password_command=cmd, key="mail.outbound")
    message = str(err.value)
    assert "status 3" in message and "mail.outbound.password_command" in message
    assert SECRET not in message


def test_command_not_found_hint(capfd):
    with pytest.raises(ConfigError, match="command not found"):
        resolve_password(password_env=None, password_command="no-such-pass-tool-xyz",
                         key="mail.outbound")
    assert capfd.readouterr().err == ""  # the shell's complaint is not echoed either


def test_empty_output_and_timeout_are_errors():
    with pytest.raises(ConfigError, match="printed nothing"):
        resolve_password(password_env=None, password_command="true", key="k")
    with pytest.raises(ConfigError, match="did not finish"):
        resolve_password(password_env=None, password_command="sleep 5", key="k", timeout=0.2)


@given(st.text(min_size=3, max_size=30).filter(lambda s: "\x00" not in s))
def test_redact_removes_every_occurrence(secret):
    assert secret not in redact(f"a{secret}b{secret}", secret)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.8.9.10", "::1", "[::1]"])
def test_loopback_hosts(host):
    assert is_loopback(host)
    check_security("none", host, key="mail.outbound")


@pytest.mark.parametrize("host", ["smtp.example.org", "10.0.0.1", "localhost.example.org"])
def test_plaintext_refused_off_loopback(host):
    assert not is_loopback(host)
    with pytest.raises(ConfigError, match="clear text") as err:
        check_security("none", host, key="mail.outbound")
    assert err.value.key == "mail.outbound.security"


def test_unknown_security_mode_and_missing_ca_file(tmp_path):
    with pytest.raises(ConfigError, match="starttls, tls, none"):
        check_security("ssl", "smtp.example.org", key="mail.outbound")
    with pytest.raises(ConfigError, match="does not exist"):
        client_context(str(tmp_path / "nope.pem"), key="mail.outbound")
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    with pytest.raises(ConfigError, match="not a PEM"):
        client_context(str(bad), key="mail.outbound")


def test_context_verifies_by_default():
    import ssl
    ctx = client_context(None, key="mail.outbound")
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
