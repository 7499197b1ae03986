package pipeline

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// Generated wire copy for the benchmark: invented people in real roles of
// real states, so that every extractor has work to do.
var (
	benchStates = []struct{ name, adjective, capital string }{
		{"Egypt", "Egyptian", "Cairo"}, {"Kenya", "Kenyan", "Nairobi"}, {"Brazil", "Brazilian", "Brasília"},
		{"Norway", "Norwegian", "Oslo"}, {"Indonesia", "Indonesian", "Jakarta"}, {"Ghana", "Ghanaian", "Accra"},
		{"Poland", "Polish", "Warsaw"}, {"Chile", "Chilean", "Santiago"}, {"Japan", "Japanese", "Tokyo"},
		{"Nigeria", "Nigerian", "Abuja"}, {"Canada", "Canadian", "Ottawa"}, {"Pakistan", "Pakistani", "Islamabad"},
	}
	benchTitles = []string{"Foreign Minister", "Defence Minister", "Prime Minister", "Interior Minister", "President"}
	benchFirst  = []string{"Amina", "Jonas", "Leila", "Tomasz", "Ayumi", "Kwame", "Sofia", "Rafael", "Ingrid", "Omar", "Nadia", "Daniel"}
	benchLast   = []string{"Haddad", "Mwangi", "Costa", "Lindqvist", "Santoso", "Mensah", "Nowak", "Rojas", "Tanaka", "Okafor", "Tremblay", "Qureshi"}
)

// The 1,000 articles are copies of about 330 stories, as a wire service's
// copy is printed by several outlets: article i is copy benchCopy(i) of
// story benchStoryOf(i), and a story has one to five copies (three on
// average), spread over the feeds. The copies of a story share their
// dateline, official, quote and background and differ in headline, in
// their closing line and in how much of the ending they keep; different
// stories share no more than wire prose does (the sentences of the
// background are drawn from a pool and filled in), so that the work
// across articles sees many stories and quotes printed more than once,
// not one story of a thousand articles.
var benchStoryOf, benchCopy = func() (story, copy []int) {
	const n = 1000
	story, copy = make([]int, n), make([]int, n)
	s, left, c := -1, 0, 0
	for x := range n {
		if left == 0 {
			s++
			left, c = s%5+1, 0
		}
		// x runs through the articles in an order that scatters a story's
		// copies across feeds (7919 is prime to 1000)
		i := x * 7919 % n
		story[i], copy[i] = s, c
		left--
		c++
	}
	return story, copy
}()

var (
	// the background: sentences of a subject, a verb, an object, a place
	// and a time, each drawn apart, so that two stories share a phrase
	// here and there but few runs of five words, as unrelated reports do
	benchSubjects = []string{"The ministry", "Aid workers", "The regional governor", "Opposition lawmakers", "Local traders", "The army",
		"Church leaders", "The central bank", "Farmers", "The electoral commission", "Teachers", "Doctors", "The port authority", "Student groups", "The police"}
	benchVerbs = []string{"warned of", "called for", "blamed", "welcomed", "criticised", "reported", "denied", "played down", "pointed to",
		"demanded", "promised", "questioned", "celebrated", "investigated", "protested against"}
	benchObjects = []string{"rising fuel prices", "the new curfew", "delays at the border", "a shortage of medicine", "the closure of schools",
		"higher taxes", "power cuts", "the grain deal", "flooded roads", "the budget", "new checkpoints", "the prisoner release", "longer queues",
		"unpaid salaries", "the water supply", "the census", "mining licences", "the bus strike", "a cholera outbreak", "land disputes"}
	benchTimes  = []string{"on Tuesday", "last week", "this month", "since March", "overnight", "on Friday", "in recent days", "at the weekend", "this year", "again"}
	benchPlaces = []string{"northern", "eastern", "coastal", "river", "highland", "southern", "valley", "desert", "lake", "mountain"}
	benchWhys   = []string{"without a political settlement", "unless donors paid what they had pledged", "if the rains came early",
		"while the ceasefire talks stalled", "without the consent of neighbouring states", "if commanders could not agree on a mandate"}
	benchQuotes = []string{"We will not wait for the crisis to reach our own towns", "Our soldiers are ready to act within weeks",
		"The people of %s have waited long enough for help", "No government can ignore what is happening in %s",
		"We owe it to the families of %s to act now", "This force will protect civilians, not take sides"}
)

