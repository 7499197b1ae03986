package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

// ingestBuffer is an output buffer that the command and a test may use at
// once.
type ingestBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *ingestBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *ingestBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// ingestRun runs the command line with an env of buffers and returns its
// exit status and output.
func ingestRun(ctx context.Context, tty bool, args ...string) (code int, stdout, stderr string) {
	var out, errb ingestBuffer
	code = run(ctx, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, isTTY: tty}, args)
	return code, out.String(), errb.String()
}

// ingestDemo are the sources of the offline demo.
var ingestDemo = []string{"../../testdata/demo/world.xml", "../../testdata/demo/wire.atom", "../../testdata/demo/briefs.json"}

// ingestStory is a feed item that carries its whole text, so that a test
// feed needs no pages.
const ingestStory = `<item><title>Egypt pledges troops</title><guid>%s</guid><link>/story/%s</link><description>` +
	`CAIRO — Egypt will send 1,200 troops to a United Nations mission in South Sudan, Egyptian Foreign Minister Karim Mansour said on Tuesday. ` +
	`&quot;We will not stand aside,&quot; Mansour told reporters in Cairo after talks with his Ethiopian counterpart, as clashes near the border left at least 43 people dead. ` +
	`The first contingent is expected within six weeks, the ministry said, and Kenya and Rwanda have also offered soldiers according to diplomats. (%s)</description></item>`

// ingestServer serves /good.xml (one full-text story) and /broken.xml
// (500), with ETags on the good feed.
func ingestServer(t *testing.T) *httptest.Server {
	t.Helper()
	good := `<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title>` +
		strings.NewReplacer("%s", "cli-1").Replace(ingestStory) + `</channel></rss>`
	mux := http.NewServeMux()
	mux.HandleFunc("/good.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(good))
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down for maintenance", http.StatusInternalServerError)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestIngestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"ingest", "-nope"}, "flag provided but not defined: -nope"},
		{"bad -if-running", []string{"ingest", "-db", db, "-if-running", "maybe"}, "-if-running must be wait or exit"},
		{"bad -workers", []string{"ingest", "-db", db, "-workers", "0"}, "must be at least 1"},
		{"missing file", []string{"ingest", "-db", db, filepath.Join(dir, "nosuch.xml")}, "no such file or directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := ingestRun(t.Context(), false, tc.args...)
			if code != 1 || !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, "usage: newsdesk ingest") || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 1, %q and the usage", code, stdout, stderr, tc.want)
			}
		})
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a usage error created the database")
	}
}

// The README's command: the offline demo ingests, exits 0 (its one broken
// page is an article failure, not a failed source), and a second run adds
// nothing.
func TestIngestDemoTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	args := append([]string{"ingest", "-db", db}, ingestDemo...)
	code, stdout, stderr := ingestRun(t.Context(), false, args...)
	if code != 0 {
		t.Fatalf("first ingest: exit %d\n%s", code, stderr)
	}
	// the README explains the one unchanged article: briefs.json repeats a
	// story under a tracking parameter
	if !strings.HasPrefix(stdout, "newsdesk ingest: feeds: 3 fetched, 0 unchanged, 0 failed; articles: 5 new, 0 updated, 1 unchanged, 1 failed;") {
		t.Errorf("first summary: %q", stdout)
	}
	// not a terminal: structured logs, one line for the broken page
	if n := strings.Count(stderr, `msg="article skipped"`); n != 1 || !strings.Contains(stderr, "missing-page.html") {
		t.Errorf("want one log line for the missing page, stderr:\n%s", stderr)
	}
	code, stdout, stderr = ingestRun(t.Context(), false, args...)
	if code != 0 || !strings.Contains(stdout, "articles: 0 new, 0 updated, 6 unchanged, 1 failed;") || !strings.Contains(stdout, "; 0 records;") {
		t.Errorf("second ingest: exit %d, summary %q\n%s", code, stdout, stderr)
	}
	sdb, err := storage.Open(t.Context(), db, storage.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var n int
	if err := sdb.SQL().QueryRow("SELECT COUNT(*) FROM articles").Scan(&n); err != nil || n != 5 {
		t.Errorf("%d articles after two runs (%v), want 5", n, err)
	}
}

