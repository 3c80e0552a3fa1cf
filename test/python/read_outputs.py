"""
Reads what the workbench writes with pandas (Debian's python3-pandas), as a statistics office's analyst
would, and prints what it found as JSON for the test (test/unit/pandas-outputs.test.ts) to compare with
the engine:

- the tidy scores table (`npm run score --format csv`): each file's overall score recomputed from its
  data point rows (U4SSC points pooled: points / (4 x scored data points)), and the overall row's own,
  per framework (the `framework` column: U4SSC's rows, or a framework file's own aggregates and local
  KPIs, issue #30), keyed `framework|file`;
- a values CSV with its `provenance` column: each row's sources, the cell parsed as JSON.

usage: /usr/bin/python3 read_outputs.py TIDY.csv VALUES.csv
"""
import json
import sys

import pandas as pd

tidy = pd.read_csv(sys.argv[1])
scored = tidy[(tidy["level"] == "datapoint") & (tidy["state"] == "scored")]
by = scored.groupby(["framework", "file"])["points"]
recomputed = {f"{fw}|{file}": v for (fw, file), v in (100.0 * by.sum() / (4 * by.count())).to_dict().items()}
overall = {
    f"{row.framework}|{row.file}": row.percent for row in tidy[tidy["level"] == "overall"].itertuples()
}

values = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
sources = {
    f"{row.code}|{row.datapoint}": json.loads(row.provenance)
    for row in values.itertuples()
    if row.provenance != ""
}

json.dump(
    {
        "columns": list(tidy.columns),
        "frameworks": sorted(tidy["framework"].unique().tolist()),
        "dtypes": {c: str(t) for c, t in tidy.dtypes.items()},
        "recomputed": recomputed,
        "overall": overall,
        "valuesColumns": list(values.columns),
        "sources": sources,
    },
    sys.stdout,
)
