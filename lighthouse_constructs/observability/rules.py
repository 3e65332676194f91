"""Alerting and recording rules, as data (Prometheus rule-group dicts).

SLO rules follow the multi-window, multi-burn-rate method of the Google SRE workbook
("Alerting on SLOs"): for a 30-day objective, page when 2% of the error budget burns within an
hour (14.4x over 1h, confirmed over 5m) or 5% within six hours (6x over 6h/30m), and open a
ticket when 10% burns within a day (3x over 1d/2h) or 10% within three days (1x over 3d/6h).
The short window makes an alert stop soon after the burn stops.

Latency is an SLI like availability: the share of requests slower than the threshold (from the
histogram bucket at the threshold), against a budget of 1 - quantile (p99 -> 1%).

A service behind the Istio ingress gateway has a third SLI measured there (`slo="ingress"`,
same budget as availability): 5xx, 429 and 403 replies as the gateway reports them, Envoy's
own replies included. Ratios are blind to total loss (0/0), so each request-counting SLI also
has an SLONoTraffic alert that fires when its request rate is zero or its series are absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from ..handles import SloSource
from ..slo import (
    INGRESS_ERROR_CODES,
    INGRESS_REQUEST_METRIC,
    REQUEST_COUNT_METRIC,
    REQUEST_DURATION_METRIC,
)

SLI_METRIC = "slo:sli_error:ratio_rate"
"""Recorded error ratio per window: `slo:sli_error:ratio_rate<window>{namespace, service, slo}`."""
RECORDING_WINDOWS = ("5m", "30m", "1h", "2h", "6h", "1d", "3d")


@dataclass(frozen=True)
class BurnRateWindow:
    long: str
    short: str
    burn_rate: float
    severity: str
    budget_consumed: str


BURN_RATE_WINDOWS = (
    BurnRateWindow("1h", "5m", 14.4, "critical", "2% of the 30-day error budget in 1 hour"),
    BurnRateWindow("6h", "30m", 6.0, "critical", "5% of the 30-day error budget in 6 hours"),
    BurnRateWindow("1d", "2h", 3.0, "warning", "10% of the 30-day error budget in 1 day"),
    BurnRateWindow("3d", "6h", 1.0, "warning", "10% of the 30-day error budget in 3 days"),
)
FASTEST_BURN = max(w.burn_rate for w in BURN_RATE_WINDOWS)
LABEL_VALUE = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


def _number(value: float) -> str:
    return f"{value:.6g}"


def le_label(threshold_ms: int) -> str:
    """The histogram `le` label value of a threshold, as Prometheus 3 normalizes it (0.1, 1.0, 2.5)."""
    return repr(threshold_ms / 1000)


def validate_slo_sources(sources: Sequence[SloSource]) -> None:
    """Reject sources the rules could not serve: bad names, duplicates, budgets no alert can detect."""
    seen: set[tuple[str, str]] = set()
    for source in sources:
        where = f"SLO source {source.slo_namespace}/{source.slo_service}"
        for field, value in (("slo_service", source.slo_service), ("slo_namespace", source.slo_namespace)):
            if not LABEL_VALUE.match(value) or len(value) > 63:
                raise ValueError(f"{where}: {field} {value!r} must be a DNS-1123 label (lowercase alphanumerics and '-', at most 63)")
        key = (source.slo_namespace, source.slo_service)
        if key in seen:
            raise ValueError(f"{where} is declared twice; each service has one SLO")
        seen.add(key)
        slo = source.slo
        for name, budget, allowed in (
            ("availability_target", 1 - slo.availability_target, f">= {1 - 1 / FASTEST_BURN:.4f}"),
            ("latency_quantile", 1 - slo.latency_quantile, f">= {1 - 1 / FASTEST_BURN:.4f}"),
        ):
            if FASTEST_BURN * budget >= 1:
                value = getattr(slo, name)
                raise ValueError(
                    f"{where}: {name} {value} leaves an error budget of {_number(budget)}; the {FASTEST_BURN}x burn-rate "
                    f"alert would need an error ratio of {_number(FASTEST_BURN * budget)} > 1 and could never fire; "
                    f"allowed: {allowed}"
                )


def runbook(base_url: str | None, alert: str) -> dict[str, str]:
    """The runbook_url annotation `<base>/<alert>`; none without a base URL (no link that leads nowhere)."""
    return {"runbook_url": f"{base_url}/{alert}"} if base_url else {}


def _selector(source: SloSource, extra: str = "") -> str:
    return f'namespace="{source.slo_namespace}", service="{source.slo_service}"{extra}'


def _ingress_selector(source: SloSource) -> str:
    """The gateway's reports (reporter="source": the gateway is the client) of requests to the service."""
    assert source.slo_ingress is not None
    return (f'reporter="source", source_workload_namespace="{source.slo_ingress.namespace}", '
            f'destination_service_namespace="{source.slo_namespace}", destination_service_name="{source.slo_service}"')


