"""`foibot inspect`: classify files without a database, as JSON or a readable table."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from foibot.cli import cli

CORPUS = Path(__file__).resolve().parent / "corpus"
KEYS = {"file", "kind", "authority_reference", "exemptions", "response_date", "our_reference",
        "evidence"}


def run(*args: str, tmp_path: Path):
    return CliRunner().invoke(cli, ["--home", str(tmp_path), "inspect", *args],
                              catch_exceptions=False)


def test_json_lists_files_in_the_order_given(tmp_path):
    files = [CORPUS / "holdout" / "h07_bounce_dsn.eml", CORPUS / "dev" / "000_4923c37b4b721e8f.txt",
             CORPUS / "holdout" / "h16_wyp_partial_docx.eml"]
    result = run("--json", *map(str, files), tmp_path=tmp_path)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert [o["file"] for o in out] == list(map(str, files))
    assert all(set(o) == KEYS for o in out)
    assert [o["kind"] for o in out] == ["bounce", "partial_disclosure", "partial_disclosure"]
    seed = out[1]
    assert (seed["authority_reference"], seed["exemptions"], seed["response_date"],
            seed["our_reference"]) == ("400/2026", ["s.24(1)", "s.31(1)(a)(b)"], "2026-06-22", None)
    assert out[2]["our_reference"] == "FOI-SMM26-WESTYORK-RT2M"
    assert out[2]["exemptions"] == ["s.24(1)", "s.31(1)(a)(b)", "s.40(2)"]
    assert "disclosed on 22/06/2026" in seed["evidence"]["response_date"]


def test_table_output_is_readable(tmp_path):
    result = run(str(CORPUS / "dev" / "d11_dyfed_extension.txt"), tmp_path=tmp_path)
    assert result.exit_code == 0
    assert "extension_notice" in result.output and "512/2026" in result.output
    assert "why kind" in result.output and "extend the time" in result.output


def test_garbage_file_is_classified_not_crashed(tmp_path):
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01\xff" * 100)
    out = json.loads(run("--json", str(junk), tmp_path=tmp_path).output)
    assert out[0]["kind"] == "other" and out[0]["authority_reference"] is None


def test_missing_file_is_a_usage_error(tmp_path):
    result = run(str(tmp_path / "nope.eml"), tmp_path=tmp_path)
    assert result.exit_code == 2 and "does not exist" in result.output


def test_help_has_an_example(tmp_path):
    result = CliRunner().invoke(cli, ["inspect", "--help"])
    assert "Example: foibot inspect" in result.output
