package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/newsdesk/storage/pgtest"
)

// copy moves the demo across (to PostgreSQL when NEWSDESK_TEST_POSTGRES is
// set, else to another SQLite file) and back; the listings stay the same.
// A target with records is refused unless --replace is given.
func TestCopyCommand(t *testing.T) {
	lite := listDemoDB(t)
	mid := filepath.Join(t.TempDir(), "mid.db")
	if pgtest.Server() != "" {
		mid = pgtest.URL(t)
	}
	back := filepath.Join(t.TempDir(), "back.db")
	for _, hop := range [][2]string{{lite, mid}, {mid, back}} {
		code, out, stderr := listRun(t, "copy", "--from", hop[0], "--to", hop[1])
		if code != 0 || !strings.Contains(out, "\nquotes             16\n") {
			t.Fatalf("copy: exit %d\n%s%s", code, out, stderr)
		}
	}
	_, want, _ := listRun(t, "quotes", "--format", "jsonl", "--db", lite)
	for _, db := range []string{mid, back} {
		if _, got, _ := listRun(t, "quotes", "--format", "jsonl", "--db", db); got != want {
			t.Errorf("quotes of the copy %s differ:\n%s\nwant\n%s", pgtest.Redact(db), got, want)
		}
	}
	if code, _, stderr := listRun(t, "copy", "--from", lite, "--to", back); code != 1 || !strings.Contains(stderr, "--replace") {
		t.Errorf("copy into a database with records: exit %d %q", code, stderr)
	}
	if code, _, stderr := listRun(t, "copy", "--from", lite, "--to", back, "--replace"); code != 0 {
		t.Errorf("copy --replace: exit %d %q", code, stderr)
	}
}
