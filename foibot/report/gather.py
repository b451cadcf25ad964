"""Read one campaign out of the database into ForceFacts (the report's and the exports' input).

Reads only, through the repository functions; each clock is replayed from the request's events
on ``today`` (deadlines are never stored, see foibot.service.clocks).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from foibot.app import App
from foibot.db import mail as mailrepo
from foibot.db import repo
from foibot.db.tables import CampaignRow, ForceRow, MessageRow, RequestRow
from foibot.domain import FINAL_KINDS, Campaign, Force, Regime, Requester
from foibot.report.facts import ForceFacts, force_facts
from foibot.service.clocks import clock_for, events_by_request
from foibot.timeutil import uk_date

_FINAL = {str(k) for k in FINAL_KINDS}


@dataclass(frozen=True)
class CampaignFacts:
    slug: str
    title: str
    question_subject: str
    question: str  # the request as asked, with the force's name and our reference as placeholders
    today: date
    forces: list[ForceFacts]

    @property
    def sent_on(self) -> date | None:
        days = [f.sent_on for f in self.forces if f.sent_on]
        return min(days) if days else None

    @property
    def provisional(self) -> bool:
        return any(f.provisional for f in self.forces)


def campaign_facts(app: App, slug: str, today: date | None = None) -> CampaignFacts:
    today = today or uk_date(app.now())
    cals = app.calendars()
    with app.db.session(readonly=True) as s:
        camp = repo.campaign_by_slug(s, slug)
        requests = sorted(repo.requests_of(s, camp.id).values(), key=lambda r: r.force_slug)
        events = events_by_request(s, [r.id for r in requests])
        out = []
        for req in requests:
            force = s.get(ForceRow, req.force_slug)
            regime = Regime(force.regime)
            clock = clock_for(req, events.get(req.id, []), regime, app, today)
            out.append(force_facts(
                force=force.slug, force_name=force.name, regime=str(regime), reference=req.our_reference,
                authority_reference=req.authority_reference, state=req.state, outcome=req.outcome,
                exemptions=tuple(json.loads(req.exemptions or "[]")), clock=clock, cal=cals[regime],
                today=today, reply_path=_final_reply(s, req)))
        subject, question = _question(app, camp)
    return CampaignFacts(slug=camp.slug, title=camp.title, question_subject=subject, question=question,
                         today=today, forces=sorted(out, key=lambda f: f.force_name))


def _final_reply(s, req: RequestRow) -> str | None:
    """The archived message that carried the outcome (the latest final one), if it came by mail."""
    finals: list[MessageRow] = [m for m, _ in mailrepo.messages_for(s, req.id)
                                if m.direction == "in" and m.kind in _FINAL and m.raw_path]
    return finals[-1].raw_path if finals else None


def _question(app: App, camp: CampaignRow) -> tuple[str, str]:
    """The campaign's template rendered for a placeholder force, without the requester's contact
    details: the report is meant to be published."""
    from foibot.templating import render_request

    campaign = Campaign(slug=camp.slug, title=camp.title, code=camp.code, subject=camp.subject_template,
                        body=camp.body_template, source_file=f"campaign {camp.slug}")
    force = Force(slug="force", name="[force]", regime=Regime.FOIA, nation="england", email=None)
    who = Requester(name=app.settings.requester.name, email="", postal_address="")
    rendered = render_request(campaign, force, who, "[our reference]", uk_date(camp.created_at))
    return rendered.subject, rendered.body.strip()
