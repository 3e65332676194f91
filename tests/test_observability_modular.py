"""ObservabilityStack as another team uses it: two stacks in one cluster, metrics-only on an existing
Prometheus, optional parts off, and the production rule on receivers."""

from __future__ import annotations

import json

import cdk8s
import pytest
import yaml
from cdk8s import App, Chart
from pydantic import ValidationError

from lighthouse_constructs.conventions import MONITORING_LABEL
from lighthouse_constructs.graph import DependencyGraph
from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.observability import (
    AlertmanagerSettings,
    AlertRouting,
    ExistingPrometheus,
    GrafanaSettings,
    LokiSettings,
    ObservabilityStack,
    ObservabilityStackProps,
    PagerDutyNotifier,
    TempoSettings,
)
from lighthouse_constructs.observability.config import ObservabilityConfig
from lighthouse_constructs.slo import IngressGateway

from observability_fixtures import (
    AGENT_NS,
    FULL,
    GRAFANA_ADMIN,
    NS,
    FakeBridge,
    build,
    full,
    one,
    synth,
)

STACK_KINDS = ("Prometheus", "Alertmanager", "OpenTelemetryCollector", "Instrumentation", "Deployment", "StatefulSet",
               "DaemonSet", "ClusterRole", "ClusterRoleBinding")
EXISTING = ExistingPrometheus(selector_label_key="release", selector_label_value="kube-prometheus-stack")
EXPOSED = FakeBridge(slo_ingress=IngressGateway("istio-ingress", (("istio", "ingressgateway"),), "istio-ingressgateway"))


def key(o: dict) -> tuple[str, str, str, str]:
    return (o["apiVersion"], o["kind"], o["metadata"].get("namespace", ""), o["metadata"]["name"])


def kinds(objects: list[dict]) -> set[str]:
    return {o["kind"] for o in objects}


def team_stack(chart: Chart, team: str, bridge_ns: str) -> ObservabilityStack:
    """A team's full stack in `<team>-obs`, its log agent in `<team>-logs`, one SLO source in `bridge_ns`."""
    ns = LighthouseNamespace(chart, f"{team}-ns", NamespaceProps(name=f"{team}-obs", tier="observability"))
    agent = LighthouseNamespace(chart, f"{team}-agent", NamespaceProps(name=f"{team}-logs", enforce="privileged"))
    apps = LighthouseNamespace(chart, f"{team}-apps", NamespaceProps(name=f"{team}-apps"))
    return ObservabilityStack(chart, f"{team}-observability", FULL, namespace=ns, log_agent_namespace=agent,
                              grafana_admin=SecretRef("grafana-admin", f"{team}-obs", ("admin-user", "admin-password")),
                              slo_sources=[FakeBridge(slo_namespace=bridge_ns)], monitored_namespaces=[apps])


@pytest.fixture(scope="module")
def two_teams() -> tuple[list[dict], ObservabilityStack, ObservabilityStack]:
    app = App()
    chart = Chart(app, "cluster", disable_resource_name_hashes=True)
    a, b = team_stack(chart, "alpha", "alpha-bridge"), team_stack(chart, "beta", "beta-bridge")
    return [o for o in cdk8s.Testing.synth(chart) if o], a, b


# --- Two stacks in one cluster ----------------------------------------------------------------

def test_can_run_two_stacks_in_one_cluster_without_a_clashing_name(two_teams) -> None:
    objects, _, _ = two_teams
    keys = [key(o) for o in objects]
    assert sorted(k for k in keys if keys.count(k) > 1) == []
    cluster_scoped = sorted(o["metadata"]["name"] for o in objects if o["kind"] in ("ClusterRole", "ClusterRoleBinding"))
    assert cluster_scoped == sorted([f"{team}-obs-{what}" for team in ("alpha", "beta")
                                     for what in ("kube-state-metrics", "prometheus")] * 2)
    for team in ("alpha", "beta"):
        assert one(objects, "Prometheus", f"{team}-obs")["metadata"]["namespace"] == f"{team}-obs"
        assert one(objects, "Secret", f"alertmanager-{team}-obs-config")["metadata"]["namespace"] == f"{team}-obs"
        assert one(objects, "PrometheusRule", f"{team}-obs-platform-alerts")["spec"]["groups"][0]["name"] == f"{team}-obs.platform"


