"""Grafana dashboards, built in code with grafana-foundation-sdk (Grafana's own builder library).

Each function returns the dashboard as a JSON string, deterministic (sorted keys, fixed uids,
no timestamps). `DashboardNames` carries what differs between two stacks: the uid prefix and tag
(the instance) and the folder that starts each title. Queries use the metric names of the exporters the Lighthouse constructs deploy:
the bridge contract in lighthouse_constructs.slo, kube-state-metrics, PgBouncer and CloudNativePG
exporters, redis_exporter, and the FUSE daemon's contract metric (fuse_mount.STALE_MOUNT_METRIC).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from ..conventions import STALE_MOUNT_METRIC
from ..slo import REQUEST_COUNT_METRIC, REQUEST_DURATION_METRIC


@dataclass(frozen=True)
class DashboardNames:
    """`instance` prefixes every uid (`<instance>-hpa`) and is the tag; `folder` starts each title."""

    instance: str
    folder: str


if TYPE_CHECKING:  # the SDK is typed; at run time it loads only when a dashboard is built
    from grafana_foundation_sdk.builders import dashboard as dash_b
    from grafana_foundation_sdk.builders import prometheus as prom_b
    from grafana_foundation_sdk.builders import stat as stat_b
    from grafana_foundation_sdk.builders import timeseries as ts_b
    from grafana_foundation_sdk.models import dashboard as dash_m

    Rows = list[tuple[str, list[ts_b.Panel | stat_b.Panel]]]
    """A dashboard's rows: a title and the panels under it."""


PROMETHEUS_UID = "prometheus"
LOKI_UID = "loki"
TEMPO_UID = "tempo"


def _datasource() -> dash_m.DataSourceRef:
    # The SDK is imported in each function, not at the top: `import lighthouse_constructs` stays light.
    from grafana_foundation_sdk.models import dashboard as dash_m

    return dash_m.DataSourceRef(type_val="prometheus", uid=PROMETHEUS_UID)


def _query(expr: str, legend: str, ref: str = "A") -> prom_b.Dataquery:
    from grafana_foundation_sdk.builders import prometheus as prom_b

    return prom_b.Dataquery().expr(expr).legend_format(legend).ref_id(ref).datasource(_datasource())


def _timeseries(title: str, unit: str, queries: list[tuple[str, str]], *, width: int = 12, threshold: float | None = None,
                description: str = "") -> ts_b.Panel:
    from grafana_foundation_sdk.builders import common as common_b
    from grafana_foundation_sdk.builders import dashboard as dash_b
    from grafana_foundation_sdk.builders import timeseries as ts_b
    from grafana_foundation_sdk.models import common as common_m
    from grafana_foundation_sdk.models import dashboard as dash_m

    panel = (ts_b.Panel().title(title).description(description).unit(unit).span(width).height(8)
             .datasource(_datasource()).fill_opacity(10).line_width(1))
    for i, (expr, legend) in enumerate(queries):
        panel = panel.with_target(_query(expr, legend, chr(ord("A") + i)))
    if threshold is not None:
        panel = (panel
                 .thresholds(dash_b.ThresholdsConfig().mode(dash_m.ThresholdsMode.ABSOLUTE).steps([
                     dash_m.Threshold(value=None, color="green"), dash_m.Threshold(value=threshold, color="red")]))
                 .thresholds_style(common_b.GraphThresholdsStyleConfig().mode(common_m.GraphThresholdsStyleMode.DASHED)))
    return panel


def _stat(title: str, unit: str, expr: str, legend: str, *, width: int = 6, red_below: float | None = None) -> stat_b.Panel:
    from grafana_foundation_sdk.builders import dashboard as dash_b
    from grafana_foundation_sdk.builders import stat as stat_b
    from grafana_foundation_sdk.models import dashboard as dash_m

    panel = stat_b.Panel().title(title).unit(unit).span(width).height(4).datasource(_datasource()).with_target(_query(expr, legend))
    if red_below is not None:
        panel = panel.thresholds(dash_b.ThresholdsConfig().mode(dash_m.ThresholdsMode.ABSOLUTE).steps([
            dash_m.Threshold(value=None, color="red"), dash_m.Threshold(value=red_below, color="green")]))
    return panel


def _variable(name: str, label: str, query: str) -> dash_b.QueryVariable:
    from grafana_foundation_sdk.builders import dashboard as dash_b
    from grafana_foundation_sdk.models import dashboard as dash_m

    return (dash_b.QueryVariable(name).label(label).query(query).datasource(_datasource())
            .refresh(dash_m.VariableRefresh.ON_TIME_RANGE_CHANGED).include_all(True).multi(True)
            .all_value(".*").sort(dash_m.VariableSort.ALPHABETICAL_ASC))


