"""Use cases: each takes an App (ports + database) and does one thing the user asked for."""
