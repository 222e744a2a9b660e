"""A server holding two unions with their data and a login of each role (the ``server``
fixture), and the helpers of its tests."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import make_url

from unionapp.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@dataclass
class Server:
    admin: str
    logins: dict[str, str]  # chair1, staff1, chair2, fed -> login name
    app_ids: dict[int, int]  # union -> its application's id

    def url(self, who: str) -> str:
        login = self.logins[who]
        return make_url(self.admin).set(username=login).render_as_string(hide_password=False)


def raw(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)
