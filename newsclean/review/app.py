"""The review app's routes: search, article, correction, corrections and stats pages.

A Flask app over one archive file.  Every page is a Jinja2 template with autoescaping on, so text
from the archive (which came from the web) is always shown as text.  The responses forbid any
script, style or image that is not the app's own (Content-Security-Policy), forms that change the
archive are POSTs carrying a per-session token, and the app answers only to the local host names.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
from flask import Flask, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from werkzeug.exceptions import SecurityError
from werkzeug.serving import WSGIRequestHandler, make_server
from werkzeug.wrappers import Response

from ..archive import Archive, QueryError
from ..kinds import Kind
from ..model import Article, Metadata
from ..pieces import layout
from .charts import timeline

__all__ = ["create_app", "running", "serve"]

# Put around matched words by the search; characters of Unicode's private use area, never in text.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_MARKS = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.DOTALL)
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
MAX_NOTE_CHARS = 2000
LOCAL_HOSTS = ("127.0.0.1", "localhost")
SEARCH_FILTERS = ("source", "agency", "author", "language", "since", "until")

SECURITY_HEADERS = {
    # nothing but the app's own files: no inline script or style, no remote font, image or frame
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_path: str | Path, *, per_page: int = 20, hosts: tuple[str, ...] = LOCAL_HOSTS) -> Flask:
    """The review app for the archive at ``db_path``.

    ``hosts`` are the host names it answers to (a guard against DNS rebinding); an empty tuple
    accepts any.  The session key is new each time, so a restart asks to reload open forms.
    """
    app = Flask(__name__)
    app.config.update(
        DB_PATH=str(db_path),
        PER_PAGE=per_page,
        SECRET_KEY=secrets.token_bytes(32),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        TRUSTED_HOSTS=list(hosts) or None,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.jinja_env.autoescape = True  # every template, whatever its name
    app.jinja_env.globals.update(csrf_token=_csrf_token, kind_description=_kind_description)
    app.jinja_env.filters.update(marks=_marks, when=_when)
    app.teardown_appcontext(_close_archive)
    app.before_request(_check_csrf)
    app.after_request(_secure)
    app.add_url_rule("/", "search", _search)
    app.add_url_rule("/article/<aid>", "article", _article)
    app.add_url_rule("/article/<aid>/correct", "correct", _correct)
    app.add_url_rule("/article/<aid>/corrections", "add_correction", _add_correction, methods=["POST"])
    app.add_url_rule("/corrections", "corrections", _corrections)
    app.add_url_rule("/corrections/<int:cid>/delete", "delete_correction", _delete_correction, methods=["POST"])
    app.add_url_rule("/stats", "stats", _stats)
    for code in (400, 404, 405, 409, 413):
        app.register_error_handler(code, _error)
    return app


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with werkzeug's threaded server until interrupted (fine for one person's use)."""
    wildcard = host in ("0.0.0.0", "::", "")
    app = create_app(db_path, hosts=() if wildcard else tuple(dict.fromkeys((*LOCAL_HOSTS, host))))
    app.run(host=host, port=port, threaded=True, use_reloader=False)


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # a background server in tests and scripts: no line per request


