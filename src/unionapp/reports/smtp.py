"""Sending the report directly by SMTP, and testing the connection step by step.

The server settings live in the Setting table; the password only in the operating system's
keyring (service ``unionapp-smtp``), never in the database or a file. Nothing touches the network
unless the user tests the connection or sends. Every failure says which step failed — finding
the server (DNS), connecting, encryption (TLS), logging in, sending — in plain Chinese.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from email.utils import formataddr
from pathlib import Path

import keyring
from keyring.errors import KeyringError
from sqlmodel import Session

from unionapp.errors import UserError
from unionapp.models import MailRecord
from unionapp.reports.figures import ReportFigures
from unionapp.reports.mail import message_bytes, record_mail, report_message
from unionapp.storage.settings import get_setting, set_setting

KEYRING_SERVICE = "unionapp-smtp"
SETTINGS_KEY = "smtp.settings"
SECURITY_MODES = ("ssl", "starttls", "none")
SECURITY_LABELS = {
    "ssl": "SSL/TLS（通常端口 465）",
    "starttls": "STARTTLS（通常端口 587）",
    "none": "不加密（通常端口 25，仅限内网）",
}
DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


@dataclass
class SmtpSettings:
    host: str = ""
    port: int = 465
    security: str = "ssl"
    user: str = ""
    sender: str = ""  # the From address; the user name when empty
    timeout: float = 20.0

    @property
    def from_address(self) -> str:
        return self.sender.strip() or self.user.strip()

    @property
    def keyring_user(self) -> str:
        """The name the password is kept under in the keyring: user and server."""
        return f"{self.user.strip()}@{self.host.strip().lower()}"


class SmtpFailure(UserError):
    """A step of talking to the mail server failed; ``stage`` says which one."""

    def __init__(self, stage: str, message: str) -> None:
        self.stage = stage  # password / dns / connect / tls / login / send
        super().__init__(message)


# -- settings and password -----------------------------------------------------------------
def load_smtp_settings(session: Session) -> SmtpSettings:
    stored = get_setting(session, SETTINGS_KEY) or {}
    known = {k: v for k, v in stored.items() if k in SmtpSettings.__dataclass_fields__}
    return SmtpSettings(**known)


def validate_smtp_settings(settings: SmtpSettings) -> None:
    if not settings.host.strip():
        raise UserError("请填写邮件服务器地址（例如 smtp.163.com）。")
    if not 0 < int(settings.port) < 65536:
        raise UserError(f"端口应为 1 到 65535 之间的数字：{settings.port}")
    if settings.security not in SECURITY_MODES:
        raise UserError(f"未知的加密方式：{settings.security}")
    if "@" not in settings.from_address:
        raise UserError("请填写发件人邮箱（或以邮箱地址作为用户名）。")


def save_smtp_settings(session: Session, settings: SmtpSettings) -> None:
    """Keep the server settings (never the password)."""
    validate_smtp_settings(settings)
    settings.host = settings.host.strip()
    settings.user = settings.user.strip()
    settings.sender = settings.sender.strip()
    set_setting(session, SETTINGS_KEY, asdict(settings))


def store_password(settings: SmtpSettings, password: str) -> None:
    """Keep the password in the operating system's keyring."""
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except KeyringError as exc:
        raise UserError(f"无法把密码保存到系统密码库：{exc}") from exc


def load_password(settings: SmtpSettings) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        raise UserError(f"无法读取系统密码库：{exc}") from exc


# -- talking to the server ------------------------------------------------------------------
def _resolve(settings: SmtpSettings) -> None:
    try:
        socket.getaddrinfo(settings.host, settings.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise SmtpFailure(
            "dns",
            f"找不到邮件服务器“{settings.host}”（DNS 解析失败）：请检查服务器地址是否写错、"
            "电脑是否已联网。",
        ) from exc


def _connect_failure(settings: SmtpSettings, exc: BaseException) -> SmtpFailure:
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, ConnectionRefusedError):
        detail = "服务器拒绝连接，请检查端口是否正确"
    elif isinstance(exc, TimeoutError | socket.timeout):
        detail = "连接超时，可能是端口不对或被防火墙拦截"
    else:
        detail = str(exc) or type(exc).__name__
    return SmtpFailure("connect", f"无法连接邮件服务器 {where}：{detail}。")


def _tls_failure(settings: SmtpSettings, exc: BaseException) -> SmtpFailure:
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = f"服务器证书无法验证（{exc.verify_message}）"
    else:
        detail = f"加密握手失败（{getattr(exc, 'reason', None) or exc}）"
    hint = (
        "服务器可能不支持 SSL/TLS 直接加密，请确认端口（通常 465）或改用 STARTTLS"
        if settings.security == "ssl"
        else "请确认端口（通常 587）或改用 SSL/TLS"
    )
    return SmtpFailure(
        "tls", f"与 {settings.host}:{settings.port} 建立加密连接失败：{detail}。{hint}。"
    )


