"""The archive the review app's tests look at: the repository's seeds and fixtures (raw input kept)
and one article whose text carries a script-injection payload."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import newsclean
from newsclean.archive import Archive
from newsclean.batch import archive_inputs

ROOT = Path(__file__).resolve().parent.parent
PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'
INJECTION = f"""Harbour council backs {PAYLOAD_SCRIPT} night ferry plan
By Dana Reyes
PORTSMOUTH, March 3 (Reuters) - The harbour council voted on Tuesday to run a night ferry across the harbour from June, after residents said the last boat at nine in the evening left shift workers stranded. A note pasted into the minutes read {PAYLOAD_IMG} and was left as it was.
The council said the service would cost about 400,000 pounds a year and would be reviewed after twelve months, with fares the same as for the day service and a discount for season ticket holders.
Councillor Mia Hart said the vote was close but that the harbour had been asking for the service for years. "People work nights here, and they need to get home," she said.
{PAYLOAD_SCRIPT}
Sign up for our newsletter {PAYLOAD_IMG} to get the harbour news every morning.
"""  # noqa: E501
INJECTION_URL = "https://harbour.example/news/night-ferry"
# The kitchen-sink fixture's HTML page is the only article from this source.
LIBRARY_SOURCE = "The Northfield Observer"
LIBRARY_TEASER = "Read more: Northfield voters approve $22 million library renovation bond"


def build_archive(path: Path) -> Path:
    """An archive at ``path`` of seeds/, fixtures/ and the injection article; returns ``path``."""
    with Archive(path) as archive:
        archive_inputs(archive, [ROOT / "seeds", ROOT / "fixtures"], keep_raw=True)
        archive.add(newsclean.clean_text(INJECTION, url=INJECTION_URL), origin="injection.txt")
    return path


def copy_archive(source: Path, target: Path) -> Path:
    """A copy of an archive (SQLite's backup: consistent whatever the journal holds)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target
