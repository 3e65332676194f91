"""Real checks with the Prometheus tools (Debian's prometheus / prometheus-alertmanager, unpacked
into .tools/bin by `make tools`):

- `promtool check rules` on every synthesized PrometheusRule (and on SLO rules of a fake bridge,
  since the charts have no SLO source yet);
- `promtool test rules`: every alert fires on sample series and stays quiet on healthy ones;
- `amtool check-config` on every rendered Alertmanager configuration.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from test_observability import ROUTED

from lighthouse_constructs.environments.config import ENVIRONMENT_NAMES
from lighthouse_constructs.observability import rules
from lighthouse_constructs.observability.alertmanager import render_config
from lighthouse_constructs.slo import IngressGateway

from observability_fixtures import FakeBridge, build, synth
from support import Manifests, find_tool

PROMTOOL, AMTOOL = find_tool("promtool"), find_tool("amtool")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool not found: `make tools` unpacks it from Debian's prometheus package (apt-get download)")
needs_amtool = pytest.mark.skipif(
    AMTOOL is None, reason="amtool not found: `make tools` unpacks it from Debian's prometheus-alertmanager package")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


GATEWAY_NS = "istio-ingress"
EXPOSED = FakeBridge(slo_ingress=IngressGateway(GATEWAY_NS, (("istio", "ingressgateway"),), "istio-ingressgateway"))
"""api-gateway behind the Istio ingress gateway: availability, latency and ingress SLIs."""


@pytest.fixture(scope="module")
def slo_rule_groups() -> list[dict]:
    _, chart = build(slo_sources=[EXPOSED])
    return [g for o in synth(chart) if o["kind"] == "PrometheusRule" and o["metadata"]["name"].startswith("slo-")
            for g in o["spec"]["groups"]]


# --- promtool check rules ---------------------------------------------------------------------

@needs_promtool
@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_promtool_accepts_every_synthesized_rule(env: str, synthesized: dict[str, Manifests], tmp_path: Path) -> None:
    prometheus_rules = synthesized[env].all("PrometheusRule")
    assert prometheus_rules
    for obj in prometheus_rules:
        path = tmp_path / f"{obj['metadata']['name']}.yaml"
        path.write_text(yaml.safe_dump(obj["spec"], sort_keys=False))
        result = run(PROMTOOL, "check", "rules", str(path))
        assert result.returncode == 0, f"{env} {obj['metadata']['name']}:\n{result.stdout}\n{result.stderr}"


@needs_promtool
def test_promtool_accepts_the_slo_rules(slo_rule_groups: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "slo.yaml"
    path.write_text(yaml.safe_dump({"groups": slo_rule_groups}, sort_keys=False))
    result = run(PROMTOOL, "check", "rules", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    # 7 windows x 3 SLIs recorded, 4 burn-rate tiers x 3 SLIs, SLONoTraffic at the pods and at the gateway
    assert "SUCCESS: 35 rules found" in result.stdout


@needs_promtool
def test_promtool_rejects_a_broken_rule(tmp_path: Path) -> None:
    """The check can fail: a syntax error in an expression is reported."""
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "g", "rules": [{"alert": "A", "expr": "rate(x[5m] > 1"}]}]}))
    assert run(PROMTOOL, "check", "rules", str(path)).returncode != 0


# --- promtool test rules ----------------------------------------------------------------------

S = 'namespace="n", pod="p"'
PLATFORM_CASES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], dict[str, str]]] = {
    # alert: (series that make it fire, healthy series, labels of the fired alert besides severity)
    "TargetDown": (
        [('up{job="j", namespace="n", service="s", instance="a"}', "0x60"), ('up{job="j", namespace="n", service="s", instance="b"}', "1x60")],
        [('up{job="j", namespace="n", service="s", instance="a"}', "1x60"), ('up{job="j", namespace="n", service="s", instance="b"}', "1x60")],
        {"job": "j", "namespace": "n", "service": "s"}),
    "PrometheusConfigReloadFailed": (
        [(f"prometheus_config_last_reload_successful{{{S}}}", "0x60")],
        [(f"prometheus_config_last_reload_successful{{{S}}}", "1x60")], {"namespace": "n", "pod": "p"}),
    "PrometheusRuleEvaluationFailures": (
        [(f'prometheus_rule_evaluation_failures_total{{{S}, rule_group="g"}}', "0+1x60")],
        [(f'prometheus_rule_evaluation_failures_total{{{S}, rule_group="g"}}', "0x60")],
        {"namespace": "n", "pod": "p", "rule_group": "g"}),
    "PrometheusNotConnectedToAlertmanagers": (
        [(f"prometheus_notifications_alertmanagers_discovered{{{S}}}", "0x60")],
        [(f"prometheus_notifications_alertmanagers_discovered{{{S}}}", "1x60")], {"namespace": "n", "pod": "p"}),
    "PrometheusNotificationsFailing": (
        [(f'prometheus_notifications_errors_total{{{S}, alertmanager="a"}}', "0+10x60"),
         (f'prometheus_notifications_sent_total{{{S}, alertmanager="a"}}', "0+100x60")],
        [(f'prometheus_notifications_errors_total{{{S}, alertmanager="a"}}', "0x60"),
         (f'prometheus_notifications_sent_total{{{S}, alertmanager="a"}}', "0+100x60")],
        {"namespace": "n", "pod": "p", "alertmanager": "a"}),
    "AlertmanagerConfigReloadFailed": (
        [(f"alertmanager_config_last_reload_successful{{{S}}}", "0x60")],
        [(f"alertmanager_config_last_reload_successful{{{S}}}", "1x60")], {"namespace": "n", "pod": "p"}),
    "AlertmanagerNotificationsFailing": (
        [(f'alertmanager_notifications_failed_total{{{S}, integration="slack"}}', "0+5x60"),
         (f'alertmanager_notifications_total{{{S}, integration="slack"}}', "0+100x60")],
        [(f'alertmanager_notifications_failed_total{{{S}, integration="slack"}}', "0x60"),
         (f'alertmanager_notifications_total{{{S}, integration="slack"}}', "0+100x60")],
        {"namespace": "n", "pod": "p", "integration": "slack"}),
    "AlertmanagerClusterMembersMissing": (  # prod runs 3 replicas
        [(f"alertmanager_cluster_members{{{S}}}", "2x60")], [(f"alertmanager_cluster_members{{{S}}}", "3x60")],
        {"namespace": "n", "pod": "p"}),
    "LokiRequestErrors": (
        [('loki_request_duration_seconds_count{namespace="n", job="j", route="push", status_code="500"}', "0+10x60"),
         ('loki_request_duration_seconds_count{namespace="n", job="j", route="push", status_code="204"}', "0+90x60")],
        [('loki_request_duration_seconds_count{namespace="n", job="j", route="push", status_code="500"}', "0x60"),
         ('loki_request_duration_seconds_count{namespace="n", job="j", route="push", status_code="204"}', "0+90x60")],
        {"namespace": "n", "job": "j", "route": "push"}),
    "LokiLogsDiscarded": (
        [('loki_discarded_samples_total{namespace="n", reason="rate_limited"}', "0+10x60")],
        [('loki_discarded_samples_total{namespace="n", reason="rate_limited"}', "0x60")],
        {"namespace": "n", "reason": "rate_limited"}),
    "TempoRequestErrors": (
        [('tempo_request_duration_seconds_count{namespace="n", job="j", route="query", status_code="500"}', "0+10x60"),
         ('tempo_request_duration_seconds_count{namespace="n", job="j", route="query", status_code="200"}', "0+90x60")],
        [('tempo_request_duration_seconds_count{namespace="n", job="j", route="query", status_code="500"}', "0x60"),
         ('tempo_request_duration_seconds_count{namespace="n", job="j", route="query", status_code="200"}', "0+90x60")],
        {"namespace": "n", "job": "j", "route": "query"}),
    "CollectorExportFailing": (
        [(f'otelcol_exporter_send_failed_spans_total{{{S}, exporter="otlp/tempo"}}', "0+5x60")],
        [(f'otelcol_exporter_send_failed_spans_total{{{S}, exporter="otlp/tempo"}}', "0x60")],
        {"namespace": "n", "pod": "p", "exporter": "otlp/tempo"}),
    "CollectorRefusingData": (
        [(f'otelcol_receiver_refused_log_records_total{{{S}, receiver="filelog"}}', "0+5x60")],
        [(f'otelcol_receiver_refused_log_records_total{{{S}, receiver="filelog"}}', "0x60")],
        {"namespace": "n", "pod": "p", "receiver": "filelog"}),
    "CollectorQueueNearlyFull": (
        [(f'otelcol_exporter_queue_size{{{S}, exporter="e"}}', "900x60"), (f'otelcol_exporter_queue_capacity{{{S}, exporter="e"}}', "1000x60")],
        [(f'otelcol_exporter_queue_size{{{S}, exporter="e"}}', "100x60"), (f'otelcol_exporter_queue_capacity{{{S}, exporter="e"}}', "1000x60")],
        {"namespace": "n", "pod": "p", "exporter": "e"}),
    "PersistentVolumeFillingUp": (  # 14% free, losing 0.01% of 100 a minute
        [('kubelet_volume_stats_available_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "14-0.01x60"),
         ('kubelet_volume_stats_capacity_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "100x60")],
        [('kubelet_volume_stats_available_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "50-0.01x60"),
         ('kubelet_volume_stats_capacity_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "100x60")],
        {"namespace": "n", "persistentvolumeclaim": "c"}),
    "PersistentVolumeAlmostFull": (
        [('kubelet_volume_stats_available_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "2x60"),
         ('kubelet_volume_stats_capacity_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "100x60")],
        [('kubelet_volume_stats_available_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "10x60"),
         ('kubelet_volume_stats_capacity_bytes{namespace="n", persistentvolumeclaim="c", node="x"}', "100x60")],
        {"namespace": "n", "persistentvolumeclaim": "c"}),
    "PersistentVolumeInodesAlmostExhausted": (
        [('kubelet_volume_stats_inodes_free{namespace="n", persistentvolumeclaim="c", node="x"}', "20x60"),
         ('kubelet_volume_stats_inodes{namespace="n", persistentvolumeclaim="c", node="x"}', "1000x60")],
        [('kubelet_volume_stats_inodes_free{namespace="n", persistentvolumeclaim="c", node="x"}', "500x60"),
         ('kubelet_volume_stats_inodes{namespace="n", persistentvolumeclaim="c", node="x"}', "1000x60")],
        {"namespace": "n", "persistentvolumeclaim": "c"}),
    "KubePodCrashLooping": (
        [(f'kube_pod_container_status_waiting_reason{{{S}, container="c", reason="CrashLoopBackOff"}}', "1x60")],
        [(f'kube_pod_container_status_waiting_reason{{{S}, container="c", reason="CrashLoopBackOff"}}', "0x60")],
        {"namespace": "n", "pod": "p", "container": "c", "reason": "CrashLoopBackOff"}),
    "KubePodNotReady": (
        [(f'kube_pod_status_phase{{{S}, phase="Pending"}}', "1x60")],
        [(f'kube_pod_status_phase{{{S}, phase="Pending"}}', "0x60"), (f'kube_pod_status_phase{{{S}, phase="Running"}}', "1x60")],
        {"namespace": "n", "pod": "p"}),
    "KubeDeploymentReplicasMismatch": (
        [('kube_deployment_spec_replicas{namespace="n", deployment="d"}', "3x60"),
         ('kube_deployment_status_replicas_available{namespace="n", deployment="d"}', "2x60")],
        [('kube_deployment_spec_replicas{namespace="n", deployment="d"}', "3x60"),
         ('kube_deployment_status_replicas_available{namespace="n", deployment="d"}', "3x60")],
        {"namespace": "n", "deployment": "d"}),
    "KubeStatefulSetReplicasMismatch": (
        [('kube_statefulset_status_replicas_ready{namespace="n", statefulset="s"}', "2x60"),
         ('kube_statefulset_replicas{namespace="n", statefulset="s"}', "3x60")],
        [('kube_statefulset_status_replicas_ready{namespace="n", statefulset="s"}', "3x60"),
         ('kube_statefulset_replicas{namespace="n", statefulset="s"}', "3x60")],
        {"namespace": "n", "statefulset": "s"}),
    "KubeDaemonSetPodsNotReady": (
        [('kube_daemonset_status_desired_number_scheduled{namespace="n", daemonset="d"}', "5x60"),
         ('kube_daemonset_status_number_ready{namespace="n", daemonset="d"}', "4x60")],
        [('kube_daemonset_status_desired_number_scheduled{namespace="n", daemonset="d"}', "5x60"),
         ('kube_daemonset_status_number_ready{namespace="n", daemonset="d"}', "5x60")],
        {"namespace": "n", "daemonset": "d"}),
    "KubeHpaMaxedOut": (
        [('kube_horizontalpodautoscaler_status_current_replicas{namespace="n", horizontalpodautoscaler="h"}', "10x60"),
         ('kube_horizontalpodautoscaler_spec_max_replicas{namespace="n", horizontalpodautoscaler="h"}', "10x60")],
        [('kube_horizontalpodautoscaler_status_current_replicas{namespace="n", horizontalpodautoscaler="h"}', "4x60"),
         ('kube_horizontalpodautoscaler_spec_max_replicas{namespace="n", horizontalpodautoscaler="h"}', "10x60")],
        {"namespace": "n", "horizontalpodautoscaler": "h"}),
}


def without_annotations(groups: list[dict]) -> list[dict]:
    """promtool compares annotations verbatim; the conditions are what these tests prove (templates
    are checked by `promtool check rules`)."""
    return [{**g, "rules": [{k: v for k, v in r.items() if k != "annotations"} for r in g["rules"]]} for g in groups]


def promtool_test(tmp_path: Path, groups: list[dict], tests: list[dict]) -> subprocess.CompletedProcess:
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"groups": without_annotations(groups)}, sort_keys=False))
    (tmp_path / "test.yaml").write_text(yaml.safe_dump(
        {"rule_files": ["rules.yaml"], "evaluation_interval": "30s", "tests": tests}, sort_keys=False))
    return run(PROMTOOL, "test", "rules", str(tmp_path / "test.yaml"))


def series(pairs: list[tuple[str, str]]) -> list[dict]:
    return [{"series": s, "values": v} for s, v in pairs]


@pytest.fixture(scope="module")
def platform_groups(synthesized: dict[str, Manifests]) -> list[dict]:
    return synthesized["prod"].get("PrometheusRule", "lighthouse-platform-alerts")["spec"]["groups"]


def test_every_platform_alert_has_a_promtool_case(platform_groups: list[dict]) -> None:
    names = {r["alert"] for g in platform_groups for r in g["rules"]}
    assert names - {"Watchdog"} == set(PLATFORM_CASES)


@needs_promtool
@pytest.mark.parametrize("alert", sorted(PLATFORM_CASES))
def test_promtool_proves_the_platform_alert_fires_and_stays_quiet(alert: str, platform_groups: list[dict], tmp_path: Path) -> None:
    firing, healthy, labels = PLATFORM_CASES[alert]
    severity = next(r["labels"]["severity"] for g in platform_groups for r in g["rules"] if r.get("alert") == alert)
    tests = [
        {"interval": "1m", "input_series": series(firing),
         "alert_rule_test": [{"eval_time": "40m", "alertname": alert, "exp_alerts": [{"exp_labels": {**labels, "severity": severity}}]}]},
        {"interval": "1m", "input_series": series(healthy),
         "alert_rule_test": [{"eval_time": "40m", "alertname": alert, "exp_alerts": []}]},
    ]
    result = promtool_test(tmp_path, platform_groups, tests)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_promtool_proves_the_watchdog_always_fires(platform_groups: list[dict], tmp_path: Path) -> None:
    tests = [{"interval": "1m", "input_series": [],
              "alert_rule_test": [{"eval_time": "1m", "alertname": "Watchdog", "exp_alerts": [{"exp_labels": {"severity": "none"}}]}]}]
    result = promtool_test(tmp_path, platform_groups, tests)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_promtool_catches_a_wrong_expectation(platform_groups: list[dict], tmp_path: Path) -> None:
    """The harness can fail: healthy series with an expected alert is a failed promtool test."""
    firing, healthy, labels = PLATFORM_CASES["TargetDown"]
    tests = [{"interval": "1m", "input_series": series(healthy),
              "alert_rule_test": [{"eval_time": "40m", "alertname": "TargetDown",
                                   "exp_alerts": [{"exp_labels": {**labels, "severity": "warning"}}]}]}]
    assert promtool_test(tmp_path, platform_groups, tests).returncode != 0


SLO_LABELS = {"namespace": "bridge", "service": "api-gateway"}
SLO_SERIES = {
    # scenario: (5xx share, share slower than 100 ms), per minute over 40 minutes (every window sees the same ratio)
    "burning": (20, 20),
    "slow burn": (0.2, 2),
    "healthy": (0, 0),
}


def slo_series(errors_pct: float, slow_pct: float) -> list[dict]:
    sel = 'namespace="bridge", service="api-gateway"'
    per_minute = 1000
    return series([
        (f'http_requests_total{{{sel}, code="200"}}', f"0+{per_minute * (100 - errors_pct) / 100:g}x40"),
        (f'http_requests_total{{{sel}, code="500"}}', f"0+{per_minute * errors_pct / 100:g}x40"),
        (f'http_request_duration_seconds_bucket{{{sel}, le="0.1"}}', f"0+{per_minute * (100 - slow_pct) / 100:g}x40"),
        (f'http_request_duration_seconds_count{{{sel}}}', f"0+{per_minute}x40"),
    ])


def slo_alerts(sli: str, windows: list[rules.BurnRateWindow]) -> list[dict]:
    return [{"exp_labels": {**SLO_LABELS, "slo": sli, "severity": w.severity, "long_window": w.long,
                            "short_window": w.short, "burn_rate": f"{w.burn_rate:g}"}} for w in windows]


@needs_promtool
@pytest.mark.parametrize("alert, sli", [("SLOAvailabilityBudgetBurn", "availability"), ("SLOLatencyBudgetBurn", "latency")])
def test_promtool_proves_each_burn_rate_tier(alert: str, sli: str, slo_rule_groups: list[dict], tmp_path: Path) -> None:
    """A heavy burn fires all four tiers; a burn at 2x the budget only opens the 3-day ticket;
    a healthy service fires nothing."""
    three_day = [w for w in rules.BURN_RATE_WINDOWS if w.long == "3d"]
    expected = {"burning": list(rules.BURN_RATE_WINDOWS), "slow burn": three_day, "healthy": []}
    tests = [{"interval": "1m", "input_series": slo_series(*SLO_SERIES[scenario]),
              "alert_rule_test": [{"eval_time": "30m", "alertname": alert, "exp_alerts": slo_alerts(sli, expected[scenario])}]}
             for scenario in SLO_SERIES]
    result = promtool_test(tmp_path, slo_rule_groups, tests)
    assert result.returncode == 0, result.stdout + result.stderr


def ingress_series(codes_pct: dict[str, float], per_minute: int = 1000) -> list[dict]:
    """The gateway's istio_requests_total for api-gateway, split by response code (share in %)."""
    sel = (f'reporter="source", source_workload_namespace="{GATEWAY_NS}", destination_service_namespace="bridge", '
           f'destination_service_name="api-gateway"')
    return series([(f'istio_requests_total{{{sel}, response_code="{code}", response_flags="{flags}"}}',
                    f"0+{per_minute * pct / 100:g}x40") for (code, flags), pct in codes_pct.items()])


