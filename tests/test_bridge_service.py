"""BridgeService: production defaults, validation messages, HPA/PDB/spread rules, wiring."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cdk8s
import pytest
import yaml
from pydantic import ValidationError

from lighthouse_constructs.bridge_service import (
    Autoscaling,
    BridgeService,
    BridgeServiceProps,
    CustomMetric,
    Exposure,
    Resources,
)
from lighthouse_constructs.conventions import MONITORING_LABEL
from lighthouse_constructs.environments import ConfigError, parse_environment
from lighthouse_constructs.graph import DependencyGraph, Endpoint, Workload
from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.keda_autoscaling import KedaAutoscaling
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps

from support import ROOT, Manifests

DIGEST = "sha256:" + "ab" * 32
IMAGE = f"ghcr.io/lighthouse/api:1.0@{DIGEST}"


@dataclass(frozen=True)
class Priority:
    name: str = "bridge-high"


@dataclass(frozen=True)
class Issuer:
    issuer_name: str = "public-acme"
    issuer_kind: str = "ClusterIssuer"


PROMETHEUS = Workload(name="prometheus", namespace="lighthouse-observability", service_account="prometheus",
                      pod_labels=(("app.kubernetes.io/name", "prometheus"),))
PROMETHEUS_URL = "http://prometheus.lighthouse-observability.svc.cluster.local:9090"


def build(keda: bool = False, **overrides: Any) -> tuple[Any, dict[str, list[dict]], BridgeService]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name="lighthouse-bridge"))
    wiring = {k: overrides.pop(k) for k in ("secret_env", "tls_issuer") if k in overrides}
    if keda:
        adapter = KedaAutoscaling(chart, "Keda", prometheus_url=PROMETHEUS_URL)
        adapter.allow_queries_to(PROMETHEUS)
        wiring["custom_metrics"] = adapter
    service = BridgeService(
        chart, "Api", BridgeServiceProps(name="api", image=IMAGE, **overrides),
        namespace=namespace, priority_class=Priority(), **wiring,
    )
    return chart, by_kind(chart), service


def by_kind(chart: Any) -> dict[str, list[dict]]:
    objects: dict[str, list[dict]] = {}
    for obj in cdk8s.Testing.synth(chart):
        objects.setdefault(obj["kind"], []).append(obj)
    return objects


def pod_spec(objects: dict[str, list[dict]], index: int = 0) -> dict:
    return objects["Deployment"][index]["spec"]["template"]["spec"]


def props_error(**kwargs: Any) -> str:
    with pytest.raises(ValidationError) as err:
        BridgeServiceProps(**{"name": "api", "image": IMAGE, **kwargs})
    return str(err.value)


# -- defaults -------------------------------------------------------------------------------


def test_can_synthesize_a_restricted_deployment_by_default() -> None:
    _, objects, _ = build()
    spec = pod_spec(objects)
    container = spec["containers"][0]
    ctx = container["securityContext"]
    assert ctx["runAsNonRoot"] is True and ctx["runAsUser"] >= 10000
    assert ctx["readOnlyRootFilesystem"] is True
    assert ctx["allowPrivilegeEscalation"] is False
    assert ctx["capabilities"] == {"drop": ["ALL"]}
    assert ctx["seccompProfile"] == {"type": "RuntimeDefault"}
    assert spec["automountServiceAccountToken"] is False
    assert spec["serviceAccountName"] == "api"
    assert objects["ServiceAccount"][0]["automountServiceAccountToken"] is False
    assert {"name": "writable-tmp", "emptyDir": {"sizeLimit": "64Mi"}} in spec["volumes"]
    assert container["volumeMounts"] == [{"mountPath": "/tmp", "name": "writable-tmp"}]


def test_can_set_requests_limits_and_three_distinct_probes() -> None:
    _, objects, _ = build(resources=Resources(cpu_request="250m", cpu_limit="2", memory_request="256Mi", memory_limit="1Gi"))
    container = pod_spec(objects)["containers"][0]
    assert container["resources"] == {
        "requests": {"cpu": "250m", "memory": "256Mi"},
        "limits": {"cpu": "2000m", "memory": "1024Mi"},
    }
    paths = {p: container[p]["httpGet"]["path"] for p in ("startupProbe", "readinessProbe", "livenessProbe")}
    assert paths == {"startupProbe": "/healthz/startup", "readinessProbe": "/healthz/ready", "livenessProbe": "/healthz/live"}
    assert container["startupProbe"]["failureThreshold"] * container["startupProbe"]["periodSeconds"] == 60


def test_can_shut_down_gracefully_and_roll_without_unavailability() -> None:
    _, objects, _ = build(pre_stop_delay_seconds=10, termination_grace_period_seconds=45)
    deployment = objects["Deployment"][0]
    spec = deployment["spec"]["template"]["spec"]
    assert spec["containers"][0]["lifecycle"]["preStop"]["exec"]["command"] == ["sleep", "10"]
    assert spec["terminationGracePeriodSeconds"] == 45
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    assert spec["priorityClassName"] == "bridge-high"


def test_can_expose_named_ports_on_a_cluster_ip_service() -> None:
    _, objects, service = build(grpc_port=9000)
    svc = objects["Service"][0]
    assert svc["spec"]["type"] == "ClusterIP"
    assert [(p["name"], p["port"]) for p in svc["spec"]["ports"]] == [("http", 8080), ("grpc", 9000), ("metrics", 9090)]
    assert svc["spec"]["selector"] == objects["Deployment"][0]["spec"]["selector"]["matchLabels"]
    assert service.host == "api.lighthouse-bridge.svc.cluster.local" and service.port == 8080


def test_can_spread_over_zones_and_hosts() -> None:
    _, objects, _ = build()
    constraints = pod_spec(objects)["topologySpreadConstraints"]
    assert [c["topologyKey"] for c in constraints] == ["topology.kubernetes.io/zone", "kubernetes.io/hostname"]
    assert all(c["maxSkew"] == 1 and c["whenUnsatisfiable"] == "DoNotSchedule" for c in constraints)
    # a cordoned node is no domain: else a drain leaves the evicted pods Pending (tests/cluster)
    assert all(c["nodeTaintsPolicy"] == "Honor" for c in constraints)
    selector = objects["Deployment"][0]["spec"]["selector"]["matchLabels"]
    assert all(c["labelSelector"]["matchLabels"] == selector for c in constraints)


def test_can_roll_pods_when_config_changes() -> None:
    _, first, _ = build(config={"LOG_LEVEL": "info"})
    _, second, _ = build(config={"LOG_LEVEL": "debug"})
    annotation = lambda o: o["Deployment"][0]["spec"]["template"]["metadata"]["annotations"]["checksum/config"]  # noqa: E731
    assert annotation(first) != annotation(second)
    assert first["ConfigMap"][0]["data"] == {"LOG_LEVEL": "info"}
    assert pod_spec(first)["containers"][0]["envFrom"] == [{"configMapRef": {"name": "api-config"}}]


def test_can_default_the_pdb_to_one_below_replicas() -> None:
    _, objects, _ = build(replicas=3)
    pdb = objects["PodDisruptionBudget"][0]["spec"]
    assert pdb["minAvailable"] == 2
    assert objects["Deployment"][0]["spec"]["replicas"] == 3


def test_can_autoscale_on_cpu_with_explicit_behavior() -> None:
    _, objects, _ = build(replicas=3, autoscaling=Autoscaling(max_replicas=9))
    hpa = objects["HorizontalPodAutoscaler"][0]["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (3, 9)
    assert hpa["metrics"] == [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}]
    assert hpa["behavior"]["scaleDown"]["stabilizationWindowSeconds"] == 300
    assert hpa["behavior"]["scaleUp"]["stabilizationWindowSeconds"] == 0
    assert "replicas" not in objects["Deployment"][0]["spec"], "the HPA owns the replica count"


def test_can_scale_on_a_custom_metric_through_a_keda_scaled_object_instead_of_an_hpa() -> None:
    autoscaling = Autoscaling(max_replicas=9, target_cpu_utilization=65, scale_down_stabilization_seconds=600,
                              custom_metric=CustomMetric(name="queue_depth", target_average_value="500m"))
    chart, objects, service = build(keda=True, replicas=3, autoscaling=autoscaling)
    assert "HorizontalPodAutoscaler" not in objects and service.hpa is None, "KEDA owns the HPA (keda-hpa-api)"
    (scaled,) = objects["ScaledObject"]
    assert scaled["apiVersion"] == "keda.sh/v1alpha1" and scaled["metadata"]["name"] == "api"
    spec = scaled["spec"]
    assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "api"}
    assert (spec["minReplicaCount"], spec["maxReplicaCount"]) == (3, 9)
    cpu, prom = spec["triggers"]
    assert cpu == {"type": "cpu", "metricType": "Utilization", "metadata": {"value": "65"}}
    assert prom["type"] == "prometheus" and prom["metricType"] == "AverageValue"
    assert prom["metadata"] == {
        "serverAddress": PROMETHEUS_URL, "query": 'sum(queue_depth{namespace="lighthouse-bridge", service="api"})',
        "threshold": "0.5", "ignoreNullValues": "false",
    }
    # The same behaviour the bridge's own HPA would have.
    _, cpu_only, _ = build(replicas=3, autoscaling=autoscaling.model_copy(update={"custom_metric": None}))
    hpa = cpu_only["HorizontalPodAutoscaler"][0]["spec"]
    assert spec["advanced"]["horizontalPodAutoscalerConfig"] == {"behavior": hpa["behavior"]}
    assert "replicas" not in objects["Deployment"][0]["spec"]
    flows = [(d.source.key, d.target.key, d.port) for d in DependencyGraph.of(chart).dependencies]
    assert ("keda/keda-operator", "lighthouse-observability/prometheus", 9090) in flows, "KEDA's operator runs the query"


def test_fails_if_a_custom_metric_has_no_adapter() -> None:
    with pytest.raises(ValueError) as err:
        build(replicas=3, autoscaling=Autoscaling(max_replicas=9, custom_metric=CustomMetric(name="queue_depth", target_average_value="100")))
    assert str(err.value) == (
        "bridge api: autoscaling.custom_metric 'queue_depth' needs a custom-metrics adapter and none is wired "
        "(custom_metrics=None), so no HPA could ever read it; allowed: wire one (custom_metrics=KedaAutoscaling(...)), "
        "or no custom_metric (CPU only)"
    )


def test_fails_if_keda_scales_a_bridge_but_may_not_query_prometheus() -> None:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name="lighthouse-bridge"))
    adapter = KedaAutoscaling(chart, "Keda", prometheus_url=PROMETHEUS_URL)
    BridgeService(chart, "Api", BridgeServiceProps(
        name="api", image=IMAGE, replicas=3,
        autoscaling=Autoscaling(max_replicas=9, custom_metric=CustomMetric(name="queue_depth", target_average_value="100"))),
        namespace=namespace, priority_class=Priority(), custom_metrics=adapter)
    with pytest.raises(Exception, match="KedaAutoscaling scales lighthouse-bridge/api on Prometheus .* but no flow keda-operator -> Prometheus"):
        cdk8s.Testing.synth(chart)


def test_fails_if_the_custom_metric_is_not_a_prometheus_metric_name() -> None:
    with pytest.raises(ValueError, match="autoscaling.custom_metric.name 'queue-depth' is not a Prometheus metric name"):
        build(keda=True, replicas=3, autoscaling=Autoscaling(
            max_replicas=9, custom_metric=CustomMetric(name="queue-depth", target_average_value="100")))


def test_can_emit_a_service_monitor_the_stack_selects() -> None:
    _, objects, _ = build()
    monitor = objects["ServiceMonitor"][0]
    assert MONITORING_LABEL.items() <= monitor["metadata"]["labels"].items()
    assert monitor["spec"]["endpoints"] == [{"interval": "15s", "path": "/metrics", "port": "metrics"}]


def test_can_read_secrets_through_handles() -> None:
    secret = SecretRef("api-secrets", "lighthouse-bridge", ("token",))
    _, objects, _ = build(secret_env={"API_TOKEN": secret.key("token")})
    spec = pod_spec(objects)
    container = spec["containers"][0]
    assert {"name": "API_TOKEN_FILE", "value": "/var/run/secrets/app/api-secrets/token"} in container["env"]
    assert not any("valueFrom" in e for e in container["env"]), "secrets never sit in env vars"
    assert {"mountPath": "/var/run/secrets/app/api-secrets", "name": "secret-api-secrets", "readOnly": True} in container["volumeMounts"]
    volume = next(v for v in spec["volumes"] if v["name"] == "secret-api-secrets")
    assert volume["secret"]["secretName"] == "api-secrets"


def test_fails_if_a_secret_key_is_not_declared() -> None:
    secret = SecretRef("api-secrets", "lighthouse-bridge", ("token",))
    with pytest.raises(ValueError, match="secret lighthouse-bridge/api-secrets has no key 'password'; declared keys: token"):
        secret.key("password")


def test_fails_if_a_secret_is_in_another_namespace() -> None:
    secret = SecretRef("db", "lighthouse-data", ("password",))
    with pytest.raises(ValueError, match="secret lighthouse-data/db is in another namespace than the pods"):
        build(secret_env={"DB_PASSWORD": secret.key("password")})


def test_can_connect_to_another_bridge_and_record_the_dependency() -> None:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name="lighthouse-bridge"))
    api = BridgeService(chart, "Api", BridgeServiceProps(name="api", image=IMAGE), namespace=namespace, priority_class=Priority())
    events = BridgeService(
        chart, "Events", BridgeServiceProps(name="events", image=IMAGE, grpc_port=9000), namespace=namespace, priority_class=Priority()
    )
    api.connect_to(events, env_prefix="EVENTS", methods=("POST",), paths=("/v1/events",))
    env = {e["name"]: e.get("value") for e in by_kind(chart)["Deployment"][0]["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env == {
        "EVENTS_HOST": "events.lighthouse-bridge.svc.cluster.local",
        "EVENTS_PORT": "8080",
        "EVENTS_URL": "http://events.lighthouse-bridge.svc.cluster.local:8080",
        "EVENTS_GRPC_PORT": "9000",
    }
    deps = DependencyGraph.of(chart).dependencies
    assert [(d.source.name, d.target.name, d.port, d.protocol, d.methods, d.paths) for d in deps] == [
        ("api", "events", 8080, "http", ("POST",), ("/v1/events",)),
        ("api", "events", 9000, "grpc", (), ()),
    ]
    assert deps[0].source.principal == "cluster.local/ns/lighthouse-bridge/sa/api"
    with pytest.raises(ValueError, match="env var EVENTS_HOST is already set; pick another env_prefix than 'EVENTS'"):
        api.connect_to(events, env_prefix="EVENTS")


COLLECTOR = Workload("traces-collector", "obs", "traces-collector", (("app", "collector"),))


@dataclass(frozen=True)
class TraceSink:
    """Stands in for ObservabilityStack: one Instrumentation, a collector on 4317/4318."""

    collector: Workload = COLLECTOR

    def instrumentation_for(self, language: str) -> str:
        return "obs/auto-instrumentation"

    @property
    def trace_endpoints(self) -> tuple[Endpoint, ...]:
        return (Endpoint(self.collector, 4317, "grpc"), Endpoint(self.collector, 4318, "http"))


def test_can_inject_auto_instrumentation_and_declare_the_trace_flows() -> None:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name="lighthouse-bridge"))
    api = BridgeService(chart, "Api", BridgeServiceProps(name="api", image=IMAGE, instrumentation="nodejs"),
                        namespace=namespace, priority_class=Priority())
    api.send_traces_to(TraceSink())
    annotations = by_kind(chart)["Deployment"][0]["spec"]["template"]["metadata"]["annotations"]
    assert annotations["instrumentation.opentelemetry.io/inject-nodejs"] == "obs/auto-instrumentation"
    assert annotations["instrumentation.opentelemetry.io/nodejs-container-names"] == "app"
    flows = {(d.source.name, d.target.key, d.port, d.protocol) for d in DependencyGraph.of(api).dependencies}
    assert flows == {("api", "obs/traces-collector", 4317, "grpc"), ("api", "obs/traces-collector", 4318, "http")}


def test_can_leave_a_bridge_uninstrumented_by_default() -> None:
    _, objects, _ = build()
    annotations = objects["Deployment"][0]["spec"]["template"]["metadata"].get("annotations", {})
    assert not [k for k in annotations if k.startswith("instrumentation.opentelemetry.io/")]


def test_fails_if_an_instrumentation_language_is_never_wired() -> None:
    with pytest.raises(Exception, match=r"bridge api: instrumentation='python' is set but send_traces_to\(<ObservabilityStack>\) "
                                        r"was never called, so no SDK is injected"):
        build(instrumentation="python")


def test_fails_if_traces_are_sent_without_a_language() -> None:
    _, _, api = build()
    with pytest.raises(ValueError, match=r"^bridge api: send_traces_to needs the `instrumentation` prop"):
        api.send_traces_to(TraceSink())


def test_fails_if_the_instrumentation_needs_a_privileged_sidecar() -> None:
    with pytest.raises(ValidationError, match=r"instrumentation 'go': the operator injects a privileged eBPF sidecar"):
        BridgeServiceProps(name="api", image=IMAGE, instrumentation="go")


def test_can_expose_through_istio_with_a_rotating_certificate() -> None:
    _, objects, _ = build(exposure=Exposure(host="api.example.com"), tls_issuer=Issuer())
    cert = objects["Certificate"][0]
    assert cert["metadata"]["namespace"] == "istio-ingress"
    assert cert["spec"]["privateKey"]["rotationPolicy"] == "Always"
    assert cert["spec"]["issuerRef"] == {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": "public-acme"}
    gateway = objects["Gateway"][0]["spec"]["servers"][0]
    assert gateway["tls"] == {"credentialName": cert["spec"]["secretName"], "mode": "SIMPLE"}
    vs = objects["VirtualService"][0]["spec"]
    assert vs["gateways"] == ["istio-ingress/api"] and vs["hosts"] == ["api.example.com"]


def test_can_expose_through_an_nginx_ingress() -> None:
    _, objects, _ = build(exposure=Exposure(host="api.example.com", via="ingress"), tls_issuer=Issuer())
    ingress = objects["Ingress"][0]
    assert ingress["spec"]["ingressClassName"] == "nginx"
    assert ingress["metadata"]["annotations"]["cert-manager.io/cluster-issuer"] == "public-acme"
    assert ingress["spec"]["tls"] == [{"hosts": ["api.example.com"], "secretName": "api-tls"}]


def test_fails_if_exposed_without_an_issuer() -> None:
    with pytest.raises(ValueError, match="bridge api: exposure on api.example.com needs a tls_issuer"):
        build(exposure=Exposure(host="api.example.com"))


# -- validation -----------------------------------------------------------------------------


def test_fails_if_the_image_is_missing() -> None:
    with pytest.raises(ValidationError, match="image\n  Field required"):
        BridgeServiceProps(name="api")  # type: ignore[call-arg]


def test_fails_if_the_image_has_no_digest_where_one_is_required() -> None:
    assert "image 'ghcr.io/x/api:1.0' is not pinned by digest; staging and prod require <repository>:<tag>@sha256:<64 hex digits>" in props_error(
        image="ghcr.io/x/api:1.0"
    )


def test_can_use_a_tag_when_digests_are_not_required() -> None:
    assert BridgeServiceProps(name="api", image="ghcr.io/x/api:1.0", require_image_digest=False).image == "ghcr.io/x/api:1.0"


@pytest.mark.parametrize("image", ["ghcr.io/x/api", "ghcr.io/x/api:latest"])
def test_fails_if_the_image_has_no_tag_or_latest(image: str) -> None:
    with pytest.raises(ValidationError, match=f"image '{image}' needs an explicit tag other than latest, or a digest"):
        BridgeServiceProps(name="api", image=image, require_image_digest=False)


def test_fails_if_replicas_is_negative() -> None:
    assert "replicas\n  Input should be greater than or equal to 1" in props_error(replicas=-1)


def test_fails_if_the_pdb_would_block_every_eviction() -> None:
    assert "pdb_min_available=3 must be < replicas=3, otherwise no pod can ever be evicted" in props_error(
        replicas=3, pdb_min_available=3
    )


def test_fails_if_hpa_min_replicas_is_not_above_the_pdb() -> None:
    message = props_error(replicas=3, pdb_min_available=2, autoscaling=Autoscaling(min_replicas=2, max_replicas=6))
    assert "autoscaling.min_replicas=2 must be >= pdb_min_available + 1 = 3" in message


def test_fails_if_hpa_max_is_below_min() -> None:
    assert "autoscaling.max_replicas=2 is below min_replicas=3" in props_error(replicas=3, autoscaling=Autoscaling(max_replicas=2))


def test_fails_if_grace_period_does_not_cover_pre_stop() -> None:
    assert "termination_grace_period_seconds=10 must be >= pre_stop_delay_seconds + 5 = 15" in props_error(
        pre_stop_delay_seconds=10, termination_grace_period_seconds=10
    )


def test_fails_if_ports_collide() -> None:
    assert "http_port, grpc_port and metrics_port must differ; got [8080, 9090, 9090]" in props_error(grpc_port=9090)


def test_fails_if_a_request_exceeds_its_limit() -> None:
    with pytest.raises(ValidationError, match="cpu_request '2' exceeds cpu_limit '1'"):
        Resources(cpu_request="2", cpu_limit="1")


def test_fails_if_a_quantity_is_malformed() -> None:
    with pytest.raises(ValidationError, match="'lots' is not a Kubernetes quantity"):
        Resources(memory_limit="lots")


def test_fails_if_config_keys_are_not_env_names() -> None:
    assert "config keys must be environment variable names" in props_error(config={"log-level": "info"})


def test_fails_if_a_writable_path_is_relative() -> None:
    assert "writable_paths must be absolute; got ['tmp']" in props_error(writable_paths=("tmp",))


def test_fails_if_the_name_is_not_a_dns_label() -> None:
    assert "String should match pattern" in props_error(name="API_Gateway")


def test_fails_if_a_prop_is_misspelled() -> None:
    assert "replica\n  Extra inputs are not permitted" in props_error(replica=3)


@dataclass(frozen=True)
class VersionedSecret:
    """A handle that announces revisions, like the platform's ExternalSecretHandle."""

    secret_name: str
    namespace: str
    keys: tuple[str, ...]
    revision: str

    def key(self, key: str):  # type: ignore[no-untyped-def]
        from lighthouse_constructs.secrets import secret_key

        return secret_key(self, key)


