package web

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// The benchmark database: benchQuotes quotes in benchArticles articles,
// with a Zipf vocabulary, benchPeople speakers and two years of dates. It
// is made once and kept in the temporary folder under a name that holds
// the schema version and benchGen, so that a change of either makes it anew.
const (
	benchArticles = 20_000
	benchPerArt   = 5
	benchQuotes   = benchArticles * benchPerArt
	benchPeople   = 2_000
	benchVocab    = 5_000
	benchGen      = 1 // bump when the generator changes
)

// benchWords is a vocabulary of made-up words, the most common first.
func benchWords() []string {
	r := rand.New(rand.NewPCG(1, 2))
	syl := []string{"ka", "lo", "mi", "ra", "te", "su", "vi", "no", "da", "pe", "zo", "ri", "ma", "tu", "se", "la", "go", "ne", "bi", "ha"}
	seen := map[string]bool{}
	var out []string
	for len(out) < benchVocab {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// benchNames are first and last names of the made-up speakers.
func benchNames() []string {
	r := rand.New(rand.NewPCG(3, 4))
	words := benchWords()
	out := make([]string, benchPeople)
	for i := range out {
		first, last := words[100+r.IntN(1000)], words[100+r.IntN(4000)]
		out[i] = strings.ToUpper(first[:1]) + first[1:] + " " + strings.ToUpper(last[:1]) + last[1:] + strconv.Itoa(i)
	}
	return out
}

// benchDB returns the path of the benchmark database, making it if needed.
func benchDB(b *testing.B) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("newsdesk-bench-%dq-s%d-g%d.db", benchQuotes, storage.SchemaVersion(), benchGen))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	tmp := path + ".part"
	os.Remove(tmp)
	ctx := context.Background()
	db, err := storage.Open(ctx, tmp, seededOptions())
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	zipf := rand.NewZipf(r, 1.1, 2, benchVocab-1)
	words, names := benchWords(), benchNames()
	var states []string
	for _, s := range extract.States() {
		states = append(states, s.Code)
	}
	titles := []string{"Foreign Minister", "President", "Defence Minister", "spokesman", "Prime Minister", "Interior Minister", "mayor"}
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var arts []storage.Article
	var results []*extract.Result
	flush := func() {
		if _, err := db.SaveArticles(ctx, arts, results); err != nil {
			b.Fatal(err)
		}
		arts, results = arts[:0], results[:0]
	}
	for i := range benchArticles {
		res := &extract.Result{}
		var body strings.Builder
		for range benchPerArt {
			p := r.IntN(benchPeople)
			var q strings.Builder
			for k := range 8 + r.IntN(12) {
				if k > 0 {
					q.WriteByte(' ')
				}
				q.WriteString(words[zipf.Uint64()])
			}
			start := len([]rune(body.String()))
			body.WriteString(q.String() + ", " + names[p] + " said.\n")
			res.Officials = append(res.Officials, extract.Official{Name: names[p], Title: titles[p%len(titles)], Country: states[p%len(states)], Rule: "bench"})
			res.Quotes = append(res.Quotes, extract.Quote{Text: q.String(), Speaker: names[p], SpeakerKind: extract.SpeakerPerson,
				SpeakerTitle: titles[p%len(titles)], SpeakerCountry: states[p%len(states)], Cue: "said", Start: start, End: start + len([]rune(q.String())), Rule: "bench"})
		}
		arts = append(arts, storage.Article{URL: fmt.Sprintf("https://bench.invalid/%d", i), FeedURL: "https://bench.invalid/feed.xml",
			Title: fmt.Sprintf("Bench article %d", i), Body: body.String(), Published: t0.Add(time.Duration(r.IntN(730*24)) * time.Hour)})
		results = append(results, res)
		if len(arts) == 500 {
			flush()
		}
	}
	flush()
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("made %s with %d quotes in %v", path, benchQuotes, time.Since(start).Round(time.Second))
	return path
}

// benchTargets is a newsroom's mix of quote searches: mostly full-text
// searches of one or two words of middling frequency, some by speaker, some
// by state and a month, some of the plain listing (the newest quotes, as
// the page opens), and a tenth of second pages, which follow the cursor of
// the first page of one of the other kinds. s answers the first pages that
// give those cursors.
func benchTargets(tb testing.TB, s *Server, n int) []string {
	tb.Helper()
	r := rand.New(rand.NewPCG(7, 8))
	words, names := benchWords(), benchNames()
	var states []string
	for _, s := range extract.States() {
		states = append(states, s.Code)
	}
	word := func() string { return words[20+r.IntN(benchVocab-20)] }
	out := make([]string, n)
	for i := range out {
		v := url.Values{}
		switch k := r.IntN(20); {
		case k < 9:
			v.Set("q", word())
		case k < 11:
			v.Set("q", word()+" OR "+word())
		case k < 13:
			v.Set("speaker", strings.Fields(names[r.IntN(benchPeople)])[1])
		case k < 15:
			day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(700))
			v.Set("country", states[r.IntN(len(states))])
			v.Set("since", day.Format("2006-01-02"))
			v.Set("until", day.AddDate(0, 1, 0).Format("2006-01-02"))
		case k < 16:
			// the listing as the page opens: no filter, newest first
		case k < 18 && i > 0:
			out[i] = benchNextPage(tb, s, out[r.IntN(i)])
			continue
		default:
			v.Set("q", word())
		}
		out[i] = "/api/v1/quotes?" + v.Encode()
	}
	return out
}

