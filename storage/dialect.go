package storage

// What differs between the backends and cannot be translated on the way to
// the driver (see rebind): full-text search, and SQLite's two-argument MAX.
// Everything else is one SQL text for both.

// matchQuotes is the condition that col, a quote id, is one of the quotes
// a search finds; its one argument is searchArg.
func (db *DB) matchQuotes(col string) string {
	if db.pg {
		return col + " IN (SELECT id FROM quotes WHERE fts @@ to_tsquery('simple', ?))"
	}
	return col + " IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
}

// quoteMatches is a FROM ... WHERE of the quotes a search finds, read
// from the full-text index alone; its one argument is searchArg.
func (db *DB) quoteMatches() string {
	if db.pg {
		return "quotes WHERE fts @@ to_tsquery('simple', ?)"
	}
	return "quotes_fts WHERE quotes_fts MATCH ?"
}

// matchArticles is matchQuotes for articles: col is an article id.
func (db *DB) matchArticles(col string) string {
	if db.pg {
		return col + " IN (SELECT id FROM articles WHERE fts @@ to_tsquery('simple', ?))"
	}
	return col + " IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
}

// searchArg is the argument of matchQuotes and matchArticles for s.
func (db *DB) searchArg(s Search) string {
	if db.pg {
		return s.tsq
	}
	return s.expr
}

// greatest is SQL for the larger of two numbers.
func (db *DB) greatest(a, b string) string {
	if db.pg {
		return "GREATEST(" + a + ", " + b + ")"
	}
	return "MAX(" + a + ", " + b + ")"
}

// hasWord is SQL true when the folded key col holds a word starting with
// its one argument, a folded word: "% word%" without LIKE. SQLite
// prepares a statement again each time a LIKE pattern is bound (the
// pattern may allow an index), which cost more than the search itself.
func (db *DB) hasWord(col string) string {
	if db.pg {
		return "strpos(' ' || " + col + ", ' ' || ?) > 0"
	}
	return "instr(' ' || " + col + ", ' ' || ?) > 0"
}

// Postgres reports whether the database is a PostgreSQL one.
func (db *DB) Postgres() bool { return db.pg }

// quotesByID is the quotes table for a query that finds quotes by id (the
// matches of a search) and needs only their dates: on SQLite read from the
// index quotes_id_published, which holds nothing else, rather than from
// the table's rows, which hold the text. SQLite's planner prefers the
// table, whose key is the id; PostgreSQL's chooses for itself.
func (db *DB) quotesByID() string {
	if db.pg {
		return "quotes q"
	}
	return "quotes q INDEXED BY quotes_id_published"
}
