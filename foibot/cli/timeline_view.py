"""`foibot show`: a request's clocks, messages (with classification evidence) and events."""

from __future__ import annotations

import json

import click

from foibot.db.mail import decode_json


def _clock_lines(clock) -> list[str]:
    fields = ["phase", "received", "due_date", "lenient_due_date", "long_overdue_date", "working_days_left",
              "overdue", "long_overdue", "extension_due_date", "fee_payment_deadline", "responded_on",
              "review_request_deadline", "review_due_date", "commissioner", "commissioner_deadline"]
    lines = [f"  {name:24} {getattr(clock, name)}" for name in fields
             if getattr(clock, name, None) not in (None, False, 0) or name in ("overdue", "phase")]
    lines += [f"  note: {note}" for note in getattr(clock, "notes", ())]
    return lines


def print_timeline(t) -> None:
    r = t.request
    click.echo(f"{r.our_reference}  {t.force.name} <{r.to_addr}>  campaign {t.campaign.slug}")
    click.echo(f"  state {r.state}{' (set by you)' if r.manual_state else ''}; their reference "
               f"{r.authority_reference or '-'}; outcome {r.outcome or '-'}; "
               f"exemptions {' '.join(json.loads(r.exemptions or '[]')) or '-'}")
    click.echo(f"  subject: {r.subject}")
    if r.delivery_error:
        click.echo(f"  delivery error: {r.delivery_error}")
    click.echo("clock:")
    for line in _clock_lines(t.clock):
        click.echo(line)
    click.echo("messages:")
    for msg, link in t.messages:
        arrow = "→" if msg.direction == "out" else "←"
        click.echo(f"  #{msg.id} {msg.received_at:%Y-%m-%d %H:%M} {arrow} {msg.kind:22} {msg.subject[:70]}")
        click.echo(f"      from {msg.from_addr or '-'}; archived {msg.raw_path}")
        if link is not None and link.step != "outbound":
            click.echo(f"      matched by {link.step}{' (probable)' if link.probable else ''}: {link.evidence}")
        evidence = decode_json(msg.classification, {}).get("evidence") or {}
        for field, phrases in evidence.items():
            click.echo(f"      {field}: {'; '.join(str(p) for p in phrases)[:160]}")
        for att in decode_json(msg.attachments, []):
            click.echo(f"      attachment {att['filename']} ({att['content_type']}, {att['size']} bytes)")
    click.echo("events:")
    for e in t.events:
        detail = decode_json(e.detail, {})
        extra = ", ".join(f"{k}={v}" for k, v in detail.items() if v not in (None, "", [], {}))
        click.echo(f"  {e.at:%Y-%m-%d %H:%M} {e.kind:20} {e.on_date or '':10} {e.actor:6} {extra[:120]}")