def _request_counters(source: SloSource) -> dict[str, tuple[str, str]]:
    """Per request-counting SLI: (metric{selector}, error matcher)."""
    counters = {"availability": (f"{REQUEST_COUNT_METRIC}{{{_selector(source)}", 'code=~"5.."')}
    if source.slo_ingress is not None:
        counters["ingress"] = (f"{INGRESS_REQUEST_METRIC}{{{_ingress_selector(source)}", f'response_code=~"{INGRESS_ERROR_CODES}"')
    return counters


def _sli_expressions(source: SloSource, window: str) -> dict[str, str]:
    sel = _selector(source)
    by = "sum by (namespace, service)"
    expressions = {}
    for sli, (series, errors) in _request_counters(source).items():
        # The ingress series carry Istio's labels: sum them away (the rule labels name the service).
        agg = by if sli == "availability" else "sum"
        expressions[sli] = (
            f"{agg} (rate({series}, {errors}}}[{window}]) or 0 * rate({series}}}[{window}]))\n"
            f"/\n{agg} (rate({series}}}[{window}]))"
        )
    le = le_label(source.slo.latency_threshold_ms)
    expressions["latency"] = (
        f"1 - (\n  {by} (rate({REQUEST_DURATION_METRIC}_bucket{{{sel}, le=\"{le}\"}}[{window}]))\n"
        f"  /\n  {by} (rate({REQUEST_DURATION_METRIC}_count{{{sel}}}[{window}]))\n)"
    )
    return expressions


NO_TRAFFIC_WINDOW = "5m"
"""The rate window of SLONoTraffic (which fires after the SLO's `no_traffic_for`)."""


