"""ObservabilityStack unit tests on Testing.chart(): defaults, wiring, and every validation message."""

from __future__ import annotations

import json

import pytest
import yaml
from pydantic import ValidationError

from lighthouse_constructs.conventions import MONITORING_LABEL, RESTRICTED_RUN_AS_USER
from lighthouse_constructs.graph import DependencyGraph
from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.observability import (
    AlertmanagerSettings,
    AlertRouting,
    Images,
    ObservabilityStackProps,
    PagerDutyNotifier,
    PrometheusSettings,
    Resources,
    SlackNotifier,
    WebhookNotifier,
    dashboards,
    rules,
)
from lighthouse_constructs.observability.config import AlertingConfig, NotifierConfig
from lighthouse_constructs.slo import IngressGateway, ServiceLevelObjective

from observability_fixtures import (
    AGENT_NS,
    FULL,
    NS,
    RECEIVERS,
    RUNBOOKS,
    FakeBridge,
    build,
    full,
    one,
    synth,
)

ROUTED = full(alertmanager=AlertmanagerSettings(routing=AlertRouting(
    critical=(PagerDutyNotifier(routing_key=RECEIVERS.key("pd-key")),
              SlackNotifier(api_url=RECEIVERS.key("slack-url"), channel="#pages")),
    warning=(WebhookNotifier(url="https://hooks.example.com/alerts", bearer_token=RECEIVERS.key("hook-token")),),
)))


@pytest.fixture(scope="module")
def default_objects() -> list[dict]:
    _, chart = build()
    return synth(chart)


@pytest.fixture(scope="module")
def routed():
    stack, chart = build(ROUTED, slo_sources=[FakeBridge(), FakeBridge("event-processor")])
    return stack, synth(chart)


def pod_spec(obj: dict) -> dict:
    return obj["spec"]["template"]["spec"]


# --- Prometheus -------------------------------------------------------------------------------

def test_can_select_everything_the_library_emits_by_the_one_label_in_the_governed_namespaces(routed) -> None:
    """Its own namespace, the log agent's and the SLO sources' (bridge): never another team's."""
    _, objects = routed
    spec = one(objects, "Prometheus", "obs")["spec"]
    for kind in ("serviceMonitor", "podMonitor", "rule"):
        assert spec[f"{kind}Selector"] == {"matchLabels": MONITORING_LABEL}
        assert spec[f"{kind}NamespaceSelector"] == {"matchExpressions": [
            {"key": "kubernetes.io/metadata.name", "operator": "In", "values": ["bridge", NS, AGENT_NS]}]}
    # Null selectors match nothing: no Probe or ScrapeConfig of any namespace is picked up.
    assert not {"probeSelector", "scrapeConfigSelector"} & set(spec)


def test_can_select_monitors_cluster_wide_only_when_asked() -> None:
    _, chart = build(full(prometheus=PrometheusSettings(cluster_wide=True)))
    spec = one(synth(chart), "Prometheus", "obs")["spec"]
    assert [spec[f"{k}NamespaceSelector"] for k in ("serviceMonitor", "podMonitor", "rule")] == [{}, {}, {}]


def test_can_default_prometheus_to_an_ha_pair_with_retention_and_storage(default_objects: list[dict]) -> None:
    spec = one(default_objects, "Prometheus", "obs")["spec"]
    assert spec["replicas"] == 2
    assert spec["retention"] == "15d"
    assert spec["retentionSize"] == "43520MiB"  # 85% of 50Gi: the TSDB never fills its volume
    assert spec["storage"]["volumeClaimTemplate"]["spec"]["resources"]["requests"]["storage"] == "50Gi"
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["runAsUser"] == RESTRICTED_RUN_AS_USER
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    for container in spec["containers"]:
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        assert container["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert set(spec["resources"]) == {"requests", "limits"}
    [alerting] = spec["alerting"]["alertmanagers"]
    assert {k: alerting[k] for k in ("apiVersion", "name", "namespace", "port", "scheme")} == {
        "apiVersion": "v2", "name": "alertmanager", "namespace": NS, "port": "web", "scheme": "https"}  # mTLS: see test_mesh_operators
    assert one(default_objects, "PodDisruptionBudget", "prometheus")["spec"]["maxUnavailable"] == 1


def test_can_scale_prometheus_down_to_one_replica_without_a_pdb() -> None:
    _, chart = build(full(prometheus=PrometheusSettings(replicas=1, retention="3d", storage="10Gi")))
    objects = synth(chart)
    spec = one(objects, "Prometheus", "obs")["spec"]
    assert (spec["replicas"], spec["retention"], spec["retentionSize"]) == (1, "3d", "8704MiB")
    assert not [o for o in objects if o["kind"] == "PodDisruptionBudget" and o["metadata"]["name"] == "prometheus"]


def test_can_grant_prometheus_only_read_access_to_discovery(default_objects: list[dict]) -> None:
    role = one(default_objects, "ClusterRole", "obs-prometheus")
    granted = {(g, r, v) for rule in role["rules"] for g in rule.get("apiGroups", ["-"])
               for r in rule.get("resources", rule.get("nonResourceURLs", [])) for v in rule["verbs"]}
    assert granted == {
        *{("", r, v) for r in ("services", "endpoints", "pods") for v in ("get", "list", "watch")},
        *{("discovery.k8s.io", "endpointslices", v) for v in ("get", "list", "watch")},
        ("", "nodes", "list"), ("", "nodes", "watch"),  # node discovery of the kubelet job
        ("", "nodes/metrics", "get"), ("-", "/metrics", "get"),
    }
    binding = one(default_objects, "ClusterRoleBinding", "obs-prometheus")
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "prometheus", "namespace": NS}]


