"""Scheduling helpers every construct shares: which PriorityClass its pods get, and how autoscalers
change replica counts."""

from __future__ import annotations

import cdk8s
import constructs

from .handles import PriorityClassHandle

_TEMPLATE = "/spec/template/spec/priorityClassName"
_POD = "/spec/priorityClassName"
PRIORITY_CLASS_PATHS: dict[tuple[str, str], str] = {
    ("core", "Pod"): _POD,  # cdk8s names the core group "core"
    ("apps", "Deployment"): _TEMPLATE,
    ("apps", "ReplicaSet"): _TEMPLATE,
    ("apps", "StatefulSet"): _TEMPLATE,
    ("apps", "DaemonSet"): _TEMPLATE,
    ("batch", "Job"): _TEMPLATE,
    ("batch", "CronJob"): "/spec/jobTemplate/spec/template/spec/priorityClassName",
    ("argoproj.io", "Rollout"): _TEMPLATE,
    # Operators copy these to the pods they create (each CRD's spec.priorityClassName / template).
    ("postgresql.cnpg.io", "Cluster"): _POD,
    ("postgresql.cnpg.io", "Pooler"): _TEMPLATE,
    ("monitoring.coreos.com", "Prometheus"): _POD,
    ("monitoring.coreos.com", "Alertmanager"): _POD,
    ("opentelemetry.io", "OpenTelemetryCollector"): _POD,
}
"""(API group, kind) -> where an object of that kind names its pods' PriorityClass."""


def assign_priority_class(scope: constructs.Construct, priority_class: PriorityClassHandle | None) -> None:
    """Give every pod-bearing object under `scope` (workloads and the operator resources that make
    pods) the PriorityClass `priority_class`; None leaves them without one (the cluster default).

    Called once a construct has built its children, so a workload added there later is covered too.
    """
    if priority_class is None:
        return
    for child in scope.node.find_all():
        if isinstance(child, cdk8s.ApiObject):
            path = PRIORITY_CLASS_PATHS.get((child.api_group, child.kind))
            if path is not None:
                child.add_json_patch(cdk8s.JsonPatch.add(path, priority_class.name))

SCALE_UP_POLICIES: tuple[tuple[str, int, int], ...] = (("Pods", 4, 60), ("Percent", 100, 60))
"""Scale-up policies (type, value, periodSeconds), the larger change wins: the HPA's and the KEDA-owned HPA's."""
SCALE_DOWN_POLICIES: tuple[tuple[str, int, int], ...] = (("Percent", 10, 60),)
"""Scale-down policies (type, value, periodSeconds), the smaller change wins."""
