"""Commands (placeholder: filled by its owner)."""

from foibot.cli.base import cli  # noqa: F401