def test_can_keep_every_cluster_role_free_of_secrets_and_wildcards(default_objects: list[dict]) -> None:
    for role in (o for o in default_objects if o["kind"] == "ClusterRole"):
        for rule in role["rules"]:
            assert "secrets" not in rule.get("resources", []), role["metadata"]["name"]
            for field in ("apiGroups", "resources", "verbs", "nonResourceURLs"):
                assert "*" not in rule.get(field, []), role["metadata"]["name"]
            assert set(rule["verbs"]) <= {"get", "list", "watch"}, role["metadata"]["name"]


# --- Alertmanager -----------------------------------------------------------------------------

def test_can_default_alertmanager_to_three_replicas_routing_nowhere(default_objects: list[dict]) -> None:
    spec = one(default_objects, "Alertmanager", "obs")["spec"]
    assert spec["replicas"] == 3
    assert spec["configSecret"] == "alertmanager-obs-config"
    assert spec["automountServiceAccountToken"] is False
    assert "secrets" not in spec
    config = yaml.safe_load(one(default_objects, "Secret", "alertmanager-obs-config")["stringData"]["alertmanager.yaml"])
    assert config["receivers"] == [{"name": "null"}]
    assert {r["receiver"] for r in config["route"]["routes"]} == {"null"}


def test_can_route_by_severity_with_credentials_only_in_mounted_files(routed) -> None:
    _, objects = routed
    spec = one(objects, "Alertmanager", "obs")["spec"]
    assert spec["secrets"] == ["am-receivers"]
    text = one(objects, "Secret", "alertmanager-obs-config")["stringData"]["alertmanager.yaml"]
    config = yaml.safe_load(text)
    routes = {r["matchers"][0]: r["receiver"] for r in config["route"]["routes"]}
    assert routes == {'alertname="Watchdog"': "null", 'severity="critical"': "critical", 'severity="warning"': "warning"}
    receivers = {r["name"]: r for r in config["receivers"]}
    secrets = "/etc/alertmanager/secrets/am-receivers"
    assert receivers["critical"]["pagerduty_configs"][0]["routing_key_file"] == f"{secrets}/pd-key"
    assert receivers["critical"]["slack_configs"][0]["api_url_file"] == f"{secrets}/slack-url"
    hook = receivers["warning"]["webhook_configs"][0]
    assert hook["http_config"]["authorization"]["credentials_file"] == f"{secrets}/hook-token"
    for credential_field in ("routing_key:", "service_key:", "api_url:", "credentials:", "password:"):
        assert credential_field not in text
    inhibit = config["inhibit_rules"][0]
    assert (inhibit["source_matchers"], inhibit["target_matchers"]) == (['severity="critical"'], ['severity=~"warning|info"'])


def test_fails_if_a_receiver_secret_is_in_another_namespace() -> None:
    elsewhere = SecretRef("pd", "default", ("key",))
    props = full(alertmanager=AlertmanagerSettings(routing=AlertRouting(
        critical=(PagerDutyNotifier(routing_key=elsewhere.key("key")),))))
    with pytest.raises(ValueError, match=r"^alert receiver secret default/pd is not in the Alertmanager namespace 'obs'; "
                                         r"the operator can only mount secrets of its own namespace$"):
        build(props)


