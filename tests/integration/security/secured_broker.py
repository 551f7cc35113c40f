"""A local broker with a SASL_SSL listener (SCRAM-SHA-512 over TLS), for the security tests.

The certificate authority and the broker's certificate (for 127.0.0.1 and localhost) are made
here with openssl; the SCRAM user is created when the storage is formatted. The plaintext
listener stays for the controller and the broker itself and for the readiness check; clients
under test connect to the secured one only.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from services.broker.local import LocalBroker, free_port

USER = "copydesk"
MECHANISM = "SCRAM-SHA-512"


@dataclass(frozen=True)
class Certificates:
    ca: Path  # the CA's certificate: what clients trust
    keystore: Path  # the broker's private key and certificate, PEM


def make_certificates(folder: Path) -> Certificates:
    """A throwaway CA and a broker certificate it signed, valid for 127.0.0.1 and localhost."""
    folder.mkdir(parents=True, exist_ok=True)

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
            "-days", "2", "-subj", "/CN=copydesk test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "broker.key", "-out", "broker.csr",
            "-subj", "/CN=localhost")
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl("x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "broker.pem", "-days", "2", "-extfile", "san.ext")
    keystore = folder / "broker-keystore.pem"
    keystore.write_text((folder / "broker.key").read_text() + (folder / "broker.pem").read_text())
    return Certificates(ca=folder / "ca.pem", keystore=keystore)


class SecuredBroker(LocalBroker):
    """LocalBroker plus a SASL_SSL listener on ``secure_port`` that knows one SCRAM user."""

    def __init__(self, folder: Path, jars: Path, password: str, certificates: Certificates) -> None:
        super().__init__(folder, jars, heap="384m")
        self.password = password
        self.certificates = certificates
        self.secure_port = free_port()

    @property
    def secure_bootstrap(self) -> str:
        return f"127.0.0.1:{self.secure_port}"

    def _write_properties(self, port: int, controller_port: int) -> Path:
        props = super()._write_properties(port, controller_port)
        lines = []
        for line in props.read_text().splitlines():
            if line.startswith("listeners="):
                line = line.replace("CONTROLLER://", f"SECURE://127.0.0.1:{self.secure_port},CONTROLLER://")
            elif line.startswith("advertised.listeners="):
                line += f",SECURE://127.0.0.1:{self.secure_port}"
            elif line.startswith("listener.security.protocol.map="):
                line += ",SECURE:SASL_SSL"
            lines.append(line)
        lines += [
            f"sasl.enabled.mechanisms={MECHANISM}",
            f"listener.name.secure.sasl.enabled.mechanisms={MECHANISM}",
            f"listener.name.secure.{MECHANISM.lower()}.sasl.jaas.config="
            "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "listener.name.secure.ssl.keystore.type=PEM",
            f"listener.name.secure.ssl.keystore.location={self.certificates.keystore}",
            "",
        ]
        props.write_text("\n".join(lines))
        return props

    def _format(self, java: str, classpath: str, props: Path) -> None:
        from services.broker.local import _cluster_id

        proc = subprocess.run(
            [java, "-Xmx256m", "-cp", classpath, "kafka.tools.StorageTool", "format",
             f"--cluster-id={_cluster_id()}", "--config", str(props),
             "--add-scram", f"{MECHANISM}=[name={USER},password={self.password}]"],
            capture_output=True, text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"formatting the secured broker failed: {proc.stderr.strip()[-500:]}")
