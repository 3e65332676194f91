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
