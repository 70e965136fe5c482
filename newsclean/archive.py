"""An embedded SQLite archive of cleaned articles, with full-text search.

One file, WAL mode, a versioned schema.  Every input is a row: adding the same input again (the
same origin, URL and text) adds nothing, and an input that shares its URL or text with an archived
one is kept and grouped with it (``duplicate_of``), never dropped.  An article's id comes from its
canonical URL (or URL), else from its content hash; a later input with the same URL or text takes
an id from that key, its origin and its text.  Every row records where it came from, the
newsclean version and a hash of the configuration.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from ._version import __version__
from .errors import NewscleanError
from .model import Article

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    simhash TEXT NOT NULL DEFAULT '',
    band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,
    duplicate_of TEXT,
    duplicate_kind TEXT NOT NULL DEFAULT '',
    record TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL DEFAULT '',
    raw BLOB,
    raw_form TEXT NOT NULL DEFAULT '',
    added_at REAL NOT NULL,
    newsclean_version TEXT NOT NULL,
    config_hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS articles_sha256 ON articles(sha256);
CREATE INDEX IF NOT EXISTS articles_origin ON articles(origin);
CREATE INDEX IF NOT EXISTS articles_band0 ON articles(band0);
CREATE INDEX IF NOT EXISTS articles_band1 ON articles(band1);
CREATE INDEX IF NOT EXISTS articles_band2 ON articles(band2);
CREATE INDEX IF NOT EXISTS articles_band3 ON articles(band3);
CREATE TABLE IF NOT EXISTS failures (
    origin TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, authors, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text, authors) VALUES (new.rowid, new.title, new.text, new.authors);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, authors)
    VALUES ('delete', old.rowid, old.title, old.text, old.authors);
    INSERT INTO articles_fts(rowid, title, text, authors) VALUES (new.rowid, new.title, new.text, new.authors);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, authors)
    VALUES ('delete', old.rowid, old.title, old.text, old.authors);
END;
"""

# Version 2: a reviewer's verdicts on single decisions ("this removed piece should be kept").  The
# piece's text and the decision are copied in, so a correction still reads right after a reclean.
_CORRECTIONS = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    target TEXT NOT NULL CHECK (target IN ('removed', 'kept')),
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    filter TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL CHECK (verdict IN ('keep', 'remove')),
    note TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_article ON corrections(article_id);
