"""UK bank holidays for the clock: the ``holidays`` package, corrected by GOV.UK's published list.

FOIA s.10(6) counts a bank holiday of any UK nation; FOISA s.73 only Scotland's. The package
knows the rules and the proclaimed days up to its release; GOV.UK's bank-holidays.json
(england-and-wales, scotland, northern-ireland) is the official list for the years it publishes,
so for those years it wins and each disagreement is logged. Years after the published data come
from the package's rules, and WorkingCalendar.data_until lets deadlines say so.

This is the only clock module doing I/O: the cache lives in ``state/holidays/``, fetched with
httpx, with tenacity retrying transient failures (timeouts, connection errors, HTTP 5xx).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from foibot.domain import Regime
from foibot.errors import FoibotError, StateError
from foibot.workdays import WorkingCalendar

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

GOVUK_URL = "https://www.gov.uk/bank-holidays.json"
TIMEOUT = 10.0  # seconds, for connect, read and write alike
NATIONS = ("england-and-wales", "scotland", "northern-ireland")
NATION_LABELS = {"england-and-wales": "England and Wales", "scotland": "Scotland",
                 "northern-ireland": "Northern Ireland"}
_SUBDIVS = {"england-and-wales": ("ENG", "WLS"), "scotland": ("SCT",), "northern-ireland": ("NIR",)}
FIRST_YEAR = 2000
#: nation -> {date: name}; weekdays only (a weekend holiday is replaced by a substitute day).
NationHolidays = dict[str, dict[date, str]]


class HolidayDataError(FoibotError):
    """GOV.UK's bank-holidays.json could not be fetched or is not in the expected format."""


@dataclass(frozen=True)
class UpdateReport:
    """What ``foibot holidays update`` did: where it wrote, which years GOV.UK covers, how
    GOV.UK differs from the ``holidays`` package, and which days changed since the last cache."""

    path: Path
    fetched_at: str
    first_year: int
    last_year: int
    events: int
    differences: tuple[str, ...] = ()
    changed_days: tuple[date, ...] = ()


def cache_path(state_dir: Path) -> Path:
    return Path(state_dir) / "holidays" / "bank-holidays.json"


# -- the holidays package --------------------------------------------------------------------

_PACKAGE_MEMO: dict[tuple[int, int], NationHolidays] = {}


def package_holidays(first_year: int, last_year: int, *,
                     state_dir: Path | None = None) -> NationHolidays:
    """The package's weekday bank holidays per nation, memoised in memory and (with a state dir)
    on disk, keyed by the installed package: importing and expanding it costs ~0.2 s."""
    key = (first_year, last_year)
    disk = Path(state_dir) / "holidays" / f"package-{_package_stamp()}-{first_year}-{last_year}.json" \
        if state_dir else None
    data = _PACKAGE_MEMO.get(key)
    if data is None and disk and disk.exists():
        data = _read_nation_json(disk)
    if data is None:
        data = _expand_package(first_year, last_year)
    if disk and Path(state_dir).is_dir() and not disk.exists():
        _write_quietly(disk, _dump_nations(data))
    _PACKAGE_MEMO[key] = data
    return data


def _package_stamp() -> str:
    """Identifies the installed package without importing it (importing costs ~0.1 s): an
    upgrade changes the file's size or time, so a stale memo is never read."""
    spec = find_spec("holidays")
    origin = Path(spec.origin) if spec and spec.origin else None
    if origin is None or not origin.exists():
        return "unknown"
    st = origin.stat()
    return f"{st.st_size:x}{st.st_mtime_ns:x}"


def _expand_package(first_year: int, last_year: int) -> NationHolidays:
    import holidays  # slow to import; only needed when no cache is warm

    out: NationHolidays = {}
    years = range(first_year, last_year + 1)
    for nation, subdivs in _SUBDIVS.items():
        days: dict[date, str] = {}
        for sub in subdivs:
            for d, name in holidays.country_holidays("GB", subdiv=sub, years=years).items():
                if d.weekday() < 5:
                    days.setdefault(d, _tidy(name))
        out[nation] = dict(sorted(days.items()))
    return out


def _tidy(name: str) -> str:
    """The package's names, in GOV.UK's spelling where they differ ("St Patrick's Day")."""
    return name.replace("Saint ", "St ").replace("\u2019", "'")


