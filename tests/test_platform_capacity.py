"""The capacity budget: what a namespace's pods add up to at min and max scale, against its quota."""

from __future__ import annotations

import tempfile
from fractions import Fraction
from typing import Any

import cdk8s
import cdk8s_plus_28 as kplus
import pytest
from cdk8s_plus_28 import k8s

from lighthouse_constructs.platform import Platform, PlatformProps
from lighthouse_constructs.platform.capacity import capacity_report
from lighthouse_constructs.platform.config import CapacityConfig, PlatformConfig

from support import Manifests

NS = "team"
MI = 2**20
GI = 2**30


def quota(cpu: str = "100", memory: str = "100Gi", pods: int = 500, namespace: str = NS) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ResourceQuota", "metadata": {"name": "compute-quota", "namespace": namespace},
            "spec": {"hard": {"requests.cpu": cpu, "requests.memory": memory, "limits.cpu": cpu,
                              "limits.memory": memory, "pods": pods}}}


def limit_range(max_cpu: str = "4", max_memory: str = "8Gi") -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "LimitRange", "metadata": {"name": "container-limits", "namespace": NS},
            "spec": {"limits": [{"type": "Container", "default": {"cpu": "500m", "memory": "512Mi"},
                                 "defaultRequest": {"cpu": "100m", "memory": "128Mi"},
                                 "max": {"cpu": max_cpu, "memory": max_memory}}]}}


def namespace(injected: bool) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "Namespace",
            "metadata": {"name": NS, "labels": {"istio-injection": "enabled" if injected else "disabled"}}}


def container(name: str = "app", cpu: str | None = "200m", memory: str | None = "256Mi",
              cpu_limit: str | None = "1", memory_limit: str | None = "512Mi", **extra: Any) -> dict[str, Any]:
    requests = {k: v for k, v in (("cpu", cpu), ("memory", memory)) if v is not None}
    limits = {k: v for k, v in (("cpu", cpu_limit), ("memory", memory_limit)) if v is not None}
    return {"name": name, "resources": {"requests": requests, "limits": limits}, **extra}


def workload(kind: str, name: str, containers: list, replicas: int | None = None, init: list | None = None,
             api_version: str = "apps/v1", annotations: dict | None = None, labels: dict | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"template": {"metadata": {"labels": labels or {}, "annotations": annotations or {}},
                                         "spec": {"containers": containers, "initContainers": init or []}}}
    if replicas is not None:
        spec["replicas"] = replicas
    return {"apiVersion": api_version, "kind": kind, "metadata": {"name": name, "namespace": NS}, "spec": spec}


def hpa(target_kind: str, target: str, low: int, high: int) -> dict[str, Any]:
    return {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": target, "namespace": NS},
            "spec": {"minReplicas": low, "maxReplicas": high,
                     "scaleTargetRef": {"apiVersion": "apps/v1", "kind": target_kind, "name": target}}}


