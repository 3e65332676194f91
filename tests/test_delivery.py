"""Argo CD delivery: the dist/ layout, the Applications and AppProjects, waves from the graph,
sync options per object, and every validation message."""

from __future__ import annotations

import json
from pathlib import Path

import cdk8s
import pytest
from cdk8s_plus_28 import k8s
from pydantic import ValidationError

from lighthouse_constructs.delivery import health
from lighthouse_constructs.delivery.gitops import (
    CLIENT_SIDE_APPLY_LIMIT,
    SYNC_OPTIONS,
    SYNC_WAVE,
    GitOps,
    GitOpsProps,
    floating,
    sync_options,
)
from lighthouse_constructs.delivery.requirements import Ref, needs, provides
from lighthouse_constructs.delivery.waves import (
    Member,
    WaveError,
    contradictions,
    edges,
    waves,
)
from lighthouse_constructs.environments import build_fleet_app, load_environment
from lighthouse_constructs.environments.charts import APPS_CHART, LAYERS, ROOT_CHART
from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES
from lighthouse_constructs.validation import load_all

from support import ROOT, Manifests


def applications(m: Manifests) -> dict[str, dict]:
    """{Application name: object} of the environment's apps folder."""
    return {o["metadata"]["name"]: o for o in m.charts()[APPS_CHART] if o["kind"] == "Application"}


def wave(app: dict) -> int:
    return int(app["metadata"]["annotations"][SYNC_WAVE])


def members_of(m: Manifests) -> list[Member]:
    """The environment's chart Applications as the ordering sees them, from the written objects."""
    return [Member(name=chart, objects=objects) for chart, objects in m.charts().items() if chart in LAYERS]


# -- layout ------------------------------------------------------------------------------------


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_can_deploy_every_chart_folder_with_one_application(env: str, synthesized: dict[str, Manifests]) -> None:
    m = synthesized[env]
    folders = set(m.charts())
    apps = applications(m)
    chart_sources = {a["spec"]["source"]["path"] for a in apps.values() if a["spec"]["project"] == f"lighthouse-{env}"}
    layer_folders = folders - {APPS_CHART, ROOT_CHART}
    assert chart_sources == {f"dist/{env}/{folder}" for folder in layer_folders}
    for path in chart_sources:  # the committed tree has every folder an Application points at
        assert (ROOT / path / "manifests.k8s.yaml").is_file(), path
    root = next(o for o in m.charts()[ROOT_CHART] if o["kind"] == "Application")
    assert root["spec"]["source"]["path"] == f"dist/{env}/{APPS_CHART}"
    assert root["spec"]["project"] in {o["metadata"]["name"] for o in m.charts()[ROOT_CHART] if o["kind"] == "AppProject"}


def test_can_put_every_object_in_exactly_one_application(synthesized: dict[str, Manifests]) -> None:
    for m in synthesized.values():
        seen: dict[Ref, str] = {}
        for chart, objects in m.charts().items():
            for obj in objects:
                ref = provides(obj)[0]
                assert ref not in seen, f"{m.env}: {ref} is in {seen.get(ref)} and {chart}"
                seen[ref] = chart


# -- operators ---------------------------------------------------------------------------------


def test_can_install_operators_from_pinned_helm_charts_in_their_own_project(synthesized: dict[str, Manifests]) -> None:
    apps = applications(synthesized["prod"])
    helm = {n: a for n, a in apps.items() if a["spec"]["project"] == "lighthouse-prod-operators"}
    assert {"lighthouse-prod-cert-manager", "lighthouse-prod-cloudnative-pg", "lighthouse-prod-keda",
            "lighthouse-prod-istiod", "lighthouse-prod-istio-cni", "lighthouse-prod-velero", "lighthouse-prod-k6-operator",
            "lighthouse-prod-argo-rollouts", "lighthouse-prod-opentelemetry-operator"} <= set(helm)
    for name, app in helm.items():
        source = app["spec"]["source"]
        assert not floating(source["targetRevision"]), f"{name}: {source['targetRevision']}"
        assert app["spec"]["project"] == "lighthouse-prod-operators"
        assert "CreateNamespace=true" in app["spec"]["syncPolicy"]["syncOptions"]
    # KEDA only where it serves the custom metrics (prod), never in dev
    assert "lighthouse-dev-keda" not in applications(synthesized["dev"])