def test_fails_if_a_receiver_key_is_not_declared() -> None:
    with pytest.raises(ValueError, match=r"secret obs/am-receivers has no key 'nope'; declared keys: slack-url, pd-key, hook-token"):
        RECEIVERS.key("nope")


def test_fails_if_a_webhook_is_not_https() -> None:
    with pytest.raises(ValidationError, match=r"url\n  String should match pattern '\^https://"):
        WebhookNotifier(url="http://hooks.example.com")


# --- Grafana ----------------------------------------------------------------------------------

def test_can_run_grafana_under_pod_security_restricted(default_objects: list[dict]) -> None:
    spec = pod_spec(one(default_objects, "Deployment", "grafana"))
    assert spec["automountServiceAccountToken"] is False
    assert spec["securityContext"]["runAsNonRoot"] is True
    container = spec["containers"][0]
    sc = container["securityContext"]
    assert (sc["allowPrivilegeEscalation"], sc["readOnlyRootFilesystem"], sc["runAsUser"]) == (False, True, RESTRICTED_RUN_AS_USER)
    assert sc["capabilities"] == {"drop": ["ALL"]} and sc["seccompProfile"] == {"type": "RuntimeDefault"}
    assert {"readinessProbe", "livenessProbe", "resources"} <= set(container)
    env = {e["name"]: e for e in container["env"]}
    assert env["GF_SECURITY_ADMIN_PASSWORD__FILE"]["value"] == "/etc/grafana/admin/password"
    assert not [e for e in container["env"] if "valueFrom" in e], "credentials are files, not env vars"


def test_can_provision_datasources_for_metrics_logs_and_traces(default_objects: list[dict]) -> None:
    config = yaml.safe_load(one(default_objects, "ConfigMap", "grafana-datasources")["data"]["datasources.yaml"])
    by_uid = {d["uid"]: d for d in config["datasources"]}
    assert by_uid["prometheus"]["url"] == f"http://prometheus.{NS}.svc.cluster.local:9090"
    assert by_uid["loki"]["url"] == f"http://loki.{NS}.svc.cluster.local:3100"
    assert by_uid["tempo"]["url"] == f"http://tempo.{NS}.svc.cluster.local:3200"
    assert by_uid["tempo"]["jsonData"]["tracesToLogsV2"]["datasourceUid"] == "loki"


def test_can_provision_every_dashboard_from_a_config_map(default_objects: list[dict]) -> None:
    spec = pod_spec(one(default_objects, "Deployment", "grafana"))
    mounted = {v["configMap"]["name"] for v in spec["volumes"] if "configMap" in v}
    for name in dashboards.DASHBOARDS:
        cm = one(default_objects, "ConfigMap", f"grafana-dashboard-{name}")
        dashboard = json.loads(cm["data"][f"{name}.json"])
        assert dashboard["uid"] == f"obs-{name if name != 'autoscaling' else 'hpa'}" and dashboard["panels"]
        assert dashboard["tags"] == ["obs"] and dashboard["title"].startswith("Obs / ")
        assert f"grafana-dashboard-{name}" in mounted


@pytest.mark.parametrize("name", sorted(dashboards.DASHBOARDS))
def test_can_build_each_dashboard_as_deterministic_grafana_json(name: str) -> None:
    from grafana_foundation_sdk.models.dashboard import Dashboard

    names = dashboards.DashboardNames("team-a", "Team A")
    text = dashboards.DASHBOARDS[name](names)
    assert text == dashboards.DASHBOARDS[name](names), "the same input gives the same bytes"
    data = json.loads(text)
    assert Dashboard.from_json(data).to_json()["uid"] == data["uid"], "Grafana's own model reads it back"
    assert data["schemaVersion"] >= 39 and data["title"].startswith("Team A / ") and data["uid"].startswith("team-a-")
    ids = [p["id"] for p in data["panels"]]
    assert len(ids) == len(set(ids)), "panel ids are unique"
    targets = [t for p in data["panels"] for t in p.get("targets", [])]
    assert targets and all(t["datasource"] == {"type": "prometheus", "uid": "prometheus"} and t["expr"] for t in targets)


def test_can_draw_bridge_latency_quantiles_against_the_objective() -> None:
    data = json.loads(dashboards.bridge_red(dashboards.DashboardNames("obs", "Obs"), 100))
    latency = next(p for p in data["panels"] if p["title"].startswith("Latency p50 / p95 / p99"))
    exprs = [t["expr"] for t in latency["targets"]]
    assert [e.split(",")[0] for e in exprs] == ["histogram_quantile(0.5", "histogram_quantile(0.95", "histogram_quantile(0.99"]
    steps = latency["fieldConfig"]["defaults"]["thresholds"]["steps"]
    assert steps[1]["value"] == 0.1
    assert latency["fieldConfig"]["defaults"]["custom"]["thresholdsStyle"]["mode"] == "dashed"