def test_can_keep_each_stack_to_the_namespaces_it_governs(two_teams) -> None:
    objects, a, b = two_teams
    for stack, team in ((a, "alpha"), (b, "beta")):
        governed = sorted([f"{team}-apps", f"{team}-bridge", f"{team}-logs", f"{team}-obs"])
        assert list(stack.governed_namespaces) == governed
        spec = one(objects, "Prometheus", f"{team}-obs")["spec"]
        for field in ("serviceMonitor", "podMonitor", "rule"):
            assert spec[f"{field}NamespaceSelector"] == {"matchExpressions": [
                {"key": "kubernetes.io/metadata.name", "operator": "In", "values": governed}]}, field


def test_can_name_dashboards_after_their_stack(two_teams) -> None:
    objects, _, _ = two_teams
    for team in ("alpha", "beta"):
        cm = [o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "grafana-dashboard-autoscaling"
              and o["metadata"]["namespace"] == f"{team}-obs"]
        dashboard = json.loads(cm[0]["data"]["autoscaling.json"])
        assert (dashboard["uid"], dashboard["tags"], dashboard["title"]) == (
            f"{team}-obs-hpa", [f"{team}-obs"], "Alpha-obs / Autoscaling" if team == "alpha" else "Beta-obs / Autoscaling")
        [provider] = [o for o in objects if o["metadata"]["name"] == "grafana-dashboard-provider"
                      and o["metadata"]["namespace"] == f"{team}-obs"]
        assert list(provider["data"]) == [f"{team}-obs.yaml"]


def test_can_set_the_instance_and_dashboard_folder() -> None:
    _, chart = build(full(instance="team-a", grafana=GrafanaSettings(folder="Team A")))
    objects = synth(chart)
    assert {o["metadata"]["name"] for o in objects if o["kind"] in ("Prometheus", "Alertmanager")} == {"team-a"}
    assert {o["metadata"]["name"] for o in objects if o["kind"] == "ClusterRole"} == {
        "team-a-prometheus", "team-a-kube-state-metrics"}
    assert one(objects, "Secret", "prometheus-team-a-scrape-configs")
    assert {o["metadata"]["labels"]["app.kubernetes.io/instance"] for o in objects
            if o["kind"] not in ("Namespace", "OpenTelemetryCollector")} == {"team-a"}
    provider = yaml.safe_load(one(objects, "ConfigMap", "grafana-dashboard-provider")["data"]["team-a.yaml"])
    assert (provider["providers"][0]["name"], provider["providers"][0]["folder"]) == ("team-a", "Team A")


def test_fails_if_the_instance_is_not_a_short_dns_label() -> None:
    for bad in ("Team_A", "a" * 40):
        with pytest.raises(ValidationError, match=r"instance\n"):
            ObservabilityStackProps(production=False, instance=bad)


def test_fails_if_the_default_instance_would_be_too_long() -> None:
    chart = cdk8s.Testing.chart()
    ns = LighthouseNamespace(chart, "Ns", NamespaceProps(name="a-very-long-observability-namespace-name-x"))
    with pytest.raises(ValueError, match=r"^ObservabilityStack: the default instance is the namespace name "
                                         r"'a-very-long-observability-namespace-name-x', 42 characters; the operator's "
                                         r"StatefulSet names allow at most 39: set ObservabilityStackProps.instance$"):
        ObservabilityStack(chart, "O", ObservabilityStackProps(production=False), namespace=ns)


# --- Metrics-only on an existing Prometheus ---------------------------------------------------

@pytest.fixture(scope="module")
def metrics_only():
    stack, chart = build(ObservabilityStackProps(existing_prometheus=EXISTING, runbook_base_url="https://r.example.com"),
                         slo_sources=[EXPOSED])
    return stack, synth(chart)


def test_can_attach_slo_rules_to_an_existing_prometheus_and_run_nothing(metrics_only) -> None:
    stack, objects = metrics_only
    assert kinds(objects) & set(STACK_KINDS) == set()
    assert kinds(objects) == {"Namespace", "PrometheusRule", "PodMonitor"}
    attached = [o for o in objects if o["kind"] in ("PrometheusRule", "PodMonitor")]
    assert sorted(o["metadata"]["name"] for o in attached) == ["ingress-istio-ingress", "slo-bridge-api-gateway"]
    for o in attached:
        labels = o["metadata"]["labels"]
        assert labels["release"] == "kube-prometheus-stack", o["metadata"]["name"]
        assert MONITORING_LABEL.keys() & labels.keys() == set(), "our own Prometheus's label has no business here"
    assert stack.governed_namespaces == ()
    assert [w.name for w, _ in DependencyGraph.of(stack).workloads] == []