@needs_promtool
@pytest.mark.parametrize("code, flags", [("503", "UH"), ("503", "UO"), ("429", "RL"), ("403", "-")])
def test_promtool_proves_envoy_replies_burn_the_ingress_budget(code: str, flags: str, slo_rule_groups: list[dict],
                                                               tmp_path: Path) -> None:
    """Envoy answers 20% of requests itself (no healthy upstream, circuit open, rate limited, denied):
    the app counts only what reached it (all 200), so only the edge SLI burns, at every tier."""
    app_healthy = slo_series(0, 0)
    gateway = ingress_series({("200", "-"): 80, (code, flags): 20})
    tests = [
        {"interval": "1m", "input_series": app_healthy + gateway,
         "alert_rule_test": [
             {"eval_time": "30m", "alertname": "SLOIngressBudgetBurn", "exp_alerts": slo_alerts("ingress", list(rules.BURN_RATE_WINDOWS))},
             {"eval_time": "30m", "alertname": "SLOAvailabilityBudgetBurn", "exp_alerts": []},
         ]},
        {"interval": "1m", "input_series": app_healthy + ingress_series({("200", "-"): 99.99, ("404", "-"): 0.01}),
         "alert_rule_test": [{"eval_time": "30m", "alertname": "SLOIngressBudgetBurn", "exp_alerts": []}]},
    ]
    result = promtool_test(tmp_path, slo_rule_groups, tests)
    assert result.returncode == 0, result.stdout + result.stderr


