package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

// Flags go before, between or after the arguments, in every command; --
// ends them.
func TestFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	args := append(append([]string{"ingest"}, ingestDemo...), "--db", db, "--quiet")
	if code, stdout, stderr := listRun(t, args...); code != 0 || stdout != "" {
		t.Fatalf("ingest FEEDS --db x.db --quiet: exit %d %q %q", code, stdout, stderr)
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("--db after the feeds was not taken as the database: %v", err)
	}
	for _, args := range [][]string{
		{"quotes", "--format", "jsonl", "--db", db},
		{"quotes", "--format=jsonl", "-db=" + db},
		{"feeds", "list", "--db", db},
		{"feeds", "--db", db, "list"},
		{"figures", "--kind", "troops", "--db", db, "--limit", "1"},
	} {
		if code, stdout, stderr := listRun(t, args...); code != 0 || stdout == "" {
			t.Errorf("%q: exit %d %q %q", args, code, stdout, stderr)
		}
	}
	// a value that looks like a flag is still the flag's value
	if code, _, stderr := listRun(t, "quotes", "--db", db, "--limit", "-1"); code != 1 || !strings.Contains(stderr, "--limit must not be negative") {
		t.Errorf("--limit -1: exit %d %q", code, stderr)
	}

	// -- ends the flags: a file named like a flag
	odd := writeFile(t, dir, "-odd.txt", textPeru)
	t.Chdir(dir)
	code, stdout, stderr := extractRun(t, "", "extract", "--pretty", "--", filepath.Base(odd))
	if docs := extracted(t, stdout); code != 0 || len(docs) != 1 || docs[0].Body != textPeru {
		t.Errorf("extract -- -odd.txt: exit %d %q %q", code, stdout, stderr)
	}
	if code, _, stderr := extractRun(t, "", "extract", filepath.Base(odd)); code != 1 || !strings.Contains(stderr, "flag provided but not defined: -odd.txt") {
		t.Errorf("extract -odd.txt without --: exit %d %q", code, stderr)
	}
}

// helpFlags are the flags a command's -h lists.
var helpFlags = regexp.MustCompile(`(?m)^  --([a-z-]+)`)

// Each command's -h lists exactly what it accepts: every flag it offers
// works (figures offered -speaker and -org, then refused them).
func TestHelpListsOnlyAcceptedFlags(t *testing.T) {
	db := listDemoDB(t)
	values := map[string]string{"db": db, "speaker": "solberg", "country": "NO", "org": "union", "search": "troops",
		"since": "2026-11-01", "until": "2026-12-01", "format": "csv", "limit": "1", "kind": "troops"}
	for _, cmd := range []string{"quotes", "officials", "figures"} {
		code, help, stderr := listRun(t, cmd, "-h")
		if code != 0 || stderr != "" || !strings.HasPrefix(help, "usage: newsdesk "+cmd) {
			t.Fatalf("%s -h: exit %d, stdout %q, stderr %q; want the usage on stdout", cmd, code, help, stderr)
		}
		flags := helpFlags.FindAllStringSubmatch(help, -1)
		if len(flags) < 5 {
			t.Fatalf("%s -h lists %d flags:\n%s", cmd, len(flags), help)
		}
		for _, f := range flags {
			v, ok := values[f[1]]
			if !ok {
				t.Errorf("%s -h lists --%s, which this test has no value for", cmd, f[1])
				continue
			}
			if code, _, stderr := listRun(t, cmd, "--db", db, "--"+f[1], v); code != 0 {
				t.Errorf("%s -h offers --%s, but %s --%s %s fails: %s", cmd, f[1], cmd, f[1], v, stderr)
			}
		}
	}
	_, help, _ := listRun(t, "figures", "-h")
	if strings.Contains(help, "--speaker") || strings.Contains(help, "--org") {
		t.Errorf("figures -h offers filters on people:\n%s", help)
	}
}

func TestHelpCommand(t *testing.T) {
	_, want, _ := listRun(t, "ingest", "--help")
	for _, args := range [][]string{{"help", "ingest"}, {"ingest", "-h"}, {"ingest", "x.xml", "-h"}} {
		code, stdout, stderr := listRun(t, args...)
		if code != 0 || stdout != want || stderr != "" || !strings.Contains(stdout, "--if-running") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want ingest's usage on stdout", args, code, stdout, stderr)
		}
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		if code, stdout, _ := listRun(t, args...); code != 0 || !strings.Contains(stdout, "commands:") || !strings.Contains(stdout, "version") {
			t.Errorf("%q: exit %d %q", args, code, stdout)
		}
	}
	if code, stdout, stderr := listRun(t, "help", "nosuch"); code != 1 || stdout != "" || !strings.Contains(stderr, `unknown command "nosuch"`) {
		t.Errorf("help nosuch: exit %d %q %q", code, stdout, stderr)
	}
	// a usage error prints the usage on stderr, not stdout
	if code, stdout, stderr := listRun(t, "quotes", "--colour"); code != 1 || stdout != "" || !strings.Contains(stderr, "usage: newsdesk quotes") {
		t.Errorf("quotes --colour: exit %d %q %q", code, stdout, stderr)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}, {"help", "version"}} {
		code, stdout, stderr := listRun(t, args...)
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "newsdesk ") && !strings.HasPrefix(stdout, "usage: newsdesk version") {
			t.Errorf("%q: exit %d %q %q", args, code, stdout, stderr)
		}
	}
	code, stdout, _ := listRun(t, "version")
	if code != 0 || !strings.Contains(stdout, "\nextractor: ") || !strings.Contains(stdout, "\ngo:        go1.") {
		t.Errorf("version:\n%s", stdout)
	}

	// what a go build in a checkout records
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/newsdesk/newsdesk",
		Version: "v0.0.0-20261203200403-bf2a9395f75d+dirty"},
		Settings: []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "bf2a9395f75d5cf33b542a1abd86561aa8c5698a"},
			{Key: "vcs.time", Value: "2026-12-03T20:04:03Z"}, {Key: "vcs.modified", Value: "true"}}}
	var b bytes.Buffer
	if err := writeVersion(&b, info); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"newsdesk v0.0.0-20261203200403-bf2a9395f75d+dirty\n",
		"commit:    bf2a9395f75d5cf33b542a1abd86561aa8c5698a (with uncommitted changes), committed 2026-12-03T20:04:03Z\n",
		"go:        go1.26.8 ",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("version lacks %q:\n%s", want, b.String())
		}
	}
}

// A table piped into another program keeps every character; on a terminal
// it fits the terminal.
func TestTablesCutOnlyOnATerminal(t *testing.T) {
	db := listDemoDB(t)
	long := "Nobody left the room, and in a war like this one that is not nothing"
	code, out, _ := listRun(t, "quotes", "--db", db, "--speaker", "solberg")
	if code != 0 || !strings.Contains(out, long) || strings.Contains(out, "…") {
		t.Errorf("piped table cut:\n%s", out)
	}
	code, out, _ = listRun(t, "figures", "--db", db, "--kind", "deaths")
	if code != 0 || !strings.Contains(out, "as aid agencies warned that the death toll from the conflict had climbed to nearly 150,000.") {
		t.Errorf("piped figures cut:\n%s", out)
	}
	code, out, _ = listRunOn(t, 60, "quotes", "--db", db, "--speaker", "solberg")
	if code != 0 || strings.Contains(out, long) || !strings.Contains(out, "…") {
		t.Errorf("a 60-column terminal gets the whole line:\n%s", out)
	}
	checkTable(t, out, "60", "SPEAKER", "QUOTE")
}
