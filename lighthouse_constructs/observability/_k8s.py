"""Small builders shared by the stack's components: metadata, resources, probes, services and
monitors. (Security contexts come from lighthouse_constructs.restricted, like every construct's.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence, cast

import cdk8s
import constructs
from cdk8s_plus_28 import k8s

from .. import restricted
from ..conventions import selector_labels, standard_labels
from ..quantity import Resources, int_or_string
from ..secrets import secret_revision_annotations
from .props import ObjectStorage

REPLICA_SPREAD = (("kubernetes.io/hostname", "DoNotSchedule"), ("topology.kubernetes.io/zone", "ScheduleAnyway"))
"""(topologyKey, whenUnsatisfiable) of the operator-managed replicas: never two on a host, zones when possible."""


def http_probe(path: str, port: str, *, initial_delay: int = 10, period: int = 10, failures: int = 3) -> k8s.Probe:
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=int_or_string(port)),
        initial_delay_seconds=initial_delay, period_seconds=period, timeout_seconds=5, failure_threshold=failures,
    )


def spread_by_host(selector: Mapping[str, str]) -> list[k8s.TopologySpreadConstraint]:
    return [
        k8s.TopologySpreadConstraint(max_skew=1, topology_key="kubernetes.io/hostname",
                                     when_unsatisfiable="DoNotSchedule",
                                     label_selector=k8s.LabelSelector(match_labels=dict(selector))),
        k8s.TopologySpreadConstraint(max_skew=1, topology_key="topology.kubernetes.io/zone",
                                     when_unsatisfiable="ScheduleAnyway",
                                     label_selector=k8s.LabelSelector(match_labels=dict(selector))),
    ]


def spread_dicts(selector: Mapping[str, str]) -> list[dict[str, Any]]:
    """spread_by_host as camelCase dicts, for the operators' custom resources."""
    return [
        {"maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "DoNotSchedule",
         "labelSelector": {"matchLabels": dict(selector)}},
        {"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "ScheduleAnyway",
         "labelSelector": {"matchLabels": dict(selector)}},
    ]


S3_CREDENTIALS_DIR = "/var/run/secrets/object-store"
"""Where a store on object storage finds its credentials file (`credentials`), read-only.

With no keys in their S3 config, both binaries fall back to the AWS shared credentials file named
by $AWS_SHARED_CREDENTIALS_FILE (profile `default`), read at the pinned versions:
- Tempo 2.8.2: tempodb/backend/s3/s3.go `fetchCreds` chains minio-go (v7.0.91) providers, an empty
  Static first, then EnvAWS, EnvMinio, FileAWSCredentials; a provider yielding no key is skipped
  (vendor/github.com/minio/minio-go/v7/pkg/credentials/chain.go), and FileAWSCredentials reads
  aws_access_key_id/aws_secret_access_key from $AWS_SHARED_CREDENTIALS_FILE
  (.../credentials/file_aws_credentials.go).
- Loki 3.5.3: `common.storage.s3` without `use_thanos_objstore` (default false,
  pkg/storage/factory.go) builds pkg/storage/chunk/client/aws/s3_storage_client.go `buildS3Client`,
  which sets static credentials only when access_key_id and secret_access_key are set ("both or
  neither"), else leaves aws-sdk-go v1.55.6 `session.NewSession` to its default chain: the shared
  credentials file from $AWS_SHARED_CREDENTIALS_FILE (vendor/github.com/aws/aws-sdk-go/aws/session/
  env_config.go), its `default` profile's keys (session/credentials.go `resolveCredsFromProfile`).
Loki reads the file once (session.go `newSession`), so the secret-revision annotation rolls the
pods when the credentials change."""


MEMBERLIST_PORT = 7946
"""Gossip port of the Grafana-stack binaries' rings (dskit memberlist, TCP only)."""


def object_storage_credentials(storage: ObjectStorage | None) -> tuple[list[k8s.EnvVar], list[k8s.VolumeMount], list[k8s.Volume]]:
    """The credentials file mounted read-only in S3_CREDENTIALS_DIR and $AWS_SHARED_CREDENTIALS_FILE
    pointing at it (a path, not a secret); nothing without object storage."""
    if storage is None:
        return [], [], []
    ref = storage.credentials
    return (
        [k8s.EnvVar(name="AWS_SHARED_CREDENTIALS_FILE", value=f"{S3_CREDENTIALS_DIR}/credentials")],
        [k8s.VolumeMount(name="object-store-credentials", mount_path=S3_CREDENTIALS_DIR, read_only=True)],
        [k8s.Volume(name="object-store-credentials", secret=k8s.SecretVolumeSource(
            secret_name=ref.secret_name, default_mode=0o400, items=[k8s.KeyToPath(key=ref.key, path="credentials")]))],
    )


