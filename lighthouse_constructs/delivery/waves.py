"""Sync waves from the dependency graph: which Application must be Healthy before which.

An Application comes after another when one of its objects needs something the other provides
(requirements.py: a CRD, a namespace, a Secret, an issuer, a priority class, ...), when a Helm
release declares another as a prerequisite, and when it runs pods in a namespace whose allow
policies another Application holds (the platform isolates every namespace it creates, so pods
that start before their allows would be cut off). Waves are the longest-path levels of that
graph; nothing is numbered by hand. `contradictions` re-checks any assignment against the same
edges and names both objects of every broken one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import operators
from ..fuse_mount import POD_KINDS
from ..operators import istio
from .requirements import Ref, needs, provides, self_ref


@dataclass(frozen=True)
class Member:
    """One Application, as the ordering sees it."""

    name: str
    objects: Sequence[Mapping[str, Any]] = ()
    """The synthesized objects it deploys (none for a Helm release)."""
    provided: frozenset[Ref] = field(default_factory=frozenset)
    """What it brings into existence besides its objects (a release's CRDs and namespace)."""
    after: tuple[str, ...] = ()
    """Applications it is declared to need first (a Helm release's prerequisites)."""


@dataclass(frozen=True, order=True)
class Edge:
    """`later` must sync after `earlier`, because of `reason`."""

    later: str
    earlier: str
    reason: str


class WaveError(ValueError):
    """The dependency graph has a cycle: no wave order can satisfy it."""


def edges(members: Sequence[Member]) -> list[Edge]:
    """Every ordering edge between distinct members, with the objects that cause it."""
    providers: dict[Ref, set[str]] = {}
    for member in members:
        for ref in member.provided:
            providers.setdefault(ref, set()).add(member.name)
        for obj in member.objects:
            for ref in provides(obj):
                providers.setdefault(ref, set()).add(member.name)
    out: set[Edge] = set()
    for member in members:
        out.update(Edge(member.name, earlier, f"declared: {member.name} needs {earlier}") for earlier in member.after)
        for obj in member.objects:
            me = self_ref(obj)
            for ref, where in needs(obj):
                for earlier in providers.get(ref, ()):
                    if earlier != member.name:
                        out.add(Edge(member.name, earlier, f"{me} needs {ref} ({where})"))
    out.update(_policy_edges(members))
    out.update(_injection_edges(members, providers))
    return sorted(out)


def _injection_edges(members: Sequence[Member], providers: Mapping[Ref, set[str]]) -> set[Edge]:
    """Pods in a namespace istiod injects come after the release that installs the injector."""
    webhook = Ref("MutatingWebhookConfiguration", None, istio.SIDECAR_INJECTOR_WEBHOOK)
    injected = {str(o["metadata"]["name"]) for m in members for o in m.objects
                if o.get("kind") == "Namespace" and istio.injects_sidecars(o)}
    out: set[Edge] = set()
    for member in members:
        for obj in member.objects:
            me = self_ref(obj)
            if me.namespace in injected and runs_pods(obj):
                out.update(Edge(member.name, earlier, f"{me} runs pods in {me.namespace}, which needs {webhook} to inject their sidecars")
                           for earlier in providers.get(webhook, ()) if earlier != member.name)
    return out


def _policy_edges(members: Sequence[Member]) -> set[Edge]:
    """Pods come after the Applications holding their namespace's allow policies."""
    allows: dict[str, list[tuple[str, Ref]]] = {}
    for member in members:
        for obj in member.objects:
            if _allows_traffic(obj):
                ref = self_ref(obj)
                allows.setdefault(str(ref.namespace), []).append((member.name, ref))
    out = set()
    for member in members:
        for obj in member.objects:
            me = self_ref(obj)
            if me.namespace is None or not runs_pods(obj):
                continue
            for holder, policy in allows.get(me.namespace, ()):
                if holder != member.name:
                    out.add(Edge(member.name, holder, f"{me} runs pods that {policy} lets through"))
    return out


def runs_pods(obj: Mapping[str, Any]) -> bool:
    """A core workload kind, or a custom resource its operator creates pods for."""
    return obj.get("kind") in POD_KINDS or bool(operators.created_pods(obj))


def _allows_traffic(obj: Mapping[str, Any]) -> bool:
    spec = obj.get("spec") or {}
    if obj.get("kind") == "NetworkPolicy":
        return bool(spec.get("ingress") or spec.get("egress"))
    if obj.get("kind") == "AuthorizationPolicy":
        return spec.get("action", "ALLOW") == "ALLOW" and bool(spec.get("rules"))
    return False


def waves(members: Sequence[Member], found: Sequence[Edge] | None = None) -> dict[str, int]:
    """{member: wave}: 0 for members that need nothing, else one more than their latest need.
    `found`: the members' edges when already computed."""
    found = edges(members) if found is None else found
    graph: dict[str, set[str]] = {m.name: set() for m in members}
    for edge in found:
        graph[edge.later].add(edge.earlier)
    out: dict[str, int] = {}
    visiting: list[str] = []

    def level(name: str) -> int:
        if name in out:
            return out[name]
        if name in visiting:
            cycle = visiting[visiting.index(name):] + [name]
            raise WaveError("the Applications depend on each other in a cycle: " + " -> ".join(cycle) + "; "
                            + "; ".join(e.reason for e in found if e.later in cycle and e.earlier in cycle))
        visiting.append(name)
        result = 1 + max((level(dep) for dep in sorted(graph[name])), default=-1)
        visiting.pop()
        out[name] = result
        return result

    for name in sorted(graph):
        level(name)
    return out


def contradictions(members: Sequence[Member], assigned: Mapping[str, int], found: Sequence[Edge] | None = None) -> list[str]:
    """Every edge that `assigned` does not honour (the later Application in the same or an
    earlier wave), naming both Applications, their waves and the objects."""
    return [
        f"Application {e.later} (wave {assigned[e.later]}) must sync after {e.earlier} (wave {assigned[e.earlier]}): {e.reason}"
        for e in (edges(members) if found is None else found)
        if assigned[e.later] <= assigned[e.earlier]
    ]


__all__ = ["Edge", "Member", "WaveError", "contradictions", "edges", "runs_pods", "waves"]
