"""Which postings are current and which are archived, on the build date."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

from generator.models import Posting


def build_date() -> date:
    """The day the build treats as today; SOURCE_DATE_EPOCH pins it so a build can be repeated byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return datetime.now(tz=UTC).date()


def is_archived(posting: Posting, today: date, archive_after_days: int = 0) -> bool:
    """Past its valid_through date, or (when configured) added longer ago than archive_after_days."""
    if posting.valid_through and posting.valid_through < today:
        return True
    if archive_after_days and posting.added:
        return posting.added < today - timedelta(days=archive_after_days)
    return False


def split_archived(postings: list[Posting], today: date, archive_after_days: int = 0) -> tuple[list[Posting], list[Posting]]:
    current = [p for p in postings if not is_archived(p, today, archive_after_days)]
    archived = [p for p in postings if is_archived(p, today, archive_after_days)]
    return current, archived