def test_fails_if_metrics_only_is_asked_for_the_scraper_identity(metrics_only) -> None:
    stack, _ = metrics_only
    with pytest.raises(ValueError, match=r"is metrics-only \(existing_prometheus\): its Prometheus runs elsewhere; "
                                         r"wire MeshPolicy's metrics_scraper with a Workload of that Prometheus$"):
        _ = stack.metrics_scraper


def test_fails_if_metrics_only_is_given_parts_it_does_not_run() -> None:
    with pytest.raises(ValidationError, match=r"existing_prometheus is set \(metrics-only mode\), which runs no Prometheus, "
                                              r"Alertmanager, kube-state-metrics, Grafana, Loki, Tempo or collector, but "
                                              r"grafana, loki are given; remove grafana, loki or existing_prometheus"):
        ObservabilityStackProps(existing_prometheus=EXISTING, grafana=GrafanaSettings(), loki=LokiSettings())


def test_fails_if_an_existing_prometheus_label_is_not_a_label() -> None:
    with pytest.raises(ValidationError, match=r"selector_label_key\n  String should match pattern"):
        ExistingPrometheus(selector_label_key="not a key", selector_label_value="x")


# --- Optional parts ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def core_only() -> list[dict]:
    _, chart = build(ObservabilityStackProps(production=False))
    return synth(chart)


def test_can_run_metrics_and_alerts_alone(core_only: list[dict]) -> None:
    """No Grafana, Loki, Tempo, collector, Instrumentation or log agent, and no privileged namespace."""
    assert {(o["kind"], o["metadata"]["name"]) for o in core_only
            if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Prometheus", "Alertmanager")} == {
        ("Prometheus", NS), ("Alertmanager", NS), ("Deployment", "kube-state-metrics")}
    assert kinds(core_only) & {"OpenTelemetryCollector", "Instrumentation"} == set()
    assert [o["metadata"]["name"] for o in core_only if o["kind"] == "Namespace"] == [NS]
    assert [o for o in core_only if o["metadata"].get("labels", {}).get("pod-security.kubernetes.io/enforce") == "privileged"] == []
    names = {o["metadata"]["name"] for o in core_only}
    assert not {n for n in names if n.startswith(("grafana", "loki", "tempo", "log-agent", "traces"))}
    alerts = {r["alert"] for o in core_only if o["kind"] == "PrometheusRule" for g in o["spec"]["groups"] for r in g["rules"]}
    assert not {a for a in alerts if a.startswith(("Loki", "Tempo", "Collector"))}, "no alerts about parts that do not run"
    assert "Watchdog" in alerts


def test_can_run_alerts_without_a_runbook_link_when_none_is_given(core_only: list[dict]) -> None:
    annotations = [r["annotations"] for o in core_only if o["kind"] == "PrometheusRule"
                   for g in o["spec"]["groups"] for r in g["rules"] if "alert" in r]
    assert annotations and all("runbook_url" not in a and a["summary"] for a in annotations)


def test_can_ship_logs_without_traces() -> None:
    stack, chart = build(ObservabilityStackProps(production=False, loki=LokiSettings()))
    objects = synth(chart)
    collector = one(objects, "OpenTelemetryCollector", "traces")["spec"]["config"]
    assert list(collector["service"]["pipelines"]) == ["logs"] and list(collector["exporters"]) == ["otlphttp/loki"]
    assert one(objects, "DaemonSet", "log-agent")["metadata"]["namespace"] == AGENT_NS
    assert kinds(objects) & {"Instrumentation"} == set()
    assert not [o for o in objects if o["metadata"]["name"].startswith("tempo")]
    with pytest.raises(ValueError, match=r"^ObservabilityStack 'obs': python auto-instrumentation needs traces, which are off "
                                         r"\(tempo is not set\); set tempo in ObservabilityStackProps$"):
        stack.instrumentation_for("python")


