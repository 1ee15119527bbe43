"""Where batch results go: an SQLite store (the default), JSONL or Parquet, chosen by extension.

- `results.sqlite` (also .sqlite3, .db): one file, WAL mode, one transaction per article.
  Tables (figures' `start`, `end`, `before`, `after` are SQL keywords: quote them, f."end"):

  articles       id, key (canonical URL, else sha256 of title and body: the same article is
                 stored once), source (first source it came from), url, title, published, site,
                 byline, chars, body, record (the article JSON, exactly as `newsx extract` prints it)
  sources        source -> article_id, status 'stored' | 'duplicate': what `--resume` skips
  figures        article_id, kind (money, periods, counts, durations, changes, percentages), idx,
                 value, value_max, unit, currency, qualifier, start, end, relative, before, after,
                 delta, noun, sentence, text, span_start, span_end
  organisations  article_id, idx, name, kind, aliases (JSON list), mentions
  org_mentions   article_id, org_idx (-> organisations.idx), idx, text, sentence, span_start, span_end
  budgets        article_id, idx, programme, agency, purpose, value, value_max, currency, start, end, sentence
  checks         article_id, idx, rule, status, message, items (JSON)
  errors         source, reason (a short category: "file not found", "HTTP 404", "timeout"...), message

- `results.jsonl`: one article record per line (the JSON of `newsx extract`, on one line),
  appended as each article finishes; `results.jsonl.sources` beside it is the ledger of
  finished sources (and their errors) that `--resume` reads.
- `results.parquet`: a directory with one Parquet file per table and per kind of figure
  (articles, money, periods, ..., organisations, org_mentions, budgets, checks, errors). The
  work is kept in `results.parquet/batch.sqlite` while the batch runs and written out on close.

`export(db, to)` writes a table of an SQLite store to .parquet, .csv or .jsonl.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import StoreError
from .models import FIGURE_KINDS

__all__ = [
    "Store",
    "SQLiteStore",
    "JSONLStore",
    "ParquetStore",
    "open_store",
    "article_key",
    "canonical_url",
    "export",
    "EXPORT_TABLES",
    "SCHEMA_VERSION",
]

SCHEMA_VERSION = "1"
SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db")

# Tracking parameters that make one article look like many.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")

# Which figure columns each kind fills: the Parquet table of a kind carries only these.
KIND_COLUMNS: dict[str, tuple[str, ...]] = {
    "money": ("value", "value_max", "currency", "qualifier"),
    "periods": ("start", "end", "relative"),
    "counts": ("value", "value_max", "unit", "qualifier", "noun"),
    "durations": ("value", "unit", "qualifier"),
    "changes": ("before", "after", "delta", "unit"),
    "percentages": ("value", "unit", "qualifier"),
}
FIGURE_COLUMNS = (
    "value", "value_max", "unit", "currency", "qualifier", "start", "end", "relative",
    "before", "after", "delta", "noun",
)  # fmt: skip
_REAL = {"value", "value_max", "before", "after", "delta"}

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  url TEXT, title TEXT, published TEXT, site TEXT, byline TEXT,
  chars INTEGER NOT NULL,
  body TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
CREATE TABLE IF NOT EXISTS sources (
  source TEXT PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('stored', 'duplicate'))
);
CREATE INDEX IF NOT EXISTS sources_article ON sources(article_id);
CREATE TABLE IF NOT EXISTS figures (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  idx INTEGER NOT NULL,
  value REAL, value_max REAL, unit TEXT, currency TEXT, qualifier TEXT,
  "start" TEXT, "end" TEXT, relative TEXT,
  "before" REAL, "after" REAL, delta REAL, noun TEXT,
  sentence INTEGER, text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, kind, idx)
);
CREATE INDEX IF NOT EXISTS figures_kind_value ON figures(kind, value);
CREATE INDEX IF NOT EXISTS figures_sentence ON figures(article_id, sentence);
CREATE TABLE IF NOT EXISTS organisations (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL, kind TEXT, aliases TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS organisations_name ON organisations(name);
CREATE TABLE IF NOT EXISTS org_mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  org_idx INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL, sentence INTEGER, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, org_idx, idx)
);
CREATE INDEX IF NOT EXISTS org_mentions_sentence ON org_mentions(article_id, sentence);
CREATE TABLE IF NOT EXISTS budgets (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  programme TEXT, agency TEXT, purpose TEXT,
  value REAL, value_max REAL, currency TEXT, "start" TEXT, "end" TEXT, sentence INTEGER,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS budgets_agency ON budgets(agency);
CREATE TABLE IF NOT EXISTS checks (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  rule TEXT NOT NULL, status TEXT NOT NULL, message TEXT NOT NULL, items TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS checks_status ON checks(status);
CREATE TABLE IF NOT EXISTS errors (
  source TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_reason ON errors(reason);
"""

