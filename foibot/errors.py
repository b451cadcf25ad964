"""The FoibotError hierarchy.

The CLI turns any FoibotError into one line, ``foibot: <message>``, and exit status 1, so each
message must say what is wrong *and* where (file, line, key, message) and, where it can, how to
fix it. Adapters translate library exceptions into these; nothing else should reach the user.
"""

from __future__ import annotations


class FoibotError(Exception):
    """Base class: an error the user can act on."""


class ConfigError(FoibotError):
    """A configuration file is missing, malformed or invalid.

    Carries the file, the dotted key and the 1-based line so that the message points at the
    TOML line to fix.
    """

    def __init__(self, message: str, *, file: str | None = None, key: str | None = None,
                 line: int | None = None) -> None:
        self.file, self.key, self.line, self.reason = file, key, line, message
        where = file or ""
        if line:
            where += f":{line}"
        if key:
            where += f" [{key}]" if where else key
        super().__init__(f"{where}: {message}" if where else message)


class TemplateError(FoibotError):
    """A campaign template cannot be rendered (undefined variable, syntax error, sandbox)."""


class UnsafeHeaderError(FoibotError):
    """A value that would go into a mail header contains CR, LF or another control character."""


class RequesterIncomplete(FoibotError):
    """FOIA s.8 / FOISA s.8: a valid request needs the requester's real name and an address."""


class NotFound(FoibotError):
    """A campaign, force, request reference or message id does not exist."""


class StateError(FoibotError):
    """``state/`` cannot be written (permissions, full disk), or the database is unusable."""


class LockHeld(FoibotError):
    """Another daemon holds the lock on this home."""


class DeliveryError(FoibotError):
    """Base of outbound delivery failures."""


class TransientDeliveryError(DeliveryError):
    """Worth retrying later: connection errors, timeouts, SMTP 4xx (RFC 5321 §4.2.1)."""


class AuthenticationError(TransientDeliveryError):
    """The server refused our login: every further send would fail the same way, so the batch stops
    (the requests stay queued) until the credentials are fixed."""


class DeliveryUncertainError(DeliveryError):
    """The connection broke after the message was handed over (after DATA's 354) and before the
    server's final reply: the server may have accepted it (RFC 1047, RFC 5321 §4.1.1.4). Never
    retried automatically; the request stays ``sending`` for reconciliation or for the user."""


class PermanentDeliveryError(DeliveryError):
    """Retrying will not help: SMTP 5xx on RCPT or DATA (RFC 5321 §4.2.1)."""

    def __init__(self, message: str, *, code: int | None = None) -> None:
        self.code = code
        super().__init__(message)


class InboxError(FoibotError):
    """The inbound mailbox cannot be reached or read."""


class SafetyError(FoibotError):
    """A send to a real address was attempted without the user's explicit consent (--live)."""
