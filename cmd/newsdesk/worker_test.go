package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/storage/pgtest"
)

// site is a loopback news site of n articles behind one RSS feed. It
// counts every page's fetches and the most requests any one page had in
// flight at once.
type site struct {
	*httptest.Server
	n     int
	delay time.Duration

	mu          sync.Mutex
	inFlight    map[string]int
	maxInFlight int
	fetches     map[string]int
}

func newSite(t testing.TB, n int, delay time.Duration) *site {
	s := &site{n: n, delay: delay, inFlight: map[string]int{}, fetches: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/feed.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Daily</title>`)
		for i := range s.n {
			fmt.Fprintf(w, `<item><title>Report %d</title><link>%s/a/%d</link><guid>loop-%d</guid></item>`, i, s.URL, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	case strings.HasPrefix(r.URL.Path, "/a/"):
		s.page(w, r)
	default:
		http.NotFound(w, r)
	}
}

// page serves one article, holding the request for delay so that two
// fetches of the same page at once would overlap.
func (s *site) page(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	s.mu.Lock()
	s.fetches[p]++
	s.inFlight[p]++
	s.maxInFlight = max(s.maxInFlight, s.inFlight[p])
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight[p]--
		s.mu.Unlock()
	}()
	time.Sleep(s.delay)
	i, _ := strconv.Atoi(strings.TrimPrefix(p, "/a/"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<html><head><title>Report %d</title></head><body><article><h1>Report %d</h1>
<p>%s</p>
<p>"We will keep crossing number %d running through the winter," said %s %s, the board's chair, after the vote.</p>
<p>%s</p>
</article></body></html>`, i, i, wordSalad(i, 0), i, firstNames[i%len(firstNames)], lastNames[i/len(firstNames)%len(lastNames)], wordSalad(i, 1))
}

// The speakers of the site's quotes: a hundred people, so that articles
// share some people as a news site's do, but not all one.
var (
	firstNames = []string{"Marta", "Jonas", "Ilse", "Pavel", "Rosa", "Tomas", "Greta", "Anton", "Lidia", "Oskar"}
	lastNames  = []string{"Quell", "Brandt", "Voss", "Halden", "Mirek", "Sandor", "Kettil", "Orla", "Penrose", "Tamm"}
)

// wordSalad is a paragraph of its own for article i, so that the site's
// articles are different stories, as a news site's mostly are: articles
// with one text would all be merged into one story, which measures
// contention on that story rather than ingestion.
func wordSalad(i, para int) string {
	words := []string{"harbour", "ferry", "council", "budget", "winter", "bridge", "school", "market", "river",
		"railway", "festival", "hospital", "library", "tunnel", "museum", "orchard", "quarry", "stadium", "clinic",
		"garden", "factory", "airport", "canal", "forest", "mill", "theatre", "village", "island", "valley", "tower"}
	r := rand.New(rand.NewPCG(uint64(i), uint64(para)))
	var b strings.Builder
	for k := range 40 {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[r.IntN(len(words))])
	}
	b.WriteByte('.')
	return b.String()
}

// worker is one `newsdesk worker` process: the test binary run again.
type worker struct {
	cmd    *exec.Cmd
	stderr strings.Builder
	done   chan error
}

func startWorker(t testing.TB, db string, extra ...string) *worker {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"worker", "--db", db, "--concurrency", "4", "--rate", "-1", "--allow-private-network",
		"--due-poll", "200ms", "--drain", "20s"}, extra...)
	line, _ := json.Marshal(args)
	w := &worker{cmd: exec.Command(self), done: make(chan error, 1)}
	w.cmd.Env = append(os.Environ(), runAsEnv+"="+string(line))
	w.cmd.Stderr = &w.stderr
	if err := w.cmd.Start(); err != nil {
		t.Fatalf("start a worker: %v", err)
	}
	go func() { w.done <- w.cmd.Wait() }()
	t.Cleanup(func() { w.cmd.Process.Kill(); <-w.done })
	return w
}