def _open(settings: SmtpSettings, context: ssl.SSLContext | None) -> smtplib.SMTP:
    """Resolve, connect and (if set) encrypt; each failure names its step."""
    validate_smtp_settings(settings)
    _resolve(settings)
    context = context or ssl.create_default_context()
    try:
        smtp = _connect(settings, context)
    except ssl.SSLError as exc:
        raise _tls_failure(settings, exc) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise _connect_failure(settings, exc) from exc
    try:
        smtp.ehlo()
        if settings.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise SmtpFailure(
                    "tls",
                    f"邮件服务器 {settings.host}:{settings.port} 不支持 STARTTLS 加密："
                    "请改用 SSL/TLS（通常端口 465），或向邮箱服务商确认设置。",
                )
            smtp.starttls(context=context)
            smtp.ehlo()
    except SmtpFailure:
        smtp.close()
        raise
    except ssl.SSLError as exc:
        smtp.close()
        raise _tls_failure(settings, exc) from exc
    except (OSError, smtplib.SMTPException) as exc:
        smtp.close()
        raise _connect_failure(settings, exc) from exc
    return smtp


class _ClosingSMTPSSL(smtplib.SMTP_SSL):
    """SMTP_SSL that closes its plain socket when the TLS handshake fails (smtplib leaves it
    to the garbage collector, which then warns in whatever code runs next)."""

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        plain = smtplib.SMTP._get_socket(self, host, port, timeout)
        try:
            return self.context.wrap_socket(plain, server_hostname=self._host)
        except BaseException:
            plain.close()
            raise


def _connect(settings: SmtpSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    """Connect and read the greeting; the socket is closed on any failure (smtplib's
    constructor leaves it open when the greeting times out or the server hangs up)."""
    smtp = (
        _ClosingSMTPSSL(timeout=settings.timeout, context=context)
        if settings.security == "ssl"
        else smtplib.SMTP(timeout=settings.timeout)
    )
    smtp._host = settings.host  # the name TLS checks the certificate against
    try:
        code, message = smtp.connect(settings.host, settings.port)
        if code != 220:
            raise smtplib.SMTPConnectError(code, message)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _login(smtp: smtplib.SMTP, settings: SmtpSettings, password: str | None) -> None:
    if not settings.user:
        return
    if password is None:
        password = load_password(settings)
    if not password:
        raise SmtpFailure("password", "还没有保存邮箱密码：请在“邮件设置”中输入密码（或授权码）。")
    if not smtp.has_extn("auth"):
        plain = (
            "，未加密的连接上不允许登录，请改用 SSL/TLS 或 STARTTLS"
            if settings.security == "none"
            else ""
        )
        raise SmtpFailure("login", f"邮件服务器 {settings.host} 不接受登录{plain}。")
    try:
        if password.isascii() and settings.user.isascii():
            smtp.login(settings.user, password)
        else:
            _login_plain_utf8(smtp, settings.user, password)
    except smtplib.SMTPAuthenticationError as exc:
        reply = exc.smtp_error
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
        raise SmtpFailure(
            "login",
            f"登录失败：用户名或密码（授权码）不对（服务器回复 {exc.smtp_code} {text}）。"
            "许多邮箱要求使用“客户端授权码”而不是登录密码。",
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpFailure("login", f"登录失败：{exc}") from exc


def _login_plain_utf8(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN with UTF-8 credentials (RFC 4616); smtplib's login() accepts ASCII only."""
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
    if code == 535:
        raise smtplib.SMTPAuthenticationError(code, reply)
    if code != 235:
        raise smtplib.SMTPException(f"{code} {reply.decode('utf-8', 'replace')}")


def test_connection(
    settings: SmtpSettings, password: str | None = None, *, context: ssl.SSLContext | None = None
) -> str:
    """Connect, encrypt and log in without sending; return what worked, raise SmtpFailure."""
    smtp = _open(settings, context)
    try:
        _login(smtp, settings, password)
    finally:
        _quit(smtp)
    how = {"ssl": "SSL/TLS 加密", "starttls": "STARTTLS 加密", "none": "未加密"}[settings.security]
    who = f"，并以 {settings.user} 登录成功" if settings.user else ""
    return f"连接成功：已通过{how}连接 {settings.host}:{settings.port}{who}。"


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def send_report_mail(
    session: Session,
    settings: SmtpSettings,
    figures: ReportFigures,
    attachments: Sequence[Path],
    recipients: Sequence[str],
    *,
    password: str | None = None,
    context: ssl.SSLContext | None = None,
) -> MailRecord:
    """Send the report e-mail with its files and record it; raise SmtpFailure on any failed step."""
    message, subject = report_message(session, figures, attachments, recipients, draft=False)
    sender = settings.from_address
    del message["From"]
    message["From"] = formataddr((figures.union_name, sender), charset="utf-8")
    data = message_bytes(message)
    smtp = _open(settings, context)
    try:
        _login(smtp, settings, password)
        smtp.sendmail(sender, list(recipients), data)
    except smtplib.SMTPRecipientsRefused as exc:
        refused = "、".join(exc.recipients)
        raise SmtpFailure("send", f"邮件服务器拒收这些收件人：{refused}。") from exc
    except smtplib.SMTPSenderRefused as exc:
        raise SmtpFailure("send", f"邮件服务器不接受发件人 {sender}：{exc.smtp_code}。") from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpFailure("send", f"发送失败：{exc}") from exc
    finally:
        _quit(smtp)
    return record_mail(session, "smtp", recipients, subject, attachments)
