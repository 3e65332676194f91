"""PostgresHA: the CloudNativePG cluster, PgBouncer, backups/PITR, alerts, wiring and validation."""

from __future__ import annotations

import copy
import functools
import subprocess
from datetime import datetime, timedelta, timezone
from typing import Any

import cdk8s
import jsonschema
import pytest
import yaml
from pydantic import ValidationError

from lighthouse_constructs.conventions import MONITORING_LABEL
from lighthouse_constructs.graph import DependencyGraph
from lighthouse_constructs.handles import SecretRef
from lighthouse_constructs.namespace import LighthouseNamespace, NamespaceProps
from lighthouse_constructs.postgres import (
    BackupProps,
    PostgresHA,
    PostgresHAProps,
    Recovery,
    ReplicaProps,
    restore_from,
)

from support import CRD_DIR, find_tool

NS = "lighthouse-data"
OWNER = SecretRef("events-app", NS, ("username", "password"))
S3 = SecretRef("events-s3", NS, ("ACCESS_KEY_ID", "ACCESS_SECRET_KEY", "REGION"))
BACKUP = {"destination_path": "s3://lighthouse-backups/pg", "endpoint_url": "https://minio.storage:9000"}
TARGET = datetime(2026, 8, 1, 12, 30, 0, tzinfo=timezone.utc)
PLUGIN = "barman-cloud.cloudnative-pg.io"

CRD_FILES = {
    "Cluster": "cloudnative-pg/postgresql.cnpg.io_clusters.yaml",
    "Pooler": "cloudnative-pg/postgresql.cnpg.io_poolers.yaml",
    "ScheduledBackup": "cloudnative-pg/postgresql.cnpg.io_scheduledbackups.yaml",
    "ObjectStore": "plugin-barman-cloud/barmancloud.cnpg.io_objectstores.yaml",
    "PodMonitor": "prometheus-operator/monitoring.coreos.com_podmonitors.yaml",
    "PrometheusRule": "prometheus-operator/monitoring.coreos.com_prometheusrules.yaml",
}


def props(**overrides: Any) -> PostgresHAProps:
    """Production props with a backup; overrides replace fields."""
    return PostgresHAProps(**{"name": "events", "database": "events", "backup": BACKUP, **overrides})


def build(p: PostgresHAProps | None = None, **wiring: Any) -> tuple[Any, dict[str, list[dict]], PostgresHA]:
    chart = cdk8s.Testing.chart()
    namespace = LighthouseNamespace(chart, "Ns", NamespaceProps(name=NS, tier="data"))
    p = p or props()
    wiring = {"owner_secret": OWNER, "backup_credentials": S3 if p.backup else None, **wiring}
    pg = PostgresHA(chart, "Events", p, namespace=namespace, **wiring)
    objects: dict[str, list[dict]] = {}
    for obj in cdk8s.Testing.synth(chart):
        objects.setdefault(obj["kind"], []).append(obj)
    return chart, objects, pg


def one(objects: dict[str, list[dict]], kind: str, name: str | None = None) -> dict:
    found = [o for o in objects.get(kind, []) if name is None or o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name or ''}, got {[o['metadata']['name'] for o in found]}"
    return found[0]


def props_error(**overrides: Any) -> str:
    with pytest.raises(ValidationError) as err:
        props(**overrides)
    return str(err.value)


def wiring_error(p: PostgresHAProps | None = None, **wiring: Any) -> str:
    with pytest.raises(ValueError) as err:
        build(p, **wiring)
    return str(err.value)


@functools.cache
def crd_schema(kind: str) -> dict:
    """The CRD version's openAPIV3Schema with unknown fields rejected wherever the schema lists
    its properties and does not preserve unknown fields (what the API server prunes or rejects)."""
    crd = yaml.safe_load((CRD_DIR / CRD_FILES[kind]).read_text())
    version = next(v for v in crd["spec"]["versions"] if v.get("storage"))
    schema = copy.deepcopy(version["schema"]["openAPIV3Schema"])

    def strict(node: Any) -> None:
        if isinstance(node, dict):
            if "properties" in node and not node.get("x-kubernetes-preserve-unknown-fields"):
                node.setdefault("additionalProperties", False)
            for value in node.values():
                strict(value)
        elif isinstance(node, list):
            for value in node:
                strict(value)

    strict(schema)
    schema["properties"]["metadata"] = {"type": "object"}
    return schema


def assert_valid_custom_resources(objects: dict[str, list[dict]]) -> int:
    checked = 0
    for kind in CRD_FILES:
        for obj in objects.get(kind, []):
            errors = sorted(jsonschema.Draft7Validator(crd_schema(kind)).iter_errors(obj), key=str)
            assert not errors, f"{kind}/{obj['metadata']['name']}: " + "; ".join(
                f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]
            )
            checked += 1
    return checked


# -- the cluster ----------------------------------------------------------------------------


