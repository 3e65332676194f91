"""Two API objects with one identity (group, kind, namespace, name) in an App fail at synth.

The check is the library's, registered by its constructs: a team composing them in its own charts,
without Lighthouse's environments code, gets it too.
"""

from __future__ import annotations

from pathlib import Path

import cdk8s
import pytest
from cdk8s_plus_28 import k8s

from lighthouse_constructs.bridge_service import BridgeService, BridgeServiceProps
from lighthouse_constructs.environments import build_app, load_environment
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.uniqueness import (
    ObjectKey,
    ensure_unique_objects,
    find_duplicates,
    object_key,
)

from support import Manifests

IMAGE = "ghcr.io/team-a/api:1.0@sha256:" + "ab" * 32


class Priority:
    name = "bridge-high"


def bridge(chart: cdk8s.Chart, id: str, namespace: LighthouseNamespace, name: str = "api") -> BridgeService:
    return BridgeService(chart, id, BridgeServiceProps(name=name, image=IMAGE), namespace=namespace, priority_class=Priority())


def synth_error(app: cdk8s.App) -> str:
    with pytest.raises(RuntimeError, match="Validation failed") as raised:
        app.synth()
    return str(raised.value)


def test_fails_if_two_bridge_services_share_a_name_in_one_namespace(tmp_path: Path) -> None:
    app = cdk8s.App(outdir=str(tmp_path))
    chart = cdk8s.Chart(app, "team-a")
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name="team-a"))
    bridge(chart, "Api", namespace)
    bridge(chart, "ApiAgain", namespace)
    message = synth_error(app)
    assert ("duplicate API object Deployment.apps team-a/api: team-a/Api/Deployment/Resource and "
            "team-a/ApiAgain/Deployment/Resource have the same apiVersion group, kind, namespace and name") in message
    for kind in ("Service team-a/api:", "ServiceAccount team-a/api:", "PodDisruptionBudget.policy team-a/api:"):
        assert message.count(f"duplicate API object {kind}") == 1, f"{kind} reported once: {message}"
    assert not list(tmp_path.glob("*.yaml")), "nothing is written"


def test_can_use_one_name_in_two_namespaces(tmp_path: Path) -> None:
    app = cdk8s.App(outdir=str(tmp_path))
    chart = cdk8s.Chart(app, "teams")
    bridge(chart, "ApiA", LighthouseNamespace(chart, "NsA", NamespaceProps(name="team-a")))
    bridge(chart, "ApiB", LighthouseNamespace(chart, "NsB", NamespaceProps(name="team-b")))
    app.synth()
    objects = Manifests("teams", {"teams.k8s.yaml": (tmp_path / "teams.k8s.yaml").read_text()})
    assert {o["metadata"]["namespace"] for o in objects.all("Deployment")} == {"team-a", "team-b"}


def test_fails_if_objects_of_two_charts_share_an_identity_and_names_the_users_own_objects(tmp_path: Path) -> None:
    app = cdk8s.App(outdir=str(tmp_path))
    first, second = cdk8s.Chart(app, "first"), cdk8s.Chart(app, "second", namespace="team-a")
    bridge(first, "Api", LighthouseNamespace(first, "Ns", NamespaceProps(name="team-a")))
    # the user's own object, namespaced by its chart, collides with the BridgeService's ConfigMap
    k8s.KubeConfigMap(second, "Config", metadata=k8s.ObjectMeta(name="api-config"))
    assert "duplicate API object ConfigMap team-a/api-config: first/Api/Config/Resource and second/Config" in synth_error(app)


def test_can_share_a_name_across_groups_and_kinds_but_not_across_versions(tmp_path: Path) -> None:
    app = cdk8s.App(outdir=str(tmp_path))
    chart = cdk8s.Chart(app, "kinds", namespace="team-a")
    ensure_unique_objects(chart)
    ensure_unique_objects(chart)  # idempotent: still one check, one message per identity
    for id, api_version, kind in (("Deployment", "apps/v1", "Deployment"), ("Rollout", "argoproj.io/v1alpha1", "Deployment"),
                                  ("Service", "v1", "Service"), ("Old", "apps/v1beta2", "Deployment")):
        cdk8s.ApiObject(chart, id, api_version=api_version, kind=kind, metadata=cdk8s.ApiObjectMetadata(name="web"))
    assert [(d.key, d.places) for d in find_duplicates(app)] == [
        (ObjectKey("apps", "Deployment", "team-a", "web"), ("kinds/Deployment", "kinds/Old")),
    ]
    assert synth_error(app).count("duplicate API object") == 1


def test_fails_if_a_cluster_scoped_object_repeats_whatever_namespace_it_sets() -> None:
    chart = cdk8s.Testing.chart()
    ensure_unique_objects(chart)
    k8s.KubeClusterRole(chart, "A", metadata=k8s.ObjectMeta(name="reader", namespace="team-a"))
    k8s.KubeClusterRole(chart, "B", metadata=k8s.ObjectMeta(name="reader", namespace="team-b"))
    with pytest.raises(RuntimeError, match=r"duplicate API object ClusterRole.rbac.authorization.k8s.io reader \(cluster-scoped\): test/A and test/B"):
        cdk8s.Testing.synth(chart)  # a chart synthesized alone validates its App too
    assert object_key("v1", "Namespace", "x", "team-a") == ObjectKey("", "Namespace", "", "team-a")


def test_can_synthesize_every_environment_and_checks_each_of_them(synthesized: dict[str, Manifests], tmp_path: Path) -> None:
    assert all(m.objects for m in synthesized.values()), "dev, staging and prod synthesize"
    app = build_app(load_environment("dev"), str(tmp_path))
    assert find_duplicates(app) == []
    # one in each of two charts (two Argo CD Applications of the same cluster)
    k8s.KubeServiceAccount(app.node.find_child("bridges"), "Again", metadata=k8s.ObjectMeta(name="default-deny-probe", namespace="lighthouse-bridge"))
    k8s.KubeServiceAccount(app.node.find_child("platform"), "AgainTwice", metadata=k8s.ObjectMeta(name="default-deny-probe", namespace="lighthouse-bridge"))
    assert "duplicate API object ServiceAccount lighthouse-bridge/default-deny-probe: platform/AgainTwice and bridges/Again" in synth_error(app)
