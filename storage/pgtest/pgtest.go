// Package pgtest gives tests a fresh PostgreSQL schema on the server that
// NEWSDESK_TEST_POSTGRES names (a postgres:// URL).
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the driver "pgx"
)

// Env is the variable that names the test server.
const Env = "NEWSDESK_TEST_POSTGRES"

// Server is the test server's URL, "" when Env is unset.
func Server() string { return os.Getenv(Env) }

// URL returns the URL of a new, empty schema on the test server for t
// (search_path set to it), dropped with everything in it when t ends. It
// skips t, saying why, when Env is unset.
func URL(t testing.TB) string {
	t.Helper()
	server := Server()
	if server == "" {
		t.Skip(Env + " is unset: no PostgreSQL server to test against")
	}
	return Schema(t, server)
}

// Schema is URL on the given server.
func Schema(t testing.TB, server string) string {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if err := exec(server, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("pgtest: create a schema on %s: %v", Redact(server), err)
	}
	t.Cleanup(func() {
		if err := exec(server, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("pgtest: drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func exec(server, stmt string) error {
	db, err := sql.Open("pgx", server)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(stmt)
	return err
}

// Redact is a URL without its password, for messages.
func Redact(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(a bad URL)"
	}
	return u.Redacted()
}
