"""The chart's objects as they will be written, for the synth-time validations.

Every `to_json()` crosses the jsii process boundary, cdk8s runs each validation twice per synth,
and several validations read the whole chart (the uniqueness check, the capacity budget and
MeshPolicy's proof). So each object's JSON is read once and kept: while the chart holds as many
ApiObjects the snapshot is returned as it is, and when objects were added (MeshPolicy writes its
objects at synth, after an earlier validation took a snapshot) only the new ones are read, found
by their jsii object reference. (Object identity cannot be the key: jsii hands out a new Python
proxy for a JavaScript-created object on every walk; the reference it carries is the JavaScript
object's, stable and unique, and reading it costs no round trip, where `node.path` costs two per
object.) An object edited in place after it was read is not
re-read: whoever edits one at synth calls `forget(chart)` (Platform does, after sizing quotas).
"""

from __future__ import annotations

from typing import Any, Callable

import cdk8s

_writers: dict[int, list[Callable[[], None]]] = {}
_snapshots: dict[int, tuple[list[cdk8s.ApiObject], list[dict[str, Any]], dict[str, dict[str, Any]]]] = {}


def chart_snapshot(chart: cdk8s.Chart) -> tuple[list[cdk8s.ApiObject], list[dict[str, Any]]]:
    """Every ApiObject in `chart` and, in the same order, its JSON. (Chart.to_json would run the
    validations again.)"""
    for writer in _writers.pop(id(chart), []):
        writer()
    nodes = [c for c in chart.node.find_all() if isinstance(c, cdk8s.ApiObject)]
    cached = _snapshots.get(id(chart))
    if cached is not None and len(cached[0]) == len(nodes):
        return cached[0], cached[1]
    by_ref = cached[2] if cached is not None else {}
    objects = []
    for node in nodes:
        ref = _jsii_ref(node)
        if ref not in by_ref:
            by_ref[ref] = node.to_json()
        objects.append(by_ref[ref])
    _snapshots[id(chart)] = (nodes, objects, by_ref)
    return nodes, objects


def _jsii_ref(obj: cdk8s.ApiObject) -> str:
    """The JavaScript object's reference id (e.g. `cdk8s.ApiObject@10042`), the same on every proxy."""
    ref: str = obj.__jsii_ref__.ref  # type: ignore[attr-defined]
    return ref


def chart_objects(chart: cdk8s.Chart) -> list[dict[str, Any]]:
    """The JSON of every ApiObject in `chart`, as it will be written."""
    return chart_snapshot(chart)[1]


def forget(chart: cdk8s.Chart) -> None:
    """Drop the snapshot of `chart`: the next reader reads every object again (after an edit)."""
    _snapshots.pop(id(chart), None)


def write_before_reading(chart: cdk8s.Chart, writer: Callable[[], None]) -> None:
    """Run `writer`, which adds objects to `chart` at synth (MeshPolicy), before the chart's objects
    are first read: a snapshot taken earlier would be read again once they exist."""
    _writers.setdefault(id(chart), []).append(writer)