def no_traffic(sli: str) -> dict:
    return {"exp_labels": {**SLO_LABELS, "slo": sli, "severity": "critical"}}


@needs_promtool
def test_promtool_proves_the_no_traffic_alert_fires_on_total_loss_only(slo_rule_groups: list[dict], tmp_path: Path) -> None:
    """Absent series (every pod gone) and a flat counter (nothing arrives) both page, at the pods and
    at the gateway, after the SLO's no_traffic_for (10m); steady traffic keeps it quiet."""
    sel = 'namespace="bridge", service="api-gateway"'
    flat = series([(f'http_requests_total{{{sel}, code="200"}}', "100x40")]) + ingress_series({("200", "-"): 0})
    both = [no_traffic("availability"), no_traffic("ingress")]
    tests = [
        {"interval": "1m", "input_series": [],
         "alert_rule_test": [{"eval_time": "9m", "alertname": "SLONoTraffic", "exp_alerts": []},
                             {"eval_time": "15m", "alertname": "SLONoTraffic", "exp_alerts": both}]},
        {"interval": "1m", "input_series": flat,
         "alert_rule_test": [{"eval_time": "30m", "alertname": "SLONoTraffic", "exp_alerts": both}]},
        {"interval": "1m", "input_series": slo_series(0, 0) + ingress_series({("200", "-"): 100}),
         "alert_rule_test": [{"eval_time": "30m", "alertname": "SLONoTraffic", "exp_alerts": []}]},
        {"interval": "1m", "input_series": slo_series(0, 0),  # the gateway stopped routing to the service
         "alert_rule_test": [{"eval_time": "30m", "alertname": "SLONoTraffic", "exp_alerts": [no_traffic("ingress")]}]},
    ]
    result = promtool_test(tmp_path, slo_rule_groups, tests)
    assert result.returncode == 0, result.stdout + result.stderr


