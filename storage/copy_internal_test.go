package storage

import (
	"context"
	"slices"
	"testing"
)

// Copy copies every table of the schema: a table added by a migration must
// be added to copyTables too.
func TestCopyTablesCoverSchema(t *testing.T) {
	db := openTestDB(t)
	q := `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%'`
	if db.pg {
		q = `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'newsdesk_schema'`
	}
	rows, err := db.sql.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(copyTables, name) && !slices.Contains(uncopiedTables, name) {
			t.Errorf("table %s is not copied", name)
		}
	}
}
