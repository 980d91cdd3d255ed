"""SCDL "Délibérations" open-data tables: export them from the documents, check a published
table against its schema and against the documents it summarises, fill its empty cells.

```python
from delib_parse.scdl import load_schema, read_table, check_table
findings = check_table(read_table("deliberations.csv"), load_schema())
```
"""

from __future__ import annotations

from delib_parse.scdl.checks import check_table
from delib_parse.scdl.findings import TableFinding
from delib_parse.scdl.schema import TableSchema, load_schema
from delib_parse.scdl.table import Table, read_table

__all__ = ["Table", "TableFinding", "TableSchema", "check_table", "load_schema", "read_table"]
