"""Opening the database: engine, SQLite pragmas and schema migrations.

SQLite runs in WAL mode with a busy timeout so that ``foibot status`` can read while the daemon
writes without "database is locked". The schema version lives in the ``meta`` table; opening an
older database applies the missing steps in one transaction, and a newer one is refused rather
than guessed at.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel, create_engine

from foibot.db import tables  # noqa: F401  (registers the tables)
from foibot.errors import StateError

SCHEMA_VERSION = 2

#: version → SQL statements that bring a database from version-1 to version. Append, never edit.
#: Each statement must be idempotent (IF NOT EXISTS) and valid on SQLite and PostgreSQL: a new
#: database runs them all after ``create_all``, since they may add what tables.py does not declare.
MIGRATIONS: dict[int, list[str]] = {
    # v2: `foibot triage` and the digest look up inbound mail by match status.
    2: ["CREATE INDEX IF NOT EXISTS ix_messages_triage ON messages (direction, match_status)"],
}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, immediate: bool = True) -> Engine:
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StateError(f"cannot create {path.parent}: {exc.strerror}") from None
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling breaks SAVEPOINT; let SQLAlchemy emit BEGIN itself
        # (the recipe in SQLAlchemy's SQLite dialect docs) so one bad message can be rolled back alone.
        # Writers take the write lock up front (IMMEDIATE): a deferred transaction that reads and
        # then writes gets SQLITE_BUSY at once, without waiting, when another writer got in between.
        begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
        return engine
    from sqlalchemy.pool import NullPool

    # NullPool: one-shot commands and several daemons must not each park idle server connections.
    engine = create_engine(url, poolclass=NullPool)
    event.listen(engine, "connect", _utc_session)
    return engine


def _utc_session(dbapi_connection, _record) -> None:
    """Timestamps are stored as UTC whatever the server's TimeZone setting."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def migrate(engine: Engine) -> int:
    """Create or upgrade the schema; returns the version found before (0 for a new database)."""
    if _up_to_date(engine):
        return SCHEMA_VERSION
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # several daemons may start at once: one migrates
                conn.execute(text("SELECT pg_advisory_xact_lock(720417)"))
            existing = set(inspect(conn).get_table_names())
            if "meta" not in existing:
                if "requests" in existing:
                    raise StateError("database has foibot tables but no schema version; restore a backup")
                SQLModel.metadata.create_all(conn)
                _apply_migrations(conn, 1)
                conn.execute(text("INSERT INTO meta (key, value) VALUES ('schema_version', :v)"),
                             {"v": str(SCHEMA_VERSION)})
                return 0
            found = int(conn.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar_one())
            if found > SCHEMA_VERSION:
                raise StateError(f"database schema v{found} is newer than this foibot (v{SCHEMA_VERSION}); upgrade foibot")
            _apply_migrations(conn, found)
            SQLModel.metadata.create_all(conn)  # new tables only; never drops or alters
            conn.execute(text("UPDATE meta SET value=:v WHERE key='schema_version'"), {"v": str(SCHEMA_VERSION)})
            return found
    except OperationalError as exc:
        raise StateError(f"database error: {exc.orig}") from None


def _apply_migrations(conn, found: int) -> None:
    """Run the steps after version ``found``, in order, inside the caller's transaction."""
    for version in range(found + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS.get(version, []):
            conn.execute(text(statement))


def _up_to_date(engine: Engine) -> bool:
    """A lock-free look at the version first: ``foibot status`` must not queue behind the daemon's
    write transaction (BEGIN IMMEDIATE) just to learn that there is nothing to migrate. The
    SQLite connection is in autocommit mode, so this SELECT is a plain WAL read."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SELECT value FROM meta WHERE key='schema_version'")
        row = cursor.fetchone()
        cursor.close()
        return row is not None and str(row[0]) == str(SCHEMA_VERSION)
    except engine.dialect.loaded_dbapi.Error:  # no meta table yet: the locked path decides
        return False
    finally:
        raw.close()
