package main

import (
	"regexp"
	"testing"

	"github.com/newsdesk/newsdesk/storage/pgtest"
)

// The demo ingested into PostgreSQL lists exactly what it lists on SQLite,
// in every listing command; ingest and reextract run on PostgreSQL under
// its advisory lock.
func TestPostgresParity(t *testing.T) {
	pg := pgtest.URL(t)
	lite := listDemoDB(t)
	code, _, stderr := listRun(t, "ingest", "-db", pg, "-quiet",
		"../../testdata/demo/world.xml", "../../testdata/demo/wire.atom", "../../testdata/demo/briefs.json", "../../testdata/demo/syndicated.json")
	if code != 0 {
		t.Fatalf("ingest into PostgreSQL: exit %d: %s", code, stderr)
	}
	listings := [][]string{
		{"quotes", "--format", "jsonl"},
		{"quotes", "--format", "jsonl", "--search", "rebuild SCHOOL"},
		{"quotes", "--format", "jsonl", "--search", "cardenas"},
		{"quotes", "--format", "jsonl", "--speaker", "solberg"},
		{"quotes", "--format", "jsonl", "--org", "UNION"},
		{"officials", "--format", "jsonl"},
		{"figures", "--format", "jsonl"},
		{"figures", "--format", "jsonl", "--kind", "troops", "--country", "PE"},
		{"people", "--format", "jsonl"},
		{"quotes"},
	}
	compare := func(when string) {
		t.Helper()
		for _, args := range listings {
			lc, lout, lerr := listRun(t, append(args, "--db", lite)...)
			pc, pout, perr := listRun(t, append(args, "--db", pg)...)
			if lc != 0 || pc != 0 {
				t.Fatalf("%s %q: exit %d on SQLite (%s), %d on PostgreSQL (%s)", when, args, lc, lerr, pc, perr)
			}
			if lout == "" {
				t.Errorf("%s %q: nothing listed", when, args)
			}
			if args[0] == "people" {
				// person ids follow the order in which workers met the names
				lout, pout = personIDs.ReplaceAllString(lout, ""), personIDs.ReplaceAllString(pout, "")
			}
			if lout != pout {
				t.Errorf("%s %q differs:\nSQLite:\n%s\nPostgreSQL:\n%s", when, args, lout, pout)
			}
		}
	}
	compare("after ingest")
	for _, db := range []string{lite, pg} {
		if code, _, stderr := listRun(t, "reextract", "--db", db); code != 0 {
			t.Fatalf("reextract --db %s: exit %d: %s", pgtest.Redact(db), code, stderr)
		}
	}
	compare("after reextract")
}

var personIDs = regexp.MustCompile(`"id":\d+,`)