// stop sends SIGTERM and waits for a clean exit.
func (w *worker) stop(t testing.TB) {
	t.Helper()
	w.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-w.done:
		w.done <- err // for the cleanup
		if err != nil {
			t.Errorf("worker exit after SIGTERM: %v\n%s", err, w.stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Errorf("worker still running 30s after SIGTERM")
	}
}

// queueDB is a fresh schema with the site's feed registered.
func queueDB(t *testing.T, s *site) (string, *sql.DB) {
	t.Helper()
	url := pgtest.URL(t)
	if code, _, stderr := listRun(t, "feeds", "add", "--db", url, s.URL+"/feed.xml"); code != 0 {
		t.Fatalf("feeds add: exit %d: %s", code, stderr)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return url, db
}

// waitStored waits until n articles are stored and no job is left to do.
func waitStored(t testing.TB, db *sql.DB, n int, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		var stored, open int
		err := db.QueryRow(`SELECT (SELECT count(*) FROM articles),
			(SELECT count(*) FROM river_job WHERE kind <> 'newsdesk_due_feeds' AND finalized_at IS NULL)`).Scan(&stored, &open)
		if err == nil && stored >= n && open == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %d of %d articles stored, %d jobs open (err %v)", within, stored, n, open, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// checkStoredOnce checks that each of the site's articles is stored once,
// whole: with its quote, and no record twice.
func checkStoredOnce(t testing.TB, db *sql.DB, s *site) {
	t.Helper()
	var articles, urls, quotes, quoted int
	err := db.QueryRow(`SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT url) FROM articles),
		(SELECT count(*) FROM quotes), (SELECT count(DISTINCT article_id) FROM quotes)`).Scan(&articles, &urls, &quotes, &quoted)
	if err != nil {
		t.Fatal(err)
	}
	if articles != s.n || urls != s.n || quotes != s.n || quoted != s.n {
		t.Errorf("stored %d articles (%d URLs), %d quotes in %d articles; want %d of each", articles, urls, quotes, quoted, s.n)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.maxInFlight > 1 {
		t.Errorf("a page was fetched by %d workers at once", s.maxInFlight)
	}
	if len(s.fetches) != s.n {
		t.Errorf("%d of %d pages fetched", len(s.fetches), s.n)
	}
}

func TestWorkersStoreEachArticleOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts worker processes")
	}
	for _, procs := range []int{1, 2, 4} {
		t.Run(strconv.Itoa(procs), func(t *testing.T) {
			s := newSite(t, 1000, 5*time.Millisecond)
			url, db := queueDB(t, s)
			var ws []*worker
			for range procs {
				ws = append(ws, startWorker(t, url))
			}
			waitStored(t, db, s.n, 2*time.Minute)
			for _, w := range ws {
				w.stop(t)
			}
			checkStoredOnce(t, db, s)
		})
	}
}

// A worker killed with SIGKILL mid-run leaves its jobs running; River
// rescues them after --rescue-after and the other worker finishes them.
func TestWorkerKilledMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts worker processes")
	}
	s := newSite(t, 300, 20*time.Millisecond)
	url, db := queueDB(t, s)
	timing := []string{"--job-timeout", "1s", "--rescue-after", "2s"}
	a, b := startWorker(t, url, timing...), startWorker(t, url, timing...)
	deadline := time.Now().Add(time.Minute)
	for {
		var stored int
		db.QueryRow("SELECT count(*) FROM articles").Scan(&stored)
		if stored >= s.n/5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d articles stored after a minute", stored)
		}
		time.Sleep(20 * time.Millisecond)
	}
	a.cmd.Process.Signal(syscall.SIGKILL)
	waitStored(t, db, s.n, 3*time.Minute)
	b.stop(t)
	checkStoredOnce(t, db, s)
	var retried int
	db.QueryRow("SELECT count(*) FROM river_job WHERE kind = 'newsdesk_article' AND attempt > 1").Scan(&retried)
	if retried == 0 {
		t.Error("no article job was retried: the kill found none in hand")
	}
}

// BenchmarkWorkers ingests a loopback site of 1,000 articles (5ms a page)
// with 1, 2 and 4 worker processes on PostgreSQL, and with one SQLite
// ingest, reporting articles/s; one iteration is a whole run.
func BenchmarkWorkers(b *testing.B) {
	const n = 1000
	for _, procs := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("postgres-%d", procs), func(b *testing.B) {
			for range b.N {
				s := newSite(b, n, 5*time.Millisecond)
				url := pgtest.URL(b)
				db := benchQueueDB(b, url, s)
				start := time.Now()
				var ws []*worker
				for range procs {
					ws = append(ws, startWorker(b, url))
				}
				waitStored(b, db, n, 5*time.Minute)
				b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
				for _, w := range ws {
					w.stop(b)
				}
			}
		})
	}
	b.Run("sqlite", func(b *testing.B) {
		for range b.N {
			s := newSite(b, n, 5*time.Millisecond)
			path := b.TempDir() + "/bench.db"
			start := time.Now()
			code := run(b.Context(), &env{stdin: strings.NewReader(""), stdout: &strings.Builder{}, stderr: &strings.Builder{}},
				[]string{"ingest", "--db", path, "--quiet", "--rate", "-1", "--allow-private-network", s.URL + "/feed.xml"})
			if code != 0 {
				b.Fatalf("ingest: exit %d", code)
			}
			b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
		}
	})
}

// benchQueueDB is queueDB for a benchmark.
func benchQueueDB(b *testing.B, url string, s *site) *sql.DB {
	var errb strings.Builder
	if code := run(b.Context(), &env{stdin: strings.NewReader(""), stdout: &strings.Builder{}, stderr: &errb},
		[]string{"feeds", "add", "--db", url, s.URL + "/feed.xml"}); code != 0 {
		b.Fatalf("feeds add: exit %d: %s", code, errb.String())
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}