def test_can_synthesize_a_production_cluster_that_survives_a_node_loss() -> None:
    _, objects, _ = build()
    spec = one(objects, "Cluster", "events")["spec"]
    assert spec["instances"] == 3
    assert spec["postgresql"]["synchronous"] == {"method": "any", "number": 1, "dataDurability": "required"}
    assert spec["primaryUpdateMethod"] == "switchover" and spec["primaryUpdateStrategy"] == "unsupervised"
    assert spec["enablePDB"] is True
    assert spec["affinity"] == {
        "enablePodAntiAffinity": True, "podAntiAffinityType": "required", "topologyKey": "kubernetes.io/hostname",
    }
    (spread,) = spec["topologySpreadConstraints"]
    assert spread["topologyKey"] == "topology.kubernetes.io/zone" and spread["whenUnsatisfiable"] == "DoNotSchedule"
    assert spread["labelSelector"]["matchLabels"] == {"cnpg.io/cluster": "events", "cnpg.io/podRole": "instance"}
    assert spec["storage"] == {"size": "20Gi"} and spec["walStorage"] == {"size": "5Gi"}
    assert spec["resources"] == {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "1Gi"}}
    assert spec["bootstrap"] == {
        "initdb": {"database": "events", "owner": "events", "secret": {"name": "events-app"}, "dataChecksums": True}
    }
    assert "@sha256:" in spec["imageName"]
    assert spec["enableSuperuserAccess"] is False
    assert "monitoring" not in spec, "the operator's PodMonitor is deprecated; we emit our own"


@pytest.mark.parametrize(
    ("durability", "instances", "expected"),
    [
        ("none", 1, None),
        ("preferred", 2, {"method": "any", "number": 1, "dataDurability": "preferred"}),
        ("required", 3, {"method": "any", "number": 1, "dataDurability": "required"}),
    ],
)
def test_can_map_durability_to_synchronous_replication(durability: str, instances: int, expected: dict | None) -> None:
    _, objects, _ = build(props(production=False, durability=durability, instances=instances))
    assert one(objects, "Cluster")["spec"]["postgresql"].get("synchronous") == expected


def test_can_run_a_single_instance_dev_cluster_without_pdbs() -> None:
    _, objects, _ = build(PostgresHAProps(name="events", production=False))
    spec = one(objects, "Cluster")["spec"]
    assert spec["instances"] == 1 and spec["enablePDB"] is False
    assert "synchronous" not in spec.get("postgresql", {})
    assert one(objects, "Pooler")["spec"]["instances"] == 1
    assert "PodDisruptionBudget" not in objects, "a one-pod PDB would block node drains"
    assert "ObjectStore" not in objects and "plugins" not in spec


def test_can_pass_postgresql_parameters_and_storage_classes() -> None:
    _, objects, _ = build(props(
        parameters={"max_connections": "300", "shared_buffers": "1GB"},
        storage={"size": "100Gi", "storage_class": "fast-ssd"},
        wal_storage={"size": "20Gi", "storage_class": "fast-ssd"},
    ))
    spec = one(objects, "Cluster")["spec"]
    assert spec["postgresql"]["parameters"] == {"max_connections": "300", "shared_buffers": "1GB", "archive_timeout": "240s"}
    assert spec["storage"] == {"size": "100Gi", "storageClass": "fast-ssd"}
    assert spec["walStorage"] == {"size": "20Gi", "storageClass": "fast-ssd"}


def test_can_validate_every_custom_resource_against_its_crd() -> None:
    variants = [
        props(pooler={"read_only": True}),
        PostgresHAProps(name="events", production=False),
        props(name="events-restored", recovery=restore_from("events", TARGET)),
        props(name="events-eu", replica={"source_cluster": "events-us"}),
    ]
    checked = sum(assert_valid_custom_resources(build(v)[1]) for v in variants)
    assert checked == 8 + 5 + 7 + 7


def test_fails_if_a_custom_resource_has_a_field_its_crd_does_not_know() -> None:
    _, objects, _ = build()
    one(objects, "Cluster")["spec"]["postgresql"]["synchronous"]["dataDurabilty"] = "required"
    with pytest.raises(AssertionError, match="Additional properties are not allowed .'dataDurabilty' was unexpected"):
        assert_valid_custom_resources(objects)


def test_can_emit_pod_monitors_with_the_monitoring_label() -> None:
    _, objects, _ = build(props(pooler={"read_only": True}))
    instances = one(objects, "PodMonitor", "events")
    assert MONITORING_LABEL.items() <= instances["metadata"]["labels"].items()
    assert instances["spec"]["selector"] == {"matchLabels": {"cnpg.io/cluster": "events", "cnpg.io/podRole": "instance"}}
    assert instances["spec"]["podMetricsEndpoints"] == [{"port": "metrics", "interval": "30s"}]
    poolers = one(objects, "PodMonitor", "events-pooler")
    assert MONITORING_LABEL.items() <= poolers["metadata"]["labels"].items()
    assert poolers["spec"]["selector"]["matchExpressions"] == [
        {"key": "cnpg.io/poolerName", "operator": "In", "values": ["events-pooler-rw", "events-pooler-ro"]}
    ]


# -- PgBouncer ------------------------------------------------------------------------------


