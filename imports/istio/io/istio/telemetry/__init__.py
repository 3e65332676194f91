from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class Telemetry(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_ioistiotelemetry.Telemetry",
):
    '''
    :schema: Telemetry
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["TelemetrySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Telemetry" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Telemetry configuration for workloads. See more details at: https://istio.io/docs/reference/config/telemetry.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa7070a593f99c0ee39d662ac5f0d94596c8cac9240650628450fc7ecde52bf0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = TelemetryProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["TelemetrySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Telemetry".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Telemetry configuration for workloads. See more details at: https://istio.io/docs/reference/config/telemetry.html
        '''
        props = TelemetryProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Telemetry".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetryProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class TelemetryProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["TelemetrySpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Telemetry configuration for workloads. See more details at: https://istio.io/docs/reference/config/telemetry.html

        :schema: Telemetry
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = TelemetrySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ee89ce9259081acf32fef5e68e1305d812a208c7f4a4539f372041597766359)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Telemetry#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["TelemetrySpec"]:
        '''Telemetry configuration for workloads.

        See more details at: https://istio.io/docs/reference/config/telemetry.html

        :schema: Telemetry#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["TelemetrySpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetryProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpec",
    jsii_struct_bases=[],
    name_mapping={
        "access_logging": "accessLogging",
        "metrics": "metrics",
        "selector": "selector",
        "target_ref": "targetRef",
        "target_refs": "targetRefs",
        "tracing": "tracing",
    },
)
class TelemetrySpec:
    def __init__(
        self,
        *,
        access_logging: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecAccessLogging", typing.Dict[builtins.str, typing.Any]]]] = None,
        metrics: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecMetrics", typing.Dict[builtins.str, typing.Any]]]] = None,
        selector: typing.Optional[typing.Union["TelemetrySpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        target_ref: typing.Optional[typing.Union["TelemetrySpecTargetRef", typing.Dict[builtins.str, typing.Any]]] = None,
        target_refs: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecTargetRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        tracing: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecTracing", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Telemetry configuration for workloads.

        See more details at: https://istio.io/docs/reference/config/telemetry.html

        :param access_logging: Optional.
        :param metrics: Optional.
        :param selector: Optional.
        :param target_ref: 
        :param target_refs: Optional.
        :param tracing: Optional.

        :schema: TelemetrySpec
        '''
        if isinstance(selector, dict):
            selector = TelemetrySpecSelector(**selector)
        if isinstance(target_ref, dict):
            target_ref = TelemetrySpecTargetRef(**target_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba8da064a38861ac3ff7c83ce402403f8d19479e1d23e9bd6118c9ff084dafdf)
            check_type(argname="argument access_logging", value=access_logging, expected_type=type_hints["access_logging"])
            check_type(argname="argument metrics", value=metrics, expected_type=type_hints["metrics"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument target_ref", value=target_ref, expected_type=type_hints["target_ref"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument tracing", value=tracing, expected_type=type_hints["tracing"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_logging is not None:
            self._values["access_logging"] = access_logging
        if metrics is not None:
            self._values["metrics"] = metrics
        if selector is not None:
            self._values["selector"] = selector
        if target_ref is not None:
            self._values["target_ref"] = target_ref
        if target_refs is not None:
            self._values["target_refs"] = target_refs
        if tracing is not None:
            self._values["tracing"] = tracing

    @builtins.property
    def access_logging(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecAccessLogging"]]:
        '''Optional.

        :schema: TelemetrySpec#accessLogging
        '''
        result = self._values.get("access_logging")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecAccessLogging"]], result)

    @builtins.property
    def metrics(self) -> typing.Optional[typing.List["TelemetrySpecMetrics"]]:
        '''Optional.

        :schema: TelemetrySpec#metrics
        '''
        result = self._values.get("metrics")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecMetrics"]], result)

    @builtins.property
    def selector(self) -> typing.Optional["TelemetrySpecSelector"]:
        '''Optional.

        :schema: TelemetrySpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["TelemetrySpecSelector"], result)

    @builtins.property
    def target_ref(self) -> typing.Optional["TelemetrySpecTargetRef"]:
        '''
        :schema: TelemetrySpec#targetRef
        '''
        result = self._values.get("target_ref")
        return typing.cast(typing.Optional["TelemetrySpecTargetRef"], result)

    @builtins.property
    def target_refs(self) -> typing.Optional[typing.List["TelemetrySpecTargetRefs"]]:
        '''Optional.

        :schema: TelemetrySpec#targetRefs
        '''
        result = self._values.get("target_refs")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecTargetRefs"]], result)

    @builtins.property
    def tracing(self) -> typing.Optional[typing.List["TelemetrySpecTracing"]]:
        '''Optional.

        :schema: TelemetrySpec#tracing
        '''
        result = self._values.get("tracing")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecTracing"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecAccessLogging",
    jsii_struct_bases=[],
    name_mapping={
        "disabled": "disabled",
        "filter": "filter",
        "match": "match",
        "providers": "providers",
    },
)
class TelemetrySpecAccessLogging:
    def __init__(
        self,
        *,
        disabled: typing.Optional[builtins.bool] = None,
        filter: typing.Optional[typing.Union["TelemetrySpecAccessLoggingFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Union["TelemetrySpecAccessLoggingMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        providers: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecAccessLoggingProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param disabled: Controls logging.
        :param filter: Optional.
        :param match: Allows tailoring of logging behavior to specific conditions.
        :param providers: Optional.

        :schema: TelemetrySpecAccessLogging
        '''
        if isinstance(filter, dict):
            filter = TelemetrySpecAccessLoggingFilter(**filter)
        if isinstance(match, dict):
            match = TelemetrySpecAccessLoggingMatch(**match)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f0e49647ff13aca7d1fa5d321e24591463b0d562ddb3ba0a3e42509a41fd0b9d)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if disabled is not None:
            self._values["disabled"] = disabled
        if filter is not None:
            self._values["filter"] = filter
        if match is not None:
            self._values["match"] = match
        if providers is not None:
            self._values["providers"] = providers

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''Controls logging.

        :schema: TelemetrySpecAccessLogging#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def filter(self) -> typing.Optional["TelemetrySpecAccessLoggingFilter"]:
        '''Optional.

        :schema: TelemetrySpecAccessLogging#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["TelemetrySpecAccessLoggingFilter"], result)

    @builtins.property
    def match(self) -> typing.Optional["TelemetrySpecAccessLoggingMatch"]:
        '''Allows tailoring of logging behavior to specific conditions.

        :schema: TelemetrySpecAccessLogging#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["TelemetrySpecAccessLoggingMatch"], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecAccessLoggingProviders"]]:
        '''Optional.

        :schema: TelemetrySpecAccessLogging#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecAccessLoggingProviders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLogging(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecAccessLoggingFilter",
    jsii_struct_bases=[],
    name_mapping={"expression": "expression"},
)
class TelemetrySpecAccessLoggingFilter:
    def __init__(self, *, expression: typing.Optional[builtins.str] = None) -> None:
        '''Optional.

        :param expression: CEL expression for selecting when requests/connections should be logged.

        :schema: TelemetrySpecAccessLoggingFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a02d051ab0b4945e0e859aaa7428c0c8282c42741c1028cd720487d1e842b48)
            check_type(argname="argument expression", value=expression, expected_type=type_hints["expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if expression is not None:
            self._values["expression"] = expression

    @builtins.property
    def expression(self) -> typing.Optional[builtins.str]:
        '''CEL expression for selecting when requests/connections should be logged.

        :schema: TelemetrySpecAccessLoggingFilter#expression
        '''
        result = self._values.get("expression")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLoggingFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecAccessLoggingMatch",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class TelemetrySpecAccessLoggingMatch:
    def __init__(
        self,
        *,
        mode: typing.Optional["TelemetrySpecAccessLoggingMatchMode"] = None,
    ) -> None:
        '''Allows tailoring of logging behavior to specific conditions.

        :param mode: This determines whether or not to apply the access logging configuration based on the direction of traffic relative to the proxied workload. Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

        :schema: TelemetrySpecAccessLoggingMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8edcec749c7ae8b987f7bbe2412d9e81b76fe6743640defa973402f51b1fa2b)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def mode(self) -> typing.Optional["TelemetrySpecAccessLoggingMatchMode"]:
        '''This determines whether or not to apply the access logging configuration based on the direction of traffic relative to the proxied workload.

        Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

        :schema: TelemetrySpecAccessLoggingMatch#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["TelemetrySpecAccessLoggingMatchMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLoggingMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistiotelemetry.TelemetrySpecAccessLoggingMatchMode")
class TelemetrySpecAccessLoggingMatchMode(enum.Enum):
    '''This determines whether or not to apply the access logging configuration based on the direction of traffic relative to the proxied workload.

    Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

    :schema: TelemetrySpecAccessLoggingMatchMode
    '''

    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER"
    '''CLIENT_AND_SERVER.'''
    CLIENT = "CLIENT"
    '''CLIENT.'''
    SERVER = "SERVER"
    '''SERVER.'''


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecAccessLoggingProviders",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class TelemetrySpecAccessLoggingProviders:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: Required.

        :schema: TelemetrySpecAccessLoggingProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__605825174f06a729e168a8935b87db38bba1744688a8c6ef09a4f37f03419ad3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Required.

        :schema: TelemetrySpecAccessLoggingProviders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecAccessLoggingProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecMetrics",
    jsii_struct_bases=[],
    name_mapping={
        "overrides": "overrides",
        "providers": "providers",
        "reporting_interval": "reportingInterval",
    },
)
class TelemetrySpecMetrics:
    def __init__(
        self,
        *,
        overrides: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecMetricsOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
        providers: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecMetricsProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
        reporting_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param overrides: Optional.
        :param providers: Optional.
        :param reporting_interval: Optional.

        :schema: TelemetrySpecMetrics
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58b487e00fb477091cd7102709b2971fee865fb8e7f362d9a5bc4f997814e8e3)
            check_type(argname="argument overrides", value=overrides, expected_type=type_hints["overrides"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
            check_type(argname="argument reporting_interval", value=reporting_interval, expected_type=type_hints["reporting_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if overrides is not None:
            self._values["overrides"] = overrides
        if providers is not None:
            self._values["providers"] = providers
        if reporting_interval is not None:
            self._values["reporting_interval"] = reporting_interval

    @builtins.property
    def overrides(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecMetricsOverrides"]]:
        '''Optional.

        :schema: TelemetrySpecMetrics#overrides
        '''
        result = self._values.get("overrides")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecMetricsOverrides"]], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecMetricsProviders"]]:
        '''Optional.

        :schema: TelemetrySpecMetrics#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecMetricsProviders"]], result)

    @builtins.property
    def reporting_interval(self) -> typing.Optional[builtins.str]:
        '''Optional.

        :schema: TelemetrySpecMetrics#reportingInterval
        '''
        result = self._values.get("reporting_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetrics(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecMetricsOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "disabled": "disabled",
        "match": "match",
        "tag_overrides": "tagOverrides",
    },
)
class TelemetrySpecMetricsOverrides:
    def __init__(
        self,
        *,
        disabled: typing.Optional[builtins.bool] = None,
        match: typing.Optional[typing.Union["TelemetrySpecMetricsOverridesMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        tag_overrides: typing.Optional[typing.Mapping[builtins.str, typing.Union["TelemetrySpecMetricsOverridesTagOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param disabled: Optional.
        :param match: Match allows providing the scope of the override.
        :param tag_overrides: Optional.

        :schema: TelemetrySpecMetricsOverrides
        '''
        if isinstance(match, dict):
            match = TelemetrySpecMetricsOverridesMatch(**match)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb853e9b49649513022b8f0e4b76643c776427b45c4ceba5f95c6dbc539ab92b)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument tag_overrides", value=tag_overrides, expected_type=type_hints["tag_overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if disabled is not None:
            self._values["disabled"] = disabled
        if match is not None:
            self._values["match"] = match
        if tag_overrides is not None:
            self._values["tag_overrides"] = tag_overrides

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''Optional.

        :schema: TelemetrySpecMetricsOverrides#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def match(self) -> typing.Optional["TelemetrySpecMetricsOverridesMatch"]:
        '''Match allows providing the scope of the override.

        :schema: TelemetrySpecMetricsOverrides#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesMatch"], result)

    @builtins.property
    def tag_overrides(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecMetricsOverridesTagOverrides"]]:
        '''Optional.

        :schema: TelemetrySpecMetricsOverrides#tagOverrides
        '''
        result = self._values.get("tag_overrides")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecMetricsOverridesTagOverrides"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecMetricsOverridesMatch",
    jsii_struct_bases=[],
    name_mapping={"custom_metric": "customMetric", "metric": "metric", "mode": "mode"},
)
class TelemetrySpecMetricsOverridesMatch:
    def __init__(
        self,
        *,
        custom_metric: typing.Optional[builtins.str] = None,
        metric: typing.Optional["TelemetrySpecMetricsOverridesMatchMetric"] = None,
        mode: typing.Optional["TelemetrySpecMetricsOverridesMatchMode"] = None,
    ) -> None:
        '''Match allows providing the scope of the override.

        :param custom_metric: Allows free-form specification of a metric.
        :param metric: One of the well-known `Istio Standard Metrics <https://istio.io/latest/docs/reference/config/metrics/>`_. Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
        :param mode: Controls which mode of metrics generation is selected: ``CLIENT``, ``SERVER``, or ``CLIENT_AND_SERVER``. Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

        :schema: TelemetrySpecMetricsOverridesMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c28bd4d3e903c4cd69440f46252b1a9c53cb6b1201719e36c813e23ce6710d29)
            check_type(argname="argument custom_metric", value=custom_metric, expected_type=type_hints["custom_metric"])
            check_type(argname="argument metric", value=metric, expected_type=type_hints["metric"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if custom_metric is not None:
            self._values["custom_metric"] = custom_metric
        if metric is not None:
            self._values["metric"] = metric
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def custom_metric(self) -> typing.Optional[builtins.str]:
        '''Allows free-form specification of a metric.

        :schema: TelemetrySpecMetricsOverridesMatch#customMetric
        '''
        result = self._values.get("custom_metric")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric(self) -> typing.Optional["TelemetrySpecMetricsOverridesMatchMetric"]:
        '''One of the well-known `Istio Standard Metrics <https://istio.io/latest/docs/reference/config/metrics/>`_.

        Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES

        :schema: TelemetrySpecMetricsOverridesMatch#metric
        '''
        result = self._values.get("metric")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesMatchMetric"], result)

    @builtins.property
    def mode(self) -> typing.Optional["TelemetrySpecMetricsOverridesMatchMode"]:
        '''Controls which mode of metrics generation is selected: ``CLIENT``, ``SERVER``, or ``CLIENT_AND_SERVER``.

        Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

        :schema: TelemetrySpecMetricsOverridesMatch#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesMatchMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsOverridesMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistiotelemetry.TelemetrySpecMetricsOverridesMatchMetric")
class TelemetrySpecMetricsOverridesMatchMetric(enum.Enum):
    '''One of the well-known `Istio Standard Metrics <https://istio.io/latest/docs/reference/config/metrics/>`_.

    Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES

    :schema: TelemetrySpecMetricsOverridesMatchMetric
    '''

    ALL_UNDERSCORE_METRICS = "ALL_UNDERSCORE_METRICS"
    '''ALL_METRICS.'''
    REQUEST_UNDERSCORE_COUNT = "REQUEST_UNDERSCORE_COUNT"
    '''REQUEST_COUNT.'''
    REQUEST_UNDERSCORE_DURATION = "REQUEST_UNDERSCORE_DURATION"
    '''REQUEST_DURATION.'''
    REQUEST_UNDERSCORE_SIZE = "REQUEST_UNDERSCORE_SIZE"
    '''REQUEST_SIZE.'''
    RESPONSE_UNDERSCORE_SIZE = "RESPONSE_UNDERSCORE_SIZE"
    '''RESPONSE_SIZE.'''
    TCP_UNDERSCORE_OPENED_UNDERSCORE_CONNECTIONS = "TCP_UNDERSCORE_OPENED_UNDERSCORE_CONNECTIONS"
    '''TCP_OPENED_CONNECTIONS.'''
    TCP_UNDERSCORE_CLOSED_UNDERSCORE_CONNECTIONS = "TCP_UNDERSCORE_CLOSED_UNDERSCORE_CONNECTIONS"
    '''TCP_CLOSED_CONNECTIONS.'''
    TCP_UNDERSCORE_SENT_UNDERSCORE_BYTES = "TCP_UNDERSCORE_SENT_UNDERSCORE_BYTES"
    '''TCP_SENT_BYTES.'''
    TCP_UNDERSCORE_RECEIVED_UNDERSCORE_BYTES = "TCP_UNDERSCORE_RECEIVED_UNDERSCORE_BYTES"
    '''TCP_RECEIVED_BYTES.'''
    GRPC_UNDERSCORE_REQUEST_UNDERSCORE_MESSAGES = "GRPC_UNDERSCORE_REQUEST_UNDERSCORE_MESSAGES"
    '''GRPC_REQUEST_MESSAGES.'''
    GRPC_UNDERSCORE_RESPONSE_UNDERSCORE_MESSAGES = "GRPC_UNDERSCORE_RESPONSE_UNDERSCORE_MESSAGES"
    '''GRPC_RESPONSE_MESSAGES.'''


@jsii.enum(jsii_type="istio_ioistiotelemetry.TelemetrySpecMetricsOverridesMatchMode")
class TelemetrySpecMetricsOverridesMatchMode(enum.Enum):
    '''Controls which mode of metrics generation is selected: ``CLIENT``, ``SERVER``, or ``CLIENT_AND_SERVER``.

    Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

    :schema: TelemetrySpecMetricsOverridesMatchMode
    '''

    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER"
    '''CLIENT_AND_SERVER.'''
    CLIENT = "CLIENT"
    '''CLIENT.'''
    SERVER = "SERVER"
    '''SERVER.'''


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecMetricsOverridesTagOverrides",
    jsii_struct_bases=[],
    name_mapping={"operation": "operation", "value": "value"},
)
class TelemetrySpecMetricsOverridesTagOverrides:
    def __init__(
        self,
        *,
        operation: typing.Optional["TelemetrySpecMetricsOverridesTagOverridesOperation"] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param operation: Operation controls whether or not to update/add a tag, or to remove it. Valid Options: UPSERT, REMOVE
        :param value: Value is only considered if the operation is ``UPSERT``.

        :schema: TelemetrySpecMetricsOverridesTagOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a38d064948009c8feaf0fd6754dd1c4eb5606d74c57944ba462a010cf80afe0)
            check_type(argname="argument operation", value=operation, expected_type=type_hints["operation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if operation is not None:
            self._values["operation"] = operation
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def operation(
        self,
    ) -> typing.Optional["TelemetrySpecMetricsOverridesTagOverridesOperation"]:
        '''Operation controls whether or not to update/add a tag, or to remove it.

        Valid Options: UPSERT, REMOVE

        :schema: TelemetrySpecMetricsOverridesTagOverrides#operation
        '''
        result = self._values.get("operation")
        return typing.cast(typing.Optional["TelemetrySpecMetricsOverridesTagOverridesOperation"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is only considered if the operation is ``UPSERT``.

        :schema: TelemetrySpecMetricsOverridesTagOverrides#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsOverridesTagOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecMetricsOverridesTagOverridesOperation"
)
class TelemetrySpecMetricsOverridesTagOverridesOperation(enum.Enum):
    '''Operation controls whether or not to update/add a tag, or to remove it.

    Valid Options: UPSERT, REMOVE

    :schema: TelemetrySpecMetricsOverridesTagOverridesOperation
    '''

    UPSERT = "UPSERT"
    '''UPSERT.'''
    REMOVE = "REMOVE"
    '''REMOVE.'''


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecMetricsProviders",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class TelemetrySpecMetricsProviders:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: Required.

        :schema: TelemetrySpecMetricsProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8b4b8739f2b58c63bac4c7d6286796f10d525722620a5c3e3f0ae43d5229420)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Required.

        :schema: TelemetrySpecMetricsProviders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecMetricsProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class TelemetrySpecSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Optional.

        :param match_labels: One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.

        :schema: TelemetrySpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7040a6e2d6346edb0f3c47c88d2ec22fdaf8e3ee153895ab77f275a879b29bb4)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.

        :schema: TelemetrySpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTargetRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "group": "group",
        "namespace": "namespace",
    },
)
class TelemetrySpecTargetRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: kind is kind of the target resource.
        :param name: name is the name of the target resource.
        :param group: group is the group of the target resource.
        :param namespace: namespace is the namespace of the referent.

        :schema: TelemetrySpecTargetRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32749091ffb5e4307dd02dfbfdc51197d8791963eac32978d716c780d2f98966)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind is kind of the target resource.

        :schema: TelemetrySpecTargetRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the target resource.

        :schema: TelemetrySpecTargetRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''group is the group of the target resource.

        :schema: TelemetrySpecTargetRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace is the namespace of the referent.

        :schema: TelemetrySpecTargetRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTargetRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "group": "group",
        "namespace": "namespace",
    },
)
class TelemetrySpecTargetRefs:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: kind is kind of the target resource.
        :param name: name is the name of the target resource.
        :param group: group is the group of the target resource.
        :param namespace: namespace is the namespace of the referent.

        :schema: TelemetrySpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8acc0733db0c1b4fc18d7ce585ac8cd6e7eedc22e5b2dafea68c2aaba335f83e)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind is kind of the target resource.

        :schema: TelemetrySpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the target resource.

        :schema: TelemetrySpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''group is the group of the target resource.

        :schema: TelemetrySpecTargetRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace is the namespace of the referent.

        :schema: TelemetrySpecTargetRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracing",
    jsii_struct_bases=[],
    name_mapping={
        "custom_tags": "customTags",
        "disable_context_propagation": "disableContextPropagation",
        "disable_span_reporting": "disableSpanReporting",
        "enable_istio_tags": "enableIstioTags",
        "match": "match",
        "providers": "providers",
        "random_sampling_percentage": "randomSamplingPercentage",
        "use_request_id_for_trace_sampling": "useRequestIdForTraceSampling",
    },
)
class TelemetrySpecTracing:
    def __init__(
        self,
        *,
        custom_tags: typing.Optional[typing.Mapping[builtins.str, typing.Union["TelemetrySpecTracingCustomTags", typing.Dict[builtins.str, typing.Any]]]] = None,
        disable_context_propagation: typing.Optional[builtins.bool] = None,
        disable_span_reporting: typing.Optional[builtins.bool] = None,
        enable_istio_tags: typing.Optional[builtins.bool] = None,
        match: typing.Optional[typing.Union["TelemetrySpecTracingMatch", typing.Dict[builtins.str, typing.Any]]] = None,
        providers: typing.Optional[typing.Sequence[typing.Union["TelemetrySpecTracingProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
        random_sampling_percentage: typing.Optional[jsii.Number] = None,
        use_request_id_for_trace_sampling: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param custom_tags: Optional.
        :param disable_context_propagation: Controls whether trace context headers (e.g., ``traceparent``/``tracestate`` for W3C, ``X-B3-*`` for Zipkin) are propagated in forwarded requests.
        :param disable_span_reporting: Controls span reporting.
        :param enable_istio_tags: Determines whether or not trace spans generated by Envoy will include Istio specific tags.
        :param match: Allows tailoring of behavior to specific conditions.
        :param providers: Optional.
        :param random_sampling_percentage: Controls the rate at which traffic will be selected for tracing if no prior sampling decision has been made.
        :param use_request_id_for_trace_sampling: 

        :schema: TelemetrySpecTracing
        '''
        if isinstance(match, dict):
            match = TelemetrySpecTracingMatch(**match)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a761f77f6aab970a0e4dc6311e555ff70e32bf64513d1758c1f7d34b4211be10)
            check_type(argname="argument custom_tags", value=custom_tags, expected_type=type_hints["custom_tags"])
            check_type(argname="argument disable_context_propagation", value=disable_context_propagation, expected_type=type_hints["disable_context_propagation"])
            check_type(argname="argument disable_span_reporting", value=disable_span_reporting, expected_type=type_hints["disable_span_reporting"])
            check_type(argname="argument enable_istio_tags", value=enable_istio_tags, expected_type=type_hints["enable_istio_tags"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument providers", value=providers, expected_type=type_hints["providers"])
            check_type(argname="argument random_sampling_percentage", value=random_sampling_percentage, expected_type=type_hints["random_sampling_percentage"])
            check_type(argname="argument use_request_id_for_trace_sampling", value=use_request_id_for_trace_sampling, expected_type=type_hints["use_request_id_for_trace_sampling"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if custom_tags is not None:
            self._values["custom_tags"] = custom_tags
        if disable_context_propagation is not None:
            self._values["disable_context_propagation"] = disable_context_propagation
        if disable_span_reporting is not None:
            self._values["disable_span_reporting"] = disable_span_reporting
        if enable_istio_tags is not None:
            self._values["enable_istio_tags"] = enable_istio_tags
        if match is not None:
            self._values["match"] = match
        if providers is not None:
            self._values["providers"] = providers
        if random_sampling_percentage is not None:
            self._values["random_sampling_percentage"] = random_sampling_percentage
        if use_request_id_for_trace_sampling is not None:
            self._values["use_request_id_for_trace_sampling"] = use_request_id_for_trace_sampling

    @builtins.property
    def custom_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecTracingCustomTags"]]:
        '''Optional.

        :schema: TelemetrySpecTracing#customTags
        '''
        result = self._values.get("custom_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "TelemetrySpecTracingCustomTags"]], result)

    @builtins.property
    def disable_context_propagation(self) -> typing.Optional[builtins.bool]:
        '''Controls whether trace context headers (e.g., ``traceparent``/``tracestate`` for W3C, ``X-B3-*`` for Zipkin) are propagated in forwarded requests.

        :schema: TelemetrySpecTracing#disableContextPropagation
        '''
        result = self._values.get("disable_context_propagation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def disable_span_reporting(self) -> typing.Optional[builtins.bool]:
        '''Controls span reporting.

        :schema: TelemetrySpecTracing#disableSpanReporting
        '''
        result = self._values.get("disable_span_reporting")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_istio_tags(self) -> typing.Optional[builtins.bool]:
        '''Determines whether or not trace spans generated by Envoy will include Istio specific tags.

        :schema: TelemetrySpecTracing#enableIstioTags
        '''
        result = self._values.get("enable_istio_tags")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def match(self) -> typing.Optional["TelemetrySpecTracingMatch"]:
        '''Allows tailoring of behavior to specific conditions.

        :schema: TelemetrySpecTracing#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional["TelemetrySpecTracingMatch"], result)

    @builtins.property
    def providers(
        self,
    ) -> typing.Optional[typing.List["TelemetrySpecTracingProviders"]]:
        '''Optional.

        :schema: TelemetrySpecTracing#providers
        '''
        result = self._values.get("providers")
        return typing.cast(typing.Optional[typing.List["TelemetrySpecTracingProviders"]], result)

    @builtins.property
    def random_sampling_percentage(self) -> typing.Optional[jsii.Number]:
        '''Controls the rate at which traffic will be selected for tracing if no prior sampling decision has been made.

        :schema: TelemetrySpecTracing#randomSamplingPercentage
        '''
        result = self._values.get("random_sampling_percentage")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_request_id_for_trace_sampling(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: TelemetrySpecTracing#useRequestIdForTraceSampling
        '''
        result = self._values.get("use_request_id_for_trace_sampling")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracing(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingCustomTags",
    jsii_struct_bases=[],
    name_mapping={
        "environment": "environment",
        "formatter": "formatter",
        "header": "header",
        "literal": "literal",
    },
)
class TelemetrySpecTracingCustomTags:
    def __init__(
        self,
        *,
        environment: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsEnvironment", typing.Dict[builtins.str, typing.Any]]] = None,
        formatter: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsFormatter", typing.Dict[builtins.str, typing.Any]]] = None,
        header: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsHeader", typing.Dict[builtins.str, typing.Any]]] = None,
        literal: typing.Optional[typing.Union["TelemetrySpecTracingCustomTagsLiteral", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param environment: Environment adds the value of an environment variable to each span.
        :param formatter: Formatter adds the value of access logging substitution formatter.
        :param header: RequestHeader adds the value of an header from the request to each span.
        :param literal: Literal adds the same, hard-coded value to each span.

        :schema: TelemetrySpecTracingCustomTags
        '''
        if isinstance(environment, dict):
            environment = TelemetrySpecTracingCustomTagsEnvironment(**environment)
        if isinstance(formatter, dict):
            formatter = TelemetrySpecTracingCustomTagsFormatter(**formatter)
        if isinstance(header, dict):
            header = TelemetrySpecTracingCustomTagsHeader(**header)
        if isinstance(literal, dict):
            literal = TelemetrySpecTracingCustomTagsLiteral(**literal)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c64d63fd213a157087bee5df04295cf949cb67abe80796fa43a413247e59fea)
            check_type(argname="argument environment", value=environment, expected_type=type_hints["environment"])
            check_type(argname="argument formatter", value=formatter, expected_type=type_hints["formatter"])
            check_type(argname="argument header", value=header, expected_type=type_hints["header"])
            check_type(argname="argument literal", value=literal, expected_type=type_hints["literal"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if environment is not None:
            self._values["environment"] = environment
        if formatter is not None:
            self._values["formatter"] = formatter
        if header is not None:
            self._values["header"] = header
        if literal is not None:
            self._values["literal"] = literal

    @builtins.property
    def environment(
        self,
    ) -> typing.Optional["TelemetrySpecTracingCustomTagsEnvironment"]:
        '''Environment adds the value of an environment variable to each span.

        :schema: TelemetrySpecTracingCustomTags#environment
        '''
        result = self._values.get("environment")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsEnvironment"], result)

    @builtins.property
    def formatter(self) -> typing.Optional["TelemetrySpecTracingCustomTagsFormatter"]:
        '''Formatter adds the value of access logging substitution formatter.

        :schema: TelemetrySpecTracingCustomTags#formatter
        '''
        result = self._values.get("formatter")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsFormatter"], result)

    @builtins.property
    def header(self) -> typing.Optional["TelemetrySpecTracingCustomTagsHeader"]:
        '''RequestHeader adds the value of an header from the request to each span.

        :schema: TelemetrySpecTracingCustomTags#header
        '''
        result = self._values.get("header")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsHeader"], result)

    @builtins.property
    def literal(self) -> typing.Optional["TelemetrySpecTracingCustomTagsLiteral"]:
        '''Literal adds the same, hard-coded value to each span.

        :schema: TelemetrySpecTracingCustomTags#literal
        '''
        result = self._values.get("literal")
        return typing.cast(typing.Optional["TelemetrySpecTracingCustomTagsLiteral"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTags(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingCustomTagsEnvironment",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "default_value": "defaultValue"},
)
class TelemetrySpecTracingCustomTagsEnvironment:
    def __init__(
        self,
        *,
        name: builtins.str,
        default_value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Environment adds the value of an environment variable to each span.

        :param name: Name of the environment variable from which to extract the tag value.
        :param default_value: Optional.

        :schema: TelemetrySpecTracingCustomTagsEnvironment
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83e975718e176183c2634d5c14c78c9a4f522ea6972ae302f9389c0aa0175bc4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument default_value", value=default_value, expected_type=type_hints["default_value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if default_value is not None:
            self._values["default_value"] = default_value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable from which to extract the tag value.

        :schema: TelemetrySpecTracingCustomTagsEnvironment#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def default_value(self) -> typing.Optional[builtins.str]:
        '''Optional.

        :schema: TelemetrySpecTracingCustomTagsEnvironment#defaultValue
        '''
        result = self._values.get("default_value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsEnvironment(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingCustomTagsFormatter",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class TelemetrySpecTracingCustomTagsFormatter:
    def __init__(self, *, value: builtins.str) -> None:
        '''Formatter adds the value of access logging substitution formatter.

        :param value: The formatter tag value to use, same formatter as HTTP access logging (e.g.

        :schema: TelemetrySpecTracingCustomTagsFormatter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bdbba78659d4eec131372c96f4e580e470c76af3b56225791b135705dedd0db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }

    @builtins.property
    def value(self) -> builtins.str:
        '''The formatter tag value to use, same formatter as HTTP access logging (e.g.

        :schema: TelemetrySpecTracingCustomTagsFormatter#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsFormatter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingCustomTagsHeader",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "default_value": "defaultValue"},
)
class TelemetrySpecTracingCustomTagsHeader:
    def __init__(
        self,
        *,
        name: builtins.str,
        default_value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RequestHeader adds the value of an header from the request to each span.

        :param name: Name of the header from which to extract the tag value.
        :param default_value: Optional.

        :schema: TelemetrySpecTracingCustomTagsHeader
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e237df2561c19f70aba309fa9ff730c56db98e2e30fb67288d666aff9740c88c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument default_value", value=default_value, expected_type=type_hints["default_value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if default_value is not None:
            self._values["default_value"] = default_value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the header from which to extract the tag value.

        :schema: TelemetrySpecTracingCustomTagsHeader#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def default_value(self) -> typing.Optional[builtins.str]:
        '''Optional.

        :schema: TelemetrySpecTracingCustomTagsHeader#defaultValue
        '''
        result = self._values.get("default_value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsHeader(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingCustomTagsLiteral",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class TelemetrySpecTracingCustomTagsLiteral:
    def __init__(self, *, value: builtins.str) -> None:
        '''Literal adds the same, hard-coded value to each span.

        :param value: The tag value to use.

        :schema: TelemetrySpecTracingCustomTagsLiteral
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6985eec3dfaa9deab537bce977e27832daad2fd555ffb41b90257bc3623814e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }

    @builtins.property
    def value(self) -> builtins.str:
        '''The tag value to use.

        :schema: TelemetrySpecTracingCustomTagsLiteral#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingCustomTagsLiteral(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingMatch",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class TelemetrySpecTracingMatch:
    def __init__(
        self,
        *,
        mode: typing.Optional["TelemetrySpecTracingMatchMode"] = None,
    ) -> None:
        '''Allows tailoring of behavior to specific conditions.

        :param mode: This determines whether or not to apply the tracing configuration based on the direction of traffic relative to the proxied workload. Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

        :schema: TelemetrySpecTracingMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26dac793720d3a5fec3554c5e38653987e7fa0ab97046994b4165f9a5f7f546b)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def mode(self) -> typing.Optional["TelemetrySpecTracingMatchMode"]:
        '''This determines whether or not to apply the tracing configuration based on the direction of traffic relative to the proxied workload.

        Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

        :schema: TelemetrySpecTracingMatch#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["TelemetrySpecTracingMatchMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingMatchMode")
class TelemetrySpecTracingMatchMode(enum.Enum):
    '''This determines whether or not to apply the tracing configuration based on the direction of traffic relative to the proxied workload.

    Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER

    :schema: TelemetrySpecTracingMatchMode
    '''

    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER"
    '''CLIENT_AND_SERVER.'''
    CLIENT = "CLIENT"
    '''CLIENT.'''
    SERVER = "SERVER"
    '''SERVER.'''


@jsii.data_type(
    jsii_type="istio_ioistiotelemetry.TelemetrySpecTracingProviders",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class TelemetrySpecTracingProviders:
    def __init__(self, *, name: builtins.str) -> None:
        '''
        :param name: Required.

        :schema: TelemetrySpecTracingProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__beec02c845eb3046323e365ae972b76657f3dd58c11264f93952bd9cc73779ac)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Required.

        :schema: TelemetrySpecTracingProviders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "TelemetrySpecTracingProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Telemetry",
    "TelemetryProps",
    "TelemetrySpec",
    "TelemetrySpecAccessLogging",
    "TelemetrySpecAccessLoggingFilter",
    "TelemetrySpecAccessLoggingMatch",
    "TelemetrySpecAccessLoggingMatchMode",
    "TelemetrySpecAccessLoggingProviders",
    "TelemetrySpecMetrics",
    "TelemetrySpecMetricsOverrides",
    "TelemetrySpecMetricsOverridesMatch",
    "TelemetrySpecMetricsOverridesMatchMetric",
    "TelemetrySpecMetricsOverridesMatchMode",
    "TelemetrySpecMetricsOverridesTagOverrides",
    "TelemetrySpecMetricsOverridesTagOverridesOperation",
    "TelemetrySpecMetricsProviders",
    "TelemetrySpecSelector",
    "TelemetrySpecTargetRef",
    "TelemetrySpecTargetRefs",
    "TelemetrySpecTracing",
    "TelemetrySpecTracingCustomTags",
    "TelemetrySpecTracingCustomTagsEnvironment",
    "TelemetrySpecTracingCustomTagsFormatter",
    "TelemetrySpecTracingCustomTagsHeader",
    "TelemetrySpecTracingCustomTagsLiteral",
    "TelemetrySpecTracingMatch",
    "TelemetrySpecTracingMatchMode",
    "TelemetrySpecTracingProviders",
]

publication.publish()

def _typecheckingstub__aa7070a593f99c0ee39d662ac5f0d94596c8cac9240650628450fc7ecde52bf0(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[TelemetrySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ee89ce9259081acf32fef5e68e1305d812a208c7f4a4539f372041597766359(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[TelemetrySpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba8da064a38861ac3ff7c83ce402403f8d19479e1d23e9bd6118c9ff084dafdf(
    *,
    access_logging: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecAccessLogging, typing.Dict[builtins.str, typing.Any]]]] = None,
    metrics: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecMetrics, typing.Dict[builtins.str, typing.Any]]]] = None,
    selector: typing.Optional[typing.Union[TelemetrySpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    target_ref: typing.Optional[typing.Union[TelemetrySpecTargetRef, typing.Dict[builtins.str, typing.Any]]] = None,
    target_refs: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecTargetRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    tracing: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecTracing, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0e49647ff13aca7d1fa5d321e24591463b0d562ddb3ba0a3e42509a41fd0b9d(
    *,
    disabled: typing.Optional[builtins.bool] = None,
    filter: typing.Optional[typing.Union[TelemetrySpecAccessLoggingFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Union[TelemetrySpecAccessLoggingMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    providers: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecAccessLoggingProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a02d051ab0b4945e0e859aaa7428c0c8282c42741c1028cd720487d1e842b48(
    *,
    expression: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8edcec749c7ae8b987f7bbe2412d9e81b76fe6743640defa973402f51b1fa2b(
    *,
    mode: typing.Optional[TelemetrySpecAccessLoggingMatchMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__605825174f06a729e168a8935b87db38bba1744688a8c6ef09a4f37f03419ad3(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58b487e00fb477091cd7102709b2971fee865fb8e7f362d9a5bc4f997814e8e3(
    *,
    overrides: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecMetricsOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
    providers: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecMetricsProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
    reporting_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb853e9b49649513022b8f0e4b76643c776427b45c4ceba5f95c6dbc539ab92b(
    *,
    disabled: typing.Optional[builtins.bool] = None,
    match: typing.Optional[typing.Union[TelemetrySpecMetricsOverridesMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    tag_overrides: typing.Optional[typing.Mapping[builtins.str, typing.Union[TelemetrySpecMetricsOverridesTagOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c28bd4d3e903c4cd69440f46252b1a9c53cb6b1201719e36c813e23ce6710d29(
    *,
    custom_metric: typing.Optional[builtins.str] = None,
    metric: typing.Optional[TelemetrySpecMetricsOverridesMatchMetric] = None,
    mode: typing.Optional[TelemetrySpecMetricsOverridesMatchMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a38d064948009c8feaf0fd6754dd1c4eb5606d74c57944ba462a010cf80afe0(
    *,
    operation: typing.Optional[TelemetrySpecMetricsOverridesTagOverridesOperation] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8b4b8739f2b58c63bac4c7d6286796f10d525722620a5c3e3f0ae43d5229420(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7040a6e2d6346edb0f3c47c88d2ec22fdaf8e3ee153895ab77f275a879b29bb4(
    *,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32749091ffb5e4307dd02dfbfdc51197d8791963eac32978d716c780d2f98966(
    *,
    kind: builtins.str,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8acc0733db0c1b4fc18d7ce585ac8cd6e7eedc22e5b2dafea68c2aaba335f83e(
    *,
    kind: builtins.str,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a761f77f6aab970a0e4dc6311e555ff70e32bf64513d1758c1f7d34b4211be10(
    *,
    custom_tags: typing.Optional[typing.Mapping[builtins.str, typing.Union[TelemetrySpecTracingCustomTags, typing.Dict[builtins.str, typing.Any]]]] = None,
    disable_context_propagation: typing.Optional[builtins.bool] = None,
    disable_span_reporting: typing.Optional[builtins.bool] = None,
    enable_istio_tags: typing.Optional[builtins.bool] = None,
    match: typing.Optional[typing.Union[TelemetrySpecTracingMatch, typing.Dict[builtins.str, typing.Any]]] = None,
    providers: typing.Optional[typing.Sequence[typing.Union[TelemetrySpecTracingProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
    random_sampling_percentage: typing.Optional[jsii.Number] = None,
    use_request_id_for_trace_sampling: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c64d63fd213a157087bee5df04295cf949cb67abe80796fa43a413247e59fea(
    *,
    environment: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsEnvironment, typing.Dict[builtins.str, typing.Any]]] = None,
    formatter: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsFormatter, typing.Dict[builtins.str, typing.Any]]] = None,
    header: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsHeader, typing.Dict[builtins.str, typing.Any]]] = None,
    literal: typing.Optional[typing.Union[TelemetrySpecTracingCustomTagsLiteral, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83e975718e176183c2634d5c14c78c9a4f522ea6972ae302f9389c0aa0175bc4(
    *,
    name: builtins.str,
    default_value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bdbba78659d4eec131372c96f4e580e470c76af3b56225791b135705dedd0db(
    *,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e237df2561c19f70aba309fa9ff730c56db98e2e30fb67288d666aff9740c88c(
    *,
    name: builtins.str,
    default_value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6985eec3dfaa9deab537bce977e27832daad2fd555ffb41b90257bc3623814e(
    *,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26dac793720d3a5fec3554c5e38653987e7fa0ab97046994b4165f9a5f7f546b(
    *,
    mode: typing.Optional[TelemetrySpecTracingMatchMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__beec02c845eb3046323e365ae972b76657f3dd58c11264f93952bd9cc73779ac(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
