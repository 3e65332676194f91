"""PriorityClasses: which pods the scheduler keeps, and which it evicts first, when nodes are full."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import constructs
from cdk8s_plus_28 import k8s

from ..conventions import standard_labels


@dataclass(frozen=True)
class PriorityClassSpec:
    """One PriorityClass as the platform defines it."""

    name: str
    value: int
    preemption_policy: Literal["PreemptLowerPriority", "Never"]
    description: str


PLATFORM_CRITICAL = PriorityClassSpec(
    "platform-critical", 1_000_000, "PreemptLowerPriority",
    "Platform components every tier depends on (FUSE mounts, databases, caches, monitoring).",
)
BRIDGE_HIGH = PriorityClassSpec(
    "bridge-high", 100_000, "PreemptLowerPriority",
    "User-facing bridge services: scheduled before batch work, may preempt it.",
)
BATCH_LOW = PriorityClassSpec(
    "batch-low", 1_000, "Never",
    "Batch and load-test jobs: run on spare capacity and never preempt other pods.",
)


class PriorityClass(constructs.Construct):
    """A PriorityClass (never the cluster default: pods opt in by name). Implements PriorityClassHandle."""

    def __init__(self, scope: constructs.Construct, id: str, spec: PriorityClassSpec, *, prefix: str) -> None:
        """`prefix` goes first in the name: PriorityClasses are cluster-scoped, shared by every tenant."""
        super().__init__(scope, id)
        self.spec = spec
        self._name = f"{prefix}-{spec.name}"
        self.resource = k8s.KubePriorityClass(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(name=self._name, labels=standard_labels(self._name, "priority-class")),
            value=spec.value,
            global_default=False,
            preemption_policy=spec.preemption_policy,
            description=spec.description,
        )

    @property
    def name(self) -> str:
        return self._name

    @property
    def value(self) -> int:
        return self.spec.value


class PriorityClasses(constructs.Construct):
    """The platform's three PriorityClasses, `<prefix>-platform-critical|bridge-high|batch-low`, as
    handles: `platform_critical`, `bridge_high`, `batch_low`."""

    def __init__(self, scope: constructs.Construct, id: str, *, prefix: str) -> None:
        super().__init__(scope, id)
        self.platform_critical = PriorityClass(self, "PlatformCritical", PLATFORM_CRITICAL, prefix=prefix)
        self.bridge_high = PriorityClass(self, "BridgeHigh", BRIDGE_HIGH, prefix=prefix)
        self.batch_low = PriorityClass(self, "BatchLow", BATCH_LOW, prefix=prefix)

    def all(self) -> tuple[PriorityClass, ...]:
        return (self.platform_critical, self.bridge_high, self.batch_low)




