"""Entry point: `python main.py` is the same as the `crm` console script."""

import multiprocessing
import sys

from crm_desktop.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # demo-data workers in a frozen (installed) build
    sys.exit(main())
