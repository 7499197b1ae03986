package storage

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
)

// testStates are the extractor's states, as cmd/newsdesk passes them.
func testStates() []Country {
	var out []Country
	for _, s := range extract.States() {
		out = append(out, Country{Code: s.Code, Name: s.Name})
	}
	return out
}

// SeededOptions are the Options of a test database: seeded as newsdesk seeds.
func SeededOptions() Options { return Options{States: testStates()} }

// testPostgres is the server of this pass of the tests; "" while they run
// on SQLite. TestMain runs the whole suite on SQLite, then again on
// PostgreSQL when NEWSDESK_TEST_POSTGRES names a server.
var testPostgres string

// RunBothBackends runs the tests on SQLite and then, when
// NEWSDESK_TEST_POSTGRES is set, on PostgreSQL; it returns the exit code.
func RunBothBackends(m *testing.M) int {
	code := m.Run()
	server := os.Getenv("NEWSDESK_TEST_POSTGRES")
	if server == "" {
		fmt.Println("storage: NEWSDESK_TEST_POSTGRES is unset; the PostgreSQL pass is skipped")
		return code
	}
	fmt.Println("storage: the same tests on PostgreSQL", redactURL(server))
	testPostgres = server
	if c := m.Run(); c != 0 {
		return c
	}
	return code
}

// OnPostgres reports whether the tests run on PostgreSQL in this pass.
func OnPostgres() bool { return testPostgres != "" }

// SkipOnPostgres skips a test of SQLite's own ways (files, pragmas).
func SkipOnPostgres(t testing.TB) {
	t.Helper()
	if testPostgres != "" {
		t.Skip("SQLite only")
	}
}

// FreshDB names a fresh, empty database for t: a file in a temporary folder
// on SQLite, a new schema on PostgreSQL (dropped when t ends).
func FreshDB(t testing.TB) string {
	t.Helper()
	if testPostgres == "" {
		return filepath.Join(t.TempDir(), "test.db")
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", testPostgres)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("storage: create test schema on %s: %v", redactURL(testPostgres), err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", testPostgres)
		if err != nil {
			t.Error(err)
			return
		}
		defer admin.Close()
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop test schema: %v", err)
		}
	})
	return withSearchPath(t, testPostgres, schema)
}

// withSearchPath adds search_path=schema to a server URL.
func withSearchPath(t testing.TB, server, schema string) string {
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(a bad URL)"
	}
	return u.Redacted()
}

// openTestDB opens a fresh database for an internal test.
func openTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), FreshDB(t), SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
