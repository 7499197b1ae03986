package main

import (
	"net/url"
	"os"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// storageOptions are the Options every command opens its database with:
// the countries table is seeded with the extractor's states.
func storageOptions(mustExist bool) storage.Options {
	var states []storage.Country
	for _, s := range extract.States() {
		states = append(states, storage.Country{Code: s.Code, Name: s.Name})
	}
	return storage.Options{MustExist: mustExist, States: states}
}

// defaultDB is the database a command uses without --db: NEWSDESK_DB, else
// newsdesk.db in the current folder.
func defaultDB() string {
	if db := os.Getenv("NEWSDESK_DB"); db != "" {
		return db
	}
	return "newsdesk.db"
}

// dbUsage describes --db: an SQLite file or a PostgreSQL URL.
const dbUsage = "the database: an SQLite `file`, or a postgres:// URL (default $NEWSDESK_DB, else newsdesk.db)"

// shownDB is db as messages show it: a URL without its password.
func shownDB(db string) string {
	if !storage.IsPostgres(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "(a PostgreSQL URL that does not parse)"
	}
	return u.Redacted()
}
