"""Kubernetes resource quantities ("250m", "1.5", "512Mi", "2G") and container resources.

Quantities are parsed into exact Fractions (the capacity budget adds and compares them without
float rounding) and printed back in the units people read: cores for CPU, Mi/Gi for memory.
`Resources` is the one requests-and-limits model every construct's props use, and the one place
that turns it into what a container spec takes (the core L1 struct, cdk8s-plus's
ContainerResources, a generated custom-resource struct, or plain JSON).
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import Annotated, Any, Callable, Protocol, TypeVar

import cdk8s
import cdk8s_plus_28 as kplus
from cdk8s_plus_28 import k8s
from pydantic import BeforeValidator, model_validator

from .props import Props

_SUFFIXES = {
    "n": Fraction(1, 10**9), "u": Fraction(1, 10**6), "m": Fraction(1, 1000), "": Fraction(1),
    "k": Fraction(10**3), "M": Fraction(10**6), "G": Fraction(10**9), "T": Fraction(10**12),
    "P": Fraction(10**15), "E": Fraction(10**18),
    "Ki": Fraction(2**10), "Mi": Fraction(2**20), "Gi": Fraction(2**30), "Ti": Fraction(2**40),
    "Pi": Fraction(2**50), "Ei": Fraction(2**60),
}
_QUANTITY = re.compile(r"^(?P<number>[0-9]+(\.[0-9]*)?|\.[0-9]+)(?P<suffix>[eE][-+]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]?)$")


def parse_quantity(text: str) -> Fraction:
    """The exact value of a Kubernetes quantity, or a ValueError saying what is accepted."""
    match = _QUANTITY.match(str(text).strip())
    if not match:
        raise ValueError(
            f"{text!r} is not a Kubernetes quantity; expected a number with an optional suffix "
            f"(m, k, M, G, T, Ki, Mi, Gi, Ti, or an exponent like 1e3), e.g. 250m, 2, 512Mi"
        )
    number = Fraction(match["number"])
    suffix = match["suffix"]
    if suffix[:1] in ("e", "E"):
        return number * Fraction(10) ** int(suffix[1:])
    return number * _SUFFIXES[suffix]


def quantity_value(text: str) -> float:
    """A quantity as a float ("250m" -> 0.25, "1Gi" -> 1073741824.0)."""
    return float(parse_quantity(text))


def format_cpu(cores: Fraction) -> str:
    """CPU in cores when whole ("4"), else millicores ("2500m"); sub-millicore values round up."""
    if cores.denominator == 1:
        return str(cores.numerator)
    millis = -(-cores * 1000 // 1)
    return f"{millis}m"


def format_memory(size: Fraction) -> str:
    """Memory in the largest binary unit that fits: 512Mi, 1.5Gi, 64Ki, 100 (bytes).
    At most two decimals; a value that needs more is marked approximate ("~1.33Gi")."""
    for unit, factor in (("Ti", 2**40), ("Gi", 2**30), ("Mi", 2**20), ("Ki", 2**10), ("", 1)):
        if size >= factor or factor == 1:
            value = Fraction(size) / factor
            text = f"{float(value):.2f}".rstrip("0").rstrip(".")
            return text + unit if (value * 100).denominator == 1 else f"~{text}{unit}"
    raise AssertionError("unreachable")


def _as_quantity_string(value: Any) -> str:
    """Accept `cpu: 2` / `cpu: 0.5` from YAML (numbers) as well as strings; reject anything else."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{value!r} is not a Kubernetes quantity; expected e.g. 250m, 2, 512Mi")
    text = str(value)
    parse_quantity(text)
    return text


class _QuantityClass(Protocol):
    """A generated binding's quantity class (`...ResourcesRequests`, `...ResourcesLimits`)."""

    @classmethod
    def from_string(cls, value: str) -> Any: ...


_Struct = TypeVar("_Struct")

Quantity = Annotated[str, BeforeValidator(_as_quantity_string)]
"""A validated Kubernetes quantity string, kept as written so the output shows the config's value."""


@functools.cache
def quantity_of(cls: Any, text: str) -> Any:
    """`cls.from_string(text)`, built once per class and text: each is a jsii round trip, and a
    quantity is an immutable value that any number of objects may share."""
    return cls.from_string(text)


@functools.cache
def int_or_string(value: int | str) -> k8s.IntOrString:
    """A port or a count as the core API's IntOrString, built once per value (a jsii round trip each)."""
    return k8s.IntOrString.from_number(value) if isinstance(value, int) else k8s.IntOrString.from_string(value)


class Resources(Props):
    """CPU and memory requests and limits of one container: every container gets both, and a
    request above its limit is an error (the API server would reject the pod)."""

    cpu_request: Quantity
    """CPU the scheduler reserves, e.g. 100m. Required."""
    cpu_limit: Quantity
    """CPU the container may use at most. Required."""
    memory_request: Quantity
    """Memory the scheduler reserves, e.g. 128Mi. Required."""
    memory_limit: Quantity
    """Memory beyond which the container is OOM-killed. Required."""

    @model_validator(mode="after")
    def _requests_within_limits(self) -> "Resources":
        for kind in ("cpu", "memory"):
            request, limit = getattr(self, f"{kind}_request"), getattr(self, f"{kind}_limit")
            if parse_quantity(request) > parse_quantity(limit):
                raise ValueError(f"{kind}_request {request!r} exceeds {kind}_limit {limit!r}; a request must be <= its limit")
        return self

    def as_dict(self) -> dict[str, dict[str, str]]:
        """`{"requests": {...}, "limits": {...}}`, the container `resources` block as JSON."""
        return {
            "requests": {"cpu": self.cpu_request, "memory": self.memory_request},
            "limits": {"cpu": self.cpu_limit, "memory": self.memory_limit},
        }

    def requirements(self) -> k8s.ResourceRequirements:
        """The core API's container `resources` (the L1 struct), quantities as written."""
        return self.struct(k8s.ResourceRequirements, k8s.Quantity, k8s.Quantity)

    def struct(self, struct: Callable[..., _Struct], requests: type[_QuantityClass], limits: type[_QuantityClass]) -> _Struct:
        """A generated custom-resource struct (`ClusterSpecResources`, ...), whose request and
        limit maps each take their own generated quantity class; quantities as written."""
        return struct(
            requests={"cpu": quantity_of(requests, self.cpu_request), "memory": quantity_of(requests, self.memory_request)},
            limits={"cpu": quantity_of(limits, self.cpu_limit), "memory": quantity_of(limits, self.memory_limit)},
        )

    def container_resources(self) -> kplus.ContainerResources:
        """cdk8s-plus's ContainerResources, which prints CPU in millicores and memory in Mi."""
        return kplus.ContainerResources(
            cpu=kplus.CpuResources(request=_millicores(self.cpu_request), limit=_millicores(self.cpu_limit)),
            memory=kplus.MemoryResources(request=_mebibytes(self.memory_request), limit=_mebibytes(self.memory_limit)),
        )


def _millicores(quantity: str) -> kplus.Cpu:
    return kplus.Cpu.millis(round(quantity_value(quantity) * 1000))


def _mebibytes(quantity: str) -> cdk8s.Size:
    return cdk8s.Size.mebibytes(quantity_value(quantity) / 2**20)
