"""Entry point: `python main.py` is the same as the `crm` console script."""

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