def slo_rule_group(source: SloSource, runbook_base_url: str | None) -> dict[str, Any]:
    """Recording rules and burn-rate alerts for one source's availability and latency SLOs."""
    slo = source.slo
    rules: list[dict[str, Any]] = []
    service_labels = {"namespace": source.slo_namespace, "service": source.slo_service}
    for window in RECORDING_WINDOWS:
        for sli, expr in _sli_expressions(source, window).items():
            labels = {"slo": sli} if sli != "ingress" else {**service_labels, "slo": sli}
            rules.append({"record": f"{SLI_METRIC}{window}", "expr": expr, "labels": labels})
    budgets = {"availability": 1 - slo.availability_target, "latency": 1 - slo.latency_quantile,
               "ingress": 1 - slo.availability_target}
    objectives = {
        "availability": f"{_number(slo.availability_target * 100)}% of requests without a 5xx",
        "latency": f"p{_number(slo.latency_quantile * 100)} latency under {slo.latency_threshold_ms} ms",
        "ingress": (f"{_number(slo.availability_target * 100)}% of requests through the ingress gateway answered "
                    f"without {INGRESS_ERROR_CODES}"),
    }
    alert_names = {"availability": "SLOAvailabilityBudgetBurn", "latency": "SLOLatencyBudgetBurn",
                   "ingress": "SLOIngressBudgetBurn"}
    bad_events = {"availability": "requests failing with 5xx", "latency": f"requests slower than {slo.latency_threshold_ms} ms",
                  "ingress": f"requests answered {INGRESS_ERROR_CODES} at the ingress gateway (Envoy's own replies included)"}
    counters = _request_counters(source)
    for sli in ("availability", "latency", *(("ingress",) if "ingress" in counters else ())):
        for w in BURN_RATE_WINDOWS:
            threshold = _number(w.burn_rate * budgets[sli])
            series = "{" + _selector(source, f', slo="{sli}"') + "}"
            rules.append({
                "alert": alert_names[sli],
                "expr": f"{SLI_METRIC}{w.long}{series} > {threshold}\nand\n{SLI_METRIC}{w.short}{series} > {threshold}",
                "for": "2m",
                "labels": {"severity": w.severity, "slo": sli, "long_window": w.long, "short_window": w.short,
                           "burn_rate": _number(w.burn_rate)},
                "annotations": {
                    "summary": f"{source.slo_service} burns its {sli} error budget {_number(w.burn_rate)}x too fast",
                    "description": (
                        f"SLO: {objectives[sli]}. {{{{ $value | humanizePercentage }}}} of {bad_events[sli]} over the last "
                        f"{w.long} (and over {w.short}), above {threshold} = {_number(w.burn_rate)} x the error budget "
                        f"{_number(budgets[sli])}: at this rate {w.budget_consumed} is spent."
                    ),
                    **runbook(runbook_base_url, alert_names[sli]),
                },
            })
    if slo.no_traffic_for is not None:
        for sli, (series, _) in counters.items():
            where = "through the ingress gateway" if sli == "ingress" else "at its pods"
            rules.append({
                "alert": "SLONoTraffic",
                # `or vector(0)`: absent series (every pod gone, scrape failing) count as no traffic.
                "expr": f"(sum(rate({series}}}[{NO_TRAFFIC_WINDOW}])) or vector(0)) == 0",
                "for": slo.no_traffic_for,
                "labels": {"severity": "critical", **service_labels, "slo": sli},
                "annotations": {
                    "summary": f"{source.slo_service} receives no requests {where}",
                    "description": (
                        f"No request to {source.slo_namespace}/{source.slo_service} was counted {where} for "
                        f"{slo.no_traffic_for} (rate zero or series absent): a total outage that the error-ratio "
                        f"SLIs cannot see (0/0)."
                    ),
                    **runbook(runbook_base_url, "SLONoTraffic"),
                },
            })
    return {"name": f"slo.{source.slo_namespace}.{source.slo_service}", "interval": "30s", "rules": rules}


@dataclass(frozen=True)
class PlatformAlert:
    """A generic alert and the threshold it fires at (listed in docs and tests)."""

    name: str
    expr: str
    for_: str
    severity: str
    summary: str
    description: str
    threshold: str


def _volume_ratio(numerator: str, denominator: str) -> str:
    """Free share of each PVC from the kubelet's volume stats (one series per PVC: max drops the node labels)."""
    by = "max by (namespace, persistentvolumeclaim)"
    return f"(\n  {by} (kubelet_volume_stats_{numerator})\n  /\n  {by} (kubelet_volume_stats_{denominator})\n)"


