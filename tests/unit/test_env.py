import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import check_redis_url, env_bool, env_int, env_list, env_str, parse_database_url


def test_env_bool_accepts_the_usual_spellings():
    assert env_bool("DEBUG", False, environ={"DEBUG": "yes"}) is True
    assert env_bool("DEBUG", True, environ={"DEBUG": "Off"}) is False
    assert env_bool("DEBUG", True, environ={}) is True


def test_env_bool_rejects_anything_else_naming_the_variable():
    with pytest.raises(ImproperlyConfigured, match="DEBUG='maybe'"):
        env_bool("DEBUG", False, environ={"DEBUG": "maybe"})


def test_env_int_rejects_text_and_values_below_the_minimum():
    assert env_int("N", 5, environ={"N": "12"}) == 12
    with pytest.raises(ImproperlyConfigured, match="N='twelve'"):
        env_int("N", 5, environ={"N": "twelve"})
    with pytest.raises(ImproperlyConfigured, match="minimum"):
        env_int("N", 5, minimum=1, environ={"N": "0"})


def test_blank_values_fall_back_to_the_default():
    assert env_str("X", "default", environ={"X": "   "}) == "default"
    assert env_list("HOSTS", ["a"], environ={"HOSTS": " b , c ,"}) == ["b", "c"]


def test_a_database_url_becomes_django_settings():
    parsed = parse_database_url("DATABASE_URL", "postgres://user:p%40ss@db.example:5433/tracker?sslmode=require")
    assert parsed.as_django() == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tracker",
        "USER": "user",
        "PASSWORD": "p@ss",
        "HOST": "db.example",
        "PORT": "5433",
        "OPTIONS": {"sslmode": "require"},
    }


def test_a_socket_directory_is_taken_from_the_host_parameter():
    parsed = parse_database_url("DATABASE_URL", "postgresql://postgres:@/postgres?host=/tmp/pg")
    assert (parsed.host, parsed.name, parsed.port) == ("/tmp/pg", "postgres", "")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://root@localhost/db", "must start with postgres"),
        ("postgres://localhost", "must name one database"),
        ("postgres://localhost:notaport/db", "not a valid URL"),
        ("just some words", "must start with postgres"),
    ],
)
def test_a_malformed_database_url_is_refused_naming_the_variable(url, message):
    with pytest.raises(ImproperlyConfigured, match=message) as error:
        parse_database_url("DATABASE_URL", url)
    assert "DATABASE_URL" in str(error.value)


def test_a_redis_url_must_use_a_redis_scheme():
    assert check_redis_url("REDIS_URL", "redis://127.0.0.1:6379/0")
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
        check_redis_url("REDIS_URL", "http://127.0.0.1:6379")