"""

# The script that takes an archive from version N-1 to N.
_MIGRATIONS = {1: _SCHEMA, 2: _CORRECTIONS}


class ArchiveError(NewscleanError):
    """The archive cannot do what was asked: SQLite lacks FTS5, the file is not an archive..."""


class QueryError(ArchiveError, ValueError):
    """A search query that FTS5 cannot parse."""


# FTS5 reads a bare word only when it is made of these (letters, digits, "_", anything not ASCII);
# other characters in a word a user types ("COVID-19", "U.S.", "O'Brien", "10:30") are its syntax.
_BARE = "0-9A-Za-z_\x1a\u0080-\U0010ffff"
_QUERY_TOKENS = re.compile(
    r'(?P<phrase>"(?:[^"]|"")*"?\*?)|(?P<space>\s+)|(?P<paren>[()])|(?P<comma>,)|(?P<term>[^\s"(),]+)'
)
_COLUMN = "(?:title|text|authors):"
# A word FTS5 reads as one (AND, OR, NOT and NEAR among them), with a column, ^ or a prefix's *.
_SYNTAX_TERM = re.compile(rf"(?:{_COLUMN})?\^?[{_BARE}]+\*?|{_COLUMN}", re.IGNORECASE)


def fts_query(query: str) -> str:
    """``query`` for FTS5's MATCH: its syntax kept ("a phrase", OR, NOT, NEAR(a b, 5), title:word,
    prefix*, parentheses), every other word quoted as a phrase of its words ("COVID-19", "U.S."),
    a word without a letter or digit ("&", "-") dropped, a comma outside NEAR( ) read as a space."""
    out: list[str] = []
    groups: list[bool] = []  # for each open parenthesis, whether it is NEAR's
    after_near = False
    for match in _QUERY_TOKENS.finditer(query):
        kind, token = match.lastgroup, match.group()
        if kind == "term":
            out.append(_fts_term(token))
            after_near = token == "NEAR"
            continue
        if kind == "paren":
            if token == "(":
                groups.append(after_near)
            elif groups:
                groups.pop()
        elif kind == "comma" and not (groups and groups[-1]):
            token = " "
        out.append(token)
        after_near = after_near and kind == "space"
    return "".join(out)


def _fts_term(term: str) -> str:
    if _SYNTAX_TERM.fullmatch(term):
        return term
    column = re.match(_COLUMN, term, re.IGNORECASE)
    head = column.group() if column else ""
    body = term[len(head) :]
    star = "*" if body.endswith("*") else ""
    body = body.rstrip("*")
    if not re.search(r"[^\W_]", body):
        return head  # nothing the tokenizer would keep as a word
    return f'{head}"{body}"{star}'


# A publication date that starts with a year and month (articles over time are counted by month).
_ISO_MONTH = "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"

# An empty query shows the start of each article instead of a snippet.
_LEAD_CHARS = 160

# Two texts whose 64-bit simhashes differ in at most this many bits are near duplicates (the same
# wire story with a changed dateline or an added sentence; unrelated stories differ in ~30 bits).
# Split into four 16-bit bands, two such hashes share at least one band: that is the index lookup.
NEAR_DUPLICATE_BITS = 3


def _searchable(article: Article) -> tuple[str, ...]:
    """The columns that mirror the record for search and filters, in the table's order."""
    md = article.metadata
    return (
        md.title,
        "; ".join(md.authors),
        md.agency,
        md.source,
        md.language,
        md.published,
        article.text,
        article.sha256,
        article.simhash,
    )


def _bands(simhash: str) -> tuple[int | None, ...]:
    if not simhash:
        return (None, None, None, None)
    value = int(simhash, 16)
    return tuple((value >> (16 * i)) & 0xFFFF for i in range(4))


@attrs.frozen
class Added:
    """What :meth:`Archive.add` did: ``status`` is ``added``, ``exists`` (this input is archived
    already: ``id`` is its row), ``duplicate`` (same text as ``duplicate_of``), ``version`` (another
    capture of the URL of ``duplicate_of``, with other text) or ``near-duplicate`` (nearly the same
    text)."""

    id: str
    status: str
    duplicate_of: str | None = None


@attrs.frozen
class Correction:
    """A reviewer's verdict on one decision about an archived article.

    ``target`` is ``removed`` (``index`` into ``Article.removed``; verdict ``keep``: it should have
    stayed) or ``kept`` (``index`` into ``Article.paragraphs``; verdict ``remove``).  ``text``,
    ``kind``, ``filter`` and ``reason`` are the piece and the decision as they were when marked.
    """

    id: int
    article_id: str
    target: str
    index: int
    text: str
    kind: str
    filter: str
    reason: str
    verdict: str
    note: str
    created_at: float


_VERDICTS = {"removed": "keep", "kept": "remove"}


@attrs.frozen
class Hit:
    """A search result: the article's id, title, a highlighted snippet and its rank (lower is better)."""

    id: str
    title: str
    snippet: str
    rank: float
    source: str
    agency: str
    published: str
    duplicate_of: str | None = None
    duplicate_kind: str = ""


def _key(article: Article) -> str:
    """The URL an article is known by (its ``url`` column), or '' when it has none."""
    return article.metadata.canonical_url or article.metadata.url


def _id_basis(article: Article) -> str:
    key = _key(article)
    return f"url:{key}" if key else f"text:{article.sha256}"


