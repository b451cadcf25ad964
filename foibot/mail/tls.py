"""TLS rules shared by the SMTP and IMAP adapters.

Certificates are always verified (RFC 7817 for SMTP/IMAP server identity): the only knob is
``ca_file`` for a self-hosted server whose CA is not in the system store. Plaintext
(``security = "none"``) is accepted only to a loopback host, where nothing crosses a network.
"""

from __future__ import annotations

import ipaddress
import ssl
from pathlib import Path

from foibot.errors import ConfigError

SECURITY_MODES = ("starttls", "tls", "none")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback literals; no DNS lookup, so no spoofing via resolvers."""
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_security(security: str, host: str, *, key: str) -> None:
    """Refuse unknown modes and plaintext to anything but loopback (credentials would leak)."""
    if security not in SECURITY_MODES:
        raise ConfigError(f"security must be one of {', '.join(SECURITY_MODES)}, not {security!r}",
                          key=f"{key}.security")
    if security == "none" and not is_loopback(host):
        raise ConfigError(
            f'security = "none" sends the password in clear text; it is only allowed for a '
            f'loopback host, not {host!r}. Use "starttls" or "tls".', key=f"{key}.security")


def client_context(ca_file: str | None, *, key: str) -> ssl.SSLContext:
    """A verifying client context (hostname + chain), TLS 1.2 or newer, optional private CA."""
    cafile = None
    if ca_file is not None:
        path = Path(ca_file).expanduser()
        if not path.is_file():
            raise ConfigError(f"ca_file {ca_file!r} does not exist or is not a file",
                              key=f"{key}.ca_file")
        cafile = str(path)
    try:
        context = ssl.create_default_context(cafile=cafile)
    except ssl.SSLError as exc:
        raise ConfigError(f"ca_file {ca_file!r} is not a PEM certificate bundle ({exc.reason})",
                          key=f"{key}.ca_file") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def cert_hint(host: str, exc: ssl.SSLCertVerificationError, *, key: str) -> str:
    """Explain a verification failure and the only fix we offer (never 'turn verification off')."""
    return (f"the TLS certificate of {host} could not be verified ({exc.verify_message}); "
            f"if the server uses a private CA, set {key}.ca_file to its PEM bundle")
