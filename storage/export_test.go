package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage/pgtest"
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
	server := pgtest.Server()
	if server == "" {
		fmt.Println("storage: " + pgtest.Env + " is unset; the PostgreSQL pass is skipped")
		return code
	}
	fmt.Println("storage: the same tests on PostgreSQL", pgtest.Redact(server))
	testPostgres = server
	if c := m.Run(); c != 0 {
		return c
	}
	return code
}

// PostgresServer is the server of the PostgreSQL pass, "" in the SQLite pass.
func PostgresServer() string { return testPostgres }

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
		// the variable is consulted while tests run, so that go test's
		// cache tells a run with it from one without: RunBothBackends
		// reads it after the first pass, which go test does not see,
		// and a run on PostgreSQL after one on SQLite was "(cached)"
		pgtest.Server()
		return filepath.Join(t.TempDir(), "test.db")
	}
	return pgtest.Schema(t, testPostgres)
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

// ForgetNames drops the cached names of states and feeds, as their time to
// live does.
func ForgetNames(db *DB) { db.names.forget() }
