"""Issue 7: 10,000 generated hostile messages through the real ingest path, with zero crashes.

Each message is written into the home's Maildir and taken by ``poll`` (archive → parse → match →
classify → row) and then ``extract_pending`` (attachments in worker processes), exactly as the
daemon's poll job does. Afterwards every message must be a row (recorded or quarantined), every
raw file must be in ``state/mail`` under its own sha256, and ``foibot triage`` must list every
quarantined message. Set FOIBOT_FLOOD=N to run another size (the figures in
docs/hostile-input.md come from the default).
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
from mimegen import unique_messages
from sqlmodel import func, select

from foibot.app import open_app
from foibot.db.tables import MessageRow
from foibot.service.extraction import extract_pending
from foibot.service.ingest import poll

COUNT = int(os.environ.get("FOIBOT_FLOOD", "10000"))
CHUNK = 2500  # messages per poll: the Maildir is refilled between polls, as mail would arrive


def _feed(home: Path, messages: list[bytes], start: int) -> None:
    new = home / "state" / "maildir" / "new"
    for n, raw in enumerate(messages):
        (new / f"{start + n:06d}.gen").write_bytes(raw)


@pytest.mark.slow
def test_ten_thousand_hostile_messages_through_ingest(foibot, home: Path) -> None:
    started = time.monotonic()
    messages = unique_messages(seed=7, count=COUNT)
    app = open_app(home)
    fetched = recorded = quarantined = duplicates = 0
    for start in range(0, COUNT, CHUNK):
        _feed(home, messages[start:start + CHUNK], start)
        report = poll(app, batch_size=250)
        fetched, recorded = fetched + report.fetched, recorded + report.recorded
        quarantined, duplicates = quarantined + report.quarantined, duplicates + report.duplicates
        extract_pending(app)
    assert fetched == COUNT and duplicates == 0
    assert recorded + quarantined == COUNT
    with app.db.session(readonly=True) as s:
        rows = {r.sha256: r for r in s.exec(select(MessageRow).where(MessageRow.direction == "in"))}
        pending = s.exec(select(func.count()).select_from(MessageRow)
                         .where(MessageRow.extraction == "pending")).one()
    assert pending == 0
    for raw in messages:
        sha = hashlib.sha256(raw).hexdigest()
        row = rows[sha]  # every message is a row
        path = home / "state" / row.raw_path
        assert path.parent.parent == home / "state" / "mail" and path.name == f"{sha}.eml"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
    listed = foibot("triage").stdout
    assert f"{COUNT} message(s) need you" in listed  # nothing matched, so every one waits in triage
    quarantined_rows = [r for r in rows.values() if r.match_status == "quarantined"]
    assert len(quarantined_rows) == quarantined
    for r in quarantined_rows:
        assert f"#{r.id} [quarantined]" in listed
    assert not list((home / "state" / "maildir" / "new").iterdir())
    app.close()
    elapsed = time.monotonic() - started
    print(f"\nflood: {COUNT} generated, 0 crashes, {recorded} recorded, {quarantined} quarantined, "
          f"{elapsed:.0f} s")
