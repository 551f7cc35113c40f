"""Where the intake's token comes from, and that it never runs without one."""

from __future__ import annotations

import pytest

from services.bootstrap import intake_token
from services.common.settings import Settings


def test_the_token_comes_from_the_setting_first(tmp_path):
    secret = tmp_path / "token"
    secret.write_text("from-file\n")
    assert intake_token(Settings(intake_token=" from-env ", intake_token_file=secret)) == "from-env"


def test_else_from_the_first_line_of_the_token_file(tmp_path):
    secret = tmp_path / "token"
    secret.write_text("  from-file  \nsecond line\n")
    assert intake_token(Settings(intake_token_file=secret)) == "from-file"


@pytest.mark.parametrize("content", [None, "", "\n\n"])
def test_no_token_no_intake(tmp_path, content):
    secret = tmp_path / "token"
    if content is not None:
        secret.write_text(content)
    with pytest.raises(SystemExit, match="intake"):
        intake_token(Settings(intake_token_file=secret if content is not None else None))


def test_an_unreadable_token_file_is_named(tmp_path):
    with pytest.raises(SystemExit, match="intake token file .*missing.*cannot be read"):
        intake_token(Settings(intake_token_file=tmp_path / "missing"))
