"""No two API objects of one App may share apiVersion group, kind, namespace and name.

Kubernetes keeps one object per identity: a second one with the same identity silently replaces
the first when applied (two `BridgeService`s named "api" in one namespace would fight over one
Deployment, Service, ServiceAccount...). cdk8s does not notice, so every construct of this library
calls `ensure_unique_objects(self)` once, in its `__init__`; the first call in an App registers one
validation on the App (its root), which runs when the App synthesizes and fails naming the
construct path of every object that shares an identity. It covers every ApiObject in the App, the
user's own and cdk8s-plus's included, however the charts are composed.

The identity is read from the charts' JSON snapshots that the synth-time validations share
(chart_objects), so the check costs no extra jsii round trip per object. The version is not part of
the identity (apps/v1 and apps/v1beta1 Deployments are one object); the group is (an
argoproj.io Rollout and an apps Deployment may share a name). The namespace of a cluster-scoped
kind does not count: the API server keeps one such object per name. Limitations: a JSON patch
(`add_json_patch`) that renames an object is not seen, nor (between two synths of one App) a
construct removed with `node.try_remove_child` and another added in its place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, NamedTuple

import constructs
import jsii

from .chart_objects import app_charts, chart_snapshot, once_per_synth

CLUSTER_SCOPED_KINDS: frozenset[tuple[str, str]] = frozenset(
    [("", kind) for kind in ("Namespace", "Node", "PersistentVolume", "ComponentStatus")]
    + [("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding")]
    + [("scheduling.k8s.io", "PriorityClass"), ("node.k8s.io", "RuntimeClass"), ("networking.k8s.io", "IngressClass")]
    + [("storage.k8s.io", kind) for kind in ("StorageClass", "CSIDriver", "CSINode", "VolumeAttachment")]
    + [("apiextensions.k8s.io", "CustomResourceDefinition"), ("apiregistration.k8s.io", "APIService")]
    + [("admissionregistration.k8s.io", kind) for kind in (
        "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding")]
    + [("certificates.k8s.io", "CertificateSigningRequest")]
    + [("flowcontrol.apiserver.k8s.io", kind) for kind in ("FlowSchema", "PriorityLevelConfiguration")]
    + [("cert-manager.io", "ClusterIssuer"), ("external-secrets.io", "ClusterSecretStore"),
       ("external-secrets.io", "ClusterExternalSecret")]
)
"""(group, kind) of the cluster-scoped kinds whose namespace, if one is set anyway, is ignored."""

_REGISTERED = "lighthouse-constructs:unique-objects"
"""The App's node metadata type that marks the validation as registered (jsii hands out a new
Python proxy for an App created on the JavaScript side, e.g. by Testing.chart(), so a Python-side
marker would not be seen twice)."""


class ObjectKey(NamedTuple):
    """What the API server identifies an object by: group ("" for core), kind, namespace ("" when
    cluster-scoped or unset) and name."""

    group: str
    kind: str
    namespace: str
    name: str

    def __str__(self) -> str:
        kind = f"{self.kind}.{self.group}" if self.group else self.kind
        return f"{kind} {self.namespace}/{self.name}" if self.namespace else f"{kind} {self.name} (cluster-scoped)"


def object_key(api_version: str, kind: str, namespace: str | None, name: str) -> ObjectKey:
    """The identity of an object from its apiVersion ("apps/v1", "v1"), kind, namespace and name."""
    group = api_version.rpartition("/")[0] if "/" in api_version else ""
    return _key(group, kind, namespace, name)


def _key(group: str, kind: str, namespace: str | None, name: str) -> ObjectKey:
    if (group, kind) in CLUSTER_SCOPED_KINDS:
        namespace = None
    return ObjectKey(group, kind, namespace or "", name)


@dataclass(frozen=True)
class Duplicate:
    """One identity that several objects share, with where each of them is (construct paths, or
    file and document for the gate)."""

    key: ObjectKey
    places: tuple[str, ...]

    def __str__(self) -> str:
        return (f"duplicate API object {self.key}: {' and '.join(self.places)} have the same apiVersion group, "
                "kind, namespace and name (the API server keeps only one of them); give each its own name or namespace")


def duplicates(entries: Iterable[tuple[ObjectKey, str]]) -> list[Duplicate]:
    """Every identity that more than one of `entries` (key, place) has, in order of first appearance."""
    places: dict[ObjectKey, list[str]] = defaultdict(list)
    for key, place in entries:
        places[key].append(place)
    return [Duplicate(key, tuple(where)) for key, where in places.items() if len(where) > 1]


def json_object_key(obj: Mapping[str, Any]) -> ObjectKey | None:
    """The identity of a manifest (its JSON), or None without a kind or name (other checks report those)."""
    metadata = obj.get("metadata")
    metadata = metadata if isinstance(metadata, Mapping) else {}
    kind, name = obj.get("kind"), metadata.get("name")
    if not kind or not name:
        return None
    return object_key(str(obj.get("apiVersion") or ""), str(kind), metadata.get("namespace"), str(name))


def find_duplicates(scope: constructs.IConstruct) -> list[Duplicate]:
    """The identities that several ApiObjects of `scope` (an App or a chart) share, naming their
    `node.path`s. Identities come from the charts' JSON snapshots (chart_objects), which the other
    synth-time validations share, so this adds no jsii round trip per object; a construct path
    is read only for objects that clash."""
    snapshots = [chart_snapshot(chart) for chart in app_charts(scope)]
    entries = [(json_object_key(obj), nodes[i]) for nodes, objects in snapshots for i, obj in enumerate(objects)]
    counts = Counter(key for key, _ in entries if key is not None)
    clashing = [(key, node.node.path) for key, node in entries if key is not None and counts[key] > 1]
    return sorted(duplicates(clashing), key=lambda d: d.places)


@jsii.implements(constructs.IValidation)
class _UniqueObjects:
    """The App's check (find_duplicates over the whole App)."""

    def __init__(self, root: constructs.IConstruct) -> None:
        self._root = root

    @once_per_synth
    def validate(self) -> list[str]:
        return [str(d) for d in find_duplicates(self._root)]



def ensure_unique_objects(scope: constructs.IConstruct) -> None:
    """Registers, once per App, the synth-time check that no two of its API objects share an
    identity. Each construct of the library calls it in `__init__`; calling it again is a no-op."""
    root = scope.node.root
    ref: str = root.__jsii_ref__.ref  # type: ignore[attr-defined]
    if ref in _registered_roots:
        return  # known here: skips reading the root's metadata, two jsii round trips per construct
    if any(entry.type == _REGISTERED for entry in root.node.metadata):
        _registered_roots.add(ref)
        return
    root.node.add_metadata(_REGISTERED, True)
    root.node.add_validation(_UniqueObjects(root))
    _registered_roots.add(ref)


_registered_roots: set[str] = set()
"""The jsii references (stable and never reused, unlike `id()`) of the roots whose check is registered."""


__all__ = ["CLUSTER_SCOPED_KINDS", "Duplicate", "ObjectKey", "duplicates", "ensure_unique_objects",
           "find_duplicates", "json_object_key", "object_key"]
