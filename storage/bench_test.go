package storage_test

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// A synthetic news flow for the storage benchmarks: each article quotes
// three people from a population of 20,000 (a few named far more often
// than the rest, one mention in five by surname only); of its quotes, most
// are new sentences, a quarter repeat an earlier one (whole, cut short or
// with an ellipsis) and some are short stock phrases.
type newsFlow struct {
	r      *rand.Rand
	quotes []string // said so far, to repeat
	people []string
}

var (
	flowSyllables = []string{"ka", "lo", "mi", "ra", "tu", "se", "no", "vi", "da", "re", "sha", "an", "el", "or", "ba", "zi"}
	flowWords     = strings.Fields("the government will not accept any plan that leaves families without homes schools or clinics " +
		"we have asked our partners to send more aid before winter and we expect an answer this week from the council " +
		"nobody should be surprised by the result because the talks were never serious about the border or the refugees " +
		"our soldiers are ready to act within weeks if the mandate is clear and the funding is there for the mission")
	flowStock = []string{"It is a tragedy", "We are monitoring the situation", "No comment", "This is unacceptable", "We will not give up"}
)

func newNewsFlow(seed uint64) *newsFlow {
	f := &newsFlow{r: rand.New(rand.NewPCG(seed, 1))}
	name := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(flowSyllables[f.r.IntN(len(flowSyllables))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	for range 20000 {
		f.people = append(f.people, name(2)+" "+name(3))
	}
	return f
}

// speaker picks a person, the first hundred far more often.
func (f *newsFlow) speaker() string {
	if f.r.IntN(3) == 0 {
		return f.people[f.r.IntN(100)]
	}
	return f.people[f.r.IntN(len(f.people))]
}

func (f *newsFlow) quote() string {
	switch k := f.r.IntN(20); {
	case k < 2:
		return flowStock[f.r.IntN(len(flowStock))]
	case k < 7 && len(f.quotes) > 0:
		q := strings.Fields(f.quotes[f.r.IntN(len(f.quotes))])
		switch {
		case k == 2 && len(q) >= 16:
			return strings.Join(q[:5], " ") + " … " + strings.Join(q[len(q)-6:], " ")
		case k == 3 && len(q) >= 12:
			return strings.Join(q[:9], " ")
		}
		return strings.Join(q, " ")
	}
	n := 12 + f.r.IntN(20)
	w := make([]string, n)
	for i := range w {
		w[i] = flowWords[f.r.IntN(len(flowWords))]
	}
	w = append(w, fmt.Sprint(f.r.IntN(1e6))) // so that new sentences are new
	q := strings.Join(w, " ")
	f.quotes = append(f.quotes, q)
	return q
}

// article i of the flow: three quotes, their speakers as officials.
func (f *newsFlow) article(i int) (storage.Article, *extract.Result) {
	res := &extract.Result{}
	var body strings.Builder
	for k := range 3 {
		name := f.speaker()
		if f.r.IntN(5) == 0 {
			name = name[strings.IndexByte(name, ' ')+1:]
		}
		q := f.quote()
		res.Officials = append(res.Officials, extract.Official{Name: name, Title: "minister", Country: "NO", Rule: "bench"})
		res.Quotes = append(res.Quotes, extract.Quote{Text: q, Speaker: name, SpeakerKind: extract.SpeakerPerson, Rule: "bench"})
		fmt.Fprintf(&body, "Paragraph %d of story %d: %s, %s said. ", k, i, q, name)
	}
	for range 12 {
		for range 15 {
			body.WriteString(flowWords[f.r.IntN(len(flowWords))] + " ")
		}
		body.WriteString("background. ")
	}
	a := storage.Article{URL: fmt.Sprintf("https://outlet-%d.invalid/story/%d", i%40, i), Title: fmt.Sprintf("Story %d", i),
		Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute), Body: body.String()}
	return a, res
}

// saveFlow stores articles [from, to) of the flow in batches of 64, as
// the pipeline's writer does.
func saveFlow(tb testing.TB, db *storage.DB, f *newsFlow, from, to int) {
	const batch = 64
	for i := from; i < to; i += batch {
		var arts []storage.Article
		var res []*extract.Result
		for k := i; k < min(i+batch, to); k++ {
			a, r := f.article(k)
			arts, res = append(arts, a), append(res, r)
		}
		if _, err := db.SaveArticles(context.Background(), arts, res); err != nil {
			tb.Fatal(err)
		}
	}
}

// prefilled databases by number of stored quotes, made once per run and
// removed by TestMain.
var prefilled sync.Map // int -> *prefill

func TestMain(m *testing.M) {
	code := storage.RunBothBackends(m)
	prefilled.Range(func(_, v any) bool {
		switch p := v.(*prefill); {
		case p.pgName != "":
			pgAdmin(p.pgServer, "DROP DATABASE IF EXISTS "+p.pgName)
		case p.path != "":
			os.RemoveAll(filepath.Dir(p.path))
		}
		return true
	})
	os.Exit(code)
}

type prefill struct {
	once sync.Once
	path string
	// on PostgreSQL, a database that each benchmark run copies (CREATE
	// DATABASE ... TEMPLATE), on the server pgServer
	pgServer, pgName string
	flow             *newsFlow
	next             int
	err              error
}

// prefilledDB copies a database holding about quotes stored quotes and
// returns it with the flow that continues it.
func prefilledDB(b *testing.B, quotes int, opt storage.Options) (*storage.DB, *newsFlow, int) {
	key := fmt.Sprint(quotes, storage.OnPostgres())
	if storage.OnPostgres() {
		return prefilledPG(b, key, quotes, opt)
	}
	v, _ := prefilled.LoadOrStore(key, &prefill{})
	p := v.(*prefill)
	p.once.Do(func() {
		dir, err := os.MkdirTemp("", "newsdesk-bench")
		if err != nil {
			p.err = err
			return
		}
		p.path = filepath.Join(dir, "prefill.db")
		db, err := storage.Open(context.Background(), p.path, storage.SeededOptions())
		if err != nil {
			p.err = err
			return
		}
		p.flow, p.next = newNewsFlow(1), quotes/3
		saveFlow(b, db, p.flow, 0, p.next)
		if _, err := db.SQL().Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			p.err = err
		}
		db.Close()
	})
	if p.err != nil {
		b.Fatal(p.err)
	}
	path := filepath.Join(b.TempDir(), "bench.db")
	if err := copyFile(p.path, path); err != nil {
		b.Fatal(err)
	}
	db, err := storage.Open(context.Background(), path, opt)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	// the flow goes on where the prefill stopped, on a copy of its state
	f := *p.flow
	f.r = rand.New(rand.NewPCG(uint64(quotes), 2))
	f.quotes = append([]string(nil), p.flow.quotes...)
	return db, &f, p.next
}