def s3_config(storage: ObjectStorage) -> dict[str, Any]:
    """The S3 client settings Loki (`common.storage.s3`) and Tempo (`storage.trace.s3`) share; no
    keys, so both read the credentials file (S3_CREDENTIALS_DIR)."""
    config: dict[str, Any] = {"endpoint": storage.endpoint, "insecure": storage.insecure}
    if storage.region:
        config["region"] = storage.region
    return config


@dataclass(frozen=True)
class Naming:
    """What differs between two stacks in one cluster: the instance (in every label and in every
    cluster-scoped or operator-derived name) and the label that puts monitors and rules in front
    of a Prometheus (MONITORING_LABEL, or an existing Prometheus's selector label)."""

    instance: str
    selection_label: Mapping[str, str] = field(default_factory=dict)

    def labels(self, name: str, component: str, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        return {**standard_labels(name, component, self.instance), **(extra or {})}

    def pod_selector(self, name: str) -> dict[str, str]:
        return selector_labels(name, self.instance)

    def meta(self, name: str, namespace: str | None, component: str, extra: Mapping[str, str] | None = None,
             annotations: Mapping[str, str] | None = None) -> k8s.ObjectMeta:
        return k8s.ObjectMeta(name=name, namespace=namespace, labels=self.labels(name, component, extra),
                              annotations=dict(annotations) if annotations else None)

    def service_account(self, scope: constructs.Construct, id: str, name: str, namespace: str, component: str) -> k8s.KubeServiceAccount:
        """A dedicated ServiceAccount whose token is never mounted by default."""
        return k8s.KubeServiceAccount(scope, id, metadata=self.meta(name, namespace, component), automount_service_account_token=False)

    def service(self, scope: constructs.Construct, id: str, name: str, namespace: str, component: str,
                selector: Mapping[str, str], ports: Sequence[tuple[str, int]], *, headless: bool = False,
                session_affinity: bool = False) -> k8s.KubeService:
        """`session_affinity`: keep each client on one pod (ClientIP)."""
        return k8s.KubeService(
            scope, id, metadata=self.meta(name, namespace, component),
            spec=k8s.ServiceSpec(
                type="ClusterIP",
                session_affinity="ClientIP" if session_affinity else None,
                cluster_ip="None" if headless else None,
                publish_not_ready_addresses=True if headless else None,
                selector=dict(selector),
                ports=[k8s.ServicePort(name=p, port=n, target_port=int_or_string(p), protocol="TCP")
                       for p, n in ports],
            ),
        )

    def pdb(self, scope: constructs.Construct, id: str, name: str, namespace: str, component: str,
            selector: Mapping[str, str]) -> k8s.KubePodDisruptionBudget:
        """At most one pod of a replicated workload down at a time by voluntary disruption."""
        return k8s.KubePodDisruptionBudget(
            scope, id, metadata=self.meta(name, namespace, component),
            spec=k8s.PodDisruptionBudgetSpec(max_unavailable=int_or_string(1),
                                             selector=k8s.LabelSelector(match_labels=dict(selector))),
        )

    def service_monitor(self, scope: constructs.Construct, id: str, name: str, namespace: str, component: str,
                        selector: Mapping[str, str], port: str, path: str = "/metrics", *, honor_labels: bool = False,
                        mesh_tls: bool = False) -> cdk8s.ApiObject:
        """A ServiceMonitor carrying the selection label, scraping `port` of the services matching `selector`
        in `namespace`. `mesh_tls`: the port is also an API, which MeshPolicy keeps STRICT, so
        Prometheus scrapes it with its Istio certificate (`operators.istio.SCRAPER_ANNOTATIONS`)."""
        from ..imports.monitoring.com.coreos.monitoring import (
            ServiceMonitor,
            ServiceMonitorSpec,
            ServiceMonitorSpecEndpoints,
            ServiceMonitorSpecEndpointsScheme,
            ServiceMonitorSpecEndpointsTlsConfig,
            ServiceMonitorSpecNamespaceSelector,
            ServiceMonitorSpecSelector,
        )
        from ..operators import istio

        return cast(cdk8s.ApiObject, ServiceMonitor(
            scope, id,
            metadata=cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=self.labels(name, component, self.selection_label)),
            spec=ServiceMonitorSpec(
                selector=ServiceMonitorSpecSelector(match_labels=dict(selector)),
                namespace_selector=ServiceMonitorSpecNamespaceSelector(match_names=[namespace]),
                endpoints=[ServiceMonitorSpecEndpoints(
                    port=port, path=path, interval="30s", honor_labels=True if honor_labels else None,
                    scheme=ServiceMonitorSpecEndpointsScheme.HTTPS if mesh_tls else None,
                    tls_config=ServiceMonitorSpecEndpointsTlsConfig(**istio.scraper_tls()) if mesh_tls else None,
                )],
            ),
        ))

    def api_meta(self, name: str, namespace: str | None, component: str,
                 extra: Mapping[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
        """Metadata for generated custom-resource classes."""
        return cdk8s.ApiObjectMetadata(name=name, namespace=namespace, labels=self.labels(name, component, extra))

    def single_binary_stateful_set(self, scope: constructs.Construct, name: str, namespace: str, component: str, *,
                                   image: str, ports: Sequence[tuple[str, int]], http_port: str,
                                   resources_: Resources, storage: str, storage_class: str | None,
                                   replicas: int = 1, object_storage: ObjectStorage | None = None,
                                   termination_grace_period_seconds: int | None = None) -> k8s.KubeStatefulSet:
        """`replicas` pods of a Grafana-stack binary (Loki, Tempo) running every target (`-target=all`),
        configured by `/etc/<name>/<name>.yaml` from the `<name>-config` ConfigMap, with their WAL or
        data on a PVC, spread over hosts and zones; S3 credentials as a file (S3_CREDENTIALS_DIR)."""
        pod_labels = self.pod_selector(name)
        annotations = secret_revision_annotations(*((object_storage.credentials,) if object_storage else ()))
        env, credential_mounts, credential_volumes = object_storage_credentials(object_storage)
        return k8s.KubeStatefulSet(
            scope, "StatefulSet", metadata=self.meta(name, namespace, component),
            spec=k8s.StatefulSetSpec(
                replicas=replicas, service_name=f"{name}-headless",
                # Members join the ring together; ordered start would wait on a ring that needs them.
                pod_management_policy="Parallel" if replicas > 1 else None,
                selector=k8s.LabelSelector(match_labels=pod_labels),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=self.labels(name, component), annotations=annotations or None),
                    spec=k8s.PodSpec(
                        service_account_name=name, automount_service_account_token=False,
                        security_context=restricted.pod_security_context(),
                        termination_grace_period_seconds=termination_grace_period_seconds,
                        topology_spread_constraints=spread_by_host(pod_labels) if replicas > 1 else None,
                        containers=[k8s.Container(
                            name=name, image=image, image_pull_policy="Always",
                            args=[f"-config.file=/etc/{name}/{name}.yaml", "-target=all"],
                            env=env or None,
                            ports=[k8s.ContainerPort(name=n, container_port=p, protocol="TCP") for n, p in ports],
                            resources=resources_.requirements(),
                            security_context=restricted.container_security_context(),
                            readiness_probe=http_probe("/ready", http_port, initial_delay=15),
                            liveness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=int_or_string(http_port)),
                                                     initial_delay_seconds=30, period_seconds=10, failure_threshold=6),
                            volume_mounts=[k8s.VolumeMount(name="config", mount_path=f"/etc/{name}", read_only=True),
                                           k8s.VolumeMount(name="data", mount_path=f"/var/{name}"),
                                           k8s.VolumeMount(name="tmp", mount_path="/tmp")] + credential_mounts,
                        )],
                        volumes=[k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=f"{name}-config")),
                                 k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string("1Gi")))]
                                + credential_volumes,
                    ),
                ),
                volume_claim_templates=[k8s.KubePersistentVolumeClaimProps(
                    metadata=k8s.ObjectMeta(name="data", labels=self.labels(name, component)),
                    spec=k8s.PersistentVolumeClaimSpec(
                        access_modes=["ReadWriteOnce"], storage_class_name=storage_class,
                        resources=k8s.ResourceRequirements(requests={"storage": k8s.Quantity.from_string(storage)})),
                )],
            ),
        )