def custom(api_version: str, kind: str, name: str, spec: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": api_version, "kind": kind, "metadata": {"name": name, "namespace": NS}, "spec": spec}


def report(*objects: dict[str, Any], injected: bool = False, settings: CapacityConfig | None = None):
    return capacity_report([namespace(injected), quota(), limit_range(), *objects], settings or CapacityConfig())


def usage(*objects: dict[str, Any], scale: str = "max", **kwargs: Any) -> dict[str, Fraction]:
    return report(*objects, **kwargs).budget(NS).totals(scale)  # type: ignore[arg-type]


# --- scale -------------------------------------------------------------------------------------


def test_can_count_a_deployment_at_its_hpa_range() -> None:
    objects = (workload("Deployment", "api", [container()], replicas=3), hpa("Deployment", "api", 2, 10))
    assert usage(*objects, scale="min")["pods"] == 2
    high = usage(*objects)
    assert (high["pods"], high["requests.cpu"], high["limits.memory"]) == (10, Fraction(2), 5 * GI)


def test_can_count_replicas_without_an_hpa_and_one_when_unset() -> None:
    assert usage(workload("StatefulSet", "db", [container()], replicas=3))["pods"] == 3
    assert usage(workload("Deployment", "web", [container()]))["pods"] == 1


def test_can_count_a_rollout_through_its_workload_ref_and_keda_range() -> None:
    deployment = workload("Deployment", "api", [container(cpu="500m", cpu_limit="1")], replicas=0)
    rollout = custom("argoproj.io/v1alpha1", "Rollout", "api", {"workloadRef": {"kind": "Deployment", "name": "api"}})
    scaled = custom("keda.sh/v1alpha1", "ScaledObject", "api",
                    {"scaleTargetRef": {"kind": "Rollout", "name": "api"}, "minReplicaCount": 1, "maxReplicaCount": 6})
    budget = report(deployment, rollout, scaled).budget(NS)
    (consumer,) = [c for c in budget.consumers if c.kind == "Rollout"]
    assert (consumer.min_pods, consumer.max_pods, consumer.scaling) == (1, 6, "KEDA 1..6")
    assert budget.totals("max")["requests.cpu"] == 3


def test_can_count_a_daemonset_once_per_assumed_node() -> None:
    settings = CapacityConfig(nodes={"min": 2, "max": 5})
    objects = (workload("DaemonSet", "agent", [container(cpu="100m")]),)
    assert usage(*objects, settings=settings, scale="min")["requests.cpu"] == Fraction(1, 5)
    assert usage(*objects, settings=settings)["requests.cpu"] == Fraction(1, 2)


def test_can_count_jobs_at_parallelism_and_not_at_minimum() -> None:
    job = custom("batch/v1", "Job", "migrate", {"parallelism": 3, "template": {"spec": {"containers": [container()]}}})
    cron = custom("batch/v1", "CronJob", "report", {"jobTemplate": {"spec": {"template": {"spec": {"containers": [container()]}}}}})
    assert usage(job, cron)["pods"] == 4
    assert usage(job, cron, scale="min")["pods"] == 0


# --- per-pod usage -----------------------------------------------------------------------------


def test_can_count_init_containers_at_their_peak_not_on_top() -> None:
    small_init = workload("Deployment", "a", [container(cpu="200m")], init=[container("init", cpu="100m")])
    big_init = workload("Deployment", "b", [container(cpu="200m")], init=[container("init", cpu="2", cpu_limit="2")])
    assert usage(small_init)["requests.cpu"] == Fraction(1, 5)
    assert usage(big_init)["requests.cpu"] == 2


def test_can_count_restartable_init_containers_alongside_the_app() -> None:
    pod = workload("Deployment", "a", [container(cpu="200m")],
                   init=[container("proxy", cpu="100m", restartPolicy="Always"), container("setup", cpu="250m")])
    # sidecar (100m) runs with the app (200m) = 300m; setup peaks at sidecar + 250m = 350m.
    assert usage(pod)["requests.cpu"] == Fraction(7, 20)


def test_can_fill_missing_resources_from_limit_range_defaults_and_the_own_limit() -> None:
    bare = workload("Deployment", "bare", [{"name": "app"}])
    limit_only = workload("Deployment", "lim", [container(cpu=None, memory=None, cpu_limit="300m", memory_limit="1Gi")])
    assert [usage(bare)[k] for k in ("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")] == [
        Fraction(1, 10), 128 * MI, Fraction(1, 2), 512 * MI]
    assert usage(limit_only)["requests.cpu"] == Fraction(3, 10)
    assert usage(limit_only)["requests.memory"] == GI


def test_can_add_the_istio_proxy_in_injected_namespaces_unless_a_pod_opts_out() -> None:
    settings = CapacityConfig(istio_proxy={"requests": {"cpu": "100m", "memory": "128Mi"},
                                           "limits": {"cpu": "500m", "memory": "256Mi"}})
    meshed = workload("Deployment", "a", [container(cpu="200m")])
    opted_out = workload("Deployment", "b", [container(cpu="200m")], labels={"sidecar.istio.io/inject": "false"})
    resized = workload("Deployment", "c", [container(cpu="200m")], annotations={"sidecar.istio.io/proxyCPU": "50m"})
    assert usage(meshed, injected=True, settings=settings)["requests.cpu"] == Fraction(3, 10)
    assert usage(opted_out, injected=True, settings=settings)["requests.cpu"] == Fraction(1, 5)
    assert usage(resized, injected=True, settings=settings)["requests.cpu"] == Fraction(1, 4)
    assert usage(meshed, injected=False, settings=settings)["requests.cpu"] == Fraction(1, 5)


# --- operator-managed pods ---------------------------------------------------------------------


def test_can_count_cnpg_instances_with_the_barman_cloud_sidecar() -> None:
    resources = {"requests": {"cpu": "1", "memory": "2Gi"}, "limits": {"cpu": "2", "memory": "4Gi"}}
    cluster = custom("postgresql.cnpg.io/v1", "Cluster", "pg", {
        "instances": 3, "resources": resources,
        "plugins": [{"name": "barman-cloud.cloudnative-pg.io", "parameters": {"barmanObjectName": "backups"}}],
    })
    store = custom("barmancloud.cnpg.io/v1", "ObjectStore", "backups", {"instanceSidecarConfiguration": {
        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "200m", "memory": "256Mi"}}}})
    totals = usage(cluster, store)
    assert (totals["pods"], totals["requests.cpu"], totals["limits.memory"]) == (3, Fraction(33, 10), 3 * (4 * GI + 256 * MI))


