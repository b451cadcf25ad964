"""ImapInbox against a real Dovecot: incremental sync, resync, drops, PEEK, move, IDLE."""

from __future__ import annotations

import threading
import time

import pytest
from mailserver_proxy import TcpProxy

from foibot.config import ImapSettings
from foibot.errors import ConfigError, InboxError
from foibot.mail import imap as imap_module
from foibot.mail.imap import ImapInbox
from foibot.ports import Cursor

pytestmark = pytest.mark.mailserver
ENV = "FOIBOT_TEST_IMAP_PASSWORD"
TINY = (0.001, 0.005)


def message(n: int, folder: str = "INBOX") -> bytes:
    return (f"From: foi@force{n}.police.example\r\nTo: me@localhost\r\n"
            f"Subject: FOI reply {n}\r\nMessage-ID: <r{n}.{folder}@force.example>\r\n"
            f"Date: Mon, 2 Nov 2026 10:00:00 +0000\r\n\r\nReply body {n}\r\n").encode()


@pytest.fixture
def make_inbox(live_dovecot, mail_user, monkeypatch):
    monkeypatch.setenv(ENV, mail_user.password)
    made: list[ImapInbox] = []

    def make(*, port=None, security="tls", host="127.0.0.1", retry_wait=TINY, **kw):
        fields = {k: kw.pop(k) for k in list(kw) if k in ImapSettings.__dataclass_fields__}
        settings = ImapSettings(host=host, port=port or live_dovecot.imaps_port,
                                security=security, username=mail_user.name, password_env=ENV,
                                ca_file=str(live_dovecot.ca_file), timeout=10, **fields)
        inbox = ImapInbox(settings, retry_wait=retry_wait, **kw)
        made.append(inbox)
        return inbox
    yield make
    for inbox in made:
        inbox.close()


def drain(inbox, cursors=None, batch_size=100):
    return [list(b) for b in inbox.batches(cursors or {}, batch_size=batch_size)]


def cursors_of(batches) -> dict[str, Cursor]:
    """What the service stores after committing the batches."""
    out: dict[str, Cursor] = {}
    for batch in batches:
        for m in batch:
            out[m.folder] = Cursor(m.folder, m.uidvalidity, max(m.uid, out.get(
                m.folder, Cursor(m.folder, 0, 0)).last_uid))
    return out


def flags_of(dovecot, user, folder="INBOX"):
    c = dovecot.client(user)
    try:
        c.select_folder(folder, readonly=True)
        return c.get_flags(c.search("ALL"))
    finally:
        c.logout()


def test_tls_sync_in_batches_oldest_first(live_dovecot, mail_user, make_inbox):
    raws = [message(i) for i in range(5)]
    live_dovecot.append(mail_user, "INBOX", raws)
    batches = drain(make_inbox(), batch_size=2)
    assert [len(b) for b in batches] == [2, 2, 1]
    mails = [m for b in batches for m in b]
    assert [m.raw.replace(b"\r\n", b"\n") for m in mails] == [r.replace(b"\r\n", b"\n")
                                                              for r in raws]
    assert [m.uid for m in mails] == sorted(m.uid for m in mails)
    assert {(m.source, m.folder, m.key) for m in mails[:1]} == {("imap", "INBOX", "1")}
    assert len({m.uidvalidity for m in mails}) == 1 and mails[0].uidvalidity > 0


def test_starttls_port(live_dovecot, mail_user, make_inbox):
    live_dovecot.append(mail_user, "INBOX", [message(1)])
    inbox = make_inbox(port=live_dovecot.imap_port, security="starttls")
    assert len(drain(inbox)[0]) == 1


def test_unverified_certificate_is_an_error(live_dovecot, mail_user, monkeypatch):
    monkeypatch.setenv(ENV, mail_user.password)
    inbox = ImapInbox(ImapSettings(host="127.0.0.1", port=live_dovecot.imaps_port,
                                   security="tls", username=mail_user.name, password_env=ENV))
    with pytest.raises(InboxError, match="ca_file"):
        drain(inbox)


