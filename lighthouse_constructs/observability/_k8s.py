"""Small builders shared by the stack's components: metadata, resources, probes, services and
monitors. (Security contexts come from lighthouse_constructs.restricted, like every construct's.)"""

from __future__ import annotations

from typing import Mapping, Sequence

import constructs
from cdk8s_plus_28 import k8s

from ..conventions import MONITORING_LABEL, selector_labels, standard_labels
from .props import Resources

INSTANCE = "lighthouse"


def labels(name: str, component: str, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    return {**standard_labels(name, component, INSTANCE), **(extra or {})}


def pod_selector(name: str) -> dict[str, str]:
    return selector_labels(name, INSTANCE)


def meta(name: str, namespace: str | None, component: str, extra: Mapping[str, str] | None = None,
         annotations: Mapping[str, str] | None = None) -> k8s.ObjectMeta:
    return k8s.ObjectMeta(name=name, namespace=namespace, labels=labels(name, component, extra),
                          annotations=dict(annotations) if annotations else None)


def resources(r: Resources) -> k8s.ResourceRequirements:
    return k8s.ResourceRequirements(
        requests={"cpu": k8s.Quantity.from_string(r.cpu_request), "memory": k8s.Quantity.from_string(r.memory_request)},
        limits={"cpu": k8s.Quantity.from_string(r.cpu_limit), "memory": k8s.Quantity.from_string(r.memory_limit)},
    )


def http_probe(path: str, port: str, *, initial_delay: int = 10, period: int = 10, failures: int = 3) -> k8s.Probe:
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=k8s.IntOrString.from_string(port)),
        initial_delay_seconds=initial_delay, period_seconds=period, timeout_seconds=5, failure_threshold=failures,
    )


def service_account(scope: constructs.Construct, id: str, name: str, namespace: str, component: str) -> k8s.KubeServiceAccount:
    """A dedicated ServiceAccount whose token is never mounted by default."""
    return k8s.KubeServiceAccount(scope, id, metadata=meta(name, namespace, component), automount_service_account_token=False)


def service(scope: constructs.Construct, id: str, name: str, namespace: str, component: str,
            selector: Mapping[str, str], ports: Sequence[tuple[str, int]], *, headless: bool = False) -> k8s.KubeService:
    return k8s.KubeService(
        scope, id, metadata=meta(name, namespace, component),
        spec=k8s.ServiceSpec(
            type="ClusterIP",
            cluster_ip="None" if headless else None,
            publish_not_ready_addresses=True if headless else None,
            selector=dict(selector),
            ports=[k8s.ServicePort(name=p, port=n, target_port=k8s.IntOrString.from_string(p), protocol="TCP")
                   for p, n in ports],
        ),
    )


def pdb(scope: constructs.Construct, id: str, name: str, namespace: str, component: str,
        selector: Mapping[str, str]) -> k8s.KubePodDisruptionBudget:
    """At most one pod of a replicated workload down at a time by voluntary disruption."""
    return k8s.KubePodDisruptionBudget(
        scope, id, metadata=meta(name, namespace, component),
        spec=k8s.PodDisruptionBudgetSpec(max_unavailable=k8s.IntOrString.from_number(1),
                                         selector=k8s.LabelSelector(match_labels=dict(selector))),
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


def spread_dicts(selector: Mapping[str, str]) -> list[dict]:
    """spread_by_host as camelCase dicts, for the operators' custom resources."""
    return [
        {"maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "DoNotSchedule",
         "labelSelector": {"matchLabels": dict(selector)}},
        {"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "ScheduleAnyway",
         "labelSelector": {"matchLabels": dict(selector)}},
    ]


def service_monitor(scope: constructs.Construct, id: str, name: str, namespace: str, component: str,
                    selector: Mapping[str, str], port: str, path: str = "/metrics", *, honor_labels: bool = False):
    """A ServiceMonitor carrying MONITORING_LABEL, scraping `port` of the services matching `selector`
    in `namespace`."""
    from ..imports.monitoring.com.coreos.monitoring import (
        ServiceMonitor, ServiceMonitorSpec, ServiceMonitorSpecEndpoints, ServiceMonitorSpecNamespaceSelector,
        ServiceMonitorSpecSelector,
    )
    from cdk8s import ApiObjectMetadata

    return ServiceMonitor(
        scope, id,
        metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels(name, component, MONITORING_LABEL)),
        spec=ServiceMonitorSpec(
            selector=ServiceMonitorSpecSelector(match_labels=dict(selector)),
            namespace_selector=ServiceMonitorSpecNamespaceSelector(match_names=[namespace]),
            endpoints=[ServiceMonitorSpecEndpoints(port=port, path=path, interval="30s",
                                                   honor_labels=True if honor_labels else None)],
        ),
    )


def api_meta(name: str, namespace: str | None, component: str, extra: Mapping[str, str] | None = None):
    """Metadata for generated custom-resource classes."""
    from cdk8s import ApiObjectMetadata

    return ApiObjectMetadata(name=name, namespace=namespace, labels=labels(name, component, extra))


def cr_resources(struct_cls, limits_cls, requests_cls, r: Resources):
    """Requests and limits in a generated custom-resource struct (each map has its own class)."""
    return struct_cls(
        requests={"cpu": requests_cls.from_string(r.cpu_request), "memory": requests_cls.from_string(r.memory_request)},
        limits={"cpu": limits_cls.from_string(r.cpu_limit), "memory": limits_cls.from_string(r.memory_limit)},
    )
