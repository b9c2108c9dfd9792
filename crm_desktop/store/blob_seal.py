"""Encrypting the attachment files a plain store left behind, once the store itself is encrypted."""

from __future__ import annotations

import os
from pathlib import Path

from crm_desktop.store.blob_copy import blob_files
from crm_desktop.store.blob_format import HEADER_SIZE, PLAIN, BlobFormatError, Codec, Header, file_key
from crm_desktop.store.blobs import seal_into
from crm_desktop.store.cipher import StoreKey
from crm_desktop.store.disk_full import DiskFullError, is_disk_full


def seal_plain_files(folder: Path, key: StoreKey) -> int:
    """Encrypt every plain file in `folder` (a store's `<stem>.files/` or a backup's) with the key's file key:
    each is written sealed under a temporary name and renamed over the plain one, so a failure leaves it
    plain and whole. Returns how many were sealed. A file a backup shares by hard link stays plain in the
    backup's folder until that folder is sealed too."""
    aead_key = file_key(key.raw)
    sealed = 0
    for blob in blob_files(Path(folder)):
        temp = blob.with_name(f".{blob.name}.seal.tmp")
        try:
            with open(blob, "rb") as source:
                try:
                    header = Header.unpack(source.read(HEADER_SIZE))
                except BlobFormatError:
                    continue  # not ours: left alone
                if header.mode != PLAIN:
                    continue
                with open(temp, "wb") as out:
                    seal_into(out, Codec.new(aead_key, blob.name, header.size), blob.name, source)
            os.replace(temp, blob)
        except BaseException as error:
            temp.unlink(missing_ok=True)
            if isinstance(error, Exception) and is_disk_full(error, blob.parent):
                raise DiskFullError(blob.parent) from error
            raise
        sealed += 1
    return sealed
