"""A tier namespace: the labelled Namespace plus its ResourceQuota, LimitRange and default-deny policy."""

from __future__ import annotations

import cdk8s
import constructs
from cdk8s_plus_28 import k8s

from ..conventions import standard_labels
from ..handles import PodSecurityLevel
from ..namespace import LighthouseNamespace, NamespaceProps
from ..props import Props
from ..quantity import quantity_of
from .config import ComputeResources, TierConfig

AUTO_DEFAULT_REQUEST = ComputeResources(cpu="100m", memory="128Mi")
AUTO_DEFAULT_LIMIT = ComputeResources(cpu="500m", memory="512Mi")

QUOTA_NAME = "compute-quota"
LIMIT_RANGE_NAME = "container-limits"
DEFAULT_DENY_NAME = "default-deny"


def _amounts(resources: ComputeResources) -> dict[str, k8s.Quantity]:
    return {"cpu": quantity_of(k8s.Quantity, resources.cpu), "memory": quantity_of(k8s.Quantity, resources.memory)}


class PlatformNamespaceProps(Props):
    """Props of PlatformNamespace."""

    namespace: NamespaceProps
    """Name, tier, Pod Security levels and Istio injection of the Namespace."""
    budget: TierConfig | None = None
    """The ResourceQuota and LimitRange values. Default: none, and then the quota stays empty until
    `set_quota` (Platform sizes it from the chart at synth) and the LimitRange gives containers
    that set nothing AUTO_DEFAULT_REQUEST/AUTO_DEFAULT_LIMIT, with no per-container maximum."""


class PlatformNamespace(constructs.Construct):
    """A LighthouseNamespace with what every tier namespace needs besides its labels:

    - a ResourceQuota (`compute-quota`) on CPU/memory requests and limits and on pods, which the
      capacity budget checks the namespace's contents against at synth time;
    - a LimitRange (`container-limits`) giving containers that set no resources a default and
      capping any single container;
    - a NetworkPolicy (`default-deny`) that selects every pod and denies all ingress and egress.
      MeshPolicy adds the allow policies (including DNS) derived from the dependency graph; this one
      stays pure deny so that nothing is reachable unless declared.

    Implements NamespaceHandle (`name`, `enforce_level`).
    """

    def __init__(self, scope: constructs.Construct, id: str, props: PlatformNamespaceProps) -> None:
        super().__init__(scope, id)
        self.props = props
        ns = props.namespace
        self.namespace = LighthouseNamespace(self, "Namespace", ns)

        def meta(name: str, component: str) -> k8s.ObjectMeta:
            return k8s.ObjectMeta(name=name, namespace=ns.name, labels=standard_labels(name, component, ns.name))

        budget = props.budget
        quota = budget.quota if budget is not None else None
        self.resource_quota = k8s.KubeResourceQuota(
            self,
            "ResourceQuota",
            metadata=meta(QUOTA_NAME, "resource-quota"),
            spec=k8s.ResourceQuotaSpec(
                hard={
                    "requests.cpu": quantity_of(k8s.Quantity, quota.requests.cpu),
                    "requests.memory": quantity_of(k8s.Quantity, quota.requests.memory),
                    "limits.cpu": quantity_of(k8s.Quantity, quota.limits.cpu),
                    "limits.memory": quantity_of(k8s.Quantity, quota.limits.memory),
                    "pods": k8s.Quantity.from_number(quota.pods),
                }
                if quota is not None
                else None
            ),
        )
        limits = budget.limit_range if budget is not None else None
        self.limit_range = k8s.KubeLimitRange(
            self,
            "LimitRange",
            metadata=meta(LIMIT_RANGE_NAME, "limit-range"),
            spec=k8s.LimitRangeSpec(
                limits=[
                    k8s.LimitRangeItem(
                        type="Container",
                        default_request=_amounts(limits.default_request if limits else AUTO_DEFAULT_REQUEST),
                        default=_amounts(limits.default_limit if limits else AUTO_DEFAULT_LIMIT),
                        max=_amounts(limits.max) if limits else None,
                    )
                ]
            ),
        )
        self.default_deny = k8s.KubeNetworkPolicy(
            self,
            "DefaultDeny",
            metadata=meta(DEFAULT_DENY_NAME, "network-policy"),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]),
        )

    def set_quota(self, hard: dict[str, str]) -> None:
        """Replace the ResourceQuota's `hard` amounts (Platform sizes a quota from the chart at synth).

        Each amount goes in as `{"value": ...}`: KubeResourceQuota's to_json maps every Quantity of
        `hard` to its `.value` after the patches are applied, so a bare string would be dropped."""
        self.resource_quota.add_json_patch(
            cdk8s.JsonPatch.add("/spec/hard", {key: {"value": value} for key, value in hard.items()})
        )

    @property
    def name(self) -> str:
        return self.props.namespace.name

    @property
    def enforce_level(self) -> PodSecurityLevel:
        return self.props.namespace.enforce

    @property
    def audit_level(self) -> PodSecurityLevel:
        return self.props.namespace.audit

    @property
    def warn_level(self) -> PodSecurityLevel:
        return self.props.namespace.warn

    @property
    def tier(self) -> str:
        return self.props.namespace.tier

    @property
    def istio_injection(self) -> bool:
        return self.props.namespace.istio_injection