def test_can_let_argo_cd_gate_waves_on_child_health_through_its_own_install(synthesized: dict[str, Manifests]) -> None:
    argocd = applications(synthesized["prod"])["lighthouse-prod-argo-cd"]
    source = argocd["spec"]["source"]
    assert (source["repoURL"], source["path"], source["targetRevision"]) == (
        "https://github.com/argoproj/argo-cd.git", "manifests/cluster-install", "v3.5.1")
    patches = {p["target"]["name"]: json.loads(p["patch"]) for p in source["kustomize"]["patches"]}
    assert set(health.argocd_cm_entries()) <= set(patches["argocd-cm"]["data"])
    assert "resource.customizations.health.argoproj.io_Application" in patches["argocd-cm"]["data"]
    assert patches["argocd-cmd-params-cm"]["data"]["applicationsetcontroller.enable.progressive.syncs"] == "true"


# -- waves -------------------------------------------------------------------------------------


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_can_order_the_applications_as_the_graph_requires(env: str, synthesized: dict[str, Manifests]) -> None:
    m = synthesized[env]
    apps = applications(m)
    prefix = f"lighthouse-{env}-"
    waves_by_short = {name.removeprefix(prefix): wave(app) for name, app in apps.items()}
    members = members_of(m)
    assert contradictions(members, waves_by_short) == []
    w = waves_by_short
    assert w["platform"] > w["cert-manager"] and w["platform"] > w["external-secrets"]  # ClusterIssuer, ClusterSecretStore
    assert w["data"] > w["cloudnative-pg"] and w["data"] > w["platform"]  # CNPG Cluster; namespace, secrets, priority class
    # the platform isolates every namespace: pods start only once the mesh's allows exist
    assert w["bridges"] > w["mesh"] and w["data"] > w["mesh"] and w["observability"] > w["mesh"]
    projects = [o for o in m.charts()[APPS_CHART] if o["kind"] == "AppProject"]
    assert all(int(p["metadata"]["annotations"][SYNC_WAVE]) < min(w.values()) for p in projects)


def test_fails_if_two_dependent_waves_are_swapped_naming_both_objects(synthesized: dict[str, Manifests]) -> None:
    m = synthesized["prod"]
    members = members_of(m)
    assigned = waves(members)
    assigned["data"], assigned["platform"] = assigned["platform"], assigned["data"]
    problems = contradictions(members, assigned)
    assert any(p.startswith("Application data (wave") and "must sync after platform" in p
               and "Cluster lighthouse-data/lighthouse-events needs" in p for p in problems), problems


def test_fails_if_the_charts_depend_on_each_other_in_a_cycle() -> None:
    a = [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}},
         {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "b"}}]
    b = [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}},
         {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "y", "namespace": "a"}}]
    with pytest.raises(WaveError, match=r"cycle: one -> two -> one|cycle: two -> one -> two") as raised:
        waves([Member("one", a), Member("two", b)])
    assert "ConfigMap b/x needs Namespace b" in str(raised.value) and "ConfigMap a/y needs Namespace a" in str(raised.value)


def test_can_derive_needs_from_the_fields_that_name_other_objects() -> None:
    pod_spec = {"priorityClassName": "critical", "serviceAccountName": "sa",
                "containers": [{"name": "c", "envFrom": [{"secretRef": {"name": "env"}}],
                                "env": [{"name": "K", "valueFrom": {"secretKeyRef": {"name": "key", "key": "k"}}}]}],
                "volumes": [{"name": "v", "secret": {"secretName": "vol"}}, {"name": "c", "configMap": {"name": "cm"}}]}
    deployment = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": "n"},
                  "spec": {"template": {"spec": pod_spec}}}
    found = {ref for ref, _ in needs(deployment)}
    assert found == {Ref("Namespace", None, "n"), Ref("PriorityClass", None, "critical"), Ref("ServiceAccount", "n", "sa"),
                     Ref("Secret", "n", "env"), Ref("Secret", "n", "key"), Ref("Secret", "n", "vol"), Ref("ConfigMap", "n", "cm")}
    certificate = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "c", "namespace": "n"},
                   "spec": {"secretName": "tls", "issuerRef": {"kind": "ClusterIssuer", "name": "ca"}}}
    assert Ref("ClusterIssuer", None, "ca") in {r for r, _ in needs(certificate)}
    assert Ref("Secret", "n", "tls") not in {r for r, _ in needs(certificate)}  # it writes that one
    assert Ref("Secret", "n", "tls") in provides(certificate)


def test_can_order_a_secret_consumer_after_the_external_secret_that_writes_it() -> None:
    store = [{"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": "db", "namespace": "n"},
              "spec": {"target": {"name": "db-credentials"}}}]
    app = [{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api", "namespace": "n"},
            "spec": {"template": {"spec": {"containers": [{"name": "api", "envFrom": [{"secretRef": {"name": "db-credentials"}}]}]}}}}]
    found = edges([Member("secrets", store), Member("app", app)])
    assert [(e.later, e.earlier) for e in found] == [("app", "secrets")]
    assert "Deployment n/api needs Secret n/db-credentials" in found[0].reason
    assert waves([Member("secrets", store), Member("app", app)]) == {"secrets": 0, "app": 1}