def test_can_run_pgbouncer_in_a_restricted_spread_pod_template() -> None:
    _, objects, _ = build(props(pooler={"pool_mode": "transaction", "default_pool_size": 30, "max_client_conn": 2000}))
    pooler = one(objects, "Pooler", "events-pooler-rw")["spec"]
    assert pooler["type"] == "rw" and pooler["cluster"] == {"name": "events"} and pooler["instances"] == 2
    assert pooler["pgbouncer"]["poolMode"] == "transaction"
    assert pooler["pgbouncer"]["parameters"] == {"default_pool_size": "30", "max_client_conn": "2000"}
    assert "@sha256:" in pooler["pgbouncer"]["image"]
    pod = pooler["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] >= 10000
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    (container,) = pod["containers"]
    assert container["name"] == "pgbouncer"
    ctx = container["securityContext"]
    assert ctx["allowPrivilegeEscalation"] is False and ctx["capabilities"] == {"drop": ["ALL"]}
    assert ctx["readOnlyRootFilesystem"] is True and ctx["seccompProfile"] == {"type": "RuntimeDefault"}
    assert set(container["resources"]) == {"requests", "limits"}
    (anti,) = pod["affinity"]["podAntiAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    assert anti == {"topologyKey": "kubernetes.io/hostname", "labelSelector": {"matchLabels": {"cnpg.io/poolerName": "events-pooler-rw"}}}
    assert pod["topologySpreadConstraints"][0]["topologyKey"] == "topology.kubernetes.io/zone"
    assert pooler["deploymentStrategy"]["rollingUpdate"] == {"maxSurge": 1, "maxUnavailable": 0}
    labels = one(objects, "Pooler", "events-pooler-rw")["spec"]["template"]["metadata"]["labels"]
    assert labels["app.kubernetes.io/name"] == "events-pooler-rw", "pooler pods must not look like the instances"
    assert labels["app.kubernetes.io/component"] == "connection-pooler"
    pdb = one(objects, "PodDisruptionBudget", "events-pooler-rw")["spec"]
    assert pdb["maxUnavailable"] == 1 and pdb["selector"]["matchLabels"] == {"cnpg.io/poolerName": "events-pooler-rw"}


def test_can_add_a_read_only_pooler() -> None:
    _, objects, pg = build(props(pooler={"read_only": True}))
    assert one(objects, "Pooler", "events-pooler-ro")["spec"]["type"] == "ro"
    assert pg.pooler_ro is not None and pg.pooler_ro.name == "events-pooler-ro"
    ro = next(d for d in DependencyGraph.of(pg).dependencies if d.source.name == "events-pooler-ro")
    assert ro.service_host == "events-ro.lighthouse-data.svc.cluster.local", "a ro PgBouncer dials <cluster>-ro"


def test_can_restore_through_the_recovery_job_from_the_object_store() -> None:
    egresses = {(e.source.name, e.host, e.port) for e in DependencyGraph.of(build()[0]).egresses}
    assert ("events-jobs", "minio.storage", 9000) not in egresses, "initdb reads no archive"
    chart, _, _ = build(props(name="events-restored", recovery=restore_from("events", TARGET)))
    egresses = {(e.source.name, e.host, e.port) for e in DependencyGraph.of(chart).egresses}
    assert ("events-restored-jobs", "minio.storage", 9000) in egresses, "the full-recovery Job's plugin sidecar reads the archive"


def test_can_connect_through_the_rw_pooler_and_record_the_flows() -> None:
    chart, _, pg = build()
    connection = pg.connection("EVENTSTORE")
    assert dict(connection.env) == {
        "EVENTSTORE_HOST": "events-pooler-rw.lighthouse-data.svc.cluster.local",
        "EVENTSTORE_PORT": "5432",
        "EVENTSTORE_DATABASE": "events",
    }
    secret_env = {name: (ref.secret_name, ref.key) for name, ref in connection.secret_env}
    assert secret_env == {"EVENTSTORE_USER": ("events-app", "username"), "EVENTSTORE_PASSWORD": ("events-app", "password")}
    (endpoint,) = connection.endpoints
    assert (endpoint.target.name, endpoint.port, endpoint.protocol) == ("events-pooler-rw", 5432, "tcp")
    assert endpoint.target.service_account == "events-pooler-rw", "the operator names the pooler's ServiceAccount after it"
    assert endpoint.target.selector == {"cnpg.io/poolerName": "events-pooler-rw"}

    graph = DependencyGraph.of(chart)
    ports = {w.name: {(p.port, p.purpose) for p in ps} for w, ps in graph.workloads}
    assert ports["events"] == {(5432, "peer"), (8000, "traffic"), (9187, "metrics")}
    assert ports["events-pooler-rw"] == {(5432, "traffic"), (9127, "metrics")}
    cluster = next(w for w, _ in graph.workloads if w.name == "events")
    assert cluster.selector == {"cnpg.io/cluster": "events", "cnpg.io/podRole": "instance"}
    assert [(d.source.name, d.target.name, d.port, d.service_host, d.plaintext) for d in graph.dependencies] == [
        # the operator polls each instance's status on its pod IP, outside mTLS
        ("cnpg-controller-manager", "events", 8000, "events-rw.lighthouse-data.svc.cluster.local", True),
        # the join Job copies the primary through -rw; PgBouncer dials <cluster>-<type>
        ("events-jobs", "events", 5432, "events-rw.lighthouse-data.svc.cluster.local", False),
        ("events-pooler-rw", "events", 5432, "events-rw.lighthouse-data.svc.cluster.local", False),
    ]
    assert cluster.peer_host == "events-rw.lighthouse-data.svc.cluster.local", "standbys stream from the primary's -rw"
    jobs = next(w for w, _ in graph.workloads if w.name == "events-jobs")
    assert (jobs.selector, jobs.label_keys, jobs.service_account) == ({"cnpg.io/cluster": "events"}, ("cnpg.io/jobRole",), "events")
    assert sorted((e.source.name, e.host, e.port) for e in graph.egresses) == [
        ("events", "kubernetes-api", 443),
        ("events", "minio.storage", 9000),
        ("events-jobs", "kubernetes-api", 443),
        ("events-pooler-rw", "kubernetes-api", 443),
    ]


def test_can_connect_directly_to_the_primary() -> None:
    _, _, pg = build()
    connection = pg.direct_connection("PG")
    assert dict(connection.env)["PG_HOST"] == "events-rw.lighthouse-data.svc.cluster.local"
    assert connection.endpoints[0].target.name == "events"


def test_can_hand_clients_in_another_namespace_their_own_copy_of_the_credentials() -> None:
    client = SecretRef("events-app", "lighthouse-bridge", ("username", "password"))
    _, objects, pg = build(client_secret=client)
    refs = {ref.namespace for _, ref in pg.connection("DB").secret_env}
    assert refs == {"lighthouse-bridge"}
    assert one(objects, "Cluster")["spec"]["bootstrap"]["initdb"]["secret"] == {"name": "events-app"}


# -- backups and recovery -------------------------------------------------------------------


def test_can_archive_wal_continuously_to_an_s3_compatible_store() -> None:
    _, objects, pg = build()
    store = one(objects, "ObjectStore", "events-backups")["spec"]
    config = store["configuration"]
    assert config["destinationPath"] == "s3://lighthouse-backups/pg"
    assert config["endpointURL"] == "https://minio.storage:9000"
    assert config["s3Credentials"] == {
        "accessKeyId": {"name": "events-s3", "key": "ACCESS_KEY_ID"},
        "secretAccessKey": {"name": "events-s3", "key": "ACCESS_SECRET_KEY"},
        "region": {"name": "events-s3", "key": "REGION"},
    }
    assert config["wal"]["compression"] == "zstd" and config["data"]["compression"] == "gzip"
    assert "serverName" not in config, "the plugin requires the ObjectStore's serverName to stay empty"
    assert store["retentionPolicy"] == "30d"
    assert set(store["instanceSidecarConfiguration"]["resources"]) == {"requests", "limits"}

    cluster = one(objects, "Cluster")["spec"]
    assert cluster["plugins"] == [{
        "name": PLUGIN, "enabled": True, "isWALArchiver": True,
        "parameters": {"barmanObjectName": "events-backups", "serverName": "events"},
    }]
    assert cluster["postgresql"]["parameters"]["archive_timeout"] == "240s"
    assert "backup" not in cluster, "the in-tree barmanObjectStore cannot be combined with the plugin"
    scheduled = one(objects, "ScheduledBackup", "events-base-backup")["spec"]
    assert scheduled["method"] == "plugin" and scheduled["pluginConfiguration"] == {"name": PLUGIN}
    assert scheduled["cluster"] == {"name": "events"} and scheduled["schedule"] == "0 0 3 * * *"
    assert scheduled["immediate"] is True and scheduled["target"] == "prefer-standby"
    assert pg.archive_server_name == "events"


def test_can_document_an_rpo_within_five_minutes() -> None:
    import lighthouse_constructs.postgres.cluster as cluster_module

    doc = cluster_module.__doc__ or ""
    assert "RPO <= 5 minutes" in doc and "archive_timeout" in doc
    assert BackupProps.model_fields["archive_timeout_seconds"].default == 240
    assert BackupProps.model_fields["archive_timeout_seconds"].metadata[1].le == 240


def test_can_restore_to_a_point_in_time_into_a_fresh_archive_folder() -> None:
    _, _, source = build()
    recovery = restore_from(source, TARGET)
    assert recovery == Recovery(source_server_name="events", target_time=TARGET)
    _, objects, restored = build(props(recovery=recovery))
    spec = one(objects, "Cluster")["spec"]
    assert spec["bootstrap"] == {"recovery": {
        "source": "pitr-source", "database": "events", "owner": "events", "secret": {"name": "events-app"},
        "recoveryTarget": {"targetTime": "2026-08-01T12:30:00Z"},
    }}
    assert spec["externalClusters"] == [{
        "name": "pitr-source",
        "plugin": {"name": PLUGIN, "parameters": {"barmanObjectName": "events-backups", "serverName": "events"}},
    }]
    fresh = spec["plugins"][0]["parameters"]["serverName"]
    assert fresh == "events-pitr-20260801t123000z" == restored.archive_server_name
    assert fresh != "events", "archiving into the source's folder fails with 'Expected empty archive'"


def test_can_derive_a_new_archive_folder_for_every_target_and_attempt() -> None:
    later = restore_from("events", TARGET + timedelta(minutes=5))
    retry = restore_from("events", TARGET, attempt=2)
    names = {r.server_name("events") for r in (restore_from("events", TARGET), later, retry)}
    assert names == {"events-pitr-20260801t123000z", "events-pitr-20260801t123500z", "events-pitr-20260801t123000z-2"}
    other_zone = TARGET.astimezone(timezone(timedelta(hours=2)))
    assert restore_from("events", other_zone).server_name("events") == "events-pitr-20260801t123000z"


def test_can_run_as_a_replica_cluster_of_another_region() -> None:
    _, objects, _ = build(props(name="events-eu", replica=ReplicaProps(source_cluster="events-us")))
    spec = one(objects, "Cluster")["spec"]
    assert spec["replica"] == {"enabled": True, "source": "events-us"}
    assert spec["bootstrap"]["recovery"]["source"] == "events-us"
    assert "recoveryTarget" not in spec["bootstrap"]["recovery"]
    assert spec["externalClusters"][0]["plugin"]["parameters"] == {"barmanObjectName": "events-eu-backups", "serverName": "events-us"}
    assert spec["plugins"][0]["parameters"]["serverName"] == "events-eu"


# -- alerts ---------------------------------------------------------------------------------


def test_can_alert_on_replication_instances_backups_archiving_and_connections() -> None:
    _, objects, _ = build(props(alerts={"runbook_base_url": "https://runbooks.example.org/pg"}))
    rule = one(objects, "PrometheusRule", "events")
    assert MONITORING_LABEL.items() <= rule["metadata"]["labels"].items()
    rules = {r["alert"]: r for r in rule["spec"]["groups"][0]["rules"]}
    assert set(rules) == {
        "PostgresInstanceDown", "PostgresReplicationLagHigh", "PostgresConnectionsNearLimit",
        "PostgresWALArchivingFailing", "PostgresBackupTooOld", "PostgresBackupFailed",
    }
    for name, r in rules.items():
        assert r["labels"]["severity"] in ("critical", "warning"), name
        assert {"summary", "description", "runbook_url"} <= set(r["annotations"]), name
        assert r["annotations"]["runbook_url"] == f"https://runbooks.example.org/pg/{name}"
        assert 'namespace="lighthouse-data", pod=~"events-[0-9]+"' in r["expr"], f"{name} must select this cluster only"
    assert "cnpg_collector_up" in rules["PostgresInstanceDown"]["expr"] and "< 3" in rules["PostgresInstanceDown"]["expr"]
    assert "cnpg_pg_replication_lag" in rules["PostgresReplicationLagHigh"]["expr"]
    assert "cnpg_pg_stat_archiver_last_failed_time" in rules["PostgresWALArchivingFailing"]["expr"]
    assert "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp" in rules["PostgresBackupTooOld"]["expr"]
    assert "> 93600" in rules["PostgresBackupTooOld"]["expr"]
    assert "barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp" in rules["PostgresBackupFailed"]["expr"]
    connections = rules["PostgresConnectionsNearLimit"]["expr"]
    assert "cnpg_backends_total" in connections and 'name="max_connections"' in connections and "> 0.8" in connections


def test_can_skip_backup_alerts_without_backups() -> None:
    _, objects, _ = build(PostgresHAProps(name="events", production=False))
    rules = {r["alert"] for r in one(objects, "PrometheusRule")["spec"]["groups"][0]["rules"]}
    assert rules == {"PostgresInstanceDown", "PostgresReplicationLagHigh", "PostgresConnectionsNearLimit"}


# -- validation messages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"instances": 2}, "instances=2 is too few for production; need >= 3"),
        ({"durability": "preferred"}, "durability='preferred' is not allowed in production; required is"),
        ({"pooler": {"instances": 1}}, "pooler.instances=1 is too few for production; need >= 2"),
        ({"backup": None}, "backup is required in production"),
        ({"production": False, "durability": "required", "instances": 2}, "durability='required' needs instances >= 3, got 2; with fewer, losing one standby blocks every write"),
        ({"production": False, "durability": "preferred", "instances": 1}, "durability='preferred' needs instances >= 2, got 1; synchronous replication needs a standby"),
        ({"production": False, "durability": "none", "instances": 1, "enable_pdb": True}, "enable_pdb=True with instances=1 would block every drain"),
        ({"production": False, "durability": "none", "instances": 1, "pooler": {"read_only": True}}, "pooler.read_only=True needs standbys to route to; got instances=1"),
        ({"pooler": {"default_pool_size": 60}}, "PgBouncer may open 120 server connections (1 pooler(s) x 2 pods x default_pool_size 60) but max_connections=100 leaves 90 after 10 reserved"),
        ({"pooler": {"read_only": True, "default_pool_size": 50}, "parameters": {"max_connections": "200"}}, "PgBouncer may open 200 server connections (2 pooler(s) x 2 pods x default_pool_size 50) but max_connections=200 leaves 190"),
        ({"recovery": {"source_server_name": "a", "target_time": TARGET}, "replica": {"source_cluster": "b"}}, "recovery and replica are exclusive"),
        ({"production": False, "backup": None, "recovery": {"source_server_name": "a", "target_time": TARGET}}, "recovery reads the object store of `backup`; set backup too"),
        ({"production": False, "backup": None, "replica": {"source_cluster": "b"}}, "replica reads the object store of `backup`; set backup too"),
        ({"recovery": {"source_server_name": "events-pitr-20260801t123000z", "target_time": TARGET}}, "recovery would archive into its source folder 'events-pitr-20260801t123000z'; bump recovery.attempt"),
        ({"parameters": {"archive_timeout": "10min"}}, "parameters.archive_timeout='10min' is managed by PostgresHA (it bounds the RPO); set backup.archive_timeout_seconds instead"),
        ({"parameters": {"max_connections": "lots"}}, "parameters.max_connections='lots' must be a whole number"),
        ({"image": "ghcr.io/cloudnative-pg/postgresql:17"}, "image 'ghcr.io/cloudnative-pg/postgresql:17' is not pinned by digest"),
        ({"pooler": {"image": "ghcr.io/cloudnative-pg/pgbouncer:1.25.1"}}, "image 'ghcr.io/cloudnative-pg/pgbouncer:1.25.1' is not pinned by digest"),
        ({"storage": {"size": "20GB"}}, "size '20GB' is not a storage size; expected a whole number of Mi, Gi or Ti"),
        ({"resources": {"cpu_request": "2", "cpu_limit": "1", "memory_request": "1Gi", "memory_limit": "1Gi"}}, "cpu_request '2' exceeds cpu_limit '1'"),
        ({"backup": {**BACKUP, "schedule": "0 3 * * *"}}, "schedule '0 3 * * *' must have six cron fields (seconds minutes hours day month weekday)"),
        ({"backup": {**BACKUP, "archive_timeout_seconds": 300}}, "archive_timeout_seconds\n  Input should be less than or equal to 240"),
        ({"backup": {**BACKUP, "retention_policy": "30 days"}}, "retention_policy\n  String should match pattern"),
        ({"backup": {**BACKUP, "destination_path": "/var/backups"}}, "destination_path\n  String should match pattern"),
        ({"name": "Events"}, "name\n  String should match pattern"),
        ({"database": "events-db"}, "database\n  String should match pattern"),
        ({"recovery": {"source_server_name": "events", "target_time": datetime(2026, 8, 1)}}, "target_time\n  Input should have timezone info"),
        ({"alerts": {"connections_warning_ratio": 1.5}}, "connections_warning_ratio\n  Input should be less than 1"),
    ],
)
def test_fails_if_props_are_invalid(overrides: dict[str, Any], message: str) -> None:
    assert message in props_error(**overrides)