def _dump_nations(data: NationHolidays) -> str:
    return json.dumps({n: {d.isoformat(): name for d, name in days.items()}
                       for n, days in data.items()})


def _read_nation_json(path: Path) -> NationHolidays | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {n: {date.fromisoformat(d): str(v) for d, v in raw[n].items()} for n in NATIONS}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # a damaged memo is simply rebuilt


def _write_quietly(path: Path, text: str) -> None:
    """Write a memo; failing to (read-only home) only costs speed, so it is logged, not raised."""
    try:
        _atomic_write(path, text)
    except StateError as exc:
        log.info("could not write holiday memo: %s", exc)


def _atomic_write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f"{path.suffix}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise StateError(f"cannot write {path}: {exc.strerror or exc}; check the permissions "
                         "of the home's state/ directory") from exc


# -- GOV.UK -----------------------------------------------------------------------------------

def parse_govuk(payload: object) -> NationHolidays:
    """GOV.UK's format: {"england-and-wales": {"division": ..., "events": [{"title", "date",
    "notes", "bunting"}, ...]}, "scotland": ..., "northern-ireland": ...}."""
    if not isinstance(payload, Mapping):
        raise HolidayDataError("bank-holidays.json is not a JSON object")
    out: NationHolidays = {}
    for nation in NATIONS:
        division = payload.get(nation)
        events = division.get("events") if isinstance(division, Mapping) else None
        if not isinstance(events, list) or not events:
            raise HolidayDataError(f"bank-holidays.json has no events for {nation!r}")
        try:
            days = {date.fromisoformat(e["date"]): _tidy(str(e["title"])) for e in events}
        except (KeyError, TypeError, ValueError) as exc:
            raise HolidayDataError(f"bank-holidays.json has a bad event for {nation}: {exc}") from exc
        out[nation] = {d: n for d, n in sorted(days.items()) if d.weekday() < 5}
    return out


def published_years(govuk: NationHolidays) -> range:
    """Whole years every nation's published list covers (GOV.UK publishes whole years)."""
    first = max(min(days).year for days in govuk.values() if days)
    last = min(max(days).year for days in govuk.values() if days)
    return range(first, last + 1)


def read_cache(state_dir: Path | None) -> NationHolidays | None:
    """The cached GOV.UK list, or None if there is none or it is unreadable (logged)."""
    if state_dir is None or not cache_path(state_dir).exists():
        return None
    path = cache_path(state_dir)
    try:
        return parse_govuk(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, HolidayDataError) as exc:
        log.warning("ignoring unreadable holiday cache %s (%s); using the holidays package", path, exc)
        return None


class _Transient(HolidayDataError):
    """A failure worth retrying: timeout, connection error, HTTP 5xx."""


def fetch_govuk(client: httpx.Client | None = None, *, attempts: int = 3,
                backoff: float = 0.5) -> tuple[bytes, NationHolidays]:
    """GET bank-holidays.json with a timeout, retrying transient failures (tenacity).
    httpx and tenacity are imported here so that loading calendars stays fast."""
    import httpx
    from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

    @retry(stop=stop_after_attempt(attempts), reraise=True,
           wait=wait_exponential(multiplier=backoff, max=10 * backoff),
           retry=retry_if_exception_type(_Transient))
    def get() -> bytes:
        try:
            response = (client or httpx).get(GOVUK_URL, timeout=TIMEOUT, follow_redirects=True)
        except httpx.TransportError as exc:  # includes timeouts
            raise _Transient(f"cannot reach {GOVUK_URL}: {exc or type(exc).__name__}") from exc
        if response.status_code >= 500:
            raise _Transient(f"{GOVUK_URL} answered HTTP {response.status_code}")
        if response.status_code != 200:
            raise HolidayDataError(f"{GOVUK_URL} answered HTTP {response.status_code}")
        return response.content

    try:
        body = get()
        return body, parse_govuk(json.loads(body))
    except ValueError as exc:
        raise HolidayDataError(f"{GOVUK_URL} did not return JSON: {exc}") from exc
    except _Transient as exc:
        raise HolidayDataError(f"{exc} (after {attempts} attempts); the cached list or the "
                               "holidays package is used until an update succeeds") from exc


