package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// feedsListed returns the first column of feeds list.
func feedsListed(t *testing.T, db string) []string {
	t.Helper()
	code, out, stderr := listRun(t, "feeds", "list", "--db", db)
	if code != 0 {
		t.Fatalf("feeds list: exit %d %s", code, stderr)
	}
	var urls []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		urls = append(urls, strings.Fields(l)[0])
	}
	return urls
}

// feeds add and remove take local feed files, under the name ingest
// registers them by: the absolute path.
func TestFeedsLocalFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	world, err := filepath.Abs(ingestDemo[0])
	if err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := listRun(t, "feeds", "add", ingestDemo[0], "--db", db); code != 0 || out != "added "+world+"\n" {
		t.Fatalf("feeds add FILE: exit %d %q %q", code, out, stderr)
	}
	// ingest of the same file, named otherwise, is the same feed
	t.Chdir(filepath.Dir(world))
	if code, _, stderr := listRun(t, "ingest", "--quiet", "--db", db, "world.xml"); code != 0 {
		t.Fatalf("ingest: exit %d %s", code, stderr)
	}
	if got := feedsListed(t, db); len(got) != 1 || got[0] != world {
		t.Errorf("feeds after add and ingest of one file: %q", got)
	}
	if code, out, _ := listRun(t, "feeds", "add", "./world.xml", "--db", db); code != 0 || out != "already registered: "+world+"\n" {
		t.Errorf("adding it again: exit %d %q", code, out)
	}
	if code, out, stderr := listRun(t, "feeds", "remove", "world.xml", "--db", db); code != 0 || out != "removed "+world+"\n" {
		t.Errorf("feeds remove FILE: exit %d %q %q", code, out, stderr)
	}
	for _, args := range [][]string{
		{"feeds", "add", filepath.Join(dir, "nosuch.xml"), "--db", db},
		{"feeds", "add", dir, "--db", db},
		{"feeds", "add", "ftp://example.org/feed.xml", "--db", db},
	} {
		if code, _, stderr := listRun(t, args...); code != 1 || !strings.Contains(stderr, "usage: newsdesk feeds") {
			t.Errorf("%q: exit %d %q; want a usage error", args, code, stderr)
		}
	}
}

// A source that never once parsed as a feed is reported and not
// registered: later runs of the registered feeds do not fail for it, and
// there is nothing to remove.
func TestMistypedSourceNotRegistered(t *testing.T) {
	srv := ingestServer(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	notFeed := writeFile(t, dir, "notes.txt", "shopping list: bread, milk\n")
	good := srv.URL + "/good.xml"
	code, _, stderr := listRun(t, "ingest", "--quiet", "--db", db, good, srv.URL+"/no-such-feed.xml", notFeed)
	if code != 2 || strings.Count(strings.TrimSpace(stderr), "\n") != 1 {
		t.Fatalf("first run: exit %d, want 2 and two failure lines:\n%s", code, stderr)
	}
	if got := feedsListed(t, db); len(got) != 1 || got[0] != good {
		t.Errorf("registered: %q, want only %s", got, good)
	}
	// the good feed is not due yet; nothing else is registered: exit 0
	if code, stdout, stderr := listRun(t, "ingest", "--quiet", "--db", db); code != 0 || stdout != "" || stderr != "" {
		t.Errorf("cron run after a mistyped source: exit %d %q %q; want 0 and silence", code, stdout, stderr)
	}

	// a feed registered by hand that fails stays registered, with its
	// error, until removed
	broken := srv.URL + "/broken.xml"
	if code, _, stderr := listRun(t, "feeds", "add", "--db", db, broken); code != 0 {
		t.Fatalf("feeds add: %s", stderr)
	}
	if code, _, _ := listRun(t, "ingest", "--quiet", "--db", db); code != 2 {
		t.Errorf("ingest of a failing registered feed: exit %d, want 2", code)
	}
	if code, out, stderr := listRun(t, "feeds", "remove", "--db", db, broken); code != 0 || out != "removed "+broken+"\n" {
		t.Errorf("feeds remove: exit %d %q %q", code, out, stderr)
	}
	// a feed file that is gone can still be removed
	gone := writeFile(t, dir, "gone.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Gone</title></channel></rss>`)
	if code, _, stderr := listRun(t, "ingest", "--quiet", "--db", db, gone); code != 0 {
		t.Fatalf("ingest of an empty feed: exit %d %s", code, stderr)
	}
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := listRun(t, "feeds", "remove", "--db", db, gone); code != 0 || out != "removed "+gone+"\n" {
		t.Errorf("feeds remove of a deleted file: exit %d %q %q", code, out, stderr)
	}
	if code, _, stderr := listRun(t, "feeds", "remove", "--db", db, gone, good); code != 1 || !strings.Contains(stderr, "not registered: "+gone) {
		t.Errorf("removing twice: exit %d %q", code, stderr)
	}
	if got := feedsListed(t, db); len(got) != 0 {
		t.Errorf("after removing: %q (the registered feed given with the unregistered one should go)", got)
	}
}