_ARTICLE_CHILDREN = ("figures", "organisations", "org_mentions", "budgets", "checks")


def canonical_url(url: str) -> str:
    """`url` with scheme and host lower-cased, default port, fragment and tracking parameters dropped."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    netloc = host + (f":{port}" if port else "")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def article_key(record: dict) -> str:
    """What makes two records the same article: the canonical URL, else a hash of title and body."""
    url = record.get("url")
    if url and urlsplit(url).scheme in ("http", "https"):
        return canonical_url(url)
    digest = hashlib.sha256(((record.get("title") or "") + "\n" + record.get("body", "")).encode("utf-8"))
    return "sha256:" + digest.hexdigest()


@dataclass
class Added:
    """What a store did with one finished source."""

    status: str  # 'stored' | 'duplicate' | 'error'
    figures: Counter = field(default_factory=Counter)  # figures by kind, for a stored article


class Store:
    """The interface every output shares. Use as a context manager; `close()` finishes the files."""

    path: Path

    def done(self) -> set[str]:
        """Sources already finished (stored or duplicate): what a resumed batch skips."""
        raise NotImplementedError

    def add_article(self, source: str, record_json: str, *, replace: bool = False) -> Added:
        """Store one article record (compact JSON) from `source`, durably, before returning."""
        raise NotImplementedError

    def add_error(self, source: str, reason: str, message: str) -> Added:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _figure_counts(record: dict) -> Counter:
    counts = Counter({kind: len(record.get(kind) or []) for kind in FIGURE_KINDS})
    counts["organisations"] = len(record.get("organisations") or [])
    return +counts


# --- SQLite --------------------------------------------------------------------------------------


def connect(path: str | os.PathLike[str], *, create: bool = True) -> sqlite3.Connection:
    """A connection to an SQLite store in WAL mode, its schema created when missing."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"{path}: no such store; run 'newsx batch ... --out {path}' first")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL survives a killed process; only a power cut can lose the last commits.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(_DDL)
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite store ({exc})") from None
    return conn


