"""Run-time hook of the bundle: matplotlib's font cache lives in the user's cache folder, kept between starts."""

import os


def _keep_font_cache() -> None:
    # Replaces PyInstaller's pyi_rth_mplconfig (a new temporary folder each start, so a rebuild of the
    # font cache, seconds, before the first chart); the spec drops that hook.
    if "MPLCONFIGDIR" not in os.environ:
        from platformdirs import user_cache_dir

        os.environ["MPLCONFIGDIR"] = os.path.join(user_cache_dir("FieldCRM", "FieldCRM"), "matplotlib")


_keep_font_cache()
del _keep_font_cache
