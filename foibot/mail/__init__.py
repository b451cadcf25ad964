"""Real-mail adapters: SMTP submission (RFC 6409) and IMAP4rev1 (RFC 3501).

``smtp.SmtpOutbox`` implements ``ports.Outbox`` and ``imap.ImapInbox`` implements ``ports.Inbox``.
Both take the frozen settings from ``foibot.config`` and resolve their password at connect time
through ``secrets.resolve_password`` so that no secret ever sits in a file, the database or a log.
Imports stay inside the submodules: the CLI imports this package only in live mode.
"""