// benchStory writes article i: a dateline, an official's pledge of troops,
// a quote, a death toll and some background, about 2 KB of text.
func benchStory(i int) (title, body string) {
	story, copy := benchStoryOf[i], benchCopy[i]
	r := rand.New(rand.NewPCG(uint64(story), 7))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	st := benchStates[r.IntN(len(benchStates))]
	other := benchStates[r.IntN(len(benchStates))]
	name := pick(benchFirst) + " " + pick(benchLast)
	last := name[strings.IndexByte(name, ' ')+1:]
	role := pick(benchTitles)
	troops := (r.IntN(40) + 2) * 50
	dead := r.IntN(90) + 3
	fill := func(s string) string {
		if strings.Contains(s, "%s") {
			return fmt.Sprintf(s, pick(benchPlaces))
		}
		return s
	}
	quote1, quote2 := fill(pick(benchQuotes)), fill(pick(benchQuotes))
	title = fmt.Sprintf("%s pledges %d troops after attack kills %d (story %d)", st.name, troops, dead, i)
	paras := []string{
		fmt.Sprintf("%s — %s will send %d troops to a regional stabilisation force, %s %s %s said on Monday, after an attack near the border with %s killed at least %d people.",
			strings.ToUpper(st.capital), st.name, troops, st.adjective, role, name, other.name, dead),
		fmt.Sprintf("“%s,” %s told reporters in %s after meeting %s officials. “%s.”",
			quote1, last, st.capital, other.adjective, quote2),
		fmt.Sprintf("The deployment, the %d%s of its kind this year according to the ministry, still needs the approval of parliament, which is expected to vote on Thursday.", story%9+2, "th"),
	}
	for range 4 {
		var p []string
		for range 3 {
			p = append(p, fmt.Sprintf("%s %s %s in the %s region %s.", pick(benchSubjects), pick(benchVerbs), pick(benchObjects), pick(benchPlaces), pick(benchTimes)))
		}
		paras = append(paras, strings.Join(p, " "))
	}
	paras = append(paras,
		fmt.Sprintf("Local officials said the toll from attacks in the region since January had risen to more than %d.", dead*10+r.IntN(500)),
		fmt.Sprintf("%s has offered logistical support, diplomats said, and talks on funding the force resume in %s.", other.name, other.capital),
		fmt.Sprintf("Analysts said the force would struggle %s.", pick(benchWhys)))
	// a later copy keeps less of the ending, as outlets trim wire copy
	paras = paras[:len(paras)-copy%3]
	paras = append(paras, fmt.Sprintf("Story %d was written for the newsdesk benchmark; its people are invented.", i))
	return title, strings.Join(paras, "\n")
}

// benchPage wraps a story in the furniture of a news page.
func benchPage(i int, title, body string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Bench Wire</title>
<link rel="canonical" href="/news/%d"><meta name="author" content="Bench Wire staff">
<meta property="article:published_time" content="2026-11-%02dT08:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>%s</h1><p class="byline">By Bench Wire staff</p><div class="story-body">`,
		html.EscapeString(title), i, i%28+1, html.EscapeString(title))
	for _, p := range strings.Split(body, "\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString(`</div></article></main><aside class="related"><h2>Most read</h2><ul>`)
	for j := range 8 {
		fmt.Fprintf(&b, `<li><a href="/news/%d">Another story number %d</a></li>`, (i+j*37)%1000, j)
	}
	b.WriteString(`</ul></aside><footer><p>© Bench Wire. Generated for the newsdesk benchmark.</p></footer></body></html>`)
	return []byte(b.String())
}