def platform_alerts(alertmanager_replicas: int) -> tuple[PlatformAlert, ...]:
    """Alerts no other construct emits: the monitoring pipeline itself and generic Kubernetes health.
    PostgreSQL, Redis and FUSE alerts come with their constructs."""
    return (
        PlatformAlert(
            "Watchdog", "vector(1)", "0s", "none",
            "Always firing: proves the alerting pipeline works end to end",
            "Route this to a dead man's switch; silence means Prometheus or Alertmanager is down.",
            "always firing"),
        PlatformAlert(
            "TargetDown",
            "100 * (\n  count by (namespace, job, service) (up == 0)\n  /\n  count by (namespace, job, service) (up)\n) > 10",
            "10m", "warning",
            "Scrape targets of {{ $labels.job }} are down",
            "{{ printf \"%.0f\" $value }}% of the targets of job {{ $labels.job }} in {{ $labels.namespace }} cannot be scraped.",
            "> 10% of a job's targets down for 10m"),
        PlatformAlert(
            "PrometheusConfigReloadFailed",
            "max_over_time(prometheus_config_last_reload_successful[5m]) == 0", "10m", "warning",
            "Prometheus {{ $labels.pod }} cannot load its configuration",
            "The last configuration reload of {{ $labels.namespace }}/{{ $labels.pod }} failed; it runs on the previous one.",
            "last reload failed for 10m"),
        PlatformAlert(
            "PrometheusRuleEvaluationFailures",
            "increase(prometheus_rule_evaluation_failures_total[5m]) > 0", "15m", "critical",
            "Prometheus {{ $labels.pod }} fails to evaluate rules",
            "{{ printf \"%.0f\" $value }} rule evaluations failed in 5 minutes in group {{ $labels.rule_group }}: alerts may be missed.",
            "any failed evaluation in 5m, for 15m"),
        PlatformAlert(
            "PrometheusNotConnectedToAlertmanagers",
            "max_over_time(prometheus_notifications_alertmanagers_discovered[5m]) < 1", "10m", "critical",
            "Prometheus {{ $labels.pod }} has no Alertmanager to send alerts to",
            "{{ $labels.namespace }}/{{ $labels.pod }} discovered no Alertmanager for 10 minutes.",
            "< 1 Alertmanager discovered for 10m"),
        PlatformAlert(
            "PrometheusNotificationsFailing",
            "(\n  rate(prometheus_notifications_errors_total[5m])\n  /\n  rate(prometheus_notifications_sent_total[5m])\n) > 0.01",
            "15m", "critical",
            "Prometheus {{ $labels.pod }} fails to send alerts to {{ $labels.alertmanager }}",
            "{{ $value | humanizePercentage }} of alert notifications fail.",
            "> 1% of notifications failing for 15m"),
        PlatformAlert(
            "AlertmanagerConfigReloadFailed",
            "max_over_time(alertmanager_config_last_reload_successful[5m]) == 0", "10m", "critical",
            "Alertmanager {{ $labels.pod }} cannot load its configuration",
            "The last configuration reload of {{ $labels.namespace }}/{{ $labels.pod }} failed.",
            "last reload failed for 10m"),
        PlatformAlert(
            "AlertmanagerNotificationsFailing",
            "(\n  sum by (namespace, pod, integration) (rate(alertmanager_notifications_failed_total[5m]))\n  /\n"
            "  sum by (namespace, pod, integration) (rate(alertmanager_notifications_total[5m]))\n) > 0.01",
            "5m", "critical",
            "Alertmanager fails to deliver {{ $labels.integration }} notifications",
            "{{ $value | humanizePercentage }} of {{ $labels.integration }} notifications from {{ $labels.pod }} fail.",
            "> 1% of an integration's notifications failing for 5m"),
        PlatformAlert(
            "AlertmanagerClusterMembersMissing",
            f"max by (namespace, pod) (alertmanager_cluster_members) < {alertmanager_replicas}", "15m", "warning",
            "Alertmanager {{ $labels.pod }} sees fewer cluster peers than replicas",
            f"{{{{ $labels.pod }}}} sees {{{{ $value }}}} cluster members; {alertmanager_replicas} expected.",
            f"< {alertmanager_replicas} members (the replica count) for 15m"),
        PlatformAlert(
            "LokiRequestErrors",
            "(\n  sum by (namespace, job, route) (rate(loki_request_duration_seconds_count{status_code=~\"5..\"}[5m]))\n  /\n"
            "  sum by (namespace, job, route) (rate(loki_request_duration_seconds_count[5m]))\n) > 0.05",
            "15m", "critical",
            "Loki route {{ $labels.route }} fails",
            "{{ $value | humanizePercentage }} of requests to {{ $labels.route }} fail with 5xx.",
            "> 5% of a route's requests failing for 15m"),
        PlatformAlert(
            "LokiLogsDiscarded",
            "sum by (namespace, reason) (rate(loki_discarded_samples_total[5m])) > 0", "15m", "warning",
            "Loki discards log lines ({{ $labels.reason }})",
            "Loki in {{ $labels.namespace }} drops {{ $value }} lines per second, reason {{ $labels.reason }}.",
            "any discarded line, for 15m"),
        PlatformAlert(
            "TempoRequestErrors",
            "(\n  sum by (namespace, job, route) (rate(tempo_request_duration_seconds_count{status_code=~\"5..\"}[5m]))\n  /\n"
            "  sum by (namespace, job, route) (rate(tempo_request_duration_seconds_count[5m]))\n) > 0.05",
            "15m", "warning",
            "Tempo route {{ $labels.route }} fails",
            "{{ $value | humanizePercentage }} of requests to {{ $labels.route }} fail with 5xx.",
            "> 5% of a route's requests failing for 15m"),
        PlatformAlert(
            "CollectorExportFailing",
            "sum by (namespace, pod, exporter) (rate(otelcol_exporter_send_failed_spans_total[5m])) > 0\nor\n"
            "sum by (namespace, pod, exporter) (rate(otelcol_exporter_send_failed_log_records_total[5m])) > 0",
            "15m", "warning",
            "OpenTelemetry collector {{ $labels.pod }} cannot export via {{ $labels.exporter }}",
            "{{ $value }} spans or log records per second are lost by exporter {{ $labels.exporter }}.",
            "any failed span or log record, for 15m"),
        PlatformAlert(
            "CollectorRefusingData",
            "sum by (namespace, pod, receiver) (rate(otelcol_receiver_refused_spans_total[5m])) > 0\nor\n"
            "sum by (namespace, pod, receiver) (rate(otelcol_receiver_refused_log_records_total[5m])) > 0",
            "15m", "warning",
            "OpenTelemetry collector {{ $labels.pod }} refuses data (memory limit)",
            "Receiver {{ $labels.receiver }} refuses {{ $value }} items per second.",
            "any refused span or log record, for 15m"),
        PlatformAlert(
            "CollectorQueueNearlyFull",
            "max by (namespace, pod, exporter) (otelcol_exporter_queue_size / otelcol_exporter_queue_capacity) > 0.8",
            "15m", "warning",
            "OpenTelemetry collector {{ $labels.pod }} export queue is almost full",
            "The queue of exporter {{ $labels.exporter }} is {{ $value | humanizePercentage }} full; data will be dropped soon.",
            "> 80% full for 15m"),
        PlatformAlert(
            "PersistentVolumeFillingUp",
            f"{_volume_ratio('available_bytes', 'capacity_bytes')} < 0.15\nand\n"
            "max by (namespace, persistentvolumeclaim) (predict_linear(kubelet_volume_stats_available_bytes[6h], 4 * 24 * 3600)) < 0",
            "30m", "warning",
            "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} fills up within 4 days",
            "{{ $value | humanizePercentage }} of the volume is free and the 6-hour trend fills it within 4 days "
            "(PostgreSQL data or WAL, Redis, Prometheus, Loki, Tempo: every PersistentVolumeClaim).",
            "< 15% free and full within 4 days at the 6h trend, for 30m"),
        PlatformAlert(
            "PersistentVolumeAlmostFull",
            f"{_volume_ratio('available_bytes', 'capacity_bytes')} < 0.03", "5m", "critical",
            "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is almost full",
            "Only {{ $value | humanizePercentage }} of the volume is free: writes fail when it is full "
            "(a PostgreSQL WAL volume full stops the database).",
            "< 3% free for 5m"),
        PlatformAlert(
            "PersistentVolumeInodesAlmostExhausted",
            f"{_volume_ratio('inodes_free', 'inodes')} < 0.03", "5m", "critical",
            "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} runs out of inodes",
            "Only {{ $value | humanizePercentage }} of the volume's inodes are free: new files cannot be created.",
            "< 3% inodes free for 5m"),
        PlatformAlert(
            "KubePodCrashLooping",
            "max_over_time(kube_pod_container_status_waiting_reason{reason=\"CrashLoopBackOff\"}[5m]) >= 1",
            "15m", "warning",
            "Pod {{ $labels.namespace }}/{{ $labels.pod }} is crash looping",
            "Container {{ $labels.container }} of {{ $labels.namespace }}/{{ $labels.pod }} is in CrashLoopBackOff.",
            "in CrashLoopBackOff for 15m"),
        PlatformAlert(
            "KubePodNotReady",
            "sum by (namespace, pod) (kube_pod_status_phase{phase=~\"Pending|Unknown|Failed\"}) > 0", "15m", "warning",
            "Pod {{ $labels.namespace }}/{{ $labels.pod }} is not running",
            "{{ $labels.namespace }}/{{ $labels.pod }} has been Pending, Unknown or Failed for 15 minutes.",
            "not Running/Succeeded for 15m"),
        PlatformAlert(
            "KubeDeploymentReplicasMismatch",
            "kube_deployment_spec_replicas != kube_deployment_status_replicas_available", "15m", "warning",
            "Deployment {{ $labels.namespace }}/{{ $labels.deployment }} is missing replicas",
            "Available replicas differ from the desired count for 15 minutes.",
            "available != desired for 15m"),
        PlatformAlert(
            "KubeStatefulSetReplicasMismatch",
            "kube_statefulset_status_replicas_ready != kube_statefulset_replicas", "15m", "warning",
            "StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} is missing replicas",
            "Ready replicas differ from the desired count for 15 minutes.",
            "ready != desired for 15m"),
        PlatformAlert(
            "KubeDaemonSetPodsNotReady",
            "kube_daemonset_status_desired_number_scheduled - kube_daemonset_status_number_ready > 0", "15m", "warning",
            "DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} is not ready on every node",
            "{{ $value }} nodes lack a ready pod of the DaemonSet.",
            "any node without a ready pod for 15m"),
        PlatformAlert(
            "KubeHpaMaxedOut",
            "kube_horizontalpodautoscaler_status_current_replicas == kube_horizontalpodautoscaler_spec_max_replicas\n"
            "and\nkube_horizontalpodautoscaler_spec_max_replicas > 1",
            "15m", "warning",
            "HPA {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} runs at its maximum",
            "The autoscaler has been at maxReplicas ({{ $value }}) for 15 minutes: it cannot absorb more load.",
            "current == max replicas for 15m"),
    )


PART_ALERTS = {"logs": "Loki", "traces": "Tempo", "gateway": "Collector"}
"""Optional part of the stack -> the name prefix of the platform alerts about it."""


def platform_rule_group(alertmanager_replicas: int, runbook_base_url: str | None, *, instance: str,
                        parts: frozenset[str] = frozenset(PART_ALERTS)) -> dict[str, Any]:
    """The platform alerts of stack `instance`, without those about optional parts it does not run."""
    left_out = tuple(prefix for part, prefix in PART_ALERTS.items() if part not in parts)
    rules = []
    for alert in platform_alerts(alertmanager_replicas):
        if left_out and alert.name.startswith(left_out):
            continue
        rule: dict[str, Any] = {"alert": alert.name, "expr": alert.expr}
        if alert.for_ != "0s":
            rule["for"] = alert.for_
        rule["labels"] = {"severity": alert.severity}
        rule["annotations"] = {"summary": alert.summary, "description": alert.description,
                               **runbook(runbook_base_url, alert.name)}
        rules.append(rule)
    return {"name": f"{instance}.platform", "rules": rules}