// benchNextPage is the target of the page after target's first: target
// itself when that is the last page.
func benchNextPage(tb testing.TB, s *Server, target string) string {
	tb.Helper()
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	var page struct{ Next *string }
	if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &page) != nil {
		tb.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
	}
	if page.Next == nil {
		return target
	}
	u, err := url.Parse(target)
	if err != nil {
		tb.Fatal(err)
	}
	v := u.Query()
	v.Set("cursor", *page.Next)
	return u.Path + "?" + v.Encode()
}

// BenchmarkQuoteSearch answers b.N quote searches over loopback HTTP from
// 16 clients at once and reports requests per second, latency percentiles
// and memory (Go heap after a collection, and the process's resident set)
// after the first tenth of the requests and at the end:
//
//	go test ./cmd/newsdesk/internal/web -run '^$' -bench QuoteSearch -benchtime 100000x -cpu 2
func BenchmarkQuoteSearch(b *testing.B) {
	path := benchDB(b)
	db, err := storage.OpenReadOnly(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, err := New(Config{DB: db})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	const clients = 16
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}}
	targets := benchTargets(b, s, 4096)

	var next atomic.Int64
	var failed atomic.Int64
	var firstFailure atomic.Value
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	var heap1, rss1 float64
	tenth := int64(b.N / 10)
	var once sync.Once
	b.ResetTimer()
	cpu0 := cpuTime()
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				if i == tenth {
					once.Do(func() { heap1, rss1 = memoryMB() })
				}
				t := time.Now()
				target := targets[i%int64(len(targets))]
				res, err := client.Get(srv.URL + target)
				if err != nil {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, target+": "+err.Error())
					continue
				}
				body, _ := io.ReadAll(res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, fmt.Sprintf("%s: %d %s", target, res.StatusCode, body))
				}
				lat[c] = append(lat[c], time.Since(t))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d requests failed; the first: %v", n, firstFailure.Load())
	}
	heap2, rss2 := memoryMB()
	all := slices.Concat(lat...)
	slices.Sort(all)
	pct := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000 }
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	// processor time per request, server and clients: what the machine's
	// load does not change
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(pct(1), "max-ms")
	if b.N >= 1000 {
		b.ReportMetric(heap1, "heap-MB-at-10%")
		b.ReportMetric(heap2, "heap-MB-at-end")
		b.ReportMetric(rss1, "rss-MB-at-10%")
		b.ReportMetric(rss2, "rss-MB-at-end")
	}
}

// memoryMB is the live Go heap after a collection and the resident set
// of the process, in MB.
func memoryMB() (heap, rss float64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap = float64(ms.HeapAlloc) / (1 << 20)
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return heap, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			rss = kb / 1024
		}
	}
	return heap, rss
}

// BenchmarkQuoteSearchHandler is the server's own cost of a search, on
// one goroutine, without the network and the clients: what a core spends
// per request.
//
//	go test ./cmd/newsdesk/internal/web -run '^$' -bench QuoteSearchHandler -benchtime 20000x -cpu 1
func BenchmarkQuoteSearchHandler(b *testing.B) {
	db, err := storage.OpenReadOnly(context.Background(), benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, err := New(Config{DB: db})
	if err != nil {
		b.Fatal(err)
	}
	targets := benchTargets(b, s, 4096)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := range b.N {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, targets[i%len(targets)], nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("%s: %d", targets[i%len(targets)], rec.Code)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkQuoteSearchKinds is BenchmarkQuoteSearchHandler for each kind of
// request in the mix apart, to show which plan costs what:
//
//	go test ./cmd/newsdesk/internal/web -run '^$' -bench QuoteSearchKinds -benchtime 2000x -cpu 1
func BenchmarkQuoteSearchKinds(b *testing.B) {
	db, err := storage.OpenReadOnly(context.Background(), benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, err := New(Config{DB: db})
	if err != nil {
		b.Fatal(err)
	}
	kinds := map[string][]string{}
	for _, t := range benchTargets(b, s, 4096) {
		kinds[benchKind(t)] = append(kinds[benchKind(t)], t)
	}
	for _, kind := range []string{"words", "either", "speaker", "state-month", "newest", "page2"} {
		targets := kinds[kind]
		b.Run(kind, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for i := range b.N {
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, targets[i%len(targets)], nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d", targets[i%len(targets)], rec.Code)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// benchKind names the kind of a target of benchTargets.
func benchKind(target string) string {
	u, err := url.Parse(target)
	if err != nil {
		return "bad"
	}
	v := u.Query()
	switch {
	case v.Has("cursor"):
		return "page2"
	case strings.Contains(v.Get("q"), " OR "):
		return "either"
	case v.Has("q"):
		return "words"
	case v.Has("speaker"):
		return "speaker"
	case v.Has("country"):
		return "state-month"
	}
	return "newest"
}
