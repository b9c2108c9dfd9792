"""OCR of card images with rapidocr-onnxruntime: PP-OCR's Chinese and English models from inside its wheel
(nothing is downloaded), one engine made on first use and kept for the session, images turned upright by
their EXIF orientation and large photos scaled down before reading."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crm_desktop.domain.cards.entities import OcrLine
from crm_desktop.domain.cards.messages import DAMAGED, NO_FILE, NOT_IMAGE, NOT_READABLE, OCR_MISSING, TOO_LARGE

MAX_FILE_MB = 40  # a phone's photo is 2-12 MB; anything far larger is not a card photo
# The longest side OCR reads: a card filling a 12-megapixel photo still has 10-pixel strokes at this size,
# and detection time grows with the pixels (a 4000 px photo takes three times as long).
MAX_SIDE = 1600
MIN_SIDE = 32
DETECT_SIDE = 960


class CardImageError(ValueError):
    """A card image that cannot be read: `message` is the source text (context "Cards"), `values` fill it."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message.format(**values))
        self.message, self.values = message, values


def _threads() -> int:
    # Two cores: both for the one image being read (a card is read while the user waits, nothing else runs).
    return max(1, min(2, os.cpu_count() or 1))


@contextlib.contextmanager
def _environment_kept() -> Iterator[None]:
    """Importing OpenCV (rapidocr's image library) points QT_QPA_PLATFORM_PLUGIN_PATH, QT_QPA_FONTDIR and
    LD_LIBRARY_PATH at the Qt 5 it carries: a window or a program started afterwards (our own subprocesses)
    would load the wrong platform plugin. The process's environment is put back as it was."""
    before = dict(os.environ)
    try:
        yield
    finally:
        for name in set(os.environ) - set(before):
            del os.environ[name]
        for name, value in before.items():
            if os.environ.get(name) != value:
                os.environ[name] = value


class CardReader:
    """The engine, made once (loading the three models takes about a second) and shared by every caller."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._lock = threading.Lock()

    def engine(self) -> Any:
        with self._lock:
            if self._engine is None:
                try:
                    with _environment_kept():
                        from rapidocr_onnxruntime import RapidOCR  # type: ignore[import-untyped]
                except ImportError as error:
                    raise CardImageError(OCR_MISSING) from error
                # The models' paths resolve inside the installed package (update_model_path): no download.
                # Detection on the longest side at 960 px instead of the shortest at 736: a card's text is
                # large enough at that size, and it takes a third less time than the default on two cores.
                self._engine = RapidOCR(intra_op_num_threads=_threads(), inter_op_num_threads=1,
                                        det_limit_type="max", det_limit_side_len=DETECT_SIDE)
            return self._engine

    def model_paths(self) -> list[Path]:
        """The model files the engine loaded (all inside the rapidocr package)."""
        engine = self.engine()
        return [Path(part.session._model_path) for part in (engine.text_det.infer, engine.text_cls.infer,
                                                             engine.text_rec.session)
                if getattr(getattr(part, "session", None), "_model_path", None)]

    def read(self, path: Path) -> list[OcrLine]:
        """The lines of text on the image at `path` (empty: none found); CardImageError for a bad file."""
        image = load_image(path)
        engine = self.engine()
        with self._lock:  # one image at a time: the sessions use both cores already
            result, _elapsed = engine(image)
        return [OcrLine.from_points(box, str(text), float(score)) for box, text, score in result or []]


def load_image(path: Path) -> Any:
    """The image upright (EXIF orientation applied), in RGB, its longest side at most MAX_SIDE."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path)
    if not path.is_file():
        raise CardImageError(NO_FILE, file=path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_MB * 2**20:
            raise CardImageError(TOO_LARGE, file=path.name, size=f"{size / 2**20:.0f}", limit=MAX_FILE_MB)
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened)  # a phone's portrait photo is stored sideways
            image.load()
    except CardImageError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, SyntaxError) as error:
        raise CardImageError(NOT_IMAGE, file=path.name) from error
    except OSError as error:
        if error.errno is None:  # the decoder's own complaint: a truncated or corrupt image
            raise CardImageError(DAMAGED, file=path.name) from error
        # The system's reason: permissions, a broken disk, a network share gone.
        raise CardImageError(NOT_READABLE, file=path.name, reason=error.strerror or str(error)) from error
    if min(image.size) < MIN_SIDE:
        raise CardImageError(NOT_IMAGE, file=path.name)
    image = image.convert("RGB")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return image


_shared = CardReader()


def shared_reader() -> CardReader:
    """The session's one reader (tests and the app share it: the models load once)."""
    return _shared
