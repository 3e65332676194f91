"""The duplicate check: one object per apiVersion group, kind, namespace and name in what the gate reads.

The same rule as the synth-time check of `lighthouse_constructs.uniqueness` (and its identity), for
YAML from anywhere: the API server keeps only one object per identity, so a second one in the
same environment silently replaces the first when applied.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..uniqueness import duplicates, json_object_key
from .findings import Finding


def check_duplicates(objects: Sequence[dict[str, Any]], places: Sequence[object] | None = None) -> list[Finding]:
    """A finding per identity that several of `objects` share, naming where each one is
    (`places[i]` for `objects[i]`: a file and document; else its position in the list)."""
    labels = [str(p) for p in places] if places is not None else [f"object {i}" for i in range(1, len(objects) + 1)]
    entries = [(key, label) for obj, label in zip(objects, labels) if (key := json_object_key(obj)) is not None]
    return [
        Finding("duplicate", d.key.kind, d.key.namespace, d.key.name,
                f"{len(d.places)} objects with this apiVersion group ({d.key.group or 'core'}), kind, namespace and name: "
                + " and ".join(d.places))
        for d in duplicates(entries)
    ]