def test_can_collect_traces_without_logs() -> None:
    stack, chart = build(ObservabilityStackProps(production=False, tempo=TempoSettings()))
    objects = synth(chart)
    collector = one(objects, "OpenTelemetryCollector", "traces")["spec"]["config"]
    assert list(collector["service"]["pipelines"]) == ["traces"]
    assert one(objects, "Instrumentation", "auto-instrumentation")
    assert not [o for o in objects if o["kind"] == "DaemonSet" or o["metadata"]["name"].startswith("loki")]
    assert stack.instrumentation_for("python") == f"{NS}/auto-instrumentation"


def test_can_leave_the_fuse_dashboard_out_unless_asked() -> None:
    for fuse, expected in ((False, set()), (True, {"grafana-dashboard-fuse"})):
        _, chart = build(ObservabilityStackProps(production=False, grafana=GrafanaSettings(fuse_dashboard=fuse)))
        objects = synth(chart)
        assert {o["metadata"]["name"] for o in objects if o["metadata"]["name"].endswith("-fuse")} == expected
        datasources = yaml.safe_load(one(objects, "ConfigMap", "grafana-datasources")["data"]["datasources.yaml"])
        assert [d["uid"] for d in datasources["datasources"]] == ["prometheus"], "no Loki or Tempo to point at"


@pytest.mark.parametrize("props, wiring, message", [
    (ObservabilityStackProps(production=False, loki=LokiSettings()), {},
     r"^ObservabilityStack: loki is set \(logs on\), so the log agent needs log_agent_namespace, a namespace enforcing "
     r"'privileged'; pass one, or leave loki unset \(no logs\)$"),
    (ObservabilityStackProps(production=False), {"log_agent_namespace": True},
     r"^ObservabilityStack: log_agent_namespace 'obs-agent' is given but logs are off \(loki is not set\), so it would "
     r"stay empty; set loki, or pass no log_agent_namespace$"),
    (ObservabilityStackProps(production=False, grafana=GrafanaSettings()), {},
     r"^ObservabilityStack: grafana is set, so Grafana needs grafana_admin"),
    (ObservabilityStackProps(production=False), {"grafana_admin": GRAFANA_ADMIN},
     r"^ObservabilityStack: grafana_admin obs/grafana-admin is given but grafana is not set"),
])
def test_fails_if_wiring_and_parts_disagree(props, wiring, message) -> None:
    chart = cdk8s.Testing.chart()
    ns = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="observability"))
    if wiring.get("log_agent_namespace"):
        wiring = {**wiring, "log_agent_namespace": LighthouseNamespace(
            chart, "Agent", NamespaceProps(name=AGENT_NS, enforce="privileged"))}
    with pytest.raises(ValueError, match=message):
        ObservabilityStack(chart, "O", props, namespace=ns, **wiring)


# --- Production receivers ---------------------------------------------------------------------

def test_fails_if_production_routes_every_alert_to_the_null_receiver() -> None:
    with pytest.raises(ValidationError, match=r"alertmanager.routing.critical is empty with production=True: every alert "
                                              r"would go to the 'null' receiver and nobody would be paged; set "
                                              r"alertmanager.routing.critical \(and warning\) to Slack, PagerDuty or "
                                              r"webhook notifiers, or production=False \(dev only\)"):
        ObservabilityStackProps()


def test_can_run_production_once_critical_alerts_have_a_receiver() -> None:
    receivers = SecretRef("am-receivers", NS, ("pd-key",))
    props = ObservabilityStackProps(alertmanager=AlertmanagerSettings(routing=AlertRouting(
        critical=(PagerDutyNotifier(routing_key=receivers.key("pd-key")),))))
    _, chart = build(props)
    config = yaml.safe_load(one(synth(chart), "Secret", f"alertmanager-{NS}-config")["stringData"]["alertmanager.yaml"])
    assert {r["matchers"][0]: r["receiver"] for r in config["route"]["routes"]}['severity="critical"'] == "critical"


def test_fails_if_an_environment_outside_dev_has_no_critical_receiver() -> None:
    """The app's rule: staging and prod are production; dev may route alerts nowhere."""
    receivers, store = SecretRef("rx", NS, ("k",)), SecretRef("store", NS, ("credentials",))
    assert ObservabilityConfig().props(receivers, store, production=False, fuse_tier=False).production is False
    with pytest.raises(ValidationError, match=r"alertmanager.routing.critical is empty with production=True"):
        ObservabilityConfig().props(receivers, store, production=True, fuse_tier=False)
