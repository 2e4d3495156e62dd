"""`python -m eligibility assess|explain FILE|-`."""

import sys

from eligibility.cli import main

sys.exit(main())
