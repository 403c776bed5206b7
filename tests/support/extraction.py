"""What the extraction tests share: a posting's fields from its text, and the places of a line."""

from __future__ import annotations

from collections.abc import Iterable

from generator.ingest.extract.places import places_in_line
from generator.ingest.extractor import extract
from generator.ingest.reading import RawPosting
from generator.models import Fields, Location


def fields_of(text: str) -> Fields:
    """The fields extract gives a posting pasted as this text."""
    return extract(RawPosting("test.txt", text)).fields


def places_of(line: str) -> list[str]:
    """The places a header or label line names, as the content file writes them."""
    return names(places_in_line(line)[0])


def names(places: Iterable[Location]) -> list[str]:
    """Places as the content file writes them ('Leeds, GB'), to compare with a list of strings."""
    return [str(place) for place in places]