def test_fails_if_the_owner_secret_is_in_another_namespace() -> None:
    message = wiring_error(owner_secret=SecretRef("events-app", "lighthouse-bridge", ("username", "password")))
    assert message == (
        "postgres events: owner_secret lighthouse-bridge/events-app must be in the cluster's namespace "
        "lighthouse-data; the operator reads it from there"
    )


def test_fails_if_the_owner_secret_is_not_basic_auth() -> None:
    message = wiring_error(owner_secret=SecretRef("events-app", NS, ("user", "password")))
    assert message == "secret lighthouse-data/events-app has no key 'username'; declared keys: user, password"


def test_fails_if_backup_credentials_are_missing_or_unused() -> None:
    assert wiring_error(backup_credentials=None) == "postgres events: backup is set but no backup_credentials were given"
    dev = PostgresHAProps(name="events", production=False)
    assert wiring_error(dev, backup_credentials=S3) == "postgres events: backup_credentials were given but backup is not set"


def test_fails_if_backup_credentials_lack_a_key_or_live_elsewhere() -> None:
    assert wiring_error(backup_credentials=SecretRef("s3", NS, ("ACCESS_KEY_ID",))) == (
        "secret lighthouse-data/s3 has no key 'ACCESS_SECRET_KEY'; declared keys: ACCESS_KEY_ID"
    )
    assert wiring_error(backup_credentials=SecretRef("s3", "other", ("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"))) == (
        "backup credentials other/s3 must be in the cluster's namespace lighthouse-data; the plugin reads them from there"
    )


