"""Render a campaign's subject and body for one force, safely.

Jinja2 runs sandboxed with StrictUndefined, so a template cannot reach Python internals and a
misspelt variable is an error *before* anything is sent, naming the campaign file and line. Header
values are refused if they contain CR, LF or other control characters (RFC 5322 §2.2: a header
field body cannot contain a bare CR or LF; letting one through would inject headers or recipients).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from foibot.domain import Campaign, Force, Regime, Requester
from foibot.errors import TemplateError, UnsafeHeaderError

LAW_NAMES = {
    Regime.FOIA: "Freedom of Information Act 2000",
    Regime.FOISA: "Freedom of Information (Scotland) Act 2002",
}
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def template_vars(campaign: Campaign, force: Force, requester: Requester, reference: str,
                  today: date) -> dict:
    """What a template may use. ``years`` are the three calendar years before the send date."""
    return {
        "force": {"name": force.name, "slug": force.slug, "nation": force.nation,
                  "email": force.email or "", "regime": str(force.regime)},
        "requester": {"name": requester.name, "email": requester.email,
                      "postal_address": requester.postal_address},
        "campaign": {"slug": campaign.slug, "title": campaign.title},
        "reference": reference, "today": today, "year": today.year,
        "years": [today.year - 3, today.year - 2, today.year - 1],
        "law": LAW_NAMES[force.regime], "days": 20,
    }


def render_request(campaign: Campaign, force: Force, requester: Requester, reference: str,
                   today: date) -> Rendered:
    from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    values = template_vars(campaign, force, requester, reference, today)
    out = {}
    for field in ("subject", "body"):
        try:
            out[field] = env.from_string(getattr(campaign, field)).render(values)
        except TemplateSyntaxError as exc:
            raise TemplateError(f"{campaign.source_file}: {field} template, line {exc.lineno}: {exc.message}") from None
        except UndefinedError as exc:
            raise TemplateError(f"{campaign.source_file}: {field} template: {exc.message} "
                                f"(available: {', '.join(sorted(values))})") from None
    subject = check_header_value("subject", out["subject"].strip())
    if reference not in subject:
        subject = f"{subject} [{reference}]"
    body = out["body"].strip() + "\n"
    if reference not in body:
        body += f"\nOur reference: {reference}\n"
    return Rendered(subject=subject, body=body)


def check_header_value(name: str, value: str) -> str:
    if _CONTROL.search(value):
        raise UnsafeHeaderError(f"{name} contains a control character (CR/LF/NUL): {value[:60]!r}; refused")
    return value
