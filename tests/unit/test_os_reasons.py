"""felles.errors.os_reason: the one table of Danish reasons for a failed file operation,
and the writers and readers that show it (the -o writer, the survey's data files)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from felles import atomic
from felles.cli.output import write_file
from felles.errors import UsageError, os_reason
from felles.survey import files


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.EACCES, "ingen adgang"),
        (errno.ENOENT, "filen eller mappen findes ikke"),
        (errno.EEXIST, "findes allerede"),
        (errno.EROFS, "drevet er skrivebeskyttet"),
        (errno.EDQUOT, "der er ikke plads på drevet (kvoten er brugt)"),
        (errno.ENAMETOOLONG, "navnet er for langt til filsystemet"),
        (errno.ELOOP, "et symbolsk link, der peger i ring"),
        (errno.EIO, "fejl ved læsning eller skrivning på drevet"),
        (errno.ENXIO, "ingen læser i den anden ende"),
    ],
)
def test_a_known_error_is_said_in_danish(number: int, words: str) -> None:
    assert os_reason(OSError(number, os.strerror(number))) == words


def test_writing_names_the_folder_for_a_missing_entry_and_the_file_in_a_folders_place() -> None:
    assert os_reason(OSError(errno.ENOENT, "x"), writing=True) == "mappen findes ikke"
    assert os_reason(OSError(errno.EEXIST, "x"), writing=True) == "det er en fil, ikke en mappe"
    assert os_reason(OSError(errno.EACCES, "x"), writing=True) == "ingen adgang"


def test_an_unknown_error_keeps_the_systems_own_words() -> None:
    assert os_reason(OSError(errno.ECHILD, "No child processes")) == "No child processes"
    assert os_reason(OSError()) == "OSError"


@pytest.mark.parametrize("number", [errno.EACCES, errno.EROFS, errno.ENOSPC])
def test_the_o_writer_says_the_one_tables_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int
) -> None:
    def refuse(path: Path, *args: object) -> Path:
        raise OSError(number, os.strerror(number), str(path))

    monkeypatch.setattr(atomic, "_write_temp", refuse)
    with pytest.raises(UsageError) as raised:
        write_file(tmp_path / "ud.md", "x", protect=[])
    assert raised.value.params["reason"] == os_reason(OSError(number, ""))


@pytest.mark.parametrize("number", [errno.EACCES, errno.EIO, errno.EDQUOT])
def test_the_survey_data_files_say_the_one_tables_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int
) -> None:
    def refuse(path: Path, *args: object, **kwargs: object) -> None:
        raise OSError(number, os.strerror(number), str(path))

    monkeypatch.setattr(atomic, "replace", refuse)
    with pytest.raises(UsageError) as raised:
        files.write(tmp_path / files.ANSWERS, b"data")
    assert raised.value.code == "U064"
    assert raised.value.params["reason"] == os_reason(OSError(number, ""))