def test_fails_if_the_env_prefix_is_not_an_env_name() -> None:
    _, _, pg = build()
    with pytest.raises(ValueError, match=r"env_prefix 'event-store' must match \^\[A-Z_\]\[A-Z0-9_\]\*\$"):
        pg.connection("event-store")


# -- the environments -----------------------------------------------------------------------


def test_can_run_the_event_store_in_every_environment(env_manifests: Any) -> None:
    cluster = env_manifests.get("Cluster", "lighthouse-events", "lighthouse-data")
    spec = cluster["spec"]
    if env_manifests.env == "prod":
        assert spec["instances"] >= 3 and spec["postgresql"]["synchronous"]["dataDurability"] == "required"
    if env_manifests.env == "dev":
        assert spec["instances"] == 1 and spec["enablePDB"] is False
    backed_up = env_manifests.env != "dev"
    assert bool(env_manifests.all("ObjectStore", "lighthouse-data")) == backed_up
    assert bool(env_manifests.all("ScheduledBackup", "lighthouse-data")) == backed_up
    by_kind: dict[str, list[dict]] = {}
    for obj in env_manifests.objects:
        by_kind.setdefault(obj["kind"], []).append(obj)
    assert assert_valid_custom_resources(by_kind) >= 5


def test_can_let_a_bridge_connect_through_pgbouncer() -> None:
    from lighthouse_constructs.bridge_service import BridgeService, BridgeServiceProps

    class Priority:
        name = "bridge-high"

    chart = cdk8s.Testing.chart()
    data = LighthouseNamespace(chart, "Data", NamespaceProps(name=NS, tier="data"))
    bridges = LighthouseNamespace(chart, "Bridges", NamespaceProps(name="lighthouse-bridge", tier="bridge"))
    pg = PostgresHA(chart, "Events", props(), namespace=data, owner_secret=OWNER, backup_credentials=S3,
                    client_secret=SecretRef("events-app", "lighthouse-bridge", ("username", "password")))
    bridge = BridgeService(chart, "Processor", BridgeServiceProps(name="event-processor", image="r/p:1@sha256:" + "0" * 64),
                           namespace=bridges, priority_class=Priority())
    bridge.connect_to(pg, env_prefix="EVENTSTORE")
    deployment = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Deployment")
    env = {e["name"]: e for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["EVENTSTORE_HOST"]["value"] == "events-pooler-rw.lighthouse-data.svc.cluster.local"
    assert env["EVENTSTORE_PASSWORD_FILE"]["value"].endswith("/events-app/password"), "secrets are files, not env vars"
    flows = [(d.source.name, d.target.name, d.port, d.protocol) for d in DependencyGraph.of(chart).dependencies]
    assert ("event-processor", "events-pooler-rw", 5432, "tcp") in flows


def test_can_connect_the_event_processor_through_pgbouncer(env_manifests: Any) -> None:
    deployment = env_manifests.get("Deployment", "event-processor", "lighthouse-bridge")
    env = {e["name"]: e.get("value") for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["EVENTSTORE_HOST"] == "lighthouse-events-pooler-rw.lighthouse-data.svc.cluster.local"
    assert env["EVENTSTORE_DATABASE"] == "events"
    assert env["EVENTSTORE_USER_FILE"] == "/var/run/secrets/lighthouse/postgres-app-credentials/username"
    env_manifests.get("Pooler", "lighthouse-events-pooler-rw", "lighthouse-data")


def test_can_name_postgres_as_a_connection_target_in_the_config() -> None:
    from lighthouse_constructs.environments import (
        LighthouseEnvironment,
        load_environment,
    )

    chart = LighthouseEnvironment(cdk8s.App(), load_environment("dev"))
    assert chart.connection_targets()["postgres"] is chart.postgres
    assert chart.postgres.namespace == "lighthouse-data"


def test_fails_if_prod_turns_the_production_rules_off(tmp_path: Any) -> None:
    from lighthouse_constructs.environments import ConfigError, load_environment

    (tmp_path / "prod.yaml").write_text("name: prod\npostgres: {name: events, production: false, instances: 1}\n")
    with pytest.raises(ConfigError, match="postgres.production may only be false outside prod"):
        load_environment("prod", tmp_path)


def test_fails_if_the_prod_config_has_too_few_instances(tmp_path: Any) -> None:
    from lighthouse_constructs.environments import ConfigError, load_environment

    (tmp_path / "prod.yaml").write_text(
        "name: prod\npostgres: {name: events, instances: 1, backup: {destination_path: 's3://lighthouse-backups/events'}}\n"
    )
    with pytest.raises(ConfigError) as err:
        load_environment("prod", tmp_path)
    assert f"{tmp_path}/prod.yaml: invalid configuration" in str(err.value)
    assert "postgres: Value error, instances=1 is too few for production; need >= 3" in str(err.value)


def test_fails_if_a_connection_targets_postgres_without_a_postgres_section(tmp_path: Any) -> None:
    from lighthouse_constructs.environments import ConfigError, load_environment

    (tmp_path / "dev.yaml").write_text("name: dev\nconnections: [{source: api, target: postgres, env_prefix: DB}]\n")
    with pytest.raises(ConfigError, match="a connection targets postgres but there is no postgres section"):
        load_environment("dev", tmp_path)


# -- the alerts, evaluated by promtool ------------------------------------------------------

PROMTOOL = find_tool("promtool")


def _rule_expressions() -> tuple[dict, dict[str, str]]:
    _, objects, _ = build()
    groups = one(objects, "PrometheusRule", "events")["spec"]["groups"]
    return {"groups": groups}, {r["alert"]: r["expr"] for r in groups[0]["rules"]}


@pytest.mark.skipif(PROMTOOL is None, reason="promtool not found: `make tools` unpacks it from Debian's prometheus package")
def test_can_fire_each_alert_on_the_series_the_exporter_serves(tmp_path: Any) -> None:
    rules, expr = _rule_expressions()
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump(rules))
    checked = subprocess.run([PROMTOOL, "check", "rules", str(tmp_path / "rules.yaml")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    ns = 'namespace="lighthouse-data"'
    minute = [
        # events-3 stops reporting PostgreSQL up at 5m; another cluster's pods never count.
        {"series": f'cnpg_collector_up{{{ns}, pod="events-1"}}', "values": "1x20"},
        {"series": f'cnpg_collector_up{{{ns}, pod="events-2"}}', "values": "1x20"},
        {"series": f'cnpg_collector_up{{{ns}, pod="events-3"}}', "values": "1x5 0x15"},
        {"series": f'cnpg_collector_up{{{ns}, pod="events-eu-1"}}', "values": "1x20"},
        {"series": f'cnpg_pg_replication_lag{{{ns}, pod="events-2"}}', "values": "0x5 60x15"},
        {"series": f'cnpg_pg_replication_lag{{{ns}, pod="events-3"}}', "values": "0x20"},
        {"series": f'cnpg_backends_total{{{ns}, pod="events-1", datname="events", state="active"}}', "values": "50x20"},
        {"series": f'cnpg_backends_total{{{ns}, pod="events-1", datname="events", state="idle"}}', "values": "40x20"},
        {"series": f'cnpg_backends_total{{{ns}, pod="events-2", datname="events", state="idle"}}', "values": "10x20"},
        {"series": f'cnpg_pg_settings_setting{{{ns}, pod="events-1", name="max_connections"}}', "values": "100x20"},
        {"series": f'cnpg_pg_settings_setting{{{ns}, pod="events-2", name="max_connections"}}', "values": "100x20"},
        {"series": f'cnpg_pg_settings_setting{{{ns}, pod="events-1", name="work_mem"}}', "values": "4096x20"},
        # archiving on events-1 fails from 5m on; events-2 never failed (-1)
        {"series": f'cnpg_pg_stat_archiver_last_archived_time{{{ns}, pod="events-1"}}', "values": "100x20"},
        {"series": f'cnpg_pg_stat_archiver_last_failed_time{{{ns}, pod="events-1"}}', "values": "-1x5 400x15"},
        {"series": f'cnpg_pg_stat_archiver_last_archived_time{{{ns}, pod="events-2"}}', "values": "100x20"},
        {"series": f'cnpg_pg_stat_archiver_last_failed_time{{{ns}, pod="events-2"}}', "values": "-1x20"},
    ]
    hourly = [
        # the newest backup is from t=1000s: 30 h later it is older than 26 h; a later one failed
        {"series": f'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{{{ns}, pod="events-1"}}', "values": "1000x40"},
        {"series": f'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{{{ns}, pod="events-2"}}', "values": "0x40"},
        {"series": f'barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp{{{ns}, pod="events-1"}}', "values": "0x2 5000x38"},
    ]

    def case(name: str, at: str, samples: list[dict]) -> dict:
        return {"expr": expr[name], "eval_time": at, "exp_samples": samples}

    tests = {
        "rule_files": [],
        "tests": [
            {"interval": "1m", "input_series": minute, "promql_expr_test": [
                case("PostgresInstanceDown", "3m", []),
                case("PostgresInstanceDown", "10m", [{"labels": "{}", "value": 2}]),
                case("PostgresReplicationLagHigh", "3m", []),
                case("PostgresReplicationLagHigh", "10m", [{"labels": '{pod="events-2"}', "value": 60}]),
                case("PostgresConnectionsNearLimit", "10m", [{"labels": '{pod="events-1"}', "value": 0.9}]),
                case("PostgresWALArchivingFailing", "3m", []),
                case("PostgresWALArchivingFailing", "10m", [
                    {"labels": f'cnpg_pg_stat_archiver_last_failed_time{{{ns}, pod="events-1"}}', "value": 400}
                ]),
            ]},
            {"interval": "1h", "input_series": hourly, "promql_expr_test": [
                case("PostgresBackupTooOld", "20h", []),
                case("PostgresBackupTooOld", "30h", [{"labels": "{}", "value": 30 * 3600 - 1000}]),
                case("PostgresBackupFailed", "1h", []),
                case("PostgresBackupFailed", "5h", [{"labels": "{}", "value": 5000}]),
            ]},
            {"interval": "1h", "input_series": [], "promql_expr_test": [
                # no instance and no backup metric at all is an outage, not silence
                case("PostgresInstanceDown", "1h", [{"labels": "{}", "value": 0}]),
                case("PostgresBackupTooOld", "30h", [{"labels": "{}", "value": 30 * 3600}]),
            ]},
        ],
    }
    (tmp_path / "tests.yaml").write_text(yaml.safe_dump(tests, sort_keys=False))
    result = subprocess.run([PROMTOOL, "test", "rules", str(tmp_path / "tests.yaml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


class _Priority:
    name = "data-critical"
    value = 2_000_000


def test_can_protect_instances_and_poolers_with_a_priority_class() -> None:
    _, objects, _ = build(priority_class=_Priority())
    assert one(objects, "Cluster")["spec"]["priorityClassName"] == "data-critical"
    for pooler in objects["Pooler"]:
        assert pooler["spec"]["template"]["spec"]["priorityClassName"] == "data-critical", pooler["metadata"]["name"]


def test_can_build_without_a_priority_class() -> None:
    _, objects, _ = build()
    assert "priorityClassName" not in one(objects, "Cluster")["spec"]
    assert all("priorityClassName" not in p["spec"]["template"]["spec"] for p in objects["Pooler"])


def test_can_complete_the_operators_jobs_with_a_native_istio_sidecar() -> None:
    # CloudNativePG copies inheritedMetadata onto its initdb/join Job pods; a classic proxy never exits.
    _, objects, _ = build()
    inherited = one(objects, "Cluster")["spec"]["inheritedMetadata"]
    assert inherited["annotations"] == {"sidecar.istio.io/nativeSidecar": "true"}


def test_can_leave_out_runbook_links_by_default() -> None:
    _, objects, _ = build()
    rules = one(objects, "PrometheusRule", "events")["spec"]["groups"][0]["rules"]
    assert rules and not [r["alert"] for r in rules if "runbook_url" in r["annotations"]]