def test_plaintext_refused_for_remote_host():
    with pytest.raises(ConfigError, match="clear text"):
        ImapInbox(ImapSettings(host="imap.example.org", port=143, security="none",
                               username="me"))


def test_bad_password_is_clear_and_secret_free(live_dovecot, make_inbox, monkeypatch, caplog):
    monkeypatch.setenv(ENV, "Wr0ng-password-123")
    proxy = TcpProxy(live_dovecot.host, live_dovecot.imap_port, source="127.0.0.2")
    try:
        with pytest.raises(InboxError, match="rejected the login") as err:
            drain(make_inbox(max_attempts=3, host=proxy.host, port=proxy.port, security="none"))
    finally:
        proxy.close()
    assert "Wr0ng-password-123" not in str(err.value) + caplog.text
    assert "retrying" not in caplog.text


def test_second_poll_yields_nothing_and_costs_one_round_trip(live_dovecot, mail_user,
                                                             make_inbox, imap_proxy):
    live_dovecot.append(mail_user, "INBOX", [message(i) for i in range(7)])
    inbox = make_inbox(host=imap_proxy.host, port=imap_proxy.port, security="none")
    first = drain(inbox, batch_size=3)
    assert sum(map(len, first)) == 7
    cursors = cursors_of(first)
    imap_proxy.clear()
    assert drain(inbox, cursors) == []
    assert imap_proxy.commands() == ["STATUS"]  # no SELECT, no SEARCH ALL, no FETCH
    live_dovecot.append(mail_user, "INBOX", [message(7), message(8)])
    third = drain(inbox, cursors)
    assert [m.uid for b in third for m in b] == [8, 9]


def test_expunged_new_mail_does_not_resurrect_the_last_message(live_dovecot, mail_user,
                                                                 make_inbox):
    """RFC 3501 §6.4.8: ``4:*`` matches the highest UID (3) even though 3 < 4; we never use it."""
    live_dovecot.append(mail_user, "INBOX", [message(i) for i in range(4)])
    c = live_dovecot.client(mail_user)
    c.select_folder("INBOX")
    c.delete_messages([4])
    c.expunge()
    c.logout()  # UIDs 1..3 left, UIDNEXT 5: STATUS says "something new" for a cursor at 3
    inbox = make_inbox()
    validity = drain(inbox)[0][0].uidvalidity
    assert drain(inbox, {"INBOX": Cursor("INBOX", validity, 3)}) == []


def test_check_reports_folders(live_dovecot, mail_user, make_inbox):
    live_dovecot.append(mail_user, "Lists", [message(1, "Lists")])
    assert make_inbox(folders=("INBOX", "Lists")).check() == {"INBOX": 0, "Lists": 1}
    with pytest.raises(InboxError, match="Nope"):
        make_inbox(folders=("Nope",)).check()


def test_uid_windows_cover_everything(live_dovecot, mail_user, make_inbox, monkeypatch):
    monkeypatch.setattr(imap_module, "UID_WINDOW", 3)
    live_dovecot.append(mail_user, "INBOX", [message(i) for i in range(10)])
    mails = [m for b in drain(make_inbox(), batch_size=4) for m in b]
    assert [m.uid for m in mails] == list(range(1, 11))


def test_uidvalidity_change_means_full_resync(live_dovecot, mail_user, make_inbox):
    live_dovecot.append(mail_user, "Lists", [message(i, "Lists") for i in range(4)])
    inbox = make_inbox(folders=("INBOX", "Lists"))
    first = drain(inbox)
    cursors = cursors_of(first)
    assert set(cursors) == {"Lists"} and cursors["Lists"].last_uid == 4
    live_dovecot.recreate_folder(mail_user, "Lists")
    again = [m for b in drain(inbox, cursors) for m in b]
    assert len(again) == 4 and {m.uidvalidity for m in again} != {cursors["Lists"].uidvalidity}
    assert [m.raw for m in again] == [m.raw for b in first for m in b]


