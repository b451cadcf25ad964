"""The database adapter: one ``Database`` per home, sessions, and repository functions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from foibot.db.engine import make_engine, migrate
from foibot.errors import StateError


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self.migrated_from = migrate(self.engine)
        # read-only views (status, show) never take SQLite's write lock
        self.read_engine: Engine = make_engine(url, immediate=False) if self.is_sqlite else self.engine

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = Session(self.read_engine if readonly else self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise StateError(f"database error: {exc.orig}") from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()
