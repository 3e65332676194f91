"""What a synthesized object needs to exist before the API server admits it or its pods start, and
what it brings into existence: the one model the sync waves, their synth-time check and the
wave-by-wave apply test (tests/cluster) all read.

A need is a `Ref` (kind, namespace, name). It becomes an ordering edge only when another
Application provides it; a need nothing in the environment provides (a Secret the Vault team
publishes, an operator's own Secret) is a prerequisite outside the chart, not an edge.

Read from the manifests, never from the constructs, so any chart a downstream team composes is
ordered by the same rules.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..operators import cnpg
from ..uniqueness import CLUSTER_SCOPED_KINDS

CRD = "CustomResourceDefinition"
"""`Ref.kind` of a custom resource kind's definition; its name is `<group>/<Kind>`."""

CORE_GROUPS = frozenset({
    "", "apps", "batch", "policy", "autoscaling", "rbac.authorization.k8s.io", "networking.k8s.io",
    "scheduling.k8s.io", "storage.k8s.io", "node.k8s.io", "coordination.k8s.io", "discovery.k8s.io",
    "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io",
    "certificates.k8s.io", "flowcontrol.apiserver.k8s.io", "events.k8s.io",
})
"""API groups the API server serves itself: their kinds need no CRD."""


@dataclass(frozen=True, order=True)
class Ref:
    """An object by identity, as a need or a provision."""

    kind: str
    namespace: str | None
    name: str

    def __str__(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}" if self.namespace else f"{self.kind} {self.name}"


def group_of(obj: Mapping[str, Any]) -> str:
    api_version = str(obj.get("apiVersion", ""))
    return api_version.rpartition("/")[0]


def self_ref(obj: Mapping[str, Any]) -> Ref:
    """The object's own identity (cluster-scoped kinds without a namespace)."""
    kind = str(obj["kind"])
    namespace = None if (group_of(obj), kind) in CLUSTER_SCOPED_KINDS else obj["metadata"].get("namespace")
    return Ref(kind, namespace, str(obj["metadata"]["name"]))


def crd_ref(group: str, kind: str) -> Ref:
    return Ref(CRD, None, f"{group}/{kind}")


def needs(obj: Mapping[str, Any]) -> list[tuple[Ref, str]]:
    """What `obj` needs first, each with the field that says so (for error messages)."""
    out: list[tuple[Ref, str]] = []
    me = self_ref(obj)
    group = group_of(obj)
    if group not in CORE_GROUPS:
        out.append((crd_ref(group, me.kind), "apiVersion/kind"))
    if me.namespace:
        out.append((Ref("Namespace", None, me.namespace), "metadata.namespace"))
    produced = set(provides(obj))
    for ref, where in _references(obj, me.namespace):
        if ref != me and ref not in produced:
            out.append((ref, where))
    return sorted(set(out))


def provides(obj: Mapping[str, Any]) -> list[Ref]:
    """What exists once `obj` is applied and its controller has acted: the object, the Secrets
    that ExternalSecrets and Certificates write, and a CloudNativePG Cluster's server CA."""
    me = self_ref(obj)
    out = [me]
    spec = obj.get("spec") or {}
    group = group_of(obj)
    if group == "external-secrets.io" and me.kind == "ExternalSecret":
        target = (spec.get("target") or {}).get("name") or me.name
        out.append(Ref("Secret", me.namespace, target))
    if group == "cert-manager.io" and me.kind == "Certificate" and spec.get("secretName"):
        out.append(Ref("Secret", me.namespace, spec["secretName"]))
    if group == cnpg.API_GROUP and me.kind == "Cluster":
        out.append(Ref("Secret", me.namespace, cnpg.server_ca_secret(me.name)))
    return out


# -- references inside an object ---------------------------------------------------------------

_NAMED_SECRET_KEYS = ("secretKeyRef", "secretRef", "accessKeyId", "secretAccessKey", "sessionToken")
"""Keys whose value `{name: ...}` names a Secret in the object's namespace (env, envFrom, and
the CRDs that follow the same convention: CloudNativePG, barman-cloud, Prometheus Operator)."""
_NAMED_CONFIGMAP_KEYS = ("configMapKeyRef", "configMapRef")


def _references(obj: Mapping[str, Any], namespace: str | None) -> Iterator[tuple[Ref, str]]:
    for path, key, value in _walk(obj.get("spec") or {}, "spec"):
        where = f"{path}.{key}"
        if key == "priorityClassName" and isinstance(value, str) and value:
            yield Ref("PriorityClass", None, value), where
        elif key == "serviceAccountName" and isinstance(value, str) and value and namespace:
            yield Ref("ServiceAccount", namespace, value), where
        elif key == "secretName" and isinstance(value, str) and namespace:
            yield Ref("Secret", namespace, value), where
        elif key in _NAMED_SECRET_KEYS and isinstance(value, Mapping) and value.get("name") and namespace:
            yield Ref("Secret", namespace, str(value["name"])), where
        elif key in _NAMED_CONFIGMAP_KEYS and isinstance(value, Mapping) and value.get("name") and namespace:
            yield Ref("ConfigMap", namespace, str(value["name"])), where
        elif key == "configMap" and isinstance(value, Mapping) and value.get("name") and namespace:
            yield Ref("ConfigMap", namespace, str(value["name"])), where
        elif key == "issuerRef" and isinstance(value, Mapping) and value.get("name"):
            if value.get("kind") == "ClusterIssuer":
                yield Ref("ClusterIssuer", None, str(value["name"])), where
            elif namespace:
                yield Ref("Issuer", namespace, str(value["name"])), where
        elif key == "secretStoreRef" and isinstance(value, Mapping) and value.get("name"):
            if value.get("kind") == "ClusterSecretStore":
                yield Ref("ClusterSecretStore", None, str(value["name"])), where
            elif namespace:
                yield Ref("SecretStore", namespace, str(value["name"])), where


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """(path, key, value) for every mapping entry under `node`, depth first."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield path, str(key), value
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{path}[{index}]")


__all__ = ["CORE_GROUPS", "CRD", "Ref", "crd_ref", "group_of", "needs", "provides", "self_ref"]
