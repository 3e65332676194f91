"""CloudNativePG: the Services, pods, Jobs and connections the operator makes for a Cluster and a Pooler.

Read from github.com/cloudnative-pg/cloudnative-pg at TAG; paths in SOURCES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

REPO = "github.com/cloudnative-pg/cloudnative-pg"
TAG = "v1.30.0"
API_GROUP = "postgresql.cnpg.io"

# -- ports ------------------------------------------------------------------------------------
POSTGRES_PORT = 5432
STATUS_PORT = 8000
"""The instance manager's HTTP(S) status server; the operator calls it on pod IPs."""
STATUS_PATH = "/pg/status"
METRICS_PORT = 9187
PGBOUNCER_PORT = 5432
PGBOUNCER_METRICS_PORT = 9127

# -- labels -----------------------------------------------------------------------------------
CLUSTER_LABEL = "cnpg.io/cluster"
POD_ROLE_LABEL = "cnpg.io/podRole"
INSTANCE_ROLE_LABEL = "cnpg.io/instanceRole"
JOB_ROLE_LABEL = "cnpg.io/jobRole"
POOLER_NAME_LABEL = "cnpg.io/poolerName"
POD_ROLE_INSTANCE = "instance"
POD_ROLE_POOLER = "pooler"
INSTANCE_ROLES = ("primary", "replica")
JOB_ROLES = ("import", "initdb", "pgbasebackup", "full-recovery", "join", "snapshot-recovery")
"""Every Job the operator runs for a Cluster carries `cnpg.io/jobRole=<one of these>` and
`cnpg.io/cluster`, not `cnpg.io/podRole`."""

# -- the operator -----------------------------------------------------------------------------
OPERATOR_DEPLOYMENT = "cnpg-controller-manager"
OPERATOR_NAMESPACE = "cnpg-system"
OPERATOR_SERVICE_ACCOUNT = "cnpg-manager"
OPERATOR_POD_LABELS = {"app.kubernetes.io/name": "cloudnative-pg"}

SERVER_CA_SECRET_SUFFIX = "-ca"
"""The operator's server CA Secret is `<cluster>-ca` unless `spec.certificates.serverCASecret` names one."""
CA_CERT_KEY = "ca.crt"
"""The key holding the PEM CA certificate in that Secret."""
SERVER_CERT_SERVICES = ("rw", "r", "ro")
"""The server certificate's DNS names: for each Service `<cluster>-<rw|r|ro>` the names `<svc>`,
`<svc>.<ns>`, `<svc>.<ns>.svc` and `<svc>.<ns>.svc.<cluster domain>`, so `sslmode=verify-full`
holds for `<cluster>-rw.<ns>.svc.cluster.local`."""

SOURCES = {
    "POSTGRES_PORT": "pkg/postgres/configuration.go (ServerPort)",
    "STATUS_PORT": "pkg/management/url/url.go (StatusPort)",
    "STATUS_PATH": "pkg/management/url/url.go (PathPgStatus)",
    "METRICS_PORT": "pkg/management/url/url.go (PostgresMetricsPort)",
    "PGBOUNCER_PORT": "pkg/management/pgbouncer/config/config.go (PgBouncerPort)",
    "PGBOUNCER_METRICS_PORT": "pkg/management/url/url.go (PgBouncerMetricsPort)",
    "CLUSTER_LABEL": "pkg/utils/labels_annotations.go (ClusterLabelName)",
    "POD_ROLE_LABEL": "pkg/utils/labels_annotations.go (PodRoleLabelName)",
    "INSTANCE_ROLE_LABEL": "pkg/utils/labels_annotations.go (ClusterInstanceRoleLabelName)",
    "JOB_ROLE_LABEL": "pkg/utils/labels_annotations.go (JobRoleLabelName)",
    "POOLER_NAME_LABEL": "pkg/utils/labels_annotations.go (PgbouncerNameLabel)",
    "POD_ROLE_INSTANCE": "pkg/utils/labels_annotations.go (PodRoleInstance)",
    "POD_ROLE_POOLER": "pkg/utils/labels_annotations.go (PodRolePooler)",
    "INSTANCE_ROLES": "pkg/specs/pods.go (ClusterRoleLabelPrimary, ClusterRoleLabelReplica)",
    "JOB_ROLES": "pkg/specs/jobs.go (jobRole constants; CreatePrimaryJob labels)",
    "OPERATOR_DEPLOYMENT": "config/manager/manager.yaml (Deployment controller-manager); config/default/kustomization.yaml (namePrefix cnpg-)",
    "OPERATOR_NAMESPACE": "config/default/kustomization.yaml (namespace)",
    "OPERATOR_SERVICE_ACCOUNT": "config/rbac/role_binding.yaml (subject cnpg-manager; namePrefix cnpg-)",
    "OPERATOR_POD_LABELS": "config/manager/manager.yaml (pod template labels)",
    "rw_service": "api/v1/cluster_types.go (ServiceReadWriteSuffix); pkg/specs/services.go (CreateClusterReadWriteService)",
    "ro_service": "api/v1/cluster_types.go (ServiceReadOnlySuffix); pkg/specs/services.go (CreateClusterReadOnlyService)",
    "r_service": "api/v1/cluster_types.go (ServiceReadSuffix); pkg/specs/services.go (CreateClusterReadService)",
    "cluster_services": "internal/controller/cluster_create.go (reconcilePostgresServices; -any only with the "
    "operator's CREATE_ANY_SERVICE, default false: internal/configuration/configuration.go)",
    "instance_pod_labels": "pkg/specs/pods.go (pod labels); the instance role label is set by the operator",
    "instance_service_account": "api/v1/cluster_funcs.go (GetServiceAccountName: the cluster name)",
    "job_pod_labels": "pkg/specs/jobs.go (CreatePrimaryJob: cnpg.io/cluster, cnpg.io/jobRole, cnpg.io/instanceName)",
    "pooler_pod_labels": "pkg/specs/pgbouncer/deployments.go (podTemplate labels)",
    "pooler_service": "pkg/specs/pgbouncer/services.go (Service named after the Pooler)",
    "pooler_service_account": "api/v1/pooler_funcs.go (GetServiceAccountName: the Pooler name)",
    "pooler_target_service": "pkg/management/pgbouncer/config/config.go ([databases] * = host=<cluster>-<type>)",
    "REPLICATION_SERVICE": "pkg/management/postgres/instance.go (GetPrimaryConnInfo: buildPrimaryConnInfo(<cluster>-rw))",
    "JOIN_SERVICE": "pkg/specs/jobs.go (JoinReplicaInstance: --parent-node <cluster>-rw); "
    "pkg/management/postgres/join.go (Join: pg_basebackup from the parent node)",
    "SERVER_CA_SECRET_SUFFIX": "api/v1/cluster_types.go (DefaultServerCaSecretSuffix); api/v1/cluster_funcs.go "
    "(GetServerCASecretName); internal/controller/cluster_pki.go (creates it)",
    "CA_CERT_KEY": "pkg/certs/certs.go (CACertKey)",
    "SERVER_CERT_SERVICES": "api/v1/cluster_funcs.go (GetClusterAltDNSNames)",
    "server_ca_secret": "api/v1/cluster_funcs.go (GetServerCASecretName: <cluster>-ca)",
    "status_call": "pkg/management/postgres/webserver/client/remote/instance.go "
    "(rawInstanceStatusRequest: <scheme>://<podIP>:8000/pg/status)",
}