def test_can_roll_pods_when_a_secret_revision_changes() -> None:
    def annotation(revision: str) -> str:
        secret = VersionedSecret("api-secrets", "lighthouse-bridge", ("token",), revision)
        _, objects, _ = build(secret_env={"API_TOKEN": secret.key("token")})
        return objects["Deployment"][0]["spec"]["template"]["metadata"]["annotations"]["lighthouse.io/secret-revision"]

    assert annotation("1") != annotation("2")
    _, objects, _ = build(secret_env={"API_TOKEN": SecretRef("s", "lighthouse-bridge", ("token",)).key("token")})
    assert "lighthouse.io/secret-revision" not in objects["Deployment"][0]["spec"]["template"]["metadata"]["annotations"]


# -- config and the environment charts -------------------------------------------------------


def test_fails_if_a_config_bridge_scales_on_a_custom_metric_without_an_adapter() -> None:
    data = yaml.safe_load((ROOT / "config" / "staging.yaml").read_text())
    del data["custom_metrics_adapter"]
    with pytest.raises(ConfigError, match=(
        r"staging.yaml: invalid configuration:\n  <top level>: Value error, bridges.1.autoscaling.custom_metric: "
        r"bridge 'event-processor' scales on 'lighthouse_event_queue_depth' but custom_metrics_adapter is not set, "
        r"so no HPA could read it; allowed: custom_metrics_adapter: keda, or no custom_metric")):
        parse_environment(data, "staging.yaml")


