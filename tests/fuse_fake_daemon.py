"""A minimal FUSE daemon for the stale-mount tests: `python fuse_fake_daemon.py <mountpoint> <fstype>`.

It mounts an empty directory with mount(2) (root with CAP_SYS_ADMIN and /dev/fuse needed), prints
"mounted", and answers INIT and GETATTR until it is killed. Killing it with SIGKILL leaves exactly
what a crashed Lighthouse daemon leaves: a mount that answers ENOTCONN.
"""

import ctypes
import os
import struct
import sys

FUSE_GETATTR, FUSE_INIT = 3, 26
ENOSYS = 38


def main(mountpoint: str, fstype: str) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open("/dev/fuse", os.O_RDWR)
    options = f"fd={fd},rootmode=40000,user_id=0,group_id=0,allow_other"
    if libc.mount(b"lighthouse", mountpoint.encode(), fstype.encode(), 6, options.encode()):  # MS_NOSUID|MS_NODEV
        sys.exit(f"mount failed: {os.strerror(ctypes.get_errno())}")
    print("mounted", flush=True)
    while True:
        try:
            request = os.read(fd, 1 << 17)
        except OSError:  # ENODEV once unmounted
            return
        _, opcode, unique = struct.unpack_from("<IIQ", request)
        if opcode == FUSE_INIT:  # fuse_init_out, protocol 7.31
            body = struct.pack("<IIIIHHIIHHI7I", 7, 31, 0, 0, 0, 0, 4096, 1, 1, 0, 0, *[0] * 7)
        elif opcode == FUSE_GETATTR:  # fuse_attr_out: the root, an empty 0755 directory
            body = struct.pack("<QII", 0, 0, 0) + struct.pack("<6Q10I", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0o40755, 2, 0, 0, 0, 4096, 0)
        else:
            os.write(fd, struct.pack("<IiQ", 16, -ENOSYS, unique))
            continue
        os.write(fd, struct.pack("<IiQ", 16 + len(body), 0, unique) + body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