def server_ca_secret(cluster: str) -> str:
    """The name of the Secret holding the cluster's server CA (`ca.crt`)."""
    return f"{cluster}{SERVER_CA_SECRET_SUFFIX}"


def rw_service(cluster: str) -> str:
    """The Service selecting the primary (cnpg.io/instanceRole=primary)."""
    return f"{cluster}-rw"


def ro_service(cluster: str) -> str:
    """The Service selecting the standbys (cnpg.io/instanceRole=replica)."""
    return f"{cluster}-ro"


def r_service(cluster: str) -> str:
    """The Service selecting every instance (cnpg.io/podRole=instance)."""
    return f"{cluster}-r"


def cluster_services(cluster: str) -> tuple[str, ...]:
    """The Services the operator creates for a Cluster with the default configuration."""
    return (rw_service(cluster), ro_service(cluster), r_service(cluster))


REPLICATION_SERVICE = rw_service
"""Standbys stream WAL from the primary through this Service."""
JOIN_SERVICE = rw_service
"""The join Job copies the primary's data directory (pg_basebackup) through this Service."""


def instance_pod_labels(cluster: str) -> dict[str, str]:
    """The labels every instance pod carries, whatever its role."""
    return {CLUSTER_LABEL: cluster, POD_ROLE_LABEL: POD_ROLE_INSTANCE}


def instance_service_account(cluster: str) -> str:
    return cluster


def job_pod_labels(cluster: str) -> dict[str, str]:
    """The fixed labels of every Job pod of a Cluster; each also carries JOB_ROLE_LABEL."""
    return {CLUSTER_LABEL: cluster}


def pooler_pod_labels(pooler: str, cluster: str) -> dict[str, str]:
    return {POOLER_NAME_LABEL: pooler, CLUSTER_LABEL: cluster, POD_ROLE_LABEL: POD_ROLE_POOLER}


def pooler_service(pooler: str) -> str:
    return pooler


def pooler_service_account(pooler: str) -> str:
    return pooler


def pooler_target_service(cluster: str, type: Literal["rw", "ro", "r"]) -> str:
    """The Service a Pooler of `type` sends its server connections to."""
    return f"{cluster}-{type}"


def _is(obj: Mapping[str, Any], kind: str) -> bool:
    return obj.get("kind") == kind and str(obj.get("apiVersion", "")).startswith(f"{API_GROUP}/")


def created_services(obj: Mapping[str, Any]) -> tuple[str, ...]:
    name = (obj.get("metadata") or {}).get("name", "")
    if _is(obj, "Cluster"):
        return cluster_services(name)
    if _is(obj, "Pooler"):
        return (pooler_service(name),)
    return ()


def created_pods(obj: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
    meta, spec = obj.get("metadata") or {}, obj.get("spec") or {}
    name = meta.get("name", "")
    if _is(obj, "Cluster"):
        # Only the labels read in the source count: `inheritedMetadata` goes on the Job object,
        # not its pod template (pkg/specs/jobs.go: SetInheritedDataAndOwnership(&job.ObjectMeta)),
        # so a selector must never rely on it.
        instances = tuple({**instance_pod_labels(name), INSTANCE_ROLE_LABEL: role} for role in INSTANCE_ROLES)
        jobs = tuple({**job_pod_labels(name), JOB_ROLE_LABEL: role} for role in JOB_ROLES)
        return instances + jobs
    if _is(obj, "Pooler"):
        template = ((spec.get("template") or {}).get("metadata") or {}).get("labels") or {}
        cluster = (spec.get("cluster") or {}).get("name", "")
        return ({**template, **pooler_pod_labels(name, cluster)},)
    return ()