@contextmanager
def running(app: Flask, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` in a background thread (port 0: a free one); yields its base URL."""
    server = make_server(host, port, app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="newsclean-review", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


# --- plumbing ---------------------------------------------------------------------------------


def _archive() -> Archive:
    if "archive" not in g:
        g.archive = Archive(current_app.config["DB_PATH"], create=False)
    archive: Archive = g.archive
    return archive


def _close_archive(_exc: BaseException | None) -> None:
    archive = g.pop("archive", None)
    if archive is not None:
        archive.close()


def _csrf_token() -> str:
    token = session.get("csrf")
    if not isinstance(token, str):
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def _check_csrf() -> None:
    if request.method != "POST":
        return
    sent, kept = request.form.get("csrf_token", ""), session.get("csrf", "")
    if not sent or not isinstance(kept, str) or not hmac.compare_digest(sent.encode(), kept.encode()):
        abort(400, "The form's security token is missing or out of date: reload the page and try again.")


def _secure(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    if response.mimetype == "text/html":
        response.headers["Cache-Control"] = "no-store"
    return response


def _error(exc: Any) -> tuple[str, int, dict[str, str]] | tuple[str, int]:
    code = getattr(exc, "code", 500) or 500
    if isinstance(exc, SecurityError):  # a request for another host name: no page to build links in
        return f"{exc.description}\n", code, {"Content-Type": "text/plain; charset=utf-8"}
    return render_template("error.html", code=code, message=getattr(exc, "description", str(exc))), code


def _marks(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, matched) parts, for the template to wrap matches in <mark>."""
    parts: list[tuple[str, bool]] = []
    last = 0
    for m in _MARKS.finditer(snippet):
        parts.extend([(snippet[last : m.start()], False), (m.group(1), True)])
        last = m.end()
    parts.append((snippet[last:], False))
    return [p for p in parts if p[0]]


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _kind_description(kind: str) -> str:
    if kind == "kept":
        return "kept in the clean text"
    try:
        return Kind(kind).description
    except ValueError:
        return kind


def _get_article(aid: str) -> Article:
    try:
        return _archive().get(aid)
    except KeyError:
        abort(404, f"There is no article {aid!r} in this archive.")


# --- search -----------------------------------------------------------------------------------


def _search() -> str | tuple[str, int]:
    args = request.args
    query = args.get("q", "").strip()
    filters = {k: args.get(k, "").strip() for k in SEARCH_FILTERS}
    errors = [
        f"{name}: {filters[name]!r} is not a date (YYYY-MM-DD)"
        for name in ("since", "until")
        if filters[name] and not _DATE.match(filters[name])
    ]
    page = max(1, args.get("page", 1, type=int) or 1)
    per_page: int = current_app.config["PER_PAGE"]
    hits = []
    if not errors:
        try:
            hits = _archive().search(
                query,
                limit=per_page + 1,  # one more tells whether there is a next page
                offset=(page - 1) * per_page,
                highlight=(MARK_OPEN, MARK_CLOSE),
                **{k: v or None for k, v in filters.items()},
            )
        except QueryError as exc:
            errors.append(str(exc))
    context = {
        "query": query,
        "filters": filters,
        "hits": hits[:per_page],
        "page": page,
        "has_next": len(hits) > per_page,
        "errors": errors,
        "total": len(_archive()),
        "choices": _archive().facets(),
        "params": {k: v for k, v in {"q": query, **filters}.items() if v},
    }
    html = render_template("search.html", **context)
    return (html, 400) if errors else html


# --- article ----------------------------------------------------------------------------------


def _metadata_rows(md: Metadata) -> list[tuple[str, str, str]]:
    """(field, value as text, where it came from) for every metadata field."""
    rows = []
    for field in attrs.fields(Metadata):
        if field.name == "provenance":
            continue
        value = getattr(md, field.name)
        if field.name == "dateline" and value is not None:
            text = value.text
        elif field.name == "contributors":
            text = "; ".join(f"{c.name} ({c.role})" for c in value)
        elif field.name == "images":
            text = "\n".join(" — ".join(x for x in (i.caption, i.credit) if x) or i.src for i in value)
        elif isinstance(value, tuple):
            text = "; ".join(value)
        else:
            text = "" if value is None else str(value)
        rows.append((field.name.replace("_", " "), text, md.provenance.get(field.name, "")))
    return rows


def _article(aid: str) -> str:
    article = _get_article(aid)
    laid = layout(article)
    counts = Counter(p.kind for p in (*laid.pieces, *laid.html_pass))
    kinds = sorted(counts, key=lambda k: (k != "kept", k))
    # the filter works without JavaScript: the form sends the kinds to show (JS applies it at once)
    shown = set(request.args.getlist("kind")) if request.args.get("filter") else set(kinds)
    corrections = _archive().corrections(aid)
    corrected = {(c.target, c.index): c for c in corrections}
    return render_template(
        "article.html",
        aid=aid,
        article=article,
        info=_archive().info(aid),
        metadata=_metadata_rows(article.metadata),
        layout=laid,
        kinds=kinds,
        counts=counts,
        shown=shown,
        corrections=corrections,
        corrected=corrected,
    )


# --- corrections ------------------------------------------------------------------------------


def _check_target(target: str) -> None:
    if target not in ("removed", "kept"):
        abort(400, "A correction names a piece: target=removed or kept, and its index.")


def _piece(article: Article, target: str, index: int) -> dict[str, Any]:
    if target == "removed" and 0 <= index < len(article.removed):
        r = article.removed[index]
        piece = {"text": r.text, "kind": r.kind.value, "filter": r.filter, "reason": r.reason}
    elif target == "kept" and 0 <= index < len(article.paragraphs):
        piece = {"text": article.paragraphs[index], "kind": "kept", "filter": "", "reason": ""}
    else:
        abort(404, f"This article has no {'removed piece' if target == 'removed' else 'paragraph'} {index}.")
    # the form sends this back: a piece that changed meanwhile (a reclean) is not corrected blindly
    piece["digest"] = hashlib.sha256(piece["text"].encode("utf-8")).hexdigest()[:16]
    return piece


def _correct(aid: str) -> str:
    article = _get_article(aid)
    target = request.args.get("target", "")
    index = request.args.get("index", -1, type=int)
    _check_target(target)
    return render_template(
        "correct.html",
        aid=aid,
        article=article,
        target=target,
        index=index,
        piece=_piece(article, target, index),
        max_note=MAX_NOTE_CHARS,
    )


def _add_correction(aid: str) -> Response:
    article = _get_article(aid)
    target = request.form.get("target", "")
    index = request.form.get("index", -1, type=int)
    note = request.form.get("note", "").strip()
    _check_target(target)
    if len(note) > MAX_NOTE_CHARS:
        abort(400, f"The note is longer than {MAX_NOTE_CHARS} characters.")
    piece = _piece(article, target, index)
    digest = request.form.get("digest", "")
    if digest and digest != piece["digest"]:
        abort(409, "This piece of the article changed since the form was opened (cleaned again?): reload the article.")
    correction = _archive().add_correction(aid, target, index, note)
    flash(f"Correction {correction.id} saved: this piece should be {'kept' if target == 'removed' else 'removed'}.")
    anchor = ("r" if target == "removed" else "p") + str(index)
    return redirect(url_for("article", aid=aid, _anchor=anchor), code=303)


def _delete_correction(cid: int) -> Response:
    found = _archive().correction(cid)
    if found is None or not _archive().delete_correction(cid):
        abort(404, f"There is no correction {cid}.")
    flash(f"Correction {cid} deleted.")
    if request.form.get("back", "") == "article":
        return redirect(url_for("article", aid=found.article_id, _anchor="corrections"), code=303)
    return redirect(url_for("corrections"), code=303)


def _corrections() -> str:
    corrections = _archive().corrections()
    titles = {}
    for c in corrections:
        if c.article_id not in titles:
            try:
                titles[c.article_id] = _archive().get(c.article_id).metadata.title
            except KeyError:
                titles[c.article_id] = ""
    return render_template(
        "corrections.html", corrections=corrections, titles=titles, db=Path(current_app.config["DB_PATH"]).name
    )


# --- stats ------------------------------------------------------------------------------------


def _stats() -> str:
    stats = _archive().stats()

    def ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    tables = [
        ("By source", "source", ranked(stats["by_source"])),
        ("By agency", "agency", ranked(stats["by_agency"])),
        ("By language", "language", ranked({k or "unknown": v for k, v in stats["by_language"].items()})),
        ("Removed pieces by kind", "kind", ranked(stats["by_kind"])),
    ]
    return render_template("stats.html", stats=stats, tables=tables, chart=timeline(stats["by_month"]))