def test_can_cover_hpa_pgbouncer_replication_redis_and_fuse() -> None:
    text = {name: builder(dashboards.DashboardNames("obs", "Obs")) for name, builder in dashboards.DASHBOARDS.items()}
    assert "kube_horizontalpodautoscaler_status_current_replicas" in text["autoscaling"]
    assert "cnpg_pgbouncer_pools_cl_waiting" in text["postgres"] and "cnpg_pg_replication_lag" in text["postgres"]
    assert 'role=\\"master\\"' in text["redis"] and "redis_sentinel_master_sentinels" in text["redis"]
    assert "lighthouse_fuse_mount_stale" in text["fuse"] and "lighthouse_fuse_mount_healthy" not in text["fuse"]


def test_fails_if_the_grafana_admin_secret_lacks_a_key() -> None:
    with pytest.raises(ValueError, match=r"^secret obs/grafana-admin has no key 'admin-password'; declared keys: admin-user$"):
        build(grafana_admin=SecretRef("grafana-admin", NS, ("admin-user",)))


def test_fails_if_the_grafana_admin_secret_is_in_another_namespace() -> None:
    with pytest.raises(ValueError, match=r"^grafana admin secret default/grafana-admin must be in the Grafana namespace 'obs'$"):
        build(grafana_admin=SecretRef("grafana-admin", "default", ("admin-user", "admin-password")))


# --- Logs and traces --------------------------------------------------------------------------

def test_can_ship_container_logs_from_a_minimal_hostpath_agent(default_objects: list[dict]) -> None:
    ds = one(default_objects, "DaemonSet", "log-agent")
    assert ds["metadata"]["namespace"] == AGENT_NS
    spec = pod_spec(ds)
    assert spec["automountServiceAccountToken"] is False
    assert [v["hostPath"] for v in spec["volumes"] if "hostPath" in v] == [
        {"path": "/var/log/pods", "type": "Directory"}, {"path": f"/var/lib/log-agent/{AGENT_NS}", "type": "DirectoryOrCreate"}]
    mount = next(m for m in spec["containers"][0]["volumeMounts"] if m["name"] == "pod-logs")
    assert mount["readOnly"] is True
    assert spec["securityContext"]["runAsUser"] == RESTRICTED_RUN_AS_USER and spec["securityContext"]["supplementalGroups"] == [0]
    assert not {"hostNetwork", "hostPID", "hostIPC"} & set(spec)
    config = yaml.safe_load(one(default_objects, "ConfigMap", "log-agent-config")["data"]["agent.yaml"])
    filelog = config["receivers"]["filelog"]
    assert filelog["include"] == ["/var/log/pods/*/*/*.log"] and filelog["exclude"] == [f"/var/log/pods/{AGENT_NS}_*/*/*.log"]
    assert [op["type"] for op in filelog["operators"]] == ["container", "json_parser"]
    # Outside the mesh, the agent pushes to the gateway's OTLP ingest port, never to Loki's API port.
    assert config["exporters"]["otlphttp/gateway"]["endpoint"] == f"http://traces-collector.{NS}.svc.cluster.local:4318"


