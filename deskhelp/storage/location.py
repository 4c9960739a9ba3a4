"""Refusing database locations SQLite cannot serve safely: WAL needs shared memory that network file systems
do not provide, and a database on a share corrupts silently when two desks write at once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
        "fuse.rclone",
        "lustre",
        "gpfs",
    }
)


def is_network_path(path: Path, mounts_file: Path = Path("/proc/mounts")) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True  # a UNC path: \\server\share
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    return _mount_type(path.resolve(), mounts_file) in NETWORK_FILESYSTEMS


def _mount_type(path: Path, mounts_file: Path) -> str | None:
    try:
        lines = mounts_file.read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