def _dashboard(names: DashboardNames, uid: str, title: str, description: str,
               rows: Rows,
               variables: Sequence[dash_b.QueryVariable] = ()) -> dash_m.Dashboard:
    from grafana_foundation_sdk.builders import dashboard as dash_b

    builder = (dash_b.Dashboard(f"{names.folder} / {title}").uid(f"{names.instance}-{uid}").description(description)
               .tags([names.instance])
               .editable().time("now-6h", "now").refresh("1m").timezone("utc"))
    for variable in variables:
        builder = builder.with_variable(variable)
    panel_id = 0
    for row_title, panels in rows:
        panel_id += 1
        builder = builder.with_row(dash_b.Row(row_title).id(panel_id))
        for panel in panels:
            panel_id += 1
            builder = builder.with_panel(panel.id(panel_id))
    return builder.build()


def _to_json(dashboard: dash_m.Dashboard) -> str:
    from grafana_foundation_sdk.cog.encoder import JSONEncoder

    return json.dumps(dashboard, cls=JSONEncoder, sort_keys=True, indent=2) + "\n"


def bridge_red(names: DashboardNames, latency_threshold_ms: int = 100) -> str:
    """Rate, errors and duration of every bridge; p50/p95/p99 against the latency objective."""
    sel = 'namespace=~"$namespace", service=~"$service"'
    by = "sum by (service)"
    threshold = latency_threshold_ms / 1000
    latency = [
        (f"histogram_quantile({q}, {by.replace('(service)', '(service, le)')} (rate({REQUEST_DURATION_METRIC}_bucket{{{sel}}}[$__rate_interval])))",
         f"{{{{service}}}} p{int(q * 100)}")
        for q in (0.5, 0.95, 0.99)
    ]
    rows: Rows = [
        ("Traffic and errors", [
            _timeseries("Requests per second", "reqps",
                        [(f"{by} (rate({REQUEST_COUNT_METRIC}{{{sel}}}[$__rate_interval]))", "{{service}}")]),
            _timeseries("5xx error ratio", "percentunit",
                        [(f'{by} (rate({REQUEST_COUNT_METRIC}{{{sel}, code=~"5.."}}[$__rate_interval])) / '
                          f"{by} (rate({REQUEST_COUNT_METRIC}{{{sel}}}[$__rate_interval]))", "{{service}}")]),
        ]),
        ("Latency", [
            _timeseries(f"Latency p50 / p95 / p99 (objective: p99 < {latency_threshold_ms} ms)", "s", latency,
                        width=24, threshold=threshold,
                        description=f"The dashed line is the {latency_threshold_ms} ms objective."),
        ]),
        ("Error budget", [
            _timeseries("SLO error ratio, 1h window", "percentunit",
                        [(f'slo:sli_error:ratio_rate1h{{{sel}}}', "{{service}} {{slo}}")]),
            _timeseries("SLO error ratio, 3d window", "percentunit",
                        [(f'slo:sli_error:ratio_rate3d{{{sel}}}', "{{service}} {{slo}}")]),
        ]),
    ]
    variables = [
        _variable("namespace", "Namespace", f"label_values({REQUEST_COUNT_METRIC}, namespace)"),
        _variable("service", "Service", f'label_values({REQUEST_COUNT_METRIC}{{namespace=~"$namespace"}}, service)'),
    ]
    return _to_json(_dashboard(names, "bridge-red", "Bridges (RED)",
                               "Rate, errors and duration of the bridge services.", rows, variables))


def autoscaling(names: DashboardNames) -> str:
    """HPA current, desired and bounds per autoscaler (kube-state-metrics)."""
    sel = 'namespace=~"$namespace"'
    rows: Rows = [("Horizontal Pod Autoscalers", [
        _timeseries("Current replicas", "short",
                    [(f"kube_horizontalpodautoscaler_status_current_replicas{{{sel}}}", "{{horizontalpodautoscaler}}")]),
        _timeseries("Desired replicas", "short",
                    [(f"kube_horizontalpodautoscaler_status_desired_replicas{{{sel}}}", "{{horizontalpodautoscaler}}")]),
        _timeseries("Headroom to max replicas", "short",
                    [(f"kube_horizontalpodautoscaler_spec_max_replicas{{{sel}}} - kube_horizontalpodautoscaler_status_current_replicas{{{sel}}}",
                      "{{horizontalpodautoscaler}}")], width=24),
    ])]
    variables = [_variable("namespace", "Namespace", "label_values(kube_horizontalpodautoscaler_spec_max_replicas, namespace)")]
    return _to_json(_dashboard(names, "hpa", "Autoscaling", "HPA replicas against their bounds.", rows, variables))


