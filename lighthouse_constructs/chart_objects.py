"""The chart's objects as they will be written, for the synth-time validations.

Every `to_json()` crosses the jsii process boundary, cdk8s runs each validation twice per synth,
and two validations read the whole chart (the capacity budget and MeshPolicy). So the snapshot
is taken once and reused while the chart holds as many ApiObjects. (Object identity cannot be
the key: jsii hands out a new Python proxy for a JavaScript-created object on every walk.)
Limitation: an object edited in place (an escape-hatch patch) after a synth in the same process
is not re-read by a later synth's validations; adding or removing objects is.
"""

from __future__ import annotations

from typing import Any

import cdk8s

_snapshots: dict[int, tuple[list[cdk8s.ApiObject], list[dict[str, Any]]]] = {}


def chart_snapshot(chart: cdk8s.Chart) -> tuple[list[cdk8s.ApiObject], list[dict[str, Any]]]:
    """Every ApiObject in `chart` and, in the same order, its JSON. (Chart.to_json would run the
    validations again.)"""
    nodes = [c for c in chart.node.find_all() if isinstance(c, cdk8s.ApiObject)]
    cached = _snapshots.get(id(chart))
    if cached is not None and len(cached[0]) == len(nodes):
        return cached
    _snapshots[id(chart)] = (nodes, [n.to_json() for n in nodes])
    return _snapshots[id(chart)]


def chart_objects(chart: cdk8s.Chart) -> list[dict[str, Any]]:
    """The JSON of every ApiObject in `chart`, as it will be written."""
    return chart_snapshot(chart)[1]