def _hashed_id(basis: str) -> str:
    return hashlib.sha256(basis.encode("utf-8", "backslashreplace")).hexdigest()[:20]


def storable(text: str) -> str:
    """``text`` as SQLite can store it: a lone surrogate (a file name's byte that is not UTF-8, a
    "\\ud800" in JSON), which no encoding writes, as its escape ("\\udcff")."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _storable_article(article: Article) -> tuple[Article, str]:
    """``article`` with each lone surrogate of its text and metadata (a caller's URL) as "?", and
    its record."""
    record = article.to_json()
    try:
        record.encode("utf-8")
    except UnicodeEncodeError:
        record = record.encode("utf-8", "replace").decode("utf-8")
        return Article.from_json(record), record
    return article, record


def article_id(article: Article) -> str:
    """A stable id: from the canonical URL or URL when known, else from the text's hash.

    It is the id of the first input archived with that URL or text; a later one gets
    :func:`later_id`.
    """
    return _hashed_id(_id_basis(article))


def later_id(article: Article, origin: str, attempt: int = 0) -> str:
    """The id of an input whose :func:`article_id` is taken by another input: from the same key, its
    origin and its text, so that the same input always gets the same id."""
    extra = f"#{attempt}" if attempt else ""
    return _hashed_id(f"{_id_basis(article)}\norigin:{origin}\ntext:{article.sha256}{extra}")


def _check_fts5(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp._fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp._fts5_probe")
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc).lower():
            raise
        raise ArchiveError(
            f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5 full-text search, which the "
            "archive needs; use a Python built with a standard SQLite (python.org or distribution builds have it)"
        ) from exc


# The tables of every archive since schema 1: a database without them is another program's...
_ARCHIVE_TABLES = {"articles", "failures", "articles_fts"}
# ...unless it is an archive whose creation was cut short by a version of newsclean that committed
# each statement of the schema alone: at schema 0, with the first of its tables (``articles``
# first, as that schema made them), each with the schema's own columns.
_FIRST_TABLES = (
    "articles",
    "failures",
    "articles_fts",
    *(f"articles_fts_{s}" for s in ("data", "idx", "docsize", "config")),
)
# How long a new connection retries WAL mode while another process holds the file (SQLite reports
# that lock at once, without waiting as it does for a write)
_WAL_RETRY_SECONDS = 30.0


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of ``script`` one by one (a trigger's body holds semicolons)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement.strip()
            statement = ""
    if statement.strip():
        yield statement.strip()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


class Archive:
    """An archive file: ``Archive("news.sqlite")``, then :meth:`add`, :meth:`get`, :meth:`search`.

    A missing file becomes a new archive, unless ``create`` is False.  A database that is not an
    archive (another program's tables; with ``create`` False, no tables at all) is refused before
    anything is written to it.  Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise ArchiveError(f"no archive at {self.path}")
        try:
            self._conn = sqlite3.connect(self.path, timeout=30)
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot open {self.path}: {exc}") from exc
        self._conn.row_factory = sqlite3.Row
        try:
            _check_fts5(self._conn)
            self._check_tables(create)
            self._wal_mode()
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise ArchiveError(f"{self.path} is not a newsclean archive: {exc}") from exc
        except ArchiveError:
            self._conn.close()
            raise

    def _check_tables(self, create: bool) -> None:
        """Refuse a database that holds no archive, before WAL mode or the schema change the file."""
        tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not (_ARCHIVE_TABLES <= tables or self._half_made(tables)):
            others = ", ".join(sorted(tables - set(_FIRST_TABLES))[:5] or sorted(tables)[:5])
            raise ArchiveError(f"{self.path} is not a newsclean archive: it holds other tables ({others})")
        if not tables and not create:
            raise ArchiveError(f"{self.path} is not a newsclean archive: the database is empty")

    def _half_made(self, tables: set[str]) -> bool:
        """Whether ``tables`` are the first tables of an archive whose creation was cut short."""
        made = [t for t in _FIRST_TABLES if t in tables]
        if set(made) != tables or made != list(_FIRST_TABLES[: len(made)]):
            return False
        if self._conn.execute("PRAGMA user_version").fetchone()[0] != 0:
            return False
        with sqlite3.connect(":memory:") as model:
            model.executescript(_SCHEMA)
            same = all(_columns(self._conn, t) == _columns(model, t) for t in made if not t.startswith("articles_fts"))
        model.close()
        return same

    def _wal_mode(self) -> None:
        deadline = time.monotonic() + _WAL_RETRY_SECONDS
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        if self._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        # All steps in one transaction that holds the write lock from its start: a process killed
        # mid-way leaves the archive as it was, never half made, and of two processes creating the
        # same archive at once the second finds it made (executescript would commit each statement)
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ArchiveError(
                    f"{self.path} was written by a newer newsclean (schema {version}, this one reads {SCHEMA_VERSION})"
                )
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _statements(_MIGRATIONS[step]):
                    self._conn.execute(statement)
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._conn.commit()
        except BaseException:
            self._conn.rollback()
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(
        self,
        article: Article,
        *,
        origin: str = "",
        config_hash: str = "",
        fetched_at: str = "",
        raw: bytes | None = None,
        raw_form: str = "",
    ) -> Added:
        """Store ``article`` as a row of its own unless this input is archived already.

        The same input is the same origin (any, when ``origin`` is '') with the same URL and text.
        Any other input is kept, even when its URL or text is an archived one's: a repeat of another's
        text is grouped with it as a duplicate, another capture of a URL as a version of the first.
        ``raw``, when given, is kept zlib-compressed so that :meth:`reclean` can clean it again.
        """
        (article, record), origin, fetched_at = _storable_article(article), storable(origin), storable(fetched_at or "")
        with self._conn:
            if not self._conn.in_transaction:  # the write lock from the start: another process
                self._conn.execute("BEGIN IMMEDIATE")  # choosing the same free id waits
            same = self._same_input(article, origin)
            if same is not None:
                return Added(same, "exists")
            aid = self._free_id(article, origin)
            duplicate_of, duplicate_kind = self._group_of(article)
            self._conn.execute(
                "INSERT INTO articles (id, url, title, authors, agency, source, language, published, text, sha256,"
                " simhash, band0, band1, band2, band3, duplicate_of, duplicate_kind, record, origin, fetched_at, raw,"
                " raw_form, added_at, newsclean_version, config_hash)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    aid,
                    _key(article),
                    *_searchable(article),
                    *_bands(article.simhash),
                    duplicate_of,
                    duplicate_kind,
                    record,
                    origin,
                    fetched_at or "",
                    zlib.compress(raw) if raw is not None else None,
                    raw_form,
                    time.time(),
                    __version__,
                    config_hash,
                ),
            )
            self._conn.execute("DELETE FROM failures WHERE origin=?", (origin,))
        return Added(aid, duplicate_kind or "added", duplicate_of)

    def _same_input(self, article: Article, origin: str) -> str | None:
        """The id of the row that already holds this input: same URL, text and origin."""
        sql = "SELECT id FROM articles WHERE sha256=? AND url=?"
        params = [article.sha256, _key(article)]
        if origin:
            sql += " AND origin=?"
            params.append(origin)
        row = self._conn.execute(sql + " ORDER BY rowid LIMIT 1", params).fetchone()
        return None if row is None else str(row["id"])

    def _taken(self, aid: str) -> bool:
        return self._conn.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone() is not None

    def _free_id(self, article: Article, origin: str) -> str:
        """:func:`article_id`, or when another input holds it, :func:`later_id`."""
        aid = article_id(article)
        attempt = 0
        while self._taken(aid):  # a later id is taken too only when a reclean changed that row's text
            aid = later_id(article, origin, attempt)
            attempt += 1
        return aid

    def _group_of(self, article: Article) -> tuple[str | None, str]:
        """(id of the article it goes with, "duplicate", "version" or "near-duplicate"), or (None, "").

        The same text goes with the first article of that text, or when every row of that text is
        grouped already (another capture of a URL), with that row's group; other text at an archived
        URL with the first capture of that URL (whose id is the URL's); nearly the same text with the
        first such.
        """
        if not article.text:
            return None, ""
        same = self._conn.execute(  # a group's first row, else any row (a version) of that text
            "SELECT id, duplicate_of FROM articles WHERE sha256=? ORDER BY duplicate_of IS NOT NULL, rowid LIMIT 1",
            (article.sha256,),
        ).fetchone()
        if same:
            return same["duplicate_of"] or same["id"], "duplicate"
        if _key(article) and self._taken(first := article_id(article)):
            return first, "version"
        bands = _bands(article.simhash)
        if bands[0] is None:
            return None, ""
        value = int(article.simhash, 16)
        rows = self._conn.execute(
            "SELECT id, simhash FROM articles WHERE duplicate_of IS NULL"
            " AND (band0=? OR band1=? OR band2=? OR band3=?) ORDER BY rowid",
            bands,
        )
        for row in rows:
            if bin(int(row["simhash"], 16) ^ value).count("1") <= NEAR_DUPLICATE_BITS:
                return row["id"], "near-duplicate"
        return None, ""

    def record_failure(self, origin: str, reason: str) -> None:
        """Note that the input at ``origin`` could not be archived, and why."""
        origin, reason = storable(origin), storable(reason)
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO failures (origin, reason, at) VALUES (?,?,?)", (origin, reason, time.time())
            )

    def forget_failure(self, origin: str) -> None:
        """Drop the failure noted at ``origin``, if any."""
        origin = storable(origin)
        with self._conn:
            self._conn.execute("DELETE FROM failures WHERE origin=?", (origin,))

    def origins(self) -> set[str]:
        """The origins of every archived input (a batch skips them when it runs again)."""
        return {r[0] for r in self._conn.execute("SELECT origin FROM articles WHERE origin != ''")}

    def raw_inputs(self) -> Iterator[tuple[str, bytes, str, str]]:
        """(id, raw bytes, form, url) of the articles archived with their raw input."""
        rows = self._conn.execute("SELECT id, raw, raw_form, url FROM articles WHERE raw IS NOT NULL ORDER BY rowid")
        for row in rows.fetchall():
            yield row["id"], zlib.decompress(row["raw"]), row["raw_form"], row["url"]

    def replace(self, aid: str, article: Article, *, config_hash: str = "") -> None:
        """Store a new cleaning of the article ``aid`` (see :meth:`reclean`); its id stays."""
        with self._conn:
            self._conn.execute(
                "UPDATE articles SET title=?, authors=?, agency=?, source=?, language=?, published=?, text=?,"
                " sha256=?, simhash=?, record=?, newsclean_version=?, config_hash=? WHERE id=?",
                (
                    *_searchable(article),
                    article.to_json(),
                    __version__,
                    config_hash,
                    aid,
                ),
            )

    def has_origin(self, origin: str) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM articles WHERE origin=? LIMIT 1", (storable(origin),)).fetchone()
            is not None
        )

    def get(self, aid: str) -> Article:
        row = self._conn.execute("SELECT record FROM articles WHERE id=?", (aid,)).fetchone()
        if row is None:
            raise KeyError(aid)
        return Article.from_json(row["record"])

    def info(self, aid: str) -> dict[str, Any]:
        """Where an archived article came from: origin, URL, fetch and archive times, the newsclean
        version and configuration hash it was cleaned with, its duplicate group, whether its raw
        input was kept."""
        row = self._conn.execute(
            "SELECT origin, url, fetched_at, added_at, newsclean_version, config_hash, duplicate_of, duplicate_kind,"
            " raw IS NOT NULL AS raw_kept, raw_form FROM articles WHERE id=?",
            (aid,),
        ).fetchone()
        if row is None:
            raise KeyError(aid)
        return dict(row)

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def __iter__(self) -> Iterator[tuple[str, Article]]:
        for row in self._conn.execute("SELECT id, record FROM articles ORDER BY rowid"):
            yield row["id"], Article.from_json(row["record"])

    def failures(self) -> list[tuple[str, str]]:
        return [
            (r["origin"], r["reason"])
            for r in self._conn.execute("SELECT origin, reason FROM failures ORDER BY origin")
        ]

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        offset: int = 0,
        highlight: tuple[str, str] = ("[", "]"),
        source: str | None = None,
        agency: str | None = None,
        author: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Hit]:
        """Full-text search, best first (bm25), with filters on the metadata.

        ``query`` is words, and FTS5 syntax: ``"a phrase"``, ``OR``, ``NOT``, ``NEAR(a b, 5)``,
        ``title:word``, ``prefix*``; a word FTS5 would misread ("COVID-19", "U.S.") is searched as
        its words (see :func:`fts_query`).  An empty query matches every article, newest first.
        ``since``/``until`` compare with the ISO publication date.  ``offset`` skips that many hits
        (paging); ``highlight`` is the pair of strings put around matched words in the snippet.
        """
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("a.source", source), ("a.agency", agency), ("a.language", language)):
            if value:
                where.append(f"{column} = ? COLLATE NOCASE")
                params.append(value)
        if author:
            where.append("a.authors LIKE ? COLLATE NOCASE")
            params.append(f"%{author}%")
        if since:
            where.append("a.published >= ?")
            params.append(since)
        if until:
            where.append("a.published != '' AND substr(a.published, 1, 10) <= ?")
            params.append(until)
        match = fts_query(query)
        if query.strip() and not match.strip():
            return []  # only signs ("&", "--"): no word to find
        if match.strip():
            sql = (
                "SELECT a.id, a.title, a.source, a.agency, a.published, a.duplicate_of, a.duplicate_kind,"
                " bm25(articles_fts, 5.0, 1.0, 2.0) AS rank,"
                " snippet(articles_fts, 1, ?, ?, ' … ', 12) AS snip"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                f" WHERE {' AND '.join(['articles_fts MATCH ?', *where])} ORDER BY rank LIMIT ? OFFSET ?"
            )
            params = [*highlight, match, *params]
        else:
            sql = (
                "SELECT a.id, a.title, a.source, a.agency, a.published, a.duplicate_of, a.duplicate_kind,"
                " 0.0 AS rank,"
                f" substr(a.text, 1, {_LEAD_CHARS}) AS snip FROM articles a"
                f" WHERE {' AND '.join(where) or '1'} ORDER BY a.published DESC, a.rowid DESC LIMIT ? OFFSET ?"
            )
        params.extend((limit, offset))
        try:
            rows = self._conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(
                f'cannot search for {query!r}: {exc} (FTS5 query syntax: words, "a phrase", OR, NOT)'
            ) from exc
        return [
            Hit(
                r["id"],
                r["title"],
                r["snip"],
                r["rank"],
                r["source"],
                r["agency"],
                r["published"],
                r["duplicate_of"],
                r["duplicate_kind"],
            )
            for r in rows
        ]

    def export(self, path: str | Path, *, format: str = "jsonl") -> int:
        """Write every article's full record to ``path`` as JSON lines or Parquet; returns the count.

        Parquet needs the ``parquet`` extra (``pip install newsclean[parquet]``).
        """
        path = Path(path)
        if format == "jsonl":
            count = 0
            with path.open("w", encoding="utf-8") as out:
                for record in self._records():
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
            return count
        if format == "parquet":
            return write_parquet(path, self._records())
        raise ArchiveError(f"unknown export format {format!r}: use 'jsonl' or 'parquet'")

    def _records(self) -> Iterator[dict[str, Any]]:
        """Every article's full record with its id and origin (what links it to its input)."""
        for row in self._conn.execute("SELECT id, origin, record FROM articles ORDER BY rowid"):
            yield {"id": row["id"], "origin": row["origin"], **json.loads(row["record"])}

    def facets(self) -> dict[str, list[str]]:
        """The sources, agencies and languages of the archive (a search form's choices)."""
        return {
            column: [
                r[0]
                for r in self._conn.execute(
                    f"SELECT DISTINCT {column} FROM articles WHERE {column} != '' ORDER BY {column} COLLATE NOCASE"
                )
            ]
            for column in ("source", "agency", "language")
        }

    def stats(self) -> dict[str, Any]:
        conn = self._conn
        return {
            "articles": len(self),
            "duplicates": conn.execute("SELECT count(*) FROM articles WHERE duplicate_kind='duplicate'").fetchone()[0],
            "near_duplicates": conn.execute(
                "SELECT count(*) FROM articles WHERE duplicate_kind='near-duplicate'"
            ).fetchone()[0],
            "versions": conn.execute("SELECT count(*) FROM articles WHERE duplicate_kind='version'").fetchone()[0],
            "failures": conn.execute("SELECT count(*) FROM failures").fetchone()[0],
            "by_language": dict(conn.execute("SELECT language, count(*) FROM articles GROUP BY language").fetchall()),
            "by_agency": dict(
                conn.execute("SELECT agency, count(*) FROM articles WHERE agency != '' GROUP BY agency").fetchall()
            ),
            "by_source": dict(
                conn.execute("SELECT source, count(*) FROM articles WHERE source != '' GROUP BY source").fetchall()
            ),
            "by_kind": self._removals_by_kind(),
            "by_month": dict(
                conn.execute(
                    "SELECT substr(published, 1, 7), count(*) FROM articles"
                    " WHERE published GLOB ? GROUP BY 1 ORDER BY 1",
                    (_ISO_MONTH,),
                ).fetchall()
            ),
            "undated": conn.execute(
                "SELECT count(*) FROM articles WHERE NOT published GLOB ?", (_ISO_MONTH,)
            ).fetchone()[0],
            "corrections": conn.execute("SELECT count(*) FROM corrections").fetchone()[0],
        }

    def _removals_by_kind(self) -> dict[str, int]:
        """Removed pieces by kind over the whole archive (read from the records)."""
        try:
            rows = self._conn.execute(
                "SELECT json_extract(r.value, '$.kind'), count(*)"
                " FROM articles, json_each(articles.record, '$.removed') AS r GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
            return {kind: n for kind, n in rows}
        except sqlite3.OperationalError:  # an SQLite built without JSON functions
            counts: Counter[str] = Counter()
            for _, article in self:
                counts.update(article.removal_counts())
            return dict(counts.most_common())

    def raw_input(self, aid: str) -> tuple[bytes, str] | None:
        """(raw bytes, form) of an article archived with ``--keep-raw``, else None."""
        row = self._conn.execute("SELECT raw, raw_form FROM articles WHERE id=?", (aid,)).fetchone()
        if row is None:
            raise KeyError(aid)
        if row["raw"] is None:
            return None
        return zlib.decompress(row["raw"]), row["raw_form"]

    def add_correction(self, aid: str, target: str, index: int, note: str = "") -> Correction:
        """Record that piece ``index`` of the article's ``target`` (``removed`` or ``kept``) was
        wrongly decided.  Raises KeyError for an unknown article, ValueError for a bad target or index."""
        if target not in _VERDICTS:
            raise ValueError(f"a correction's target is 'removed' or 'kept', not {target!r}")
        article = self.get(aid)
        if target == "removed":
            if not 0 <= index < len(article.removed):
                raise ValueError(f"article {aid} has no removed piece {index}")
            r = article.removed[index]
            text, kind, filter_, reason = r.text, r.kind.value, r.filter, r.reason
        else:
            if not 0 <= index < len(article.paragraphs):
                raise ValueError(f"article {aid} has no paragraph {index}")
            text, kind, filter_, reason = article.paragraphs[index], "", "", ""
        created = time.time()
        with self._conn:
            cursor = self._conn.execute(
                "INSERT INTO corrections (article_id, target, idx, text, kind, filter, reason, verdict, note,"
                " created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (aid, target, index, text, kind, filter_, reason, _VERDICTS[target], note, created),
            )
        assert cursor.lastrowid is not None
        return Correction(
            cursor.lastrowid, aid, target, index, text, kind, filter_, reason, _VERDICTS[target], note, created
        )

    def corrections(self, aid: str | None = None, *, correction_id: int | None = None) -> list[Correction]:
        """Every correction, or those of article ``aid`` (or the one with ``correction_id``), oldest first."""
        where: list[str] = []
        params: list[Any] = []
        if aid is not None:
            where.append("article_id=?")
            params.append(aid)
        if correction_id is not None:
            where.append("id=?")
            params.append(correction_id)
        sql = "SELECT * FROM corrections" + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY id"
        return [
            Correction(
                r["id"],
                r["article_id"],
                r["target"],
                r["idx"],
                r["text"],
                r["kind"],
                r["filter"],
                r["reason"],
                r["verdict"],
                r["note"],
                r["created_at"],
            )
            for r in self._conn.execute(sql, params)
        ]

    def correction(self, correction_id: int) -> Correction | None:
        """The correction with that id, or None."""
        found = self.corrections(correction_id=correction_id)
        return found[0] if found else None

    def delete_correction(self, correction_id: int) -> bool:
        """Forget a correction; False when there was none with that id."""
        with self._conn:
            return self._conn.execute("DELETE FROM corrections WHERE id=?", (correction_id,)).rowcount > 0

    def integrity_ok(self) -> bool:
        return bool(self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record as flat columns for tabular formats: nested values become JSON strings."""
    md = record["metadata"]
    return {
        "id": record.get("id", ""),
        "origin": record.get("origin", ""),
        "url": md.get("canonical_url") or md.get("url", ""),
        "title": md.get("title", ""),
        "subtitle": md.get("subtitle", ""),
        "authors": list(md.get("authors", [])),
        "agency": md.get("agency", ""),
        "source": md.get("source", ""),
        "language": md.get("language", ""),
        "published": md.get("published", ""),
        "text": record.get("text", ""),
        "sha256": record.get("sha256", ""),
        "simhash": record.get("simhash", ""),
        "metadata_json": json.dumps(md, ensure_ascii=False),
        "removed_json": json.dumps(record.get("removed", []), ensure_ascii=False),
    }


def write_parquet(path: str | Path, records: Iterator[dict[str, Any]], *, batch_size: int = 1000) -> int:
    """Write records to a Parquet file in batches (bounded memory); returns the count."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ArchiveError("Parquet output needs pyarrow: pip install 'newsclean[parquet]'") from exc
    writer = None
    count = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pylist([flat_record(r) for r in batch])
        if writer is None:
            writer = pq.ParquetWriter(str(path), table.schema)
        writer.write_table(table)
        batch.clear()

    for record in records:
        batch.append(record)
        count += 1
        if len(batch) >= batch_size:
            flush()
    if batch or writer is None:
        flush()
    if writer is not None:
        writer.close()
    return count


def config_hash(config: Any) -> str:
    """A short hash of a configuration's repr: rows cleaned under different options can be told apart."""
    return hashlib.sha256(repr(config).encode("utf-8")).hexdigest()[:12]


__all__ = [
    "Added",
    "Archive",
    "ArchiveError",
    "Correction",
    "Hit",
    "QueryError",
    "article_id",
    "config_hash",
    "fts_query",
    "later_id",
    "write_parquet",
]
