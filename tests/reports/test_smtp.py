"""Sending by SMTP against a local aiosmtpd server on loopback; the password only in a keyring."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlmodel import select

from unionapp.models import MailRecord, Setting
from unionapp.reports import smtp as smtp_mod
from unionapp.reports.figures import compute_figures
from unionapp.reports.pdf import write_report_pdf
from unionapp.reports.period import ReportQuery
from unionapp.reports.smtp import SmtpFailure, SmtpSettings

from .conftest import Sample

USER = "union@example.com"
PASSWORD = "s3cret-pass"
UTF8_PASSWORD = "密码s3cret"
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class Inbox:
    messages: list[Any] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


def _authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = (
        isinstance(data, LoginPassword)
        and data.login == USER.encode()
        and (data.password in (PASSWORD.encode(), UTF8_PASSWORD.encode()))
    )
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    port: int
    inbox: Inbox
    ca_file: Path | None = None


def _start(tls_context: ssl.SSLContext | None = None) -> tuple[Controller, Server]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=_authenticator,
        auth_require_tls=tls_context is not None, tls_context=tls_context,
    )  # fmt: skip
    controller.start()
    return controller, Server(port=port, inbox=inbox)


@pytest.fixture
def plain_server() -> Iterator[Server]:
    controller, server = _start()
    yield server
    controller.stop()


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[Server]:
    cert, key = _self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    controller, server = _start(context)
    server.ca_file = cert
    yield server
    controller.stop()


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def settings_for(server: Server, security: str = "none") -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=server.port, security=security, user=USER, timeout=5)


@pytest.mark.no_engine_pass  # reads the SQLite file itself
def test_login_success_password_from_keyring(
    plain_server: Server, memory_keyring: MemoryKeyring, sample: Sample
) -> None:
    settings = settings_for(plain_server)
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        smtp_mod.save_smtp_settings(session, settings)
    smtp_mod.store_password(settings, PASSWORD)
    assert memory_keyring.passwords == {("unionapp-smtp", f"{USER}@127.0.0.1"): PASSWORD}
    message = smtp_mod.test_connection(settings)
    assert message.startswith("连接成功") and USER in message
    # the password is in the keyring only: not in the settings, not in the database file
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        stored = session.get(Setting, smtp_mod.SETTINGS_KEY)
        assert stored is not None and "s3cret" not in stored.value
        assert smtp_mod.load_smtp_settings(session) == settings
    assert b"s3cret" not in sample.ctx.paths.db.read_bytes()  # type: ignore[attr-defined]


def test_send_delivers_report_and_records_it(
    plain_server: Server, memory_keyring: MemoryKeyring, sample: Sample, tmp_path: Path
) -> None:
    settings = settings_for(plain_server)
    smtp_mod.store_password(settings, PASSWORD)
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        figures = compute_figures(session, ReportQuery(date(2024, 1, 1), date(2024, 12, 31)))
        pdf = write_report_pdf(figures, tmp_path / "年度报表.pdf")
        smtp_mod.send_report_mail(session, settings, figures, [pdf], ["fed@example.com"])
    [envelope] = plain_server.inbox.messages
    assert envelope.mail_from == USER and envelope.rcpt_tos == ["fed@example.com"]
    assert b"X-Unsent" not in envelope.content
    with sample.ctx.session() as session:  # type: ignore[attr-defined]
        record = session.exec(select(MailRecord)).one()
    assert record.method == "smtp" and json.loads(record.files) == ["年度报表.pdf"]


def test_wrong_password(plain_server: Server, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SmtpFailure, match="登录失败：用户名或密码（授权码）不对") as caught:
        smtp_mod.test_connection(settings_for(plain_server), "wrong")
    assert caught.value.stage == "login"


def test_non_ascii_password(plain_server: Server) -> None:
    assert smtp_mod.test_connection(settings_for(plain_server), UTF8_PASSWORD).startswith(
        "连接成功"
    )
    with pytest.raises(SmtpFailure, match="用户名或密码"):
        smtp_mod.test_connection(settings_for(plain_server), "错误的密码")


def test_no_saved_password(plain_server: Server, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SmtpFailure, match="还没有保存邮箱密码") as caught:
        smtp_mod.test_connection(settings_for(plain_server))
    assert caught.value.stage == "password"


def test_starttls_refused(plain_server: Server) -> None:
    with pytest.raises(SmtpFailure, match="不支持 STARTTLS 加密") as caught:
        smtp_mod.test_connection(settings_for(plain_server, "starttls"), PASSWORD)
    assert caught.value.stage == "tls"


def test_ssl_refused(plain_server: Server) -> None:
    with pytest.raises(SmtpFailure, match="建立加密连接失败") as caught:
        smtp_mod.test_connection(settings_for(plain_server, "ssl"), PASSWORD)
    assert caught.value.stage == "tls"


def test_starttls_success_and_untrusted_certificate(tls_server: Server) -> None:
    settings = settings_for(tls_server, "starttls")
    trusted = ssl.create_default_context(cafile=str(tls_server.ca_file))
    assert "STARTTLS" in smtp_mod.test_connection(settings, PASSWORD, context=trusted)
    with pytest.raises(SmtpFailure, match="服务器证书无法验证") as caught:
        smtp_mod.test_connection(settings, PASSWORD)  # the system's CAs do not know it
    assert caught.value.stage == "tls"


def test_connection_refused() -> None:
    settings = SmtpSettings(host="127.0.0.1", port=_free_port(), security="none", user=USER)
    with pytest.raises(SmtpFailure, match="服务器拒绝连接") as caught:
        smtp_mod.test_connection(settings, PASSWORD)
    assert caught.value.stage == "connect"


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    settings = SmtpSettings(host="smtp.nohost.example", user=USER)
    with pytest.raises(SmtpFailure, match=r"找不到邮件服务器“smtp\.nohost\.example”") as caught:
        smtp_mod.test_connection(settings, PASSWORD)
    assert caught.value.stage == "dns"
