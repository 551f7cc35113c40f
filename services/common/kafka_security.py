"""How copydesk's Kafka clients connect: one description, read from the settings, given to each
client library in its own terms.

kafka-python (ingestor, projector, admin, dead-letter tools) takes keyword arguments; faust (and
aiokafka under it) takes a credentials object holding an SSL context. Both verify the broker's
certificate and host name against ``kafka_ssl_cafile`` (or the system's CAs). The password comes
from the settings or from a file (a mounted secret), is kept as a ``SecretStr`` and never
appears in a repr or a log line.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from services.common.settings import Settings


class KafkaSecurityError(ValueError):
    """The Kafka security settings are incomplete or unreadable; the message names the setting."""


@dataclass(frozen=True)
class KafkaSecurity:
    protocol: str = "PLAINTEXT"
    mechanism: str = "SCRAM-SHA-512"
    username: str | None = None
    password: SecretStr | None = field(default=None, repr=False)
    cafile: Path | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> KafkaSecurity:
        """The settings' description; a SASL protocol without a username or password is an error."""
        password = settings.kafka_sasl_password
        if password is None and settings.kafka_sasl_password_file is not None:
            path = settings.kafka_sasl_password_file
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise KafkaSecurityError(f"COPYDESK_KAFKA_SASL_PASSWORD_FILE {path}: cannot be read ({exc})") from None
            if not lines or not lines[0].strip():
                raise KafkaSecurityError(f"COPYDESK_KAFKA_SASL_PASSWORD_FILE {path}: the first line is empty")
            password = SecretStr(lines[0].strip())
        security = cls(
            settings.kafka_security_protocol,
            settings.kafka_sasl_mechanism,
            settings.kafka_sasl_username,
            password,
            settings.kafka_ssl_cafile,
        )
        if security.sasl and not security.username:
            raise KafkaSecurityError(f"{security.protocol} needs COPYDESK_KAFKA_SASL_USERNAME")
        if security.sasl and security.password is None:
            raise KafkaSecurityError(
                f"{security.protocol} needs COPYDESK_KAFKA_SASL_PASSWORD or COPYDESK_KAFKA_SASL_PASSWORD_FILE"
            )
        if security.cafile is not None and not security.cafile.is_file():
            raise KafkaSecurityError(f"COPYDESK_KAFKA_SSL_CAFILE {security.cafile}: no such file")
        return security

    @property
    def sasl(self) -> bool:
        return self.protocol.startswith("SASL_")

    @property
    def tls(self) -> bool:
        return self.protocol in ("SSL", "SASL_SSL")

    def kafka_python(self) -> dict[str, Any]:
        """Keyword arguments for kafka-python's KafkaProducer, KafkaConsumer and KafkaAdminClient."""
        config: dict[str, Any] = {"security_protocol": self.protocol}
        if self.tls:
            config.update(ssl_check_hostname=True, ssl_cafile=str(self.cafile) if self.cafile else None)
        if self.sasl:
            assert self.password is not None  # from_settings guarantees it
            config.update(
                sasl_mechanism=self.mechanism,
                sasl_plain_username=self.username,
                sasl_plain_password=self.password.get_secret_value(),
            )
        return config

    def ssl_context(self) -> ssl.SSLContext | None:
        """A client context verifying the broker's certificate and host name, for TLS protocols."""
        if not self.tls:
            return None
        return ssl.create_default_context(cafile=str(self.cafile) if self.cafile else None)

    def faust_credentials(self) -> Any:
        """faust's ``broker_credentials``: SASL credentials (holding the SSL context for SASL_SSL;
        without one faust would silently fall back to SASL_PLAINTEXT), SSL credentials, or None."""
        import faust  # only the worker needs it

        if self.sasl:
            assert self.password is not None
            return faust.SASLCredentials(
                username=self.username,
                password=self.password.get_secret_value(),
                mechanism=self.mechanism,
                ssl_context=self.ssl_context(),
            )
        if self.tls:
            return faust.SSLCredentials(self.ssl_context())
        return None