class SQLiteStore(Store):
    """The default store: one SQLite file, one transaction per article."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.conn = connect(self.path)
        self._replaced: set[str] = set()  # keys re-extracted in this session: replaced once only

    def done(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT source FROM sources")}

    def add_article(self, source: str, record_json: str, *, replace: bool = False) -> Added:
        record = json.loads(record_json)
        key = article_key(record)
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            row = c.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
            if row is not None and (not replace or key in self._replaced):
                status, article_id = "duplicate", row[0]
                c.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?)", (source, article_id, status))
                c.execute("DELETE FROM errors WHERE source = ?", (source,))
                c.execute("COMMIT")
                return Added(status)
            if row is not None:
                self._replaced.add(key)
                article_id = row[0]
                for table in _ARTICLE_CHILDREN:
                    c.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
                c.execute(
                    "UPDATE articles SET url=?, title=?, published=?, site=?, byline=?, chars=?, body=?, record=? WHERE id=?",
                    (*_article_columns(record), record_json, article_id),
                )
            else:
                cur = c.execute(
                    "INSERT INTO articles (key, source, url, title, published, site, byline, chars, body, record) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, source, *_article_columns(record), record_json),
                )
                article_id = cur.lastrowid
                self._replaced.add(key)
            _insert_children(c, article_id, record)
            c.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, 'stored')", (source, article_id))
            c.execute("DELETE FROM errors WHERE source = ?", (source,))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return Added("stored", _figure_counts(record))

    def add_error(self, source: str, reason: str, message: str) -> Added:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT OR REPLACE INTO errors VALUES (?, ?, ?)", (source, reason, message))
        c.execute("DELETE FROM sources WHERE source = ?", (source,))
        c.execute("COMMIT")
        return Added("error")

    def totals(self) -> dict[str, int]:
        """Rows in the store: articles, figures, errors, and figures of each kind, organisations."""
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        out = {
            "articles": q("SELECT count(*) FROM articles"),
            "figures": q("SELECT count(*) FROM figures"),
            "errors": q("SELECT count(*) FROM errors"),
            "organisations": q("SELECT count(*) FROM organisations"),
        }
        out.update(self.conn.execute("SELECT kind, count(*) FROM figures GROUP BY kind").fetchall())
        return out

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError:
                pass  # another reader holds the WAL: it is checkpointed later
            self.conn.close()
            self.conn = None


def _article_columns(record: dict) -> tuple:
    body = record.get("body", "")
    return (
        record.get("url"), record.get("title"), record.get("published"), record.get("site"),
        record.get("byline"), len(body), body,
    )  # fmt: skip


def _insert_children(c: sqlite3.Connection, article_id: int, record: dict) -> None:
    rows = []
    for kind in FIGURE_KINDS:
        for idx, item in enumerate(record.get(kind) or []):
            s, e = item["span"]
            rows.append(
                (article_id, kind, idx, *(item.get(col) for col in FIGURE_COLUMNS), item.get("sentence"), item["text"], s, e)
            )
    cols = ", ".join(f'"{c}"' for c in FIGURE_COLUMNS)
    marks = ", ".join("?" * (len(FIGURE_COLUMNS) + 7))
    c.executemany(
        f"INSERT INTO figures (article_id, kind, idx, {cols}, sentence, text, span_start, span_end) VALUES ({marks})", rows
    )
    orgs, mentions = [], []
    for idx, org in enumerate(record.get("organisations") or []):
        spans = org.get("spans") or []
        orgs.append((article_id, idx, org["name"], org.get("kind"), json.dumps(org.get("aliases") or [], ensure_ascii=False), len(spans)))
        for j, m in enumerate(spans):
            mentions.append((article_id, idx, j, m["text"], m.get("sentence"), m["span"][0], m["span"][1]))
    c.executemany("INSERT INTO organisations VALUES (?, ?, ?, ?, ?, ?)", orgs)
    c.executemany("INSERT INTO org_mentions VALUES (?, ?, ?, ?, ?, ?, ?)", mentions)
    budgets = []
    for idx, b in enumerate(record.get("budgets") or []):
        amount, period = b.get("amount") or {}, b.get("period") or {}
        budgets.append(
            (article_id, idx, b.get("programme"), b.get("agency"), b.get("purpose"), amount.get("value"),
             amount.get("value_max"), amount.get("currency"), period.get("start"), period.get("end"), b.get("sentence"))
        )  # fmt: skip
    c.executemany("INSERT INTO budgets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", budgets)
    checks = [
        (article_id, idx, ch["rule"], ch["status"], ch["message"], json.dumps(ch.get("items") or [], ensure_ascii=False))
        for idx, ch in enumerate(record.get("checks") or [])
    ]
    c.executemany("INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?)", checks)


# --- JSONL ---------------------------------------------------------------------------------------


class JSONLStore(Store):
    """Article records, one per line, appended and flushed as each finishes.

    `<out>.sources` beside it records each finished source as a JSON line
    ({"source", "status", "key"} or {"source", "status": "error", "reason", "message"}).
    A line cut short by a killed run is dropped when the file is opened again.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.ledger_path = self.path.with_name(self.path.name + ".sources")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._keys = {article_key(json.loads(line)) for line in _complete_lines(self.path)}
            self._ledger: dict[str, dict] = {}
            for line in _complete_lines(self.ledger_path):
                entry = json.loads(line)
                self._ledger[entry["source"]] = entry
            self._out = open(self.path, "a", encoding="utf-8")
            self._log = open(self.ledger_path, "a", encoding="utf-8")
        except (OSError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.path}: cannot open as a JSONL store ({exc})") from None

    def done(self) -> set[str]:
        return {s for s, e in self._ledger.items() if e["status"] != "error"}

    def errors(self) -> dict[str, dict]:
        return {s: e for s, e in self._ledger.items() if e["status"] == "error"}

    def _write(self, fh, line: str) -> None:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())

    def add_article(self, source: str, record_json: str, *, replace: bool = False) -> Added:
        record = json.loads(record_json)
        key = article_key(record)
        # A JSONL file is append-only: a re-extracted article is not written a second time.
        status = "duplicate" if key in self._keys else "stored"
        if status == "stored":
            self._write(self._out, record_json)
            self._keys.add(key)
        entry = {"source": source, "status": status, "key": key}
        self._write(self._log, json.dumps(entry, ensure_ascii=False))
        self._ledger[source] = entry
        return Added(status, _figure_counts(record) if status == "stored" else Counter())

    def add_error(self, source: str, reason: str, message: str) -> Added:
        entry = {"source": source, "status": "error", "reason": reason, "message": message}
        self._write(self._log, json.dumps(entry, ensure_ascii=False))
        self._ledger[source] = entry
        return Added("error")

    def close(self) -> None:
        for fh in (getattr(self, "_out", None), getattr(self, "_log", None)):
            if fh is not None and not fh.closed:
                fh.close()