def test_charts_scale_the_event_processor_through_keda_and_let_its_operator_query_prometheus(env_manifests: Manifests) -> None:
    scaled = {o["metadata"]["name"]: o for o in env_manifests.all("ScaledObject", "lighthouse-bridge")}
    hpas = {o["spec"]["scaleTargetRef"]["name"] for o in env_manifests.all("HorizontalPodAutoscaler", "lighthouse-bridge")}
    if env_manifests.env == "dev":  # no custom metric, no adapter
        assert scaled == {}
        return
    assert set(scaled) == {"event-processor"} and "event-processor" not in hpas, "KEDA's HPA only"
    trigger = scaled["event-processor"]["spec"]["triggers"][1]["metadata"]
    assert trigger["serverAddress"] == "http://prometheus.lighthouse-observability.svc.cluster.local:9090"
    policy = env_manifests.get("NetworkPolicy", "allow-prometheus", "lighthouse-observability")
    sources = [(f.get("namespaceSelector", {}).get("matchLabels"), f.get("podSelector", {}).get("matchLabels"), r["ports"])
               for r in policy["spec"]["ingress"] for f in r.get("from", [])]
    assert ({"kubernetes.io/metadata.name": "keda"}, {"app": "keda-operator"}, [{"port": 9090, "protocol": "TCP"}]) in sources
    authz = env_manifests.get("AuthorizationPolicy", "allow-prometheus", "lighthouse-observability")
    principals = [p for r in authz["spec"]["rules"] for f in r.get("from", []) for p in f["source"].get("principals", [])]
    assert "cluster.local/ns/keda/sa/keda-operator" in principals