# -- sync options ------------------------------------------------------------------------------


def test_can_mark_sync_options_per_object_from_what_it_is(synthesized: dict[str, Manifests]) -> None:
    m = synthesized["prod"]
    options = {(o["kind"], o["metadata"]["name"]): o["metadata"].get("annotations", {}).get(SYNC_OPTIONS, "")
               for o in m.objects}
    assert options[("Cluster", "lighthouse-events")] == "Prune=false,Delete=false,SkipDryRunOnMissingResource=true"
    assert "Prune=false,Delete=false" in options[("ObjectStore", "lighthouse-events-backups")]
    redis = next(o for o in m.all("StatefulSet") if o["spec"].get("volumeClaimTemplates"))
    assert options[("StatefulSet", redis["metadata"]["name"])] == "Prune=false,Delete=false"
    api = m.get("Deployment", "api-gateway")
    assert SYNC_OPTIONS not in api["metadata"].get("annotations", {})  # a stateless core object needs none
    assert all("SkipDryRunOnMissingResource=true" in options[(o["kind"], o["metadata"]["name"])]
               for o in m.objects if "." in o["apiVersion"].split("/")[0] and o["kind"] not in ("Application", "AppProject")
               and not o["apiVersion"].startswith(("apps/", "batch/", "policy/", "autoscaling/", "rbac.", "networking.k8s.io", "scheduling.", "storage.")))


