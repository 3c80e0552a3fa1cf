"""
Reads what the workbench writes with pandas (Debian's python3-pandas), as a statistics office's analyst
would, and prints what it found as JSON for the test (test/unit/pandas-outputs.test.ts) to compare with
the engine:

- the tidy scores table (`npm run score --format csv`): each file's overall score recomputed from its
  data point rows (U4SSC points pooled: points / (4 x scored data points)), and the overall row's own;
- a values CSV with its `provenance` column: each row's sources, the cell parsed as JSON.

usage: /usr/bin/python3 read_outputs.py TIDY.csv VALUES.csv
"""
import json
import sys

import pandas as pd

tidy = pd.read_csv(sys.argv[1])
scored = tidy[(tidy["level"] == "datapoint") & (tidy["state"] == "scored")]
recomputed = (100.0 * scored.groupby("file")["points"].sum() / (4 * scored.groupby("file")["points"].count())).to_dict()
overall = tidy[tidy["level"] == "overall"].set_index("file")["percent"].to_dict()

values = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
sources = {
    f"{row.code}|{row.datapoint}": json.loads(row.provenance)
    for row in values.itertuples()
    if row.provenance != ""
}

json.dump(
    {
        "columns": list(tidy.columns),
        "dtypes": {c: str(t) for c, t in tidy.dtypes.items()},
        "recomputed": recomputed,
        "overall": overall,
        "valuesColumns": list(values.columns),
        "sources": sources,
    },
    sys.stdout,
)
