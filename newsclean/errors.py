"""newsclean's exceptions: one base class, split by whose fault it is (as h11 does)."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputError(NewscleanError, ValueError):
    """The input cannot be cleaned: empty, binary, too large or undecodable.

    The message says what was wrong with the input.  In a batch, this becomes a failure record and
    the batch goes on.
    """


class ConfigError(NewscleanError, ValueError):
    """The caller's options are inconsistent (an unknown filter name, a negative limit...)."""
