"""The foundation's commands: output shapes, exit codes, and messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from unionapp.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_catalog_list_json(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "list", "--json")
    assert code == 0
    programmes = json.loads(out)
    assert len(programmes) == 47
    for item in programmes:
        assert {"id", "year", "name", "category", "providers", "rules"} <= item.keys()
        assert isinstance(item["providers"], list)
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "catalog", "list", "--year", "2030", "--json"
    )
    assert code == 0 and json.loads(out) == []


def test_union_set_and_show(capsys, data_dir):
    d = str(data_dir)
    code, _, _ = run(
        capsys,
        "--data-dir",
        d,
        "union",
        "set",
        "--name",
        "北京市某公司工会",
        "--contact",
        "李明",
        "--title",
        "工会主席",
        "--phone",
        "010-65116642",
        "--address",
        "北京市东城区XX街道1号",
        "--email",
        "gh@example.com",
    )
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", d, "union", "show", "--json")
    data = json.loads(out)
    assert data["name"] == "北京市某公司工会" and data["contact_title"] == "工会主席"
    assert data["phone"] == "010-65116642"


@pytest.mark.no_engine_pass  # reads the SQLite file itself
def test_user_error_exits_1_with_one_line(capsys, data_dir):
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "union", "set", "--email", "not-an-address"
    )
    assert code == 1
    assert err.strip().count("\n") == 0 and "邮箱" in err
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "catalog", "import", "/no/such/file.xlsx"
    )
    assert code == 1 and "找不到文件" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "restore", "/no/such/backup.db")
    assert code == 1 and "找不到" in err


def test_usage_error_exits_2(capsys, data_dir):
    code, _, _ = run(capsys, "--data-dir", str(data_dir), "catalog", "list", "--year", "abc")
    assert code == 2
    code, _, _ = run(capsys, "no-such-command")
    assert code == 2


@pytest.mark.no_engine_pass  # reads the SQLite file itself
def test_backup_check_restore(capsys, data_dir, tmp_path):
    d = str(data_dir)
    code, _, err = run(capsys, "--data-dir", d, "check", "--json")
    assert code == 1 and "还没有数据库" in err
    run(capsys, "--data-dir", d, "union", "show")
    code, out, _ = run(capsys, "--data-dir", d, "check", "--json")
    assert code == 0 and json.loads(out) == {"integrity": "ok", "foreign_keys": "ok"}
    out_file = tmp_path / "b.db"
    code, out, _ = run(capsys, "--data-dir", d, "backup", "--out", str(out_file), "--json")
    assert code == 0 and json.loads(out)["backup"] == str(out_file)
    run(capsys, "--data-dir", d, "union", "set", "--name", "改名后")
    code, out, _ = run(capsys, "--data-dir", d, "restore", str(out_file), "--json")
    assert code == 0 and json.loads(out)["previous_backup"]
    code, out, _ = run(capsys, "--data-dir", d, "union", "show", "--json")
    assert json.loads(out)["name"] == ""


def test_catalog_import_reports_bad_rows(capsys, data_dir, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("年度,项目名称,类别\n2024,某项目,娱乐\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "catalog", "import", str(bad))
    assert code == 1 and "第 2 行" in err and "类别" in err


def test_python_dash_m_runs_a_command(data_dir):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "unionapp",
            "--data-dir",
            str(data_dir),
            "catalog",
            "list",
            "--year",
            "2023",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "2023“身边”文化助推活动" in result.stdout


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help(capsys, flag):
    code, out, _ = run(capsys, flag)
    assert code == 0 and out


def test_output_into_a_closed_pipe_is_not_a_bug(data_dir):
    command = f"{sys.executable} -m unionapp --data-dir {data_dir} catalog list --json | head -c 10"
    result = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("[")
    assert "Traceback" not in result.stderr and "内部错误" not in result.stderr


def test_on_a_server_the_tests_work_as_a_chair_held_by_row_security(ctx):
    """The server pass runs as a real user would connect: not a superuser, whom row-level
    security and COPY's limits spare."""
    from sqlalchemy import text

    from unionapp.storage.engine import is_server
    from unionapp.storage.unions import identity

    if not is_server(ctx.engine):
        pytest.skip("the data folder's SQLite file has no logins")
    with ctx.session() as session:
        me = identity(session)
        bypasses = session.execute(
            text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
        ).scalar_one()
    assert (me.role, me.union_id, bypasses) == ("chair", 1, False)
