"""PyInstaller hook for phonenumbers: the numbering metadata only, not the 45 MB of places, carriers and time zones."""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geo", "phonenumbers.carrier", "phonenumbers.timezone", "phonenumbers.tzdata")
# The metadata of each region is imported by name on first use.
hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