def test_connection_cut_mid_sync_resumes_without_gaps(live_dovecot, mail_user, make_inbox,
                                                      imap_proxy):
    live_dovecot.append(mail_user, "INBOX", [message(i) for i in range(10)])
    inbox = make_inbox(host=imap_proxy.host, port=imap_proxy.port, security="none")
    seen = []
    for batch in inbox.batches({}, batch_size=3):
        seen += [m.uid for m in batch]
        if len(seen) == 3:
            imap_proxy.cut()
    assert seen == list(range(1, 11))
    assert imap_proxy.connections == 2


def test_dovecot_killed_mid_sync_resumes(live_dovecot, mail_user, make_inbox):
    live_dovecot.append(mail_user, "INBOX", [message(i) for i in range(6)])
    waits = []

    def sleep(seconds):  # the backoff: the server comes back while we wait
        waits.append(seconds)
        if len(waits) == 2:
            live_dovecot.start()
    inbox = make_inbox(sleep=sleep, max_attempts=5)
    seen = []
    for batch in inbox.batches({}, batch_size=2):
        seen += [m.uid for m in batch]
        if len(seen) == 2:
            live_dovecot.kill()
    assert seen == [1, 2, 3, 4, 5, 6] and len(waits) == 2


def test_server_down_gives_inbox_error_after_bounded_attempts(live_dovecot, make_inbox):
    waits = []
    inbox = make_inbox(sleep=waits.append, max_attempts=3)
    live_dovecot.kill()
    try:
        with pytest.raises(InboxError, match="3 times"):
            drain(inbox)
    finally:
        live_dovecot.start()
    assert len(waits) == 2


def test_peek_leaves_messages_unseen(live_dovecot, mail_user, make_inbox):
    live_dovecot.append(mail_user, "INBOX", [message(i) for i in range(3)])
    inbox = make_inbox()
    mails = [m for b in drain(inbox) for m in b]
    inbox.processed(mails)  # "leave": nothing happens
    flags = flags_of(live_dovecot, mail_user)
    assert len(flags) == 3 and all(b"\\Seen" not in f for f in flags.values())


def test_processed_move(live_dovecot, mail_user, make_inbox):
    live_dovecot.append(mail_user, "INBOX", [message(i) for i in range(5)])
    inbox = make_inbox(processed="move", move_to="foibot/processed")
    for batch in inbox.batches({}, batch_size=2):
        inbox.processed(batch)  # as the service does, while the sync is suspended
    assert flags_of(live_dovecot, mail_user) == {}
    moved = flags_of(live_dovecot, mail_user, "foibot.processed")  # "." on Maildir++
    assert len(moved) == 5 and all(b"\\Seen" not in f for f in moved.values())


def test_idle_wakes_on_new_mail(live_dovecot, mail_user, make_inbox):
    inbox = make_inbox()
    assert drain(inbox) == []
    timer = threading.Timer(0.3, live_dovecot.append, (mail_user, "INBOX", [message(1)]))
    start = time.monotonic()
    timer.start()
    try:
        assert inbox.wait_for_mail(15) is True
    finally:
        timer.join()
    assert time.monotonic() - start < 10
    assert len(drain(inbox)[0]) == 1


def test_idle_times_out_without_mail_and_catches_mail_that_came_before(live_dovecot, mail_user,
                                                                       make_inbox):
    inbox = make_inbox()
    drain(inbox)
    start = time.monotonic()
    assert inbox.wait_for_mail(1.0) is False
    assert 0.9 < time.monotonic() - start < 5
    live_dovecot.append(mail_user, "INBOX", [message(1)])  # between a poll and the next IDLE
    start = time.monotonic()
    assert inbox.wait_for_mail(30) is True and time.monotonic() - start < 2


def test_polling_fallback_without_idle(live_dovecot, mail_user, make_inbox):
    inbox = make_inbox(idle=False, poll_interval=0.1)
    drain(inbox)
    assert inbox.wait_for_mail(0.3) is False
    timer = threading.Timer(0.3, live_dovecot.append, (mail_user, "INBOX", [message(1)]))
    timer.start()
    try:
        assert inbox.wait_for_mail(10) is True
    finally:
        timer.join()