def test_can_keep_log_checkpoints_across_agent_replacement(default_objects: list[dict]) -> None:
    """The filelog checkpoints are on the node (not an emptyDir that dies with the pod), owned by the
    agent's UID through a one-shot init container that holds only CAP_CHOWN."""
    spec = pod_spec(one(default_objects, "DaemonSet", "log-agent"))
    [checkpoints] = [v for v in spec["volumes"] if v["name"] == "checkpoints"]
    assert "emptyDir" not in checkpoints and checkpoints["hostPath"]["path"] == f"/var/lib/log-agent/{AGENT_NS}"
    config = yaml.safe_load(one(default_objects, "ConfigMap", "log-agent-config")["data"]["agent.yaml"])
    [mount] = [m for m in spec["containers"][0]["volumeMounts"] if m["name"] == "checkpoints"]
    assert config["extensions"]["file_storage"]["directory"].startswith(mount["mountPath"] + "/")
    assert config["receivers"]["filelog"]["storage"] == "file_storage"
    [init] = spec["initContainers"]
    assert init["command"] == ["chown", f"{RESTRICTED_RUN_AS_USER}:{RESTRICTED_RUN_AS_USER}", mount["mountPath"]]
    assert init["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["CHOWN"]}
    assert init["securityContext"]["allowPrivilegeEscalation"] is False and "@sha256:" in init["image"]


def test_can_run_loki_and_tempo_with_persistent_storage(default_objects: list[dict]) -> None:
    for name, size in (("loki", "50Gi"), ("tempo", "20Gi")):
        sts = one(default_objects, "StatefulSet", name)
        claim = sts["spec"]["volumeClaimTemplates"][0]
        assert claim["spec"]["resources"]["requests"]["storage"] == size
        assert pod_spec(sts)["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True
    loki = yaml.safe_load(one(default_objects, "ConfigMap", "loki-config")["data"]["loki.yaml"])
    assert loki["limits_config"]["retention_period"] == "744h" and loki["compactor"]["retention_enabled"] is True


def test_can_collect_traces_through_an_otlp_gateway_and_instrument_python(default_objects: list[dict]) -> None:
    collector = one(default_objects, "OpenTelemetryCollector", "traces")
    assert collector["apiVersion"] == "opentelemetry.io/v1beta1" and collector["spec"]["mode"] == "deployment"
    pipelines = collector["spec"]["config"]["service"]["pipelines"]
    assert pipelines["traces"]["exporters"] == ["otlp/tempo"]
    assert collector["spec"]["config"]["exporters"]["otlp/tempo"]["endpoint"] == f"tempo.{NS}.svc.cluster.local:4317"
    assert collector["spec"]["networkPolicy"] == {"enabled": False}, "MeshPolicy owns NetworkPolicy, not the operator"
    instrumentation = one(default_objects, "Instrumentation", "auto-instrumentation")
    assert set(instrumentation["spec"]) >= {"python"} and "java" not in instrumentation["spec"]
    assert instrumentation["spec"]["exporter"]["endpoint"] == f"http://traces-collector.{NS}.svc.cluster.local:4318"
    assert instrumentation["spec"]["sampler"] == {"type": "parentbased_traceidratio", "argument": "0.1"}


def test_can_configure_a_language_only_with_a_pinned_image() -> None:
    stack, chart = build(full(images=Images(java_autoinstrumentation=f"ghcr.io/o/java:2.0@sha256:{'cd' * 32}")))
    assert stack.instrumentation_for("java") == f"{NS}/auto-instrumentation"
    assert one(synth(chart), "Instrumentation", "auto-instrumentation")["spec"]["java"]["image"].startswith("ghcr.io/o/java:2.0@")
    with pytest.raises(ValueError, match=r"^ObservabilityStack: no dotnet auto-instrumentation is configured \(set "
                                         r"images.dotnet_autoinstrumentation\); configured: java, python$"):
        stack.instrumentation_for("dotnet")


def test_fails_if_the_log_agent_namespace_does_not_enforce_privileged() -> None:
    with pytest.raises(ValueError, match=r"^log_agent_namespace 'obs-agent' enforces 'baseline'; the log agent mounts "
                                         r"/var/log/pods \(hostPath\), which only a namespace enforcing 'privileged' admits$"):
        build(agent_enforce="baseline")


def test_fails_if_the_log_agent_shares_the_stack_namespace() -> None:
    from cdk8s import Testing

    from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
    from lighthouse_constructs.observability import ObservabilityStack

    from observability_fixtures import GRAFANA_ADMIN

    chart = Testing.chart()
    privileged = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, enforce="privileged"))
    with pytest.raises(ValueError, match=r"^log_agent_namespace must differ from namespace \('obs'\); the privileged "
                                         r"namespace holds the log agent alone$"):
        ObservabilityStack(chart, "O", FULL, namespace=privileged, log_agent_namespace=privileged,
                           grafana_admin=GRAFANA_ADMIN)


# --- Monitors, rules, images, graph -----------------------------------------------------------

def test_can_label_every_monitor_and_rule_for_selection(routed) -> None:
    _, objects = routed
    monitored = [o for o in objects if o["kind"] in ("ServiceMonitor", "PodMonitor", "PrometheusRule")]
    assert {o["metadata"]["name"] for o in monitored} >= {
        "prometheus", "alertmanager", "grafana", "loki", "tempo", "log-agent", "traces-collector", "kube-state-metrics",
        "obs-platform-alerts", "slo-bridge-api-gateway", "slo-bridge-event-processor"}
    for o in monitored:
        assert MONITORING_LABEL.items() <= o["metadata"]["labels"].items(), o["metadata"]["name"]


