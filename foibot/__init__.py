"""foibot: one FOI request to every UK police force, every reply kept, every deadline known."""

__version__ = "0.1.0"
