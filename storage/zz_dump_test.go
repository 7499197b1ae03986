package storage_test

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsdesk/newsdesk/storage"
)

func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZDUMP")
	if out == "" {
		t.Skip()
	}
	db, err := storage.Open(t.Context(), t.TempDir()+"/d.db", storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f := newNewsFlow(3)
	saveFlow(t, db, f, 0, 1500)
	var b strings.Builder
	for _, q := range []string{
		"SELECT id, text, quote_id, words, speaker_person_id, speaker, speaker_ref, first_seen, sources, outlets FROM quote_clusters ORDER BY id",
		"SELECT id, cluster_id, speaker_person_id FROM quotes ORDER BY id",
		"SELECT article_id, name, surname_key, person_id, link, reason FROM person_links ORDER BY article_id, name",
		"SELECT person_id, alias, articles FROM aliases ORDER BY person_id, alias",
		"SELECT id, name FROM people ORDER BY id",
		"SELECT id, title, first_seen, articles FROM stories ORDER BY id",
		"SELECT id, story_id FROM articles ORDER BY id",
		"SELECT key, story_id, article_id FROM story_keys ORDER BY key, story_id",
		"SELECT key, speaker_ref, cluster_id FROM quote_keys ORDER BY key, speaker_ref, cluster_id",
		"SELECT cluster_id, outlet, quotes FROM cluster_outlets ORDER BY cluster_id, outlet",
		"SELECT surname_key, name FROM surname_names ORDER BY 1, 2",
	} {
		rows, err := db.SQL().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		fmt.Fprintln(&b, q)
		for rows.Next() {
			vals := make([]sql.NullString, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals)
		}
		rows.Close()
	}
	os.WriteFile(out, []byte(b.String()), 0o644)
}
