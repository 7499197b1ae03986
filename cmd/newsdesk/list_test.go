package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// listRun runs the command line, its stdout a pipe, and returns its exit
// status and output.
func listRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return listRunOn(t, 0, args...)
}

// terminal is a stdout that is a terminal of some width.
type terminal struct {
	bytes.Buffer
	width int
}

func (t *terminal) terminalWidth() int { return t.width }

// listRunOn runs the command line with stdout on a terminal of the given
// width (0: a pipe).
func listRunOn(t *testing.T, width int, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	out := &terminal{width: width}
	var errb bytes.Buffer
	var w io.Writer = out
	if width == 0 {
		w = &out.Buffer
	}
	code = run(context.Background(), &env{stdin: strings.NewReader(""), stdout: w, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

// listDemoDB ingests the offline demo into a fresh database and returns its path.
func listDemoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	code, _, stderr := listRun(t, "ingest", "-db", db, "-quiet",
		"../../testdata/demo/world.xml", "../../testdata/demo/wire.atom", "../../testdata/demo/briefs.json")
	// the demo holds one broken link on purpose: 2 says a source failed
	if code != 0 && code != 2 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	return db
}

func TestQuotesFormats(t *testing.T) {
	db := listDemoDB(t)
	jsonFields := []string{"text", "speaker", "speaker_title", "speaker_country", "organization",
		"article_url", "article_title", "published", "feed"}

	t.Run("json", func(t *testing.T) {
		code, out, stderr := listRun(t, "quotes", "-db", db, "-speaker", "vaitkiene", "-format", "json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var rows []map[string]any
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("not a JSON list: %v\n%s", err, out)
		}
		if len(rows) == 0 {
			t.Fatal("no quotes by Vaitkienė")
		}
		for _, r := range rows {
			for _, f := range jsonFields {
				if _, ok := r[f]; !ok {
					t.Errorf("object lacks %q: %v", f, r)
				}
			}
			if r["speaker"] != "Rasa Vaitkienė" || r["speaker_title"] != "Prime Minister" || r["speaker_country"] != "LT" {
				t.Errorf("speaker: %v", r)
			}
			if !strings.HasPrefix(r["article_url"].(string), "https://demo.newsdesk.invalid/") || r["published"] == "" {
				t.Errorf("article: %v", r)
			}
		}
	})
	t.Run("json empty is a list", func(t *testing.T) {
		_, out, _ := listRun(t, "quotes", "-db", db, "-speaker", "nobody at all", "-format", "json")
		if strings.TrimSpace(out) != "[]" {
			t.Errorf("got %q, want []", out)
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		code, out, stderr := listRun(t, "quotes", "-db", db, "-format", "jsonl")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 5 {
			t.Fatalf("%d lines", len(lines))
		}
		for _, l := range lines {
			var r map[string]any
			if err := json.Unmarshal([]byte(l), &r); err != nil || r["text"] == nil {
				t.Errorf("bad line %q: %v", l, err)
			}
		}
	})
	t.Run("csv", func(t *testing.T) {
		code, out, stderr := listRun(t, "quotes", "-db", db, "-format", "csv")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(recs[0], ",") != strings.Join(jsonFields, ",") {
			t.Errorf("header %q, want %q", recs[0], jsonFields)
		}
		if len(recs) < 6 {
			t.Errorf("%d records", len(recs))
		}
	})
	t.Run("table", func(t *testing.T) {
		for _, width := range []string{"80", "120", "200"} {
			code, out, stderr := listRunOn(t, atoi(width), "quotes", "-db", db)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			checkTable(t, out, width, "PUBLISHED", "SPEAKER", "QUOTE")
			if width == "200" && !strings.Contains(out, "Foreign Minister") {
				t.Errorf("a wide table should show titles:\n%s", out)
			}
		}
	})
}

// checkTable checks a table's header, its width and its closing count.
func checkTable(t *testing.T, out, width string, cols ...string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	for _, c := range cols {
		if !strings.Contains(lines[0], c) {
			t.Errorf("header %q lacks %s", lines[0], c)
		}
	}
	if !strings.HasSuffix(lines[len(lines)-1], "rows)") && !strings.HasSuffix(lines[len(lines)-1], "row)") {
		t.Errorf("no row count: %q", lines[len(lines)-1])
	}
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > atoi(width) {
			t.Errorf("line of %d columns in a %s-column terminal: %q", n, width, l)
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func TestQuotesFilters(t *testing.T) {
	db := listDemoDB(t)
	speakers := func(args ...string) []string {
		t.Helper()
		code, out, stderr := listRun(t, append([]string{"quotes", "-db", db, "-format", "jsonl"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l == "" {
				continue
			}
			var r struct{ Speaker, Published string }
			json.Unmarshal([]byte(l), &r)
			got = append(got, r.Speaker)
		}
		return got
	}
	all := speakers()
	tests := []struct {
		args []string
		want string // every speaker listed, "" for none
	}{
		{[]string{"-speaker", "SOLBERG"}, "Ingrid Solberg"},
		{[]string{"-speaker", "cardenas"}, "Julio Cárdenas"},
		{[]string{"-country", "td"}, "Hassan Mahamat Abakar"},
		{[]string{"-org", "african"}, "Fatoumata Keita"},
		{[]string{"-search", "communiques"}, "Ingrid Solberg"},
		{[]string{"-since", "2026-11-19"}, "Julio Cárdenas"},
		{[]string{"-until", "2026-11-16"}, ""}, // checked below: the whole day
		{[]string{"-speaker", "x' OR '1'='1"}, ""},
		{[]string{"-search", `") OR 1=1 --`}, ""},
	}
	for _, tt := range tests {
		got := speakers(tt.args...)
		for _, s := range got {
			if tt.want != "" && s != tt.want {
				t.Errorf("%v lists %q, want only %q", tt.args, s, tt.want)
			}
		}
		if tt.want != "" && len(got) == 0 {
			t.Errorf("%v lists nothing, want %q", tt.args, tt.want)
		}
		if tt.want == "" && tt.args[0] != "-until" && len(got) != 0 {
			t.Errorf("%v lists %q, want nothing", tt.args, got)
		}
	}
	// -until DATE takes in the whole day: the Chad article was published at 08:30 on the 16th
	if got := speakers("-until", "2026-11-16"); len(got) == 0 || len(got) >= len(all) {
		t.Errorf("-until 2026-11-16 lists %q", got)
	}
	if got := speakers("-limit", "2"); len(got) != 2 {
		t.Errorf("-limit 2 lists %d", len(got))
	}
}

func TestOfficialsAndFiguresFormats(t *testing.T) {
	db := listDemoDB(t)
	tests := []struct {
		cmd    string
		header string
		cols   []string
		args   []string
	}{
		{"officials", "person,title,country,organization,article_title,article_url,published",
			[]string{"PERSON", "TITLE", "CTRY", "ARTICLE"}, []string{"-country", "NO"}},
		{"figures", "kind,count,approximate,cumulative,country,unit,evidence,article_title,article_url,published",
			[]string{"KIND", "COUNT", "EVIDENCE"}, []string{"-kind", "troops", "-country", "TD"}},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			code, out, stderr := listRunOn(t, 80, tt.cmd, "-db", db)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			checkTable(t, out, "80", tt.cols...)

			code, out, _ = listRun(t, tt.cmd, "-db", db, "-format", "csv")
			if code != 0 || !strings.HasPrefix(out, tt.header+"\n") {
				t.Errorf("csv: exit %d, header %q", code, strings.SplitN(out, "\n", 2)[0])
			}

			code, out, _ = listRun(t, append([]string{tt.cmd, "-db", db, "-format", "json"}, tt.args...)...)
			var rows []map[string]any
			if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil || len(rows) == 0 {
				t.Fatalf("json: exit %d, %v, %d rows", code, err, len(rows))
			}
			for _, r := range rows {
				for _, f := range strings.Split(tt.header, ",") {
					if _, ok := r[f]; !ok {
						t.Errorf("json object lacks %q", f)
					}
				}
			}

			code, out, _ = listRun(t, tt.cmd, "-db", db, "-format", "jsonl", "-limit", "1")
			if code != 0 || strings.Count(out, "\n") != 1 {
				t.Errorf("jsonl -limit 1: exit %d, %q", code, out)
			}
		})
	}
	// officials of a country; troops of a country
	_, out, _ := listRun(t, "officials", "-db", db, "-country", "no", "-format", "jsonl")
	if !strings.Contains(out, `"person":"Ingrid Solberg"`) {
		t.Errorf("officials -country no: %s", out)
	}
	_, out, _ = listRun(t, "figures", "-db", db, "-kind", "deaths", "-format", "jsonl")
	if strings.Contains(out, `"kind":"troops"`) || !strings.Contains(out, `"kind":"deaths"`) {
		t.Errorf("figures -kind deaths: %s", out)
	}
}

func TestListErrors(t *testing.T) {
	db := listDemoDB(t)
	missing := filepath.Join(t.TempDir(), "missing.db")
	newer := filepath.Join(t.TempDir(), "newer.db")
	raw, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("CREATE TABLE t (x); PRAGMA user_version = 42"); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"missing database", []string{"quotes", "-db", missing}, "does not exist"},
		{"missing database, officials", []string{"officials", "-db", missing}, "does not exist"},
		{"missing database, figures", []string{"figures", "-db", missing}, "does not exist"},
		{"missing database, reextract", []string{"reextract", "-db", missing}, "does not exist"},
		{"newer schema", []string{"quotes", "-db", newer}, "newer"},
		{"bad format", []string{"quotes", "-db", db, "-format", "xml"}, "usage:"},
		{"bad country", []string{"quotes", "-db", db, "-country", "Norway"}, "two-letter"},
		{"bad date", []string{"officials", "-db", db, "-since", "last week"}, "not a date"},
		{"dates reversed", []string{"quotes", "-db", db, "-since", "2026-11-19", "-until", "2026-11-16"}, "before"},
		{"negative limit", []string{"figures", "-db", db, "-limit", "-1"}, "negative"},
		{"unknown flag", []string{"quotes", "-db", db, "-colour"}, "usage:"},
		{"stray argument", []string{"quotes", "-db", db, "rubio"}, "no arguments"},
		{"figures by speaker", []string{"figures", "-db", db, "-speaker", "x"}, "flag provided but not defined: -speaker"},
		{"deaths by country", []string{"figures", "-db", db, "-kind", "deaths", "-country", "SD"}, "no country"},
		{"bad kind", []string{"figures", "-db", db, "-kind", "wounded"}, "troops or deaths"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := listRun(t, tt.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q lacks %q", stderr, tt.want)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
	// not even a lock file beside it
	if left, _ := filepath.Glob(missing + "*"); len(left) != 0 {
		t.Errorf("commands on a missing database left %q", left)
	}
}

func TestReextractTwiceChangesNothing(t *testing.T) {
	db := listDemoDB(t)
	_, before, _ := listRun(t, "quotes", "-db", db, "-format", "json")
	for range 2 {
		code, out, stderr := listRun(t, "reextract", "-db", db)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		// ingest stored the records of the current rules already
		if !strings.Contains(out, " 0 changed") {
			t.Errorf("reextract output %q, want 0 changed", out)
		}
	}
	_, after, _ := listRun(t, "quotes", "-db", db, "-format", "json")
	if before != after {
		t.Error("reextract changed the quotes")
	}
}