// prefilledPG is prefilledDB on PostgreSQL.
func prefilledPG(b *testing.B, key string, quotes int, opt storage.Options) (*storage.DB, *newsFlow, int) {
	v, _ := prefilled.LoadOrStore(key, &prefill{})
	p := v.(*prefill)
	server := storage.PostgresServer()
	p.once.Do(func() {
		p.pgServer, p.pgName = server, fmt.Sprintf("nd_prefill_%d_%d", os.Getpid(), quotes)
		if p.err = pgAdmin(server, "CREATE DATABASE "+p.pgName); p.err != nil {
			return
		}
		db, err := storage.Open(context.Background(), withDatabase(server, p.pgName), storage.SeededOptions())
		if err != nil {
			p.err = err
			return
		}
		p.flow, p.next = newNewsFlow(1), quotes/3
		saveFlow(b, db, p.flow, 0, p.next)
		db.Close()
	})
	if p.err != nil {
		b.Fatal(p.err)
	}
	name := fmt.Sprintf("nd_bench_%d_%d", os.Getpid(), benchRuns.Add(1))
	if err := pgAdmin(server, "CREATE DATABASE "+name+" TEMPLATE "+p.pgName); err != nil {
		b.Fatal(err)
	}
	db, err := storage.Open(context.Background(), withDatabase(server, name), opt)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		db.Close()
		pgAdmin(server, "DROP DATABASE IF EXISTS "+name)
	})
	f := *p.flow
	f.r = rand.New(rand.NewPCG(uint64(quotes), 2))
	f.quotes = append([]string(nil), p.flow.quotes...)
	return db, &f, p.next
}

var benchRuns atomic.Int64

// pgAdmin runs one statement on the server.
func pgAdmin(server, stmt string) error {
	db, err := sql.Open("pgx", server)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(stmt)
	return err
}

// withDatabase is the server URL naming another database.
func withDatabase(server, name string) string {
	u, err := url.Parse(server)
	if err != nil {
		return server
	}
	u.Path = "/" + name
	return u.String()
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkSaveArticles stores articles of three quotes and three
// officials each (with clusters, people links, aliases and stories kept up
// to date) into databases that already hold about 1,000 and 100,000
// quotes: the cost per article should not grow with the database.
//
//	go test ./storage -run '^$' -bench SaveArticles -benchtime 2000x
func BenchmarkSaveArticles(b *testing.B) { benchSave(b, storage.SeededOptions()) }

// BenchmarkSaveArticlesWithoutCrossArticle is BenchmarkSaveArticles
// keeping no clusters, links, aliases or stories for the articles it
// stores (the prefilled databases have them): the difference between the
// two is what keeping them costs.
func BenchmarkSaveArticlesWithoutCrossArticle(b *testing.B) {
	opt := storage.SeededOptions()
	opt.WithoutCrossArticle = true
	benchSave(b, opt)
}

func benchSave(b *testing.B, opt storage.Options) {
	for _, quotes := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("quotes=%dk", quotes/1000), func(b *testing.B) {
			db, f, next := prefilledDB(b, quotes, opt)
			b.ResetTimer()
			cpu := cpuSeconds()
			saveFlow(b, db, f, next, next+b.N)
			// what the run left in the write-ahead log is written out too
			// (PostgreSQL's own checkpoints are not ours to force)
			if !storage.OnPostgres() {
				if _, err := db.SQL().Exec("PRAGMA wal_checkpoint(PASSIVE)"); err != nil {
					b.Fatal(err)
				}
			}
			cpu = cpuSeconds() - cpu
			b.StopTimer()
			var clusters, stored int
			db.SQL().QueryRow("SELECT (SELECT COUNT(*) FROM quote_clusters), (SELECT COUNT(*) FROM quotes)").Scan(&clusters, &stored)
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/article")
			// CPU time says more than wall time on a machine others share
			b.ReportMetric(cpu*1e6/float64(b.N), "cpu-µs/article")
			b.ReportMetric(float64(stored), "quotes")
			b.ReportMetric(float64(clusters), "clusters")
		})
	}
}
