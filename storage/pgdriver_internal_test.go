package storage

import "testing"

func TestRebind(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"SELECT ? , ?", "SELECT $1 , $2"},
		{"SELECT '?', \"a?\", ? -- ?\n, ?", "SELECT '?', \"a?\", $1 -- ?\n, $2"},
		{"SELECT 'it''s ?', ? /* ? */ ?", "SELECT 'it''s ?', $1 /* ? */ $2"},
		{"SELECT $f$ ? $f$, ?", "SELECT $f$ ? $f$, $1"},
		{"SELECT $1, a ? 'k' ORDER BY x", "SELECT $1, a ? 'k' ORDER BY x"},
		{"SELECT 'unclosed ?", "SELECT 'unclosed ?"},
		{"SELECT a FROM t ORDER BY a DESC, b LIMIT ?", "SELECT a FROM t ORDER BY a DESC NULLS LAST, b NULLS FIRST LIMIT $1"},
		{"SELECT (SELECT x FROM u ORDER BY f(y, z) DESC LIMIT 1) FROM t ORDER BY a",
			"SELECT (SELECT x FROM u ORDER BY f(y, z) DESC NULLS LAST LIMIT 1) FROM t ORDER BY a NULLS FIRST"},
		{"SELECT ROW_NUMBER() OVER (PARTITION BY s ORDER BY p DESC, id) FROM t",
			"SELECT ROW_NUMBER() OVER (PARTITION BY s ORDER BY p DESC NULLS LAST, id NULLS FIRST) FROM t"},
		{"SELECT a FROM t ORDER BY a NULLS LAST", "SELECT a FROM t ORDER BY a NULLS LAST"},
		{"SELECT * FROM a CROSS JOIN b ON b.x = a.x WHERE n LIKE ? ESCAPE '\\'",
			"SELECT * FROM a JOIN b ON b.x = a.x WHERE n ILIKE $1 ESCAPE '\\'"},
		{"SELECT disorder_by, crossjoin FROM t", "SELECT disorder_by, crossjoin FROM t"},
	} {
		if got := rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// Every migration has its PostgreSQL form, with the same number.
func TestPGMigrationsInStep(t *testing.T) {
	if len(pgMigrations()) != len(migrations) {
		t.Fatalf("%d PostgreSQL migrations for %d SQLite ones: add the new ones to pgMigrations", len(pgMigrations()), len(migrations))
	}
}