def test_can_count_pooler_instances_with_defaults_for_an_unsized_pgbouncer() -> None:
    sized = custom("postgresql.cnpg.io/v1", "Pooler", "rw", {"instances": 2, "template": {"spec": {
        "containers": [container("pgbouncer", cpu="250m", cpu_limit="500m")]}}})
    unsized = custom("postgresql.cnpg.io/v1", "Pooler", "ro", {"instances": 3, "template": {"spec": {"containers": []}}})
    assert usage(sized)["requests.cpu"] == Fraction(1, 2)
    assert usage(unsized)["requests.cpu"] == Fraction(3, 10)  # LimitRange defaultRequest 100m x 3


def test_can_count_prometheus_and_alertmanager_replicas_with_config_reloaders() -> None:
    resources = {"requests": {"cpu": "1", "memory": "4Gi"}, "limits": {"cpu": "2", "memory": "8Gi"}}
    prometheus = custom("monitoring.coreos.com/v1", "Prometheus", "k8s", {"replicas": 2, "shards": 2, "resources": resources})
    alertmanager = custom("monitoring.coreos.com/v1", "Alertmanager", "main", {"replicas": 3, "resources": {
        "requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"cpu": "200m", "memory": "256Mi"}}})
    budget = report(prometheus, alertmanager).budget(NS)
    by_kind = {c.kind: c for c in budget.consumers}
    assert (by_kind["Prometheus"].max_pods, by_kind["Prometheus"].per_pod["requests.cpu"]) == (4, Fraction(101, 100))
    assert by_kind["Alertmanager"].per_pod["requests.memory"] == 306 * MI  # 256Mi + reloader 50Mi
    assert budget.totals("max")["pods"] == 7


def test_can_count_an_otel_collector_daemonset_and_autoscaled_deployment() -> None:
    settings = CapacityConfig(nodes={"min": 3, "max": 4})
    agent = custom("opentelemetry.io/v1beta1", "OpenTelemetryCollector", "agent", {"mode": "daemonset", "resources": {}})
    gateway = custom("opentelemetry.io/v1beta1", "OpenTelemetryCollector", "gw",
                     {"autoscaler": {"minReplicas": 2, "maxReplicas": 5}, "resources": {}})
    sidecar = custom("opentelemetry.io/v1beta1", "OpenTelemetryCollector", "sc", {"mode": "sidecar"})
    assert usage(agent, gateway, sidecar, settings=settings)["pods"] == 9
    assert usage(agent, gateway, sidecar, settings=settings, scale="min")["pods"] == 5


# --- errors ------------------------------------------------------------------------------------


def test_fails_if_a_container_limit_exceeds_the_limit_range_max() -> None:
    big = workload("Deployment", "big", [container(cpu="1", cpu_limit="6")])
    assert report(big).errors() == [
        "Deployment team/big container app: limits.cpu 6 exceeds the LimitRange max 4; allowed: at most 4"
    ]


def test_fails_if_a_request_is_above_the_defaulted_limit() -> None:
    odd = workload("Deployment", "odd", [container(cpu="800m", cpu_limit=None)])
    assert report(odd).errors() == [
        "Deployment team/odd container app: requests.cpu 800m is above its limit 500m (after LimitRange "
        "defaults); allowed: request <= limit"
    ]


def test_fails_if_a_container_sets_no_limit_and_no_limit_range_gives_one() -> None:
    bare = workload("Deployment", "bare", [container(cpu_limit=None)])
    result = capacity_report([namespace(False), quota(), bare], CapacityConfig())
    assert result.errors() == [
        "Deployment team/bare container app: sets no limits.cpu and the namespace has no LimitRange default for "
        "it; the ResourceQuota rejects such pods (set them, or add a LimitRange default)"
    ]


def _tiny_bridge_settings() -> PlatformConfig:
    return PlatformConfig.model_validate({"tiers": {"bridge": {
        "quota": {"requests": {"cpu": "1", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "2Gi"}, "pods": 10},
        "limit_range": {"default_request": {"cpu": "100m", "memory": "128Mi"},
                        "default_limit": {"cpu": "500m", "memory": "512Mi"},
                        "max": {"cpu": "1", "memory": "1Gi"}}}}})


def _deployment(chart: cdk8s.Chart, name: str, millis: int, replicas: int) -> None:
    kplus.Deployment(
        chart, name, metadata=cdk8s.ApiObjectMetadata(name=name, namespace="lighthouse-bridge"), replicas=replicas,
        containers=[kplus.ContainerProps(
            image="registry.example.com/app:1", port_number=8080,
            resources=kplus.ContainerResources(
                cpu=kplus.CpuResources(request=kplus.Cpu.millis(millis), limit=kplus.Cpu.millis(millis)),
                memory=kplus.MemoryResources(request=cdk8s.Size.mebibytes(128), limit=cdk8s.Size.mebibytes(256))),
        )],
    )


def test_fails_to_synthesize_when_a_namespace_is_over_budget() -> None:
    app = cdk8s.App(outdir=tempfile.mkdtemp())
    chart = cdk8s.Chart(app, "lighthouse", disable_resource_name_hashes=True)
    platform = Platform(chart, "Platform", PlatformProps(environment="dev", name="lighthouse", settings=_tiny_bridge_settings()))
    for name, millis, replicas in (("api", 200, 2), ("worker", 300, 1), ("web", 100, 1), ("tiny", 50, 1)):
        _deployment(chart, name, millis, replicas)
    k8s.KubeHorizontalPodAutoscalerV2(
        chart, "Hpa", metadata=k8s.ObjectMeta(name="api", namespace=platform.bridge_namespace.name),
        spec=k8s.HorizontalPodAutoscalerSpecV2(
            min_replicas=2, max_replicas=4,
            scale_target_ref=k8s.CrossVersionObjectReferenceV2(api_version="apps/v1", kind="Deployment", name="api")),
    )
    with pytest.raises(RuntimeError) as err:
        app.synth()
    # istio-proxy (dev default: 100m/128Mi requests, 500m/256Mi limits) is on every bridge pod.
    assert str(err.value) == (
        "Error: Validation failed with the following errors:\n"
        "  [lighthouse/Platform] namespace lighthouse-bridge does not fit its ResourceQuota compute-quota at "
        "maximum scale: requests.cpu 1950m > 1, requests.memory 1.75Gi > 1Gi, limits.cpu 4750m > 2, "
        "limits.memory 3.5Gi > 2Gi\n"
        "  totals at maximum scale: requests.cpu=1950m requests.memory=1.75Gi limits.cpu=4750m "
        "limits.memory=3.5Gi pods=7\n"
        "  quota compute-quota: requests.cpu=1 requests.memory=1Gi limits.cpu=2 limits.memory=2Gi pods=10\n"
        "  three biggest consumers of requests.cpu: Deployment/api 1200m (4 x 300m; HPA 2..4, with istio-proxy); "
        "Deployment/worker 400m (1 x 400m; replicas 1, with istio-proxy); "
        "Deployment/web 200m (1 x 200m; replicas 1, with istio-proxy)"
    )


def test_can_synthesize_when_everything_fits() -> None:
    app = cdk8s.App(outdir=tempfile.mkdtemp())
    chart = cdk8s.Chart(app, "lighthouse", disable_resource_name_hashes=True)
    platform = Platform(chart, "Platform", PlatformProps(environment="dev", name="lighthouse", settings=_tiny_bridge_settings()))
    _deployment(chart, "api", 200, 2)
    app.synth()
    assert platform.capacity_report().budget("lighthouse-bridge").totals("max")["pods"] == 2


def test_committed_environments_fit_their_budgets(env_manifests: Manifests) -> None:
    from lighthouse_constructs.environments import load_environment

    result = capacity_report(env_manifests.objects, load_environment(env_manifests.env).platform.capacity)
    assert result.errors() == []
    assert {b.namespace for b in result.budgets} == {
        "lighthouse-bridge", "lighthouse-data", "lighthouse-fuse", "lighthouse-observability", "lighthouse-log-agent"}


def test_can_print_the_report_table(capsys: pytest.CaptureFixture[str]) -> None:
    import runpy

    from support import ROOT

    module = runpy.run_path(str(ROOT / "scripts" / "capacity_report.py"))
    assert module["main"](["dev"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("== dev: DaemonSets counted on 2..3 nodes")
    assert lines[1].split() == ["namespace", "resource", "min", "scale", "max", "scale", "quota", "max/quota"]
    rows = {(r.split()[0], r.split()[1]): r.split()[2:] for r in lines[2:] if r.strip()}
    assert rows[("lighthouse-bridge", "requests.cpu")][2] == "4"
    assert rows[("lighthouse-fuse", "limits.memory")][2] == "8Gi"
    assert len(rows) == 5 * 5  # five namespaces, five quantities each
