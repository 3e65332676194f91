"""Resources: the one model of container requests and limits, in each form a container spec takes."""

from __future__ import annotations

from typing import Any, Callable

import cdk8s
import cdk8s_plus_28 as kplus
import pytest
from cdk8s_plus_28 import k8s
from pydantic import ValidationError

from lighthouse_constructs.quantity import Resources

R = Resources(cpu_request="250m", cpu_limit="1.5", memory_request="512Mi", memory_limit="1Gi")
AS_WRITTEN = {"requests": {"cpu": "250m", "memory": "512Mi"}, "limits": {"cpu": "1.5", "memory": "1Gi"}}


def _container_resources(build: Callable[[cdk8s.Chart], Any]) -> dict:
    chart = cdk8s.Testing.chart()
    build(chart)
    [pod] = cdk8s.Testing.synth(chart)
    return pod["spec"]["containers"][0]["resources"]


def test_can_emit_the_quantities_as_written_in_a_core_container() -> None:
    emitted = _container_resources(lambda chart: k8s.KubePod(chart, "Pod", spec=k8s.PodSpec(
        containers=[k8s.Container(name="app", image="app:1", resources=R.requirements())])))
    assert emitted == AS_WRITTEN == R.as_dict()


def test_can_emit_the_quantities_as_written_in_a_generated_struct() -> None:
    # k8s.ResourceRequirements stands in for a generated CRD struct: the same from_string quantity classes.
    emitted = _container_resources(lambda chart: k8s.KubePod(chart, "Pod", spec=k8s.PodSpec(
        containers=[k8s.Container(name="app", image="app:1",
                                  resources=R.struct(k8s.ResourceRequirements, k8s.Quantity, k8s.Quantity))])))
    assert emitted == AS_WRITTEN


def test_can_emit_cdk8s_plus_resources_in_millicores_and_mebibytes() -> None:
    emitted = _container_resources(lambda chart: kplus.Pod(chart, "Pod", containers=[
        kplus.ContainerProps(image="app:1", resources=R.container_resources(), security_context=kplus.ContainerSecurityContextProps(
            ensure_non_root=False))]))
    assert emitted == {"requests": {"cpu": "250m", "memory": "512Mi"}, "limits": {"cpu": "1500m", "memory": "1024Mi"}}


def test_fails_if_a_request_exceeds_its_limit() -> None:
    with pytest.raises(ValidationError, match=r"cpu_request '2' exceeds cpu_limit '1'"):
        Resources(cpu_request="2", cpu_limit="1", memory_request="1Mi", memory_limit="1Mi")
