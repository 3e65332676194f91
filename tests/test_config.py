"""Config errors name the file, the field path, the bad value and what is allowed."""

from pathlib import Path

import pytest

from lighthouse_constructs.environments import ConfigError, load_environment


def write(tmp_path: Path, env: str, text: str) -> Path:
    (tmp_path / f"{env}.yaml").write_text(text)
    return tmp_path


def test_can_load_every_committed_environment() -> None:
    for env in ("dev", "staging", "prod"):
        assert load_environment(env).name == env


def test_fails_if_a_key_is_misspelled(tmp_path: Path) -> None:
    write(tmp_path, "dev", "name: dev\nnamespcaes: {}\n")
    with pytest.raises(ConfigError) as err:
        load_environment("dev", tmp_path)
    message = str(err.value)
    assert f"{tmp_path}/dev.yaml" in message
    assert "namespcaes: unknown field" in message
    assert "allowed fields: name, pod_security_enforce, namespaces" in message


def test_fails_if_a_nested_key_is_misspelled(tmp_path: Path) -> None:
    write(tmp_path, "dev", "name: dev\nnamespaces: {bridges: x}\n")
    with pytest.raises(ConfigError, match=r"namespaces\.bridges: unknown field .*allowed fields: bridge, data, fuse, observability"):
        load_environment("dev", tmp_path)


def test_fails_if_a_value_has_the_wrong_type(tmp_path: Path) -> None:
    write(tmp_path, "staging", "name: staging\nnamespaces: {bridge: [a, b]}\n")
    with pytest.raises(ConfigError, match=r"staging\.yaml.*\n  namespaces\.bridge: Input should be a valid string \(got \['a', 'b'\]\)"):
        load_environment("staging", tmp_path)


def test_fails_if_prod_relaxes_pod_security(tmp_path: Path) -> None:
    write(tmp_path, "prod", "name: prod\npod_security_enforce: baseline\n")
    with pytest.raises(ConfigError, match="pod_security_enforce='baseline' is not allowed in prod; allowed: restricted"):
        load_environment("prod", tmp_path)


def test_fails_if_the_environment_is_unknown() -> None:
    with pytest.raises(ConfigError, match="unknown environment 'qa'; allowed: dev, staging, prod"):
        load_environment("qa")


def test_fails_if_the_name_does_not_match_the_file(tmp_path: Path) -> None:
    write(tmp_path, "prod", "name: dev\n")
    with pytest.raises(ConfigError, match="name: expected 'prod' \\(the file name\\), got 'dev'"):
        load_environment("prod", tmp_path)


DIGEST = "sha256:" + "0" * 64


def test_fails_if_a_replica_count_is_negative(tmp_path: Path) -> None:
    write(tmp_path, "dev", f"name: dev\nbridges:\n  - {{name: api, image: 'r/api:1@{DIGEST}', replicas: -2}}\n")
    with pytest.raises(ConfigError) as err:
        load_environment("dev", tmp_path)
    assert f"{tmp_path}/dev.yaml: invalid configuration:\n  bridges.0.replicas: Input should be greater than or equal to 1 (got -2)" in str(err.value)


def test_fails_if_a_bridge_prop_is_misspelled(tmp_path: Path) -> None:
    write(tmp_path, "dev", f"name: dev\nbridges:\n  - {{name: api, image: 'r/api:1@{DIGEST}', replica: 2}}\n")
    with pytest.raises(ConfigError, match=r"bridges\.0\.replica: unknown field \(got 2\); allowed fields: name, image, require_image_digest, replicas,"):
        load_environment("dev", tmp_path)


def test_fails_if_staging_uses_an_image_tag(tmp_path: Path) -> None:
    write(tmp_path, "staging", "name: staging\nbridges:\n  - {name: api, image: 'r/api:1.0', replicas: 2}\n")
    with pytest.raises(ConfigError, match=r"staging\.yaml.*\n  bridges\.0: Value error, image 'r/api:1.0' is not pinned by digest"):
        load_environment("staging", tmp_path)


def test_can_use_an_image_tag_in_dev(tmp_path: Path) -> None:
    write(tmp_path, "dev", "name: dev\nbridges:\n  - {name: api, image: 'r/api:1.0', replicas: 1}\n")
    assert load_environment("dev", tmp_path).bridges[0].require_image_digest is False


def test_fails_if_prod_turns_the_digest_rule_off(tmp_path: Path) -> None:
    write(tmp_path, "prod", "name: prod\nbridges:\n  - {name: api, image: 'r/api:1.0', replicas: 3, require_image_digest: false}\n")
    with pytest.raises(ConfigError, match="bridge 'api': require_image_digest may only be false in dev"):
        load_environment("prod", tmp_path)


def test_fails_if_prod_runs_fewer_than_three_replicas(tmp_path: Path) -> None:
    write(tmp_path, "prod", f"name: prod\nbridges:\n  - {{name: api, image: 'r/api:1@{DIGEST}', replicas: 2}}\n")
    with pytest.raises(ConfigError, match=r"prod needs replicas >= 3 for every bridge; got api \(2\)"):
        load_environment("prod", tmp_path)


def test_fails_if_a_connection_names_an_unknown_target(tmp_path: Path) -> None:
    write(
        tmp_path, "dev",
        f"name: dev\nbridges:\n  - {{name: api, image: 'r/api:1@{DIGEST}'}}\n"
        "connections:\n  - {source: api, target: evnets, env_prefix: EVENTS}\n",
    )
    with pytest.raises(ConfigError, match="connections.0.target: 'evnets' is unknown; allowed: api, cache, postgres"):
        load_environment("dev", tmp_path)


def test_fails_if_a_config_turns_off_istio_cni(tmp_path: Path) -> None:
    write(tmp_path, "dev", "name: dev\npod_security_enforce: baseline\nplatform: {istio_cni: false}\n")
    with pytest.raises(ConfigError) as err:
        load_environment("dev", tmp_path)
    message = str(err.value)
    assert message.startswith(f"{tmp_path}/dev.yaml: invalid configuration:\n  platform: Value error, platform.istio_cni: ")
    assert "Pod Security baseline rejects the istio-init container (capabilities NET_ADMIN, NET_RAW)" in message


def test_every_committed_environment_states_the_istio_cni_prerequisite() -> None:
    root = Path(__file__).resolve().parents[1] / "config"
    for env in ("dev", "staging", "prod"):
        assert "\n  istio_cni: true\n" in (root / f"{env}.yaml").read_text(), env
