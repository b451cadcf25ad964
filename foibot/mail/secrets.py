"""Where mail passwords come from: an environment variable or a command, never a file we own.

``password_command`` follows the ``PassCmd``/``passwordeval`` convention of mbsync and msmtp: it
is run by ``/bin/sh -c`` and the first line of its stdout is the password, so ``pass show
mail/smtp``, ``secret-tool lookup ...`` or ``op read op://...`` all work. Neither the command's
stdout nor its stderr is ever put into an error message or a log: a failing password manager may
well print the secret, or part of it, next to its complaint.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Mapping

from foibot.errors import ConfigError

COMMAND_TIMEOUT = 60.0  # long enough for a GUI unlock prompt (1Password, gnome-keyring)


def resolve_password(*, password_env: str | None, password_command: str | None, key: str,
                     environ: Mapping[str, str] | None = None,
                     timeout: float = COMMAND_TIMEOUT) -> str:
    """The password for the ``[key]`` table; ``password_command`` wins over ``password_env``."""
    if password_command:
        return _from_command(password_command, key=key, timeout=timeout)
    env = os.environ if environ is None else environ
    value = env.get(password_env or "", "")
    if not value:
        raise ConfigError(
            f"no password: the environment variable {password_env} is not set or empty; "
            f"export it, or set password_command (e.g. \"pass show mail/foibot\")",
            key=f"{key}.password_env")
    return value


def _from_command(command: str, *, key: str, timeout: float) -> str:
    """Run the command without a terminal on stdin; keep its output away from every message."""
    where = f"{key}.password_command"
    try:
        proc = subprocess.Popen(["/bin/sh", "-c", command], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as exc:
        raise ConfigError(f"password_command could not be started ({exc.strerror})",
                          key=where) from None
    try:
        stdout, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: a child may hold the pipe
        proc.communicate()
        raise ConfigError(f"password_command did not finish within {timeout:g} s",
                          key=where) from None
    if proc.returncode != 0:
        hint = " (command not found?)" if proc.returncode == 127 else ""
        raise ConfigError(
            f"password_command exited with status {proc.returncode}{hint}; its output is not "
            f"shown because it may contain the secret: run the command yourself to see why",
            key=where)
    try:
        lines = stdout.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise ConfigError("password_command printed something that is not UTF-8",
                          key=where) from None
    if not lines or not lines[0]:
        raise ConfigError("password_command printed nothing on its first line of stdout",
                          key=where)
    return lines[0]


def redact(text: str, secret: str | None) -> str:
    """Belt and braces for error text built from a server reply: mask the secret if echoed."""
    if secret and len(secret) >= 3:
        return text.replace(secret, "***")
    return text


class LazyPassword:
    """A password resolved at first use (so a missing variable surfaces when connecting, naming
    the key), then kept in memory only, and used to redact server replies before they are shown."""

    def __init__(self, settings, key: str) -> None:
        self.settings, self.key = settings, key
        self.value: str | None = None

    def get(self) -> str:
        if self.value is None:
            self.value = resolve_password(password_env=self.settings.password_env,
                                          password_command=self.settings.password_command, key=self.key)
        return self.value

    def redact(self, text: str) -> str:
        return redact(text, self.value)
