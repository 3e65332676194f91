"""The PostgreSQL alerts of one cluster, on the metrics CloudNativePG's instance exporter serves.

Metric sources (port 9187 of every instance): `cnpg_collector_up`, the default queries
(`cnpg_pg_replication_lag`, `cnpg_pg_stat_archiver_*`, `cnpg_backends_total`,
`cnpg_pg_settings_setting`) and, with the barman-cloud plugin, the plugin's backup timestamps
`barman_cloud_cloudnative_pg_io_last_{available,failed}_backup_timestamp`. The in-core
`cnpg_collector_last_*_backup_timestamp` gauges are deprecated and stay 0 for plugin backups, so
an alert on them would fire forever.
"""

from __future__ import annotations

import constructs

from ..alerting import Alert, AlertRules
from .props import AlertProps

BACKUP_METRIC_PREFIX = "barman_cloud_cloudnative_pg_io"


def alerts_for(
    cluster: str, namespace: str, instances: int, props: AlertProps, *, backups: bool
) -> list[Alert]:
    """The alert definitions (pure data, so tests can read them without synthesizing)."""
    sel = f'namespace="{namespace}", pod=~"{cluster}-[0-9]+"'
    alerts = [
        Alert(
            "PostgresInstanceDown",
            f"(count(cnpg_collector_up{{{sel}}} == 1) or vector(0)) < {instances}",
            "5m",
            "critical",
            f"PostgreSQL cluster {namespace}/{cluster} runs fewer than {instances} instances",
            f"Only {{{{ $value }}}} of {instances} instances of {namespace}/{cluster} report PostgreSQL up. "
            f"Redundancy is reduced; with synchronous durability and no standby left, commits block.",
        ),
        Alert(
            "PostgresReplicationLagHigh",
            f"max by (pod) (cnpg_pg_replication_lag{{{sel}}}) > {props.replication_lag_seconds}",
            "5m",
            "warning",
            f"A standby of {namespace}/{cluster} lags the primary",
            f"{{{{ $labels.pod }}}} replays WAL {{{{ $value }}}}s behind the primary "
            f"(threshold {props.replication_lag_seconds}s); a failover to it would take that long to catch up.",
        ),
        Alert(
            "PostgresConnectionsNearLimit",
            f"sum by (pod) (cnpg_backends_total{{{sel}}}) / on (pod) "
            f'max by (pod) (cnpg_pg_settings_setting{{{sel}, name="max_connections"}}) '
            f"> {props.connections_warning_ratio}",
            "5m",
            "warning",
            f"PostgreSQL {namespace}/{cluster} is close to max_connections",
            f"{{{{ $labels.pod }}}} uses {{{{ $value | humanizePercentage }}}} of max_connections "
            f"(threshold {props.connections_warning_ratio:.0%}); new connections will soon be refused.",
        ),
    ]
    if backups:
        max_age = props.backup_max_age_hours * 3600
        available = f"max({BACKUP_METRIC_PREFIX}_last_available_backup_timestamp{{{sel}}})"
        failed = f"max({BACKUP_METRIC_PREFIX}_last_failed_backup_timestamp{{{sel}}})"
        alerts += [
            Alert(
                "PostgresWALArchivingFailing",
                f"cnpg_pg_stat_archiver_last_failed_time{{{sel}}} > cnpg_pg_stat_archiver_last_archived_time{{{sel}}}",
                "5m",
                "critical",
                f"WAL archiving of {namespace}/{cluster} is failing",
                "The last WAL archive attempt on {{ $labels.pod }} failed and none succeeded since; the "
                "recovery point falls further behind every minute (RPO target 5 min) and pg_wal fills up.",
            ),
            Alert(
                "PostgresBackupTooOld",
                f"time() - ({available} or vector(0)) > {max_age}",
                "10m",
                "warning",
                f"The newest base backup of {namespace}/{cluster} is too old",
                f"The newest base backup is {{{{ $value | humanizeDuration }}}} old (limit "
                f"{props.backup_max_age_hours}h); recovery has to replay more WAL, and a failed schedule goes unnoticed.",
            ),
            Alert(
                "PostgresBackupFailed",
                f"{failed} > ({available} or vector(0))",
                "5m",
                "warning",
                f"The last base backup of {namespace}/{cluster} failed",
                "A base backup failed after the newest successful one; check the Backup objects and the "
                "plugin sidecar logs.",
            ),
        ]
    return alerts


class PostgresAlerts(AlertRules):
    """A PrometheusRule (with the monitoring label ObservabilityStack selects) holding `alerts_for`."""

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        props: AlertProps,
        *,
        cluster: str,
        namespace: str,
        instances: int,
        backups: bool,
        labels: dict[str, str],
    ) -> None:
        super().__init__(
            scope,
            id,
            name=cluster,
            namespace=namespace,
            labels=labels,
            group=f"postgres.{namespace}.{cluster}",
            alerts=alerts_for(cluster, namespace, instances, props, backups=backups),
            runbook_url=(lambda alert: f"{base}/{alert}") if (base := props.runbook_base_url) else None,
            rule_labels={"namespace": namespace, "cluster": cluster},
        )