def test_can_give_every_alert_severity_summary_description_and_runbook(routed) -> None:
    _, objects = routed
    alerts = [r for o in objects if o["kind"] == "PrometheusRule" for g in o["spec"]["groups"] for r in g["rules"] if "alert" in r]
    # per SLO source: 2 SLIs x 4 burn-rate tiers and one SLONoTraffic (the fake bridge is not exposed)
    assert len(alerts) == len(rules.platform_alerts(3)) + 2 * (2 * len(rules.BURN_RATE_WINDOWS) + 1)
    for alert in alerts:
        assert alert["labels"]["severity"] in {"critical", "warning", "none"}, alert["alert"]
        assert {"summary", "description", "runbook_url"} <= set(alert["annotations"]), alert["alert"]
        assert alert["annotations"]["runbook_url"] == f"{RUNBOOKS}/{alert['alert']}"


def test_can_turn_an_slo_into_recording_rules_and_burn_rate_alerts(routed) -> None:
    _, objects = routed
    group = one(objects, "PrometheusRule", "slo-bridge-api-gateway")["spec"]["groups"][0]
    records = {(r["record"], r["labels"]["slo"]) for r in group["rules"] if "record" in r}
    assert records == {(f"slo:sli_error:ratio_rate{w}", s) for w in rules.RECORDING_WINDOWS for s in ("availability", "latency")}
    latency_1h = next(r for r in group["rules"] if r.get("record") == "slo:sli_error:ratio_rate1h" and r["labels"]["slo"] == "latency")
    assert 'le="0.1"' in latency_1h["expr"] and 'service="api-gateway"' in latency_1h["expr"]
    availability_5m = next(r for r in group["rules"] if r.get("record") == "slo:sli_error:ratio_rate5m" and r["labels"]["slo"] == "availability")
    assert 'code=~"5.."' in availability_5m["expr"]
    pages = [(r["alert"], r["labels"]["long_window"], r["labels"]["short_window"], r["expr"].split(" > ")[1].split("\n")[0], r["labels"]["severity"])
             for r in group["rules"] if "alert" in r and r["alert"] != "SLONoTraffic"]
    assert pages == [
        ("SLOAvailabilityBudgetBurn", "1h", "5m", "0.0144", "critical"),
        ("SLOAvailabilityBudgetBurn", "6h", "30m", "0.006", "critical"),
        ("SLOAvailabilityBudgetBurn", "1d", "2h", "0.003", "warning"),
        ("SLOAvailabilityBudgetBurn", "3d", "6h", "0.001", "warning"),
        ("SLOLatencyBudgetBurn", "1h", "5m", "0.144", "critical"),
        ("SLOLatencyBudgetBurn", "6h", "30m", "0.06", "critical"),
        ("SLOLatencyBudgetBurn", "1d", "2h", "0.03", "warning"),
        ("SLOLatencyBudgetBurn", "3d", "6h", "0.01", "warning"),
    ]


def test_can_use_the_histogram_bucket_of_any_threshold() -> None:
    assert [rules.le_label(ms) for ms in (100, 250, 1000, 2500)] == ["0.1", "0.25", "1.0", "2.5"]


def test_fails_if_an_slo_source_is_declared_twice() -> None:
    with pytest.raises(ValueError, match=r"^SLO source bridge/api-gateway is declared twice; each service has one SLO$"):
        rules.validate_slo_sources([FakeBridge(), FakeBridge()])


def test_fails_if_an_slo_budget_is_too_large_for_the_fastest_alert() -> None:
    sloppy = FakeBridge(slo=ServiceLevelObjective(availability_target=0.9))
    with pytest.raises(ValueError, match=r"^SLO source bridge/api-gateway: availability_target 0.9 leaves an error budget of 0.1; "
                                         r"the 14.4x burn-rate alert would need an error ratio of 1.44 > 1 and could never fire; "
                                         r"allowed: >= 0.9306$"):
        build(slo_sources=[sloppy])
    median = FakeBridge(slo=ServiceLevelObjective(latency_quantile=0.5))
    with pytest.raises(ValueError, match=r"^SLO source bridge/api-gateway: latency_quantile 0.5 leaves an error budget of 0.5"):
        rules.validate_slo_sources([median])


def test_fails_if_an_slo_service_is_not_a_label_value() -> None:
    with pytest.raises(ValueError, match=r"^SLO source bridge/API: slo_service 'API' must be a DNS-1123 label"):
        rules.validate_slo_sources([FakeBridge(slo_service="API")])