func TestIngestPartialFailureExits2(t *testing.T) {
	srv := ingestServer(t)
	db := filepath.Join(t.TempDir(), "p.db")
	code, stdout, stderr := ingestRun(t.Context(), false, "ingest", "-db", db, srv.URL+"/good.xml", srv.URL+"/broken.xml")
	if code != 2 {
		t.Fatalf("exit %d, want 2\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "feeds: 1 fetched, 0 unchanged, 1 failed; articles: 1 new") {
		t.Errorf("summary: %q", stdout)
	}
	var failLines []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, "level=ERROR") {
			failLines = append(failLines, l)
		}
	}
	if len(failLines) != 1 || !strings.Contains(failLines[0], "feed="+srv.URL+"/broken.xml") ||
		!strings.Contains(failLines[0], "500 Internal Server Error") {
		t.Errorf("want one error line naming the broken feed and its status; stderr:\n%s", stderr)
	}
}

func TestIngestJSONAndQuiet(t *testing.T) {
	srv := ingestServer(t)
	db := filepath.Join(t.TempDir(), "j.db")
	code, stdout, _ := ingestRun(t.Context(), false, "ingest", "-db", db, "-json", srv.URL+"/good.xml", srv.URL+"/broken.xml")
	var rep struct {
		FeedsFetched int `json:"feeds_fetched"`
		FeedsFailed  int `json:"feeds_failed"`
		ArticlesNew  int `json:"articles_new"`
		Records      int `json:"records"`
		Failures     []struct {
			Source string `json:"source"`
			Error  string `json:"error"`
		} `json:"failures"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("-json output: %v\n%s", err, stdout)
	}
	if code != 2 || rep.FeedsFetched != 1 || rep.FeedsFailed != 1 || rep.ArticlesNew != 1 || rep.Records == 0 ||
		len(rep.Failures) != 1 || rep.Failures[0].Source != srv.URL+"/broken.xml" {
		t.Errorf("exit %d, report %+v", code, rep)
	}

	// -quiet: no summary; only the error of the failing feed on stderr. The
	// good feed answers 304 this time.
	code, stdout, stderr := ingestRun(t.Context(), false, "ingest", "-db", db, "-quiet", srv.URL+"/good.xml", srv.URL+"/broken.xml")
	if code != 2 || stdout != "" || strings.Count(strings.TrimSpace(stderr), "\n") != 0 || !strings.Contains(stderr, "broken.xml") {
		t.Errorf("-quiet: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// On a terminal a progress line is drawn and cleared, and the summary
// still goes to stdout.
func TestIngestProgressOnTerminal(t *testing.T) {
	srv := ingestServer(t)
	db := filepath.Join(t.TempDir(), "t.db")
	code, stdout, stderr := ingestRun(t.Context(), true, "ingest", "-db", db, srv.URL+"/good.xml")
	if code != 0 || !strings.Contains(stderr, "\r\033[Kfeeds 1/1") || !strings.HasSuffix(stderr, "\r\033[K") ||
		!strings.Contains(stdout, "1 new") || strings.Contains(stderr, "level=INFO") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// Registered feeds: ingest with no SOURCE takes those that are due;
// feeds list shows the outcome, with the error and its count.
func TestIngestRegisteredFeeds(t *testing.T) {
	srv := ingestServer(t)
	db := filepath.Join(t.TempDir(), "r.db")
	good, broken := srv.URL+"/good.xml", srv.URL+"/broken.xml"
	if code, stdout, stderr := ingestRun(t.Context(), false, "feeds", "-db", db, "add", good, broken); code != 0 ||
		stdout != "added "+good+"\nadded "+broken+"\n" {
		t.Fatalf("feeds add: exit %d %q %q", code, stdout, stderr)
	}
	code, stdout, stderr := ingestRun(t.Context(), false, "ingest", "-db", db)
	if code != 2 || !strings.Contains(stdout, "feeds: 1 fetched, 0 unchanged, 1 failed; articles: 1 new") {
		t.Fatalf("ingest of registered feeds: exit %d %q\n%s", code, stdout, stderr)
	}
	code, stdout, _ = ingestRun(t.Context(), false, "feeds", "-db", db, "list")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != 0 || len(lines) != 3 {
		t.Fatalf("feeds list: exit %d\n%s", code, stdout)
	}
	for _, want := range [][]string{
		{good, " ok ", " 0 ", " 1 "},
		{broken, " failed ", " 1 ", "500 Internal Server Error"},
	} {
		found := false
		for _, l := range lines[1:] {
			if strings.HasPrefix(l, want[0]) {
				found = true
				for _, w := range want[1:] {
					if !strings.Contains(l, w) {
						t.Errorf("feeds list line %q lacks %q", l, w)
					}
				}
			}
		}
		if !found {
			t.Errorf("feeds list lacks %s:\n%s", want[0], stdout)
		}
	}

	// nothing is due now: the good feed in 30 minutes, the broken one after
	// its backoff
	code, stdout, stderr = ingestRun(t.Context(), false, "ingest", "-db", db)
	if code != 0 || !strings.Contains(stderr, "no registered feed is due") || !strings.Contains(stdout, "feeds: 0 fetched") {
		t.Errorf("second ingest: exit %d %q %q", code, stdout, stderr)
	}

	if code, stdout, _ := ingestRun(t.Context(), false, "feeds", "-db", db, "remove", broken); code != 0 || stdout != "removed "+broken+"\n" {
		t.Errorf("feeds remove: exit %d %q", code, stdout)
	}
	if code, _, stderr := ingestRun(t.Context(), false, "feeds", "-db", db, "remove", broken); code != 1 || !strings.Contains(stderr, "not registered") {
		t.Errorf("removing a feed twice: exit %d %q", code, stderr)
	}
}

func TestFeedsUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "f.db")
	for _, args := range [][]string{
		{"feeds", "-db", db},
		{"feeds", "-db", db, "add"},
		{"feeds", "-db", db, "add", "not a url"},
		{"feeds", "-db", db, "list", "extra"},
		{"feeds", "-db", db, "rename"},
	} {
		if code, _, stderr := ingestRun(t.Context(), false, args...); code != 1 || !strings.Contains(stderr, "usage: newsdesk feeds") {
			t.Errorf("%q: exit %d, stderr %q; want 1 and the usage", args, code, stderr)
		}
	}
	if code, _, stderr := ingestRun(t.Context(), false, "feeds", "-db", db, "list"); code != 1 || !strings.Contains(stderr, "does not exist") {
		t.Errorf("feeds list of a missing database: exit %d %q", code, stderr)
	}
}

// A second ingest on a database that one is ingesting into exits with a
// clear message when told to, and otherwise waits for the lock.
func TestIngestOverlappingRuns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "o.db")
	held, err := lockDatabase(t.Context(), db, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	// the other run does the work: no failure, and silence under --quiet,
	// so that cron mails nothing
	code, stdout, stderr := ingestRun(t.Context(), false, append([]string{"ingest", "-db", db, "-if-running", "exit"}, ingestDemo...)...)
	if code != 0 || stdout != "" || !strings.Contains(stderr, "another ingest is running on "+db) {
		t.Errorf("--if-running=exit: exit %d %q %q; want 0 and a note", code, stdout, stderr)
	}
	code, stdout, stderr = ingestRun(t.Context(), false, append([]string{"ingest", "--quiet", "--if-running=exit", "--db", db}, ingestDemo...)...)
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("--quiet --if-running=exit: exit %d %q %q; want 0 and nothing", code, stdout, stderr)
	}

	// -if-running=wait (the default): it says it waits, and runs once the
	// lock is free
	args := append([]string{"ingest", "-db", db}, ingestDemo...)
	var out, errb ingestBuffer
	done := make(chan int)
	go func() {
		done <- run(t.Context(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, args)
	}()
	for !strings.Contains(errb.String(), "waiting for it to finish") {
		select {
		case code := <-done:
			t.Fatalf("ingest did not wait for the lock: exit %d %q %q", code, out.String(), errb.String())
		default:
			time.Sleep(5 * time.Millisecond) // polling, not a timed assertion
		}
	}
	held.release()
	if code := <-done; code != 0 || !strings.Contains(out.String(), "5 new") {
		t.Errorf("waiting ingest: exit %d %q\n%s", code, out.String(), errb.String())
	}
}