def test_can_apply_an_object_over_the_client_side_limit_server_side() -> None:
    big = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "dashboards", "namespace": "n"},
           "data": {"d.json": "x" * CLIENT_SIDE_APPLY_LIMIT}}
    assert sync_options(big) == ["ServerSideApply=true"]
    big["data"]["d.json"] = "x" * (CLIENT_SIDE_APPLY_LIMIT // 2)
    assert sync_options(big) == []


def test_can_respect_ignored_differences_only_where_there_are_some(synthesized: dict[str, Manifests]) -> None:
    for name, app in applications(synthesized["prod"]).items():
        options = app["spec"]["syncPolicy"].get("syncOptions", [])
        assert ("RespectIgnoreDifferences=true" in options) == bool(app["spec"].get("ignoreDifferences")), name


# -- projects ----------------------------------------------------------------------------------


@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_can_limit_each_project_to_the_namespaces_and_cluster_kinds_it_deploys(env: str, synthesized: dict[str, Manifests]) -> None:
    m = synthesized[env]
    project = next(o for o in m.charts()[APPS_CHART] if o["kind"] == "AppProject" and o["metadata"]["name"] == f"lighthouse-{env}")
    destinations = {d["namespace"] for d in project["spec"]["destinations"]}
    whitelist = {(w["group"], w["kind"]) for w in project["spec"]["clusterResourceWhitelist"]}
    assert "*" not in destinations and not any("*" in g or "*" in k for g, k in whitelist)
    objects = [o for chart, objs in m.charts().items() if chart in LAYERS for o in objs]
    assert {o["metadata"]["namespace"] for o in objects if provides(o)[0].namespace} == destinations
    assert {(o["apiVersion"].rpartition("/")[0], o["kind"]) for o in objects if provides(o)[0].namespace is None} == whitelist


def test_can_keep_prod_under_manual_control_where_config_says(synthesized: dict[str, Manifests]) -> None:
    prod = applications(synthesized["prod"])
    assert "automated" not in prod["lighthouse-prod-data"]["spec"]["syncPolicy"]
    assert prod["lighthouse-prod-bridges"]["spec"]["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True}
    windows = [w for p in synthesized["prod"].charts()[APPS_CHART] if p["kind"] == "AppProject" for w in p["spec"].get("syncWindows", [])]
    assert windows and all(w["kind"] == "deny" for w in windows)
    assert {a for w in windows for a in w["applications"]} == set(prod)
    dev = applications(synthesized["dev"])
    assert all("automated" in a["spec"]["syncPolicy"] for a in dev.values())


# -- validation messages -----------------------------------------------------------------------


def props(**overrides: object) -> GitOpsProps:
    values: dict[str, object] = {"environment": "test", "repo_url": "https://git.example/repo.git", "target_revision": "main",
                                 "path": "out/test", **overrides}
    return GitOpsProps.model_validate(values)


@pytest.mark.parametrize("revision", ["HEAD", "latest", "*", "1.x", ">=1.2", "~1.2", ""])
def test_fails_if_the_target_revision_floats(revision: str) -> None:
    with pytest.raises(ValidationError, match="target_revision"):
        props(target_revision=revision)


def test_fails_if_a_release_or_a_manual_application_is_unknown() -> None:
    with pytest.raises(ValidationError, match=r"releases: unknown \['postgres-operator'\]"):
        props(releases=("postgres-operator",))
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "web")
    with pytest.raises(ValueError, match=r"manual_applications: unknown \['webb'\]; the Applications are \[.*'web'"):
        GitOps(cdk8s.Chart(app, "apps"), "GitOps", props(manual_applications=("webb",)), charts=[chart])


def gitops_app(tmp_path: Path, releases: tuple[str, ...] | None = None) -> tuple[cdk8s.App, cdk8s.Chart]:
    app = cdk8s.App(outdir=str(tmp_path))
    chart = cdk8s.Chart(app, "web")
    k8s.KubeNamespace(chart, "Ns", metadata=k8s.ObjectMeta(name="web"))
    GitOps(cdk8s.Chart(app, "apps"), "GitOps", props(releases=releases), charts=[chart])
    return app, chart


def test_fails_if_a_chart_is_in_no_application(tmp_path: Path) -> None:
    app, _ = gitops_app(tmp_path)
    stray = cdk8s.Chart(app, "stray")
    k8s.KubeConfigMap(stray, "Cm", metadata=k8s.ObjectMeta(name="c", namespace="web"))
    with pytest.raises(RuntimeError, match="chart stray holds objects but no Application deploys it"):
        app.synth()


def test_fails_if_a_custom_resource_has_no_release_installing_its_crd(tmp_path: Path) -> None:
    from lighthouse_constructs.imports.certmanager.io import cert_manager

    app, chart = gitops_app(tmp_path, releases=("external-secrets",))
    cert_manager.ClusterIssuer(chart, "Issuer", metadata=cdk8s.ApiObjectMetadata(name="ca"),
                               spec=cert_manager.ClusterIssuerSpec(self_signed=cert_manager.ClusterIssuerSpecSelfSigned()))
    with pytest.raises(RuntimeError, match=r"ClusterIssuer ca in chart web is a cert-manager.io/ClusterIssuer, whose CRD no installed release provides"):
        app.synth()


# -- the fleet ---------------------------------------------------------------------------------


def test_can_give_every_cluster_of_every_environment_and_region_its_root(tmp_path: Path) -> None:
    configs = [load_environment(n) for n in ENVIRONMENT_NAMES]
    app = build_fleet_app(configs, str(tmp_path))
    assert app is not None
    app.synth()
    objects = [d for d in load_all((tmp_path / "fleet" / "manifests.k8s.yaml").read_text()) if d]
    appset = next(o for o in objects if o["kind"] == "ApplicationSet")
    spec = appset["spec"]
    assert spec["goTemplate"] is True and spec["goTemplateOptions"] == ["missingkey=error"]
    assert spec["syncPolicy"]["preserveResourcesOnDeletion"] is True
    selector = spec["generators"][0]["clusters"]["selector"]["matchExpressions"]
    assert {e["key"]: e["values"] for e in selector} == {"environment": list(ENVIRONMENT_NAMES), "region": ["eu-west-1"]}
    assert spec["template"]["spec"]["source"]["path"] == 'dist/{{index .metadata.labels "environment"}}/apps'
    steps = spec["strategy"]["rollingSync"]["steps"]
    prod_steps = [s for s in steps if {"key": "environment", "operator": "In", "values": ["prod"]} in s["matchExpressions"]]
    assert [next(e["values"] for e in s["matchExpressions"] if e["key"] == "region") for s in prod_steps] == [list(configs[2].delivery.regions)]  # type: ignore[union-attr]
    committed = (ROOT / "dist" / "fleet" / "manifests.k8s.yaml").read_text()
    assert committed == (tmp_path / "fleet" / "manifests.k8s.yaml").read_text(), "dist/fleet is stale: run make synth"


def test_fails_if_the_cluster_version_is_outside_a_releases_range() -> None:
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "web")
    with pytest.raises(ValueError, match=r"GitOps apps/GitOps: .*cloudnative-pg.*1\.20"):
        GitOps(cdk8s.Chart(app, "apps"), "GitOps", props(cluster_version="1.20"), charts=[chart])
    GitOps(cdk8s.Chart(app, "apps2"), "GitOps", props(), charts=[chart])  # the cluster minimum is inside every range


def test_can_import_the_delivery_constructs_from_the_package_root() -> None:
    import lighthouse_constructs

    assert lighthouse_constructs.GitOps is GitOps
    assert {"GitOps", "GitOpsProps", "RootApplication", "Fleet", "FolderPerChartApp"} <= set(lighthouse_constructs.__all__)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        lighthouse_constructs.Nope  # noqa: B018