def _claims(manifests: Manifests) -> dict[str, tuple[str, str]]:
    """The PVCs the kubelet will report, by what they hold: (namespace, claim name) as the operators
    and the StatefulSet controller name them."""
    ns = {o["kind"]: o["metadata"]["namespace"] for o in manifests.objects if o["kind"] in ("Cluster", "Prometheus")}
    claims = {
        # CloudNativePG: <cluster>-<serial> and <cluster>-<serial>-wal (pkg/specs/pvc.go)
        "postgres data": (ns["Cluster"], "lighthouse-events-1"),
        "postgres wal": (ns["Cluster"], "lighthouse-events-1-wal"),
        # prometheus-operator: <prefix>-db-<statefulset>-<ordinal> (default volume name prometheus-<name>-db)
        "prometheus": (ns["Prometheus"], "prometheus-lighthouse-db-prometheus-lighthouse-0"),
    }
    for name, what in (("cache-redis", "redis"), ("loki", "loki")):
        sts = manifests.get("StatefulSet", name)
        claims[what] = (sts["metadata"]["namespace"], f"{sts['spec']['volumeClaimTemplates'][0]['metadata']['name']}-{name}-0")
    return claims


@needs_promtool
@pytest.mark.parametrize("volume", ["postgres data", "postgres wal", "redis", "prometheus", "loki"])
def test_promtool_proves_a_filling_volume_alerts(volume: str, platform_groups: list[dict], synthesized: dict[str, Manifests],
                                                  tmp_path: Path) -> None:
    """Every PVC the data and observability tiers run on is covered (the alert selects none by name)."""
    namespace, claim = _claims(synthesized["prod"])[volume]
    sel = f'namespace="{namespace}", persistentvolumeclaim="{claim}", node="node-1", job="kubelet"'
    full = series([(f"kubelet_volume_stats_available_bytes{{{sel}}}", "2x60"), (f"kubelet_volume_stats_capacity_bytes{{{sel}}}", "100x60")])
    tests = [{"interval": "1m", "input_series": full, "alert_rule_test": [{
        "eval_time": "40m", "alertname": "PersistentVolumeAlmostFull",
        "exp_alerts": [{"exp_labels": {"namespace": namespace, "persistentvolumeclaim": claim, "severity": "critical"}}]}]}]
    result = promtool_test(tmp_path, platform_groups, tests)
    assert result.returncode == 0, result.stdout + result.stderr


