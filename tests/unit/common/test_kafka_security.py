"""One description of how Kafka clients connect, rendered for kafka-python and for faust."""

import ssl

import pytest

from services.common.kafka_security import KafkaSecurity, KafkaSecurityError
from services.common.settings import Settings


def test_plaintext_is_the_default_and_adds_nothing_but_the_protocol():
    security = KafkaSecurity.from_settings(Settings())
    assert security.kafka_python() == {"security_protocol": "PLAINTEXT"}
    assert security.ssl_context() is None and security.faust_credentials() is None


def test_sasl_ssl_gives_kafka_python_scram_credentials_and_a_verified_tls_connection(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("")
    security = KafkaSecurity.from_settings(Settings(
        kafka_security_protocol="SASL_SSL", kafka_sasl_username="copydesk", kafka_sasl_password="s3cret",
        kafka_ssl_cafile=ca))
    assert security.kafka_python() == {
        "security_protocol": "SASL_SSL", "ssl_check_hostname": True, "ssl_cafile": str(ca),
        "sasl_mechanism": "SCRAM-SHA-512", "sasl_plain_username": "copydesk", "sasl_plain_password": "s3cret",
    }


def test_faust_gets_sasl_credentials_holding_a_verifying_ssl_context():
    """Without the context faust would silently connect with SASL_PLAINTEXT."""
    security = KafkaSecurity("SASL_SSL", "SCRAM-SHA-256", "copydesk", _secret("s3cret"))
    credentials = security.faust_credentials()
    assert credentials.protocol.value == "SASL_SSL" and credentials.mechanism.value == "SCRAM-SHA-256"
    assert credentials.username == "copydesk" and credentials.password == "s3cret"
    assert credentials.ssl_context.verify_mode == ssl.CERT_REQUIRED and credentials.ssl_context.check_hostname


def test_tls_without_sasl_gives_faust_ssl_credentials():
    credentials = KafkaSecurity("SSL").faust_credentials()
    assert credentials.protocol.value == "SSL" and credentials.context.verify_mode == ssl.CERT_REQUIRED


def test_the_password_can_come_from_a_file_and_never_shows_in_a_repr(tmp_path):
    secret = tmp_path / "password"
    secret.write_text("from-a-file\n")
    security = KafkaSecurity.from_settings(Settings(
        kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_username="u", kafka_sasl_password_file=secret))
    assert security.kafka_python()["sasl_plain_password"] == "from-a-file"
    assert "from-a-file" not in repr(security)
    assert "s3cret" not in repr(Settings(kafka_sasl_password="s3cret"))


@pytest.mark.parametrize(("fields", "named"), [
    ({"kafka_security_protocol": "SASL_SSL", "kafka_sasl_password": "p"}, "COPYDESK_KAFKA_SASL_USERNAME"),
    ({"kafka_security_protocol": "SASL_SSL", "kafka_sasl_username": "u"}, "COPYDESK_KAFKA_SASL_PASSWORD"),
    ({"kafka_security_protocol": "SASL_SSL", "kafka_sasl_username": "u", "kafka_sasl_password_file": "/nonexistent/p"},
     "COPYDESK_KAFKA_SASL_PASSWORD_FILE /nonexistent/p"),
    ({"kafka_security_protocol": "SSL", "kafka_ssl_cafile": "/nonexistent/ca.pem"}, "COPYDESK_KAFKA_SSL_CAFILE"),
])
def test_incomplete_settings_are_an_error_naming_the_setting(fields, named):
    with pytest.raises(KafkaSecurityError, match=named):
        KafkaSecurity.from_settings(Settings(**fields))


def _secret(value):
    from pydantic import SecretStr

    return SecretStr(value)