def test_can_pin_every_image_by_digest(default_objects: list[dict]) -> None:
    images = [c["image"] for o in default_objects if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet")
              for c in pod_spec(o)["containers"]]
    images += [o["spec"]["image"] for o in default_objects if o["kind"] in ("Prometheus", "Alertmanager", "OpenTelemetryCollector")]
    images += [one(default_objects, "Instrumentation", "auto-instrumentation")["spec"]["python"]["image"]]
    assert len(images) == 9
    assert all("@sha256:" in image for image in images), images


def test_fails_if_an_image_is_not_pinned_by_digest() -> None:
    with pytest.raises(ValidationError, match=r"images.grafana 'grafana/grafana:12.1.1' is not pinned by digest; "
                                              r"allowed: <repository>:<tag>@sha256:<64 hex digits>"):
        Images(grafana="grafana/grafana:12.1.1")


def test_fails_if_a_request_exceeds_its_limit() -> None:
    with pytest.raises(ValidationError, match=r"memory_request '2Gi' exceeds memory_limit '1Gi'; a request must be <= its limit"):
        Resources(cpu_request="1", memory_request="2Gi", cpu_limit="1", memory_limit="1Gi")


def test_fails_if_retention_is_not_a_duration() -> None:
    with pytest.raises(ValidationError, match=r"retention\n  String should match pattern"):
        PrometheusSettings(retention="two weeks")


def test_can_register_every_workload_and_flow_in_the_dependency_graph(routed) -> None:
    stack, _ = routed
    graph = DependencyGraph.of(stack)
    names = {(w.namespace, w.name) for w, _ in graph.workloads}
    assert names == {(NS, n) for n in ("prometheus", "alertmanager", "grafana", "loki", "tempo", "traces-collector",
                                       "kube-state-metrics")} | {(AGENT_NS, "log-agent")}
    flows = {(d.source.name, d.target.name, d.port) for d in graph.dependencies}
    assert flows == {("grafana", "prometheus", 9090), ("grafana", "loki", 3100), ("grafana", "tempo", 3200),
                     ("prometheus", "alertmanager", 9093), ("log-agent", "traces-collector", 4318),
                     ("traces-collector", "loki", 3100), ("traces-collector", "tempo", 4317)}
    [push] = [d for d in graph.dependencies if d.source.name == "log-agent"]
    assert (push.plaintext, push.methods, push.paths) == (True, ("POST",), ("/v1/logs",)), "the agent has no mesh identity"
    alertmanager = next((w, ports) for w, ports in graph.workloads if w.name == "alertmanager")
    assert alertmanager[0].peer_host == f"alertmanager-operated.{NS}.svc.cluster.local"
    assert [(p.port, p.purpose, p.udp) for p in alertmanager[1] if p.purpose == "peer"] == [(9094, "peer", True)]
    connection = stack.connection("TRACES_")
    assert connection.env == (("TRACES_OTLP_ENDPOINT", f"http://traces-collector.{NS}.svc.cluster.local:4318"),)
    assert stack.instrumentation_for("python") == f"{NS}/auto-instrumentation"
    assert [(e.target.name, e.port, e.protocol) for e in stack.trace_endpoints] == [
        ("traces-collector", 4317, "grpc"), ("traces-collector", 4318, "http")]


# --- Config section ---------------------------------------------------------------------------

def test_can_turn_config_notifiers_into_secret_file_references() -> None:
    alerting = AlertingConfig(critical=(NotifierConfig(type="pagerduty", key="pd"),),
                              warning=(NotifierConfig(type="webhook", url="https://h.example.com"),))
    settings = alerting.settings(SecretRef("rx", "obs", ("pd",)))
    assert settings.routing.critical[0].routing_key.secret_name == "rx"
    assert settings.routing.warning[0].bearer_token is None


def test_fails_if_a_config_notifier_names_a_key_the_receivers_secret_lacks() -> None:
    alerting = AlertingConfig(critical=(NotifierConfig(type="pagerduty", key="pd-key"),))
    with pytest.raises(ValueError, match="secret obs/rx has no key 'pd-key'; declared keys: pagerduty-routing-key"):
        alerting.settings(SecretRef("rx", "obs", ("pagerduty-routing-key",)))


def test_fails_if_a_config_notifier_misses_or_adds_a_field() -> None:
    with pytest.raises(ValidationError, match=r"a slack notifier needs 'channel'"):
        NotifierConfig(type="slack", key="k")
    with pytest.raises(ValidationError, match=r"a pagerduty notifier takes no 'url' \(got 'https://x'\); allowed: key"):
        NotifierConfig(type="pagerduty", key="k", url="https://x")