def test_prometheus_scrapes_the_kubelets_for_volume_stats(synthesized: dict[str, Manifests]) -> None:
    """The volume alerts read kubelet_volume_stats_*, which only the kubelet serves: a node-role job
    with the ServiceAccount token (RBAC nodes/metrics), and NetworkPolicy egress to the nodes on 10250."""
    m = synthesized["prod"]
    spec = m.get("Prometheus", "lighthouse")["spec"]
    ref = spec["additionalScrapeConfigs"]
    [job] = yaml.safe_load(m.get("Secret", ref["name"])["stringData"][ref["key"]])
    assert job["kubernetes_sd_configs"] == [{"role": "node"}] and job["scheme"] == "https"
    assert job["metric_relabel_configs"][0]["regex"] == "kubelet_volume_stats_.*"
    rules = m.get("ClusterRole", "lighthouse-prometheus")["rules"]
    assert {"apiGroups": [""], "resources": ["nodes/metrics"], "verbs": ["get"]} in rules
    assert not [r for r in rules if "nodes/proxy" in r.get("resources", [])]
    egress = m.get("NetworkPolicy", "allow-prometheus", "lighthouse-observability")["spec"]["egress"]
    assert {"to": [{"ipBlock": {"cidr": "10.30.16.0/20"}}], "ports": [{"port": 10250, "protocol": "TCP"}]} in egress


# --- amtool check-config ----------------------------------------------------------------------

@needs_amtool
@pytest.mark.parametrize("env", ENVIRONMENT_NAMES)
def test_amtool_accepts_the_rendered_alertmanager_config(env: str, synthesized: dict[str, Manifests], tmp_path: Path) -> None:
    path = tmp_path / "alertmanager.yaml"
    path.write_text(synthesized[env].get("Secret", "alertmanager-lighthouse-config")["stringData"]["alertmanager.yaml"])
    result = run(AMTOOL, "check-config", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


@needs_amtool
def test_amtool_accepts_every_notifier_type(tmp_path: Path) -> None:
    path = tmp_path / "alertmanager.yaml"
    path.write_text(render_config(ROUTED.alertmanager.routing))
    result = run(AMTOOL, "check-config", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert " - 2 inhibit rules\n - 3 receivers" in result.stdout


@needs_amtool
def test_amtool_rejects_a_route_to_a_missing_receiver(tmp_path: Path) -> None:
    path = tmp_path / "alertmanager.yaml"
    path.write_text(yaml.safe_dump({"route": {"receiver": "nowhere"}, "receivers": [{"name": "null"}]}))
    assert run(AMTOOL, "check-config", str(path)).returncode != 0
