"""The review app: a local web page to see what newsclean removed from each article, and why.

Search the archive, read an article's clean text beside its original with every removed piece in
place, mark a wrong decision, and export the marks as fixtures (``newsclean corrections export``).
Needs the ``review`` extra (Flask).  Start it with ``newsclean serve --db ARCHIVE``; see
``docs/review.md``.
"""

from __future__ import annotations

from .app import create_app, running, serve

__all__ = ["create_app", "running", "serve"]