def postgres(names: DashboardNames) -> str:
    """PgBouncer pools and PostgreSQL streaming replication (CloudNativePG exporters)."""
    sel = 'namespace=~"$namespace"'
    rows: Rows = [
        ("PgBouncer pools", [
            _timeseries("Client connections active / waiting", "short", [
                (f"sum by (pod, database) (cnpg_pgbouncer_pools_cl_active{{{sel}}})", "{{pod}} {{database}} active"),
                (f"sum by (pod, database) (cnpg_pgbouncer_pools_cl_waiting{{{sel}}})", "{{pod}} {{database}} waiting"),
            ]),
            _timeseries("Server connections active / idle", "short", [
                (f"sum by (pod, database) (cnpg_pgbouncer_pools_sv_active{{{sel}}})", "{{pod}} {{database}} active"),
                (f"sum by (pod, database) (cnpg_pgbouncer_pools_sv_idle{{{sel}}})", "{{pod}} {{database}} idle"),
            ]),
            _timeseries("Longest client wait", "s", [
                (f"max by (pod, database) (cnpg_pgbouncer_pools_maxwait{{{sel}}})", "{{pod}} {{database}}")], width=24),
        ]),
        ("Replication", [
            _stat("Streaming replicas", "short", f"max(cnpg_pg_replication_streaming_replicas{{{sel}}})", "replicas", red_below=1),
            _stat("Primary is up", "short", f'max(cnpg_collector_up{{{sel}}})', "up", red_below=1),
            _timeseries("Replication lag", "s", [(f"max by (pod) (cnpg_pg_replication_lag{{{sel}}})", "{{pod}}")]),
            _timeseries("Connections", "short", [
                (f"sum by (pod) (cnpg_backends_total{{{sel}}})", "{{pod}}")]),
        ]),
    ]
    variables = [_variable("namespace", "Namespace", "label_values(cnpg_collector_up, namespace)")]
    return _to_json(_dashboard(names, "postgres", "PostgreSQL and PgBouncer",
                               "Connection pools and streaming replication.", rows, variables))


def redis(names: DashboardNames) -> str:
    """Redis primary/replicas and the sentinels' view (redis_exporter)."""
    sel = 'namespace=~"$namespace"'
    rows: Rows = [
        ("Primary and replicas", [
            _stat("Primaries", "short", f'count(redis_instance_info{{{sel}, role="master"}})', "primaries", red_below=1),
            _stat("Connected replicas", "short", f'max(redis_connected_slaves{{{sel}}})', "replicas", red_below=1),
            _timeseries("Role per pod (1 = primary)", "short",
                        [(f'max by (pod) (redis_instance_info{{{sel}, role="master"}})', "{{pod}}")]),
            _timeseries("Memory used / maxmemory", "percentunit",
                        [(f"redis_memory_used_bytes{{{sel}}} / redis_memory_max_bytes{{{sel}}}", "{{pod}}")]),
        ]),
        ("Sentinels", [
            _timeseries("Primaries known to each sentinel", "short",
                        [(f"sum by (pod) (redis_sentinel_masters{{{sel}}})", "{{pod}}")]),
            _timeseries("Sentinels seen per primary", "short",
                        [(f"max by (pod, master_name) (redis_sentinel_master_sentinels{{{sel}}})", "{{pod}} {{master_name}}")]),
            _timeseries("Primary status (1 = ok)", "short",
                        [(f"max by (pod, master_name) (redis_sentinel_master_status{{{sel}}})", "{{pod}} {{master_name}}")], width=24),
        ]),
    ]
    variables = [_variable("namespace", "Namespace", "label_values(redis_up, namespace)")]
    return _to_json(_dashboard(names, "redis", "Redis and Sentinel",
                               "Which pod is primary, replication, and the sentinels' agreement.", rows, variables))


def fuse(names: DashboardNames) -> str:
    """The FUSE mount daemon on each node: daemon pods, mount health, restarts."""
    sel = 'namespace=~"$namespace"'
    rows: Rows = [("FUSE daemon", [
        _stat("Nodes without a ready daemon", "short",
              f"max(kube_daemonset_status_desired_number_scheduled{{{sel}}} - kube_daemonset_status_number_ready{{{sel}}})",
              "missing"),
        _stat("Stale mounts", "short", f"sum(max by (node, mountpoint) ({STALE_MOUNT_METRIC}{{{sel}}})) or vector(0)", "stale"),
        _timeseries("Stale mounts per node (1 = ENOTCONN, 0 = ok)", "short",
                    [(f"max by (node, mountpoint) ({STALE_MOUNT_METRIC}{{{sel}}})", "{{node}} {{mountpoint}}")]),
        # max, not sum: every kube-state-metrics replica serves the same counter.
        _timeseries("Daemon restarts", "short",
                    [(f"max by (pod) (increase(kube_pod_container_status_restarts_total{{{sel}}}[1h]))", "{{pod}}")]),
    ])]
    variables = [_variable("namespace", "Namespace", "label_values(kube_daemonset_status_desired_number_scheduled, namespace)")]
    return _to_json(_dashboard(names, "fuse", "FUSE mounts", "The FUSE daemon on every node.", rows, variables))


DASHBOARDS: dict[str, Callable[[DashboardNames], str]] = {
    "bridge-red": bridge_red,
    "autoscaling": autoscaling,
    "postgres": postgres,
    "redis": redis,
    "fuse": fuse,
}
"""Dashboard name -> builder. Each becomes one ConfigMap, provisioned into Grafana (`fuse` only
when asked: GrafanaSettings.fuse_dashboard)."""
OPTIONAL = ("fuse",)
