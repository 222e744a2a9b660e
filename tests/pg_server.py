"""A throwaway PostgreSQL server for tests and CI: ``initdb`` in a temporary folder, a free port
on 127.0.0.1, stopped (and its folder removed) at the end.

The cluster sorts text with ICU's Chinese collation, so a query that leaned on the engine's
collation instead of the program's pinyin keys would show up as a different order. Connections
from 127.0.0.1 are trusted, except for the login ``pw_user`` (password ``PW_PASSWORD``), which
must give its password (scram-sha-256), for the tests of the password paths.

As a script (for ``.ci/run``): ``python tests/pg_server.py start FOLDER`` prints the admin URL;
``python tests/pg_server.py stop FOLDER`` stops it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PW_USER, PW_PASSWORD = "pw_user", "s3cret-Passw0rd"
ADMIN = "postgres"


def find_bin(name: str) -> str | None:
    """The path of a PostgreSQL server program (Debian keeps them outside PATH)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def available() -> bool:
    return find_bin("initdb") is not None and find_bin("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its programs as the ``postgres`` login then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@dataclass(frozen=True)
class ThrowawayServer:
    folder: Path
    port: int

    @property
    def admin_url(self) -> str:
        return f"postgresql://{ADMIN}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        pg_ctl = find_bin("pg_ctl")
        assert pg_ctl is not None
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start(folder: Path) -> ThrowawayServer:
    """Create and start a cluster under ``folder`` (which must not hold one yet)."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError("PostgreSQL server programs not found (Debian package postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    folder.chmod(0o700)
    data = folder / "data"
    subprocess.run(
        _as_server_user(
            [
                initdb,
                "-D",
                str(data),
                "-U",
                ADMIN,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale-provider=icu",
                "--icu-locale=zh",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
        text=True,
    )
    hba = data / "pg_hba.conf"
    hba.write_text(
        f"local all all trust\n"
        f"host all {PW_USER} 127.0.0.1/32 scram-sha-256\n"
        f"host all all 127.0.0.1/32 trust\n"
    )
    port = _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    subprocess.run(
        _as_server_user(
            [
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(folder / "server.log"),
                "-o",
                options,
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    server = ThrowawayServer(folder, port)
    import psycopg

    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {PW_USER} LOGIN CREATEDB PASSWORD '{PW_PASSWORD}'")
    return server


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: pg_server.py start|stop FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1]).resolve()
    if argv[0] == "start":
        server = start(folder)
        (folder / "port").write_text(str(server.port))
        print(server.admin_url)
    else:
        port = folder / "port"
        if port.exists():
            ThrowawayServer(folder, int(port.read_text())).stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