def test_the_docs_list_every_alert() -> None:
    from support import ROOT

    text = (ROOT / "docs" / "observability.md").read_text()
    exposed = FakeBridge(slo_ingress=IngressGateway("istio-ingress", (("istio", "ingressgateway"),), "istio-ingressgateway"))
    slo_alerts = {r["alert"] for r in rules.slo_rule_group(exposed, "https://r.example")["rules"] if "alert" in r}
    assert slo_alerts == {"SLOAvailabilityBudgetBurn", "SLOLatencyBudgetBurn", "SLOIngressBudgetBurn", "SLONoTraffic"}
    names = [a.name for a in rules.platform_alerts(3)] + sorted(slo_alerts)
    assert [n for n in names if f"`{n}`" not in text] == []


def test_fails_if_the_runbook_base_url_is_not_https_or_ends_with_a_slash() -> None:
    for url in ("http://runbooks.example.com", "https://runbooks.example.com/"):
        with pytest.raises(ValidationError, match=r"runbook_base_url\n  String should match pattern"):
            ObservabilityStackProps(production=False, runbook_base_url=url)


def test_fails_if_a_slack_channel_is_not_a_channel() -> None:
    with pytest.raises(ValidationError, match=r"channel\n  String should match pattern"):
        SlackNotifier(api_url=RECEIVERS.key("slack-url"), channel="alerts")


def test_fails_if_an_environment_file_gets_the_observability_section_wrong(tmp_path) -> None:
    from lighthouse_constructs.environments import ConfigError, load_environment

    (tmp_path / "prod.yaml").write_text("name: prod\nobservability:\n  prometheus: {replicas: 0}\n  alerting: {replica: 3}\n")
    with pytest.raises(ConfigError) as err:
        load_environment("prod", tmp_path)
    message = str(err.value)
    assert "observability.prometheus.replicas: Input should be greater than or equal to 1 (got 0)" in message
    assert ("observability.alerting.replica: unknown field (got 3); allowed fields: replicas, "
            "critical, warning, watchdog") in message


POD_BEARING = {  # kind: where the pods' priorityClassName is
    "Prometheus": ("spec",), "Alertmanager": ("spec",), "OpenTelemetryCollector": ("spec",),
    "Deployment": ("spec", "template", "spec"), "StatefulSet": ("spec", "template", "spec"),
    "DaemonSet": ("spec", "template", "spec"),
}


def _priority_classes(objects: list[dict]) -> dict[str, str | None]:
    out = {}
    for o in objects:
        if o["kind"] in POD_BEARING:
            node = o
            for key in POD_BEARING[o["kind"]]:
                node = node[key]
            out[f"{o['kind']}/{o['metadata']['name']}"] = node.get("priorityClassName")
    return out


def test_can_protect_every_pod_of_the_stack_with_a_priority_class() -> None:
    from cdk8s import Testing

    from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
    from lighthouse_constructs.observability import (
        ObservabilityStack,
    )

    from observability_fixtures import GRAFANA_ADMIN

    class Critical:
        name, value = "monitoring-critical", 1_000_000

    chart = Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="observability"))
    agent = LighthouseNamespace(chart, "AgentNs", NamespaceProps(name=AGENT_NS, enforce="privileged"))
    ObservabilityStack(chart, "Observability", FULL, namespace=namespace, log_agent_namespace=agent,
                       grafana_admin=GRAFANA_ADMIN, priority_class=Critical())
    classes = _priority_classes(synth(chart))
    assert {"Prometheus/obs", "Alertmanager/obs", "Deployment/grafana", "StatefulSet/loki",
            "StatefulSet/tempo", "Deployment/kube-state-metrics", "DaemonSet/log-agent"} <= set(classes)
    assert {k: v for k, v in classes.items() if v != "monitoring-critical"} == {}


def test_can_build_the_stack_without_a_priority_class(default_objects: list[dict]) -> None:
    assert set(_priority_classes(default_objects).values()) == {None}


@pytest.mark.parametrize("store", ["loki", "tempo"])
def test_fails_if_a_store_replicates_without_object_storage(store: str) -> None:
    from lighthouse_constructs.environments.config import ConfigError, parse_environment

    with pytest.raises(ConfigError, match=rf"observability.{store}: Value error, replicas=2 needs object_storage: replicas on "
                                          rf"their own volumes would each hold a different part of the data; allowed without "
                                          rf"object_storage: replicas=1"):
        parse_environment({"name": "dev", "observability": {store: {"replicas": 2}}}, "config/dev.yaml")
