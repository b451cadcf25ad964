"""A foibot home wired to the test servers: live mode, SMTP with STARTTLS + AUTH, IMAP inbound."""

from __future__ import annotations

from pathlib import Path


def force_table(slug: str, name: str, email: str, regime: str = "foia") -> str:
    return (f'[[force]]\nslug = "{slug}"\nname = "{name}"\nregime = "{regime}"\nnation = "england"\n'
            f'email = "{email}"\nemail_source = "test"\nemail_confidence = "high"\ntags = ["test"]\n\n')


def make_live_home(home: Path, servers, user, *, forces: int = 5, sent_copy: bool = False,
                   extra_smtp: str = "") -> list[str]:
    """Rewrite the home's config for live sending to ``forces`` bodies; returns their slugs."""
    cfg = home / "config" / "foibot.toml"
    text = cfg.read_text()
    db = next(line for line in text.splitlines() if line.startswith("url = "))
    cfg.write_text(f'''mode = "live"
campaigns = ["social-media-monitoring"]

[requester]
name = "Test Researcher"
email = "{user.address}"
postal_address = "1 Test Road, Testtown"

[database]
{db}

[mail.outbound]
transport = "smtp"
host = "127.0.0.1"
port = {servers.smtp.port}
security = "starttls"
username = "{user.name}"
password_env = "FOIBOT_TEST_SMTP_PASSWORD"
ca_file = "{servers.ca_file}"
sent_copy = {'"server"' if sent_copy == "server" else str(sent_copy).lower()}
max_attempts = 3
{extra_smtp}

[mail.inbound]
transport = "imap"
host = "127.0.0.1"
port = {servers.dovecot.imap_port}
security = "starttls"
username = "{user.name}"
password_env = "FOIBOT_TEST_IMAP_PASSWORD"
ca_file = "{servers.ca_file}"

[schedule]
stagger_seconds = 0
send_window_start = "00:00"
send_window_end = "23:59:59.999999"  # the whole day: the end is exclusive
working_days_only = false
''')
    slugs = [f"force-{n:02d}" for n in range(forces)]
    (home / "config" / "forces.toml").write_text("".join(
        force_table(slug, f"Test Force {n}", f"foi@{slug}.police.test") for n, slug in enumerate(slugs)))
    return slugs
