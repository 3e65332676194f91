"""Process setup that must happen before jsii starts its Node.js runtime.

jsii prints a large banner on every run when Node 20 is past its support date. We silence
exactly that banner for exactly Node 20 (jsii's own switch); every other jsii warning and every
error still reaches the user.
"""

import os

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