def merge(package: NationHolidays, govuk: NationHolidays | None) -> tuple[NationHolidays, list[str]]:
    """GOV.UK wins for the years it publishes; returns the merged list and each disagreement."""
    if not govuk:
        return package, []
    years = published_years(govuk)
    merged: NationHolidays = {}
    diffs: list[str] = []
    for nation in NATIONS:
        pkg, gov = package.get(nation, {}), govuk[nation]
        kept = {d: n for d, n in pkg.items() if d.year not in years}
        kept.update({d: n for d, n in gov.items() if d.year in years})
        merged[nation] = dict(sorted(kept.items()))
        for d in sorted(set(pkg) ^ set(gov)):
            if d.year in years:
                side = "only GOV.UK" if d in gov else "only the holidays package"
                diffs.append(f"{d} {NATION_LABELS[nation]}: {gov.get(d) or pkg[d]} "
                             f"({side}; GOV.UK wins)")
    for line in diffs:
        log.info("bank holidays differ: %s", line)
    return merged, diffs


def calendars_from(nations: NationHolidays, *, data_until: date | None = None,
                   ) -> dict[Regime, WorkingCalendar]:
    """FOIA: a holiday of any nation, named with its nations unless all share it ("St Patrick's
    Day (Northern Ireland)"); FOISA: Scotland's only (s.73)."""
    by_day: dict[date, dict[str, str]] = {}
    for nation, days in nations.items():
        for d, name in days.items():
            by_day.setdefault(d, {})[nation] = name
    foia = {d: _union_name(names) for d, names in sorted(by_day.items())}
    return {Regime.FOIA: WorkingCalendar(Regime.FOIA, foia, data_until=data_until),
            Regime.FOISA: WorkingCalendar(Regime.FOISA, nations.get("scotland", {}),
                                          data_until=data_until)}


def _union_name(names: dict[str, str]) -> str:
    if len(names) == len(NATIONS) and len(set(names.values())) == 1:
        return next(iter(names.values()))
    groups: dict[str, list[str]] = {}
    for nation in NATIONS:
        if nation in names:
            groups.setdefault(names[nation], []).append(NATION_LABELS[nation])
    return "; ".join(f"{name} ({', '.join(where)})" for name, where in groups.items())


_CAL_MEMO: dict[tuple, dict[Regime, WorkingCalendar]] = {}


def load_calendars(state_dir: Path | None, *, first_year: int | None = None,
                   last_year: int | None = None) -> dict[Regime, WorkingCalendar]:
    """Both regimes' calendars: the GOV.UK cache in ``state_dir`` if present, else the package,
    covering 2000 (or ``first_year``) to ten years ahead (or ``last_year``). Memoised per cache
    file version: call it again after an update and the new data is used."""
    first = min(first_year or FIRST_YEAR, FIRST_YEAR)
    last = max(last_year or 0, date.today().year + 10)
    stamp = _mtime(cache_path(state_dir)) if state_dir else None
    key = (str(state_dir), stamp, first, last)
    if key not in _CAL_MEMO:
        govuk = read_cache(state_dir)
        nations, _ = merge(package_holidays(first, last, state_dir=state_dir), govuk)
        until = date(published_years(govuk).stop - 1, 12, 31) if govuk else None
        _CAL_MEMO.clear()
        _CAL_MEMO[key] = calendars_from(nations, data_until=until)
    return _CAL_MEMO[key]


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def update_from_govuk(state_dir: Path, *, client: httpx.Client | None = None,
                      attempts: int = 3, backoff: float = 0.5) -> UpdateReport:
    """Fetch GOV.UK's list, check it, and replace the cache; the old cache is kept on failure.
    ``changed_days`` lists the days whose FOIA or FOISA status moved, so the caller can tell
    which open requests' due dates follow."""
    old = read_cache(state_dir)
    body, govuk = fetch_govuk(client, attempts=attempts, backoff=backoff)
    years = published_years(govuk)
    package = package_holidays(FIRST_YEAR, max(years.stop, date.today().year + 10),
                               state_dir=state_dir)
    _, diffs = merge(package, govuk)
    path = cache_path(state_dir)
    _atomic_write(path, body.decode("utf-8"))
    changed = sorted({d for n in NATIONS for d in set(govuk[n]) ^ set((old or {}).get(n, {}))}) \
        if old else []
    return UpdateReport(path=path, fetched_at=datetime.now().astimezone().isoformat(timespec="seconds"),
                        first_year=years.start, last_year=years.stop - 1,
                        events=sum(len(v) for v in govuk.values()),
                        differences=tuple(diffs), changed_days=tuple(changed))
