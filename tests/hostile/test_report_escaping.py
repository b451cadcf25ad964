"""Issue 7: a reply's HTML never runs in the report. The report is a Jinja2 template with
autoescape and a Content-Security-Policy of ``default-src 'none'`` (no script at all)."""

from __future__ import annotations

import re
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

from foibot.app import open_app
from foibot.report.gather import campaign_facts
from foibot.report.html import write_report

CAMPAIGN = "social-media-monitoring"
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
RAW_TAG = re.compile(r"<\s*script|<\s*img[^>]*onerror", re.IGNORECASE)


def _hostile_reply(ref: str, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "alex@example.org"
    msg["Subject"], msg["Message-ID"] = f"{SCRIPT}{IMG} Your FOI request {ref}", "<xss@kent>"
    msg.set_content(f"{SCRIPT}\n{IMG}\nOur reference: {SCRIPT}\nI can confirm that the information "
                    "you requested is not held by the force.")
    msg.add_alternative(f"<p>{IMG}</p>{SCRIPT}<p>The information is not held.</p>", subtype="html")
    msg.add_attachment(f"{SCRIPT}{IMG}".encode(), maintype="text", subtype="plain",
                       filename=f"{IMG}{SCRIPT}.txt")
    return msg.as_bytes()


def test_reply_payloads_never_reach_the_report_unescaped(foibot, home: Path, tmp_path: Path) -> None:
    foibot("send", CAMPAIGN, "--only", "kent")
    (row,) = foibot.json("status", "--json")
    email_of = {f["slug"]: f["email"] for f in foibot.json("forces", "--json")}
    (home / "state/maildir/new/xss").write_bytes(_hostile_reply(row["our_reference"], email_of["kent"]))
    assert "1 matched" in foibot("poll").stdout
    (row,) = foibot.json("status", "--json")
    assert row["state"] != "drafted" and row["last_message_at"]  # the reply really was filed
    out = tmp_path / "report.html"
    foibot("report", CAMPAIGN, "--output", str(out))
    html = out.read_text(encoding="utf-8")
    assert "Kent" in html and row["our_reference"] in html
    assert not RAW_TAG.search(html)
    assert "default-src 'none'" in html  # and even an injected script would be refused by the CSP


def test_mail_derived_text_in_the_report_is_escaped(foibot, home: Path, tmp_path: Path) -> None:
    """Every field of the report that can come from a reply, filled with the payload directly:
    autoescape must turn each into text."""
    foibot("send", CAMPAIGN, "--only", "kent")
    app = open_app(home)
    facts = campaign_facts(app, CAMPAIGN)
    payload = SCRIPT + IMG
    tainted = [replace(f, authority_reference=payload, force_name=payload, exemptions=(payload,))
               for f in facts.forces]
    out = write_report(replace(facts, forces=tainted, title=payload), app.state_dir, tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    app.close()
    assert not RAW_TAG.search(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in html
