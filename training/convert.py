"""Convert the corpora in ../shared/data to DocBin files under training/corpus/.

Thin wrapper around :mod:`graph.nlp.corpora` (which the training recipe and ``nlp-eval`` use
too)::

    python training/convert.py --data ../shared/data [--out training/corpus] [--no-legacy]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.nlp.corpora import main

if __name__ == "__main__":
    main()
