"""Deployments pick stores by environment variable; the default needs nothing."""

from __future__ import annotations

import pytest

from launcher.endpoints import ConfigError, compose, variables_from_urls


def test_the_embedded_default_stores_conversations_in_sqlite():
    config = compose({})
    assert config["tracker_store"]["dialect"] == "sqlite"
    assert "lock_store" not in config and "event_broker" not in config


def test_database_url_switches_the_tracker_store_to_postgresql():
    env = {"DATABASE_URL": "postgresql://samen:geheim@db.example:6543/samen"}
    assert compose(env)["tracker_store"]["dialect"] == "postgresql"
    assert variables_from_urls(env) == {
        "SAMEN_DB_HOST": "db.example",
        "SAMEN_DB_PORT": "6543",
        "SAMEN_DB_USER": "samen",
        "SAMEN_DB_PASSWORD": "geheim",
        "SAMEN_DB_NAME": "samen",
    }


def test_redis_and_amqp_urls_add_a_lock_store_and_an_event_broker():
    env = {"REDIS_URL": "redis://127.0.0.1:6379/2", "AMQP_URL": "amqp://guest:guest@127.0.0.1/"}
    config = compose(env)
    assert config["lock_store"]["type"] == "redis"
    assert config["event_broker"]["type"] == "pika"
    variables = variables_from_urls(env)
    assert variables["SAMEN_REDIS_DB"] == "2"
    assert variables["SAMEN_AMQP_PORT"] == "5672"


def test_a_malformed_url_names_the_variable():
    with pytest.raises(ConfigError, match="^DATABASE_URL: "):
        variables_from_urls({"DATABASE_URL": "mysql://x/y"})


def test_the_domain_is_sent_only_to_actions_that_ask_for_it():
    import yaml

    from launcher.model_inputs import ROOT

    for env in ({}, {"DATABASE_URL": "postgresql://samen@db/samen", "REDIS_URL": "redis://r/0"}):
        assert compose(env)["action_endpoint"]["enable_selective_domain"] is True
    domain = yaml.safe_load((ROOT / "domain.yml").read_text("utf-8"))
    # no action asks for it: action_samen_turn reads domain.yml's responses itself
    assert all(isinstance(action, str) for action in domain["actions"])