// benchSite serves feeds×perFeed generated articles: feeds RSS feeds with
// ETags, each of whose items links to its own page.
func benchSite(tb testing.TB, feeds, perFeed int) (*testSite, []string) {
	site := newTestSite(tb)
	var sources []string
	for f := range feeds {
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed %d</title>`, f)
		for k := range perFeed {
			i := f*perFeed + k
			title, body := benchStory(i)
			site.file(fmt.Sprintf("/pages/%d.html", i), "text/html; charset=utf-8", benchPage(i, title, body))
			fmt.Fprintf(&b, `<item><title>%s</title><link>/pages/%d.html?utm_source=rss</link><guid isPermaLink="false">bench-%d</guid>`+
				`<pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>A short summary of story %d.</description></item>`,
				html.EscapeString(title), i, i, i)
		}
		b.WriteString(`</channel></rss>`)
		path := fmt.Sprintf("/feeds/%d.xml", f)
		site.file(path, "application/rss+xml", []byte(b.String()))
		sources = append(sources, site.url(path))
	}
	return site, sources
}

// heapPeak samples the heap while a run goes on.
type heapPeak struct {
	stop chan struct{}
	done sync.WaitGroup
	max  uint64
}

func watchHeap() *heapPeak {
	h := &heapPeak{stop: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	h.done.Go(func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			h.max = max(h.max, sample[0].Value.Uint64())
			select {
			case <-h.stop:
				return
			case <-t.C:
			}
		}
	})
	return h
}

func (h *heapPeak) peak() uint64 {
	close(h.stop)
	h.done.Wait()
	return h.max
}

// BenchmarkIngest ingests a loopback site of 1,000 articles (20 feeds of
// 50, each item a page to fetch) into a new database: fetch, page
// extraction, the five extractors, batched storage. It reports the first
// run's articles/s, CPU time per article and peak heap, and the seconds of two runs with nothing
// new: one against the same site, whose feeds answer 304, and one against
// a server that ignores validators, so that every feed is read and every
// item looked up.
//
//	go test ./pipeline -run '^$' -bench Ingest -benchtime 3x
func BenchmarkIngest(b *testing.B) { benchIngest(b, seededOptions()) }

// BenchmarkIngestWithoutCrossArticle is BenchmarkIngest storing no quote
// clusters, people links, aliases or stories: the difference between the
// two is what keeping them costs.
func BenchmarkIngestWithoutCrossArticle(b *testing.B) {
	opt := seededOptions()
	opt.WithoutCrossArticle = true
	benchIngest(b, opt)
}

// NEWSDESK_BENCH_FIRST_ONLY=1 makes benchIngest run the first ingest
// alone, with fetch timeouts of an hour, and =setup makes it run no
// ingest at all: what counting the first ingest's instructions under
// valgrind needs, where an article of the loopback site can take longer
// than ten seconds and the no-op runs would dilute the first run's cost.
// The first ingest's count is that of a process with =1 less that of one
// with =setup (callgrind's triggers on Run do not work: goroutines
// switching stacks look to it like returns from Run), and what the work
// across articles adds is (Ingest - IngestWithoutCrossArticle) /
// (IngestWithoutCrossArticle - setup), each a process with =1 but setup.
// Two processes of one binary differ by 0.6% to 1.3% of their count (the
// writer's batches, and which pooled connections prepare its statements
// anew, follow the clock), against ±13 points of CPU time: compare the
// means of two processes each. BenchmarkStoreIngest, whose batches are
// fixed, differs far less and shows the work across articles alone as
// its cross=true count less its cross=false one.
//
//	go test -c -o pipeline.test ./pipeline && cd pipeline
//	GODEBUG=asyncpreemptoff=1 NEWSDESK_BENCH_FIRST_ONLY=1 valgrind --tool=callgrind \
//	  ../pipeline.test -test.run '^$' -test.bench '^BenchmarkIngest$' -test.benchtime 1x
var benchFirstOnly, benchSetupOnly = os.Getenv("NEWSDESK_BENCH_FIRST_ONLY") != "", os.Getenv("NEWSDESK_BENCH_FIRST_ONLY") == "setup"

func benchIngest(b *testing.B, opt storage.Options) {
	const feeds, perFeed = 20, 50
	// a user ingesting their own site would raise the per-host limits
	// with -per-host and -rate just so
	fc := fetch.Config{Timeout: 10 * time.Second, PerHostConcurrency: 16, PerHostRate: 5000, RespectRobots: true}
	if benchFirstOnly {
		fc.Timeout, fc.ConnectTimeout, fc.HeaderTimeout = time.Hour, time.Hour, time.Hour
	}
	site, sources := benchSite(b, feeds, perFeed)
	ex := testExtractor(b)
	var firstSecs, firstCPU, noopSecs, noop200Secs float64
	var peak uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		site.noETags = false
		db, err := storage.Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"), opt)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		p, err := New(Config{DB: db, Extractor: ex, Feeds: 4, Workers: 8, Fetcher: fetch.New(fc)})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
		if benchSetupOnly {
			continue
		}

		watch := watchHeap()
		start, cpu := time.Now(), cpuTime()
		rep, err := p.Run(b.Context(), sources)
		firstSecs += time.Since(start).Seconds()
		firstCPU += cpuTime() - cpu
		peak = max(peak, watch.peak())
		b.StopTimer()
		if err != nil || rep.ArticlesNew != feeds*perFeed || rep.FeedsFetched != feeds || rep.Records < 5*feeds*perFeed {
			b.Fatalf("first run: %v, %s", err, rep.Summary())
		}
		if benchFirstOnly {
			b.StartTimer()
			continue
		}

		start = time.Now()
		rep, err = p.Run(b.Context(), sources)
		noopSecs += time.Since(start).Seconds()
		if err != nil || rep.FeedsUnchanged != feeds || rep.ArticlesNew+rep.ArticlesUpdated != 0 {
			b.Fatalf("no-op run: %v, %s", err, rep.Summary())
		}

		site.noETags = true
		start = time.Now()
		rep, err = p.Run(b.Context(), sources)
		noop200Secs += time.Since(start).Seconds()
		if err != nil || rep.FeedsFetched != feeds || rep.ArticlesUnchanged != feeds*perFeed || rep.ArticlesNew+rep.ArticlesUpdated != 0 {
			b.Fatalf("no-op run without validators: %v, %s", err, rep.Summary())
		}
		b.StartTimer()
	}
	b.StopTimer()
	n := float64(b.N)
	b.ReportMetric(float64(feeds*perFeed)*n/firstSecs, "articles/s")
	// CPU time says more than wall time on a machine others share
	b.ReportMetric(firstCPU*1000/(float64(feeds*perFeed)*n), "cpu-ms/article")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	b.ReportMetric(noopSecs/n, "noop-304-s")
	b.ReportMetric(noop200Secs/n, "noop-200-s")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-sys-MiB")
}
