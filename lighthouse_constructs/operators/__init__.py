"""What each operator creates and how it connects, read from the operator's own source.

One module per operator. Every fact is a constant or a small function with the upstream path
it was read from (in `SOURCES`, at the module's `TAG`; ../shared/crds/SOURCES.md pins the tags).
Constructs, MeshPolicy and its synth-time proof take these facts from here and never re-derive
them, so a wrong fact is fixed in one place.

`created_services` and `created_pods` answer, for a synthesized object, which Services and pod
label sets the object's operator will create: the proof checks every Sidecar host and every
allow against them and against the chart's own Services and pod templates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import barman_cloud, cnpg, istio, opentelemetry, prometheus_operator

MODULES = (cnpg, prometheus_operator, barman_cloud, istio, opentelemetry)


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    """Names of the Services an operator creates for `obj` (in `obj`'s namespace)."""
    out: tuple[str, ...] = ()
    for module in MODULES:
        out += module.created_services(obj)
    return out


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    """Label sets of the pods an operator creates for `obj` (in `obj`'s namespace). A label
    whose value varies (a Job role, an instance role) is listed once per value."""
    out: tuple[dict[str, str], ...] = ()
    for module in MODULES:
        out += module.created_pods(obj)
    return out


__all__ = ["MODULES", "barman_cloud", "cnpg", "created_pods", "created_services", "istio", "opentelemetry", "prometheus_operator"]
