"""The charts' objects as they will be written, for the synth-time validations.

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

One App is one environment (one cluster): its charts are its Argo CD Applications, and the
validations that read "everything" (`app_objects`) read every chart of the App. Snapshots and
writers are keyed by jsii reference, never `id()`: a JavaScript-created App or chart (Testing)
may come back as a new Python proxy.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable, TypeVar

import cdk8s
import constructs

_writers: dict[str, list[Callable[[], None]]] = {}
_snapshots: dict[str, tuple[list[cdk8s.ApiObject], list[dict[str, Any]], dict[str, dict[str, Any]]]] = {}


def chart_snapshot(chart: cdk8s.Chart) -> tuple[list[cdk8s.ApiObject], list[dict[str, Any]]]:
    """Every ApiObject in `chart` and, in the same order, its JSON. (Chart.to_json would run the
    validations again.)"""
    global _writing
    # `node.root` costs two jsii round trips: only looked up while some writer is pending.
    for writer in (_writers.pop(_jsii_ref(chart.node.root), []) if _writers else []):
        _writing += 1
        try:
            writer()
        finally:
            _writing -= 1
    key = _jsii_ref(chart)
    cached = _snapshots.get(key)
    if cached is not None and _active_pass is not None and key in _active_pass.trusted:
        return cached[0], cached[1]
    nodes = [c for c in chart.node.find_all() if isinstance(c, cdk8s.ApiObject)]
    if cached is not None and len(cached[0]) == len(nodes):
        return cached[0], cached[1]
    by_ref = cached[2] if cached is not None else {}
    objects = []
    for node in nodes:
        ref = _jsii_ref(node)
        if ref not in by_ref:
            by_ref[ref] = node.to_json()
        objects.append(by_ref[ref])
    _snapshots[key] = (nodes, objects, by_ref)
    if _active_pass is not None and not _writing:  # a writer still running may add objects
        _active_pass.trusted.add(key)
    return nodes, objects


def _jsii_ref(obj: constructs.IConstruct) -> str:
    """The JavaScript object's reference id (e.g. `cdk8s.ApiObject@10042`), the same on every proxy."""
    ref: str = obj.__jsii_ref__.ref  # type: ignore[attr-defined]
    return ref


def chart_objects(chart: cdk8s.Chart) -> list[dict[str, Any]]:
    """The JSON of every ApiObject in `chart`, as it will be written."""
    return chart_snapshot(chart)[1]


def app_charts(scope: constructs.IConstruct) -> list[cdk8s.Chart]:
    """The charts of `scope`'s App (its root), or the root itself when it is a chart."""
    root = scope.node.root
    if isinstance(root, cdk8s.Chart):
        return [root]
    return [c for c in root.node.children if isinstance(c, cdk8s.Chart)]


def app_objects(scope: constructs.IConstruct) -> list[dict[str, Any]]:
    """The JSON of every ApiObject in every chart of `scope`'s App: the whole environment."""
    return [obj for chart in app_charts(scope) for obj in chart_objects(chart)]


def forget(chart: cdk8s.Chart) -> None:
    """Drop the snapshot of `chart`: the next reader reads every object again (after an edit)."""
    _snapshots.pop(_jsii_ref(chart), None)
    if _active_pass is not None:
        _active_pass.trusted.discard(_jsii_ref(chart))


def write_before_reading(scope: constructs.IConstruct, writer: Callable[[], None]) -> None:
    """Run `writer`, which adds objects to `scope`'s App at synth (MeshPolicy), before any of the
    App's charts is first read: a snapshot taken earlier would be read again once they exist."""
    _writers.setdefault(_jsii_ref(scope.node.root), []).append(writer)


# -- one validation pass per synth -----------------------------------------------------------------

class _Pass:
    """What one `synth_pass` knows: each validation's result, and the charts whose snapshot is final."""

    def __init__(self) -> None:
        self.results: dict[int, list[str]] = {}
        self.trusted: set[str] = set()
        """Charts read inside the pass, after the writers ran: nothing adds objects any more (an
        edit calls `forget`), so their snapshot is returned without walking the chart again."""


_active_pass: _Pass | None = None
_writing = 0
"""How many writers are running (a writer may read charts before another writer adds to them)."""


@contextmanager
def synth_pass() -> Iterator[None]:
    """While App.synth runs: cdk8s validates the whole App once, then again for every chart it writes
    (`App._synthChart` re-validates before each chart's toJson), with nothing changed in between. With
    one chart per Argo CD Application that is nine full passes per environment; inside this context a
    validation decorated with `once_per_synth` runs on the first pass and repeats its result after,
    and a chart's snapshot, once read, is not walked again."""
    global _active_pass
    outer, _active_pass = _active_pass, _Pass()
    try:
        yield
    finally:
        _active_pass = outer


V = TypeVar("V")


def once_per_synth(validate: Callable[[V], list[str]]) -> Callable[[V], list[str]]:
    """Decorates a validation's `validate`: inside `synth_pass`, run once and repeat the result."""

    @functools.wraps(validate)
    def wrapper(self: V) -> list[str]:
        if _active_pass is None:
            return validate(self)
        results = _active_pass.results
        if id(self) not in results:
            results[id(self)] = validate(self)
        return results[id(self)]

    return wrapper
