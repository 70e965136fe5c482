"""The installed version, read once from the package metadata (never written in two places)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsclean")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