def _complete_lines(path: Path) -> Iterator[str]:
    """Lines of `path`, after cutting off a last line a killed writer left without its newline."""
    if not path.exists():
        return
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as fh:
            fh.truncate(end)
    for line in data[:end].decode("utf-8").splitlines():
        if line.strip():
            yield line


# --- Parquet -------------------------------------------------------------------------------------


class ParquetStore(SQLiteStore):
    """A directory of Parquet files, one per table and per kind of figure.

    Parquet files cannot be appended to, so the batch works in `<dir>/batch.sqlite` (which
    resume reads) and the Parquet files are rewritten from it on close.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.dir = Path(path)
        if self.dir.exists() and not self.dir.is_dir():
            raise StoreError(f"{self.dir}: exists and is not a directory; Parquet output is a directory of tables")
        super().__init__(self.dir / "batch.sqlite")

    def close(self) -> None:
        if self.conn is None:
            return
        conn = self.conn
        try:
            write_parquet_tables(conn, self.dir)
        finally:
            super().close()


def write_parquet_tables(conn: sqlite3.Connection, out_dir: Path) -> list[Path]:
    """articles.parquet, one <kind>.parquet per figure kind, and the other tables, into out_dir."""
    written = []
    for name in ("articles", *FIGURE_KINDS, "organisations", "org_mentions", "budgets", "checks", "errors"):
        path = out_dir / f"{name}.parquet"
        _write_parquet(conn, _table_query(name), path)
        written.append(path)
    return written


# --- export --------------------------------------------------------------------------------------

EXPORT_TABLES = ("figures", "articles", *FIGURE_KINDS, "organisations", "org_mentions", "budgets", "checks", "errors", "sources")


def _table_query(name: str) -> str:
    if name in FIGURE_KINDS:
        cols = ", ".join(f'"{c}"' for c in KIND_COLUMNS[name])
        return (
            f"SELECT article_id, idx, text, {cols}, sentence, span_start, span_end FROM figures "
            f"WHERE kind = '{name}' ORDER BY article_id, idx"
        )
    if name == "figures":
        return 'SELECT * FROM figures ORDER BY article_id, kind, idx'
    if name == "articles":
        return "SELECT id, key, source, url, title, published, site, byline, chars, body FROM articles ORDER BY id"
    order = {"errors": "source", "sources": "source", "org_mentions": "article_id, org_idx, idx"}.get(name, "article_id, idx")
    return f"SELECT * FROM {name} ORDER BY {order}"


def _rows(conn: sqlite3.Connection, sql: str) -> tuple[list[str], sqlite3.Cursor]:
    cur = conn.execute(sql)
    return [d[0] for d in cur.description], cur


def _write_parquet(conn: sqlite3.Connection, sql: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names, cur = _rows(conn, sql)
    fields = [pa.field(n, _arrow_type(n)) for n in names]
    schema = pa.schema(fields)
    n = 0
    tmp = path.with_name(path.name + ".tmp")
    with pq.ParquetWriter(tmp, schema) as writer:
        while batch := cur.fetchmany(10_000):
            cols = list(zip(*batch))
            writer.write_table(pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(cols, fields)], schema=schema))
            n += len(batch)
    os.replace(tmp, path)  # a reader never sees a half-written table
    return n


def _arrow_type(name: str):
    import pyarrow as pa

    if name in _REAL:
        return pa.float64()
    if name in ("id", "article_id", "idx", "org_idx", "sentence", "span_start", "span_end", "chars", "mentions"):
        return pa.int64()
    return pa.string()


def export(db: str | os.PathLike[str], to: str | os.PathLike[str], table: str | None = None) -> tuple[str, int]:
    """Write one table of the SQLite store `db` to `to` (.parquet, .csv or .jsonl).

    The table is `table`, else the file's stem when it names one (money.csv, errors.jsonl),
    else `figures` (`articles` for .jsonl). `articles` as .jsonl gives the article records,
    one per line, the same JSON as `newsx extract`. Returns (table, rows written).
    """
    to = Path(to)
    ext = to.suffix.lower()
    if ext not in (".parquet", ".csv", ".jsonl"):
        raise StoreError(f"{to}: unknown export format {ext or '(none)'!r}; use .parquet, .csv or .jsonl")
    if table is None:
        stem = to.stem.lower()
        table = stem if stem in EXPORT_TABLES else ("articles" if ext == ".jsonl" else "figures")
    if table not in EXPORT_TABLES:
        raise StoreError(f"unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
    src = Path(db)
    if src.is_dir():  # a Parquet batch directory keeps its SQLite beside the tables
        src = src / "batch.sqlite"
    if not src.exists():
        raise StoreError(f"{db}: no such store; run 'newsx batch ... --out {db}' first")
    conn = connect(src, create=False)
    try:
        to.parent.mkdir(parents=True, exist_ok=True)
        if ext == ".parquet":
            return table, _write_parquet(conn, _table_query(table), to)
        if table == "articles" and ext == ".jsonl":
            n = 0
            with open(to, "w", encoding="utf-8") as fh:
                for (record,) in conn.execute("SELECT record FROM articles ORDER BY id"):
                    fh.write(record + "\n")
                    n += 1
            return table, n
        names, cur = _rows(conn, _table_query(table))
        n = 0
        with open(to, "w", encoding="utf-8", newline="") as fh:
            if ext == ".csv":
                writer = csv.writer(fh)
                writer.writerow(names)
                for row in cur:
                    writer.writerow(row)
                    n += 1
            else:
                for row in cur:
                    fh.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
                    n += 1
        return table, n
    finally:
        conn.close()


def open_store(path: str | os.PathLike[str]) -> Store:
    """The store for `path`, by its extension: .sqlite/.sqlite3/.db, .jsonl or .parquet."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext in SQLITE_SUFFIXES:
        return SQLiteStore(p)
    if ext == ".jsonl":
        return JSONLStore(p)
    if ext == ".parquet":
        return ParquetStore(p)
    raise StoreError(f"{path}: unknown output type {ext or '(no extension)'!r}; use .sqlite, .jsonl or .parquet")
