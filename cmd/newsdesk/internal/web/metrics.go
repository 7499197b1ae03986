package web

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsdesk/newsdesk/pipeline"
)

// latencyBuckets are the upper bounds, in seconds, of the latency histogram.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// metrics counts requests by route and status and times them by route.
// Routes are the patterns of the route table, so the label values are few
// and fixed whatever paths clients ask for.
type metrics struct {
	mu       sync.Mutex
	requests map[requestKey]uint64
	latency  map[string]*histogram
}

type requestKey struct {
	route string
	code  int
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[requestKey]uint64{}, latency: map[string]*histogram{}}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	sec := d.Seconds()
	i, _ := slices.BinarySearch(latencyBuckets, sec)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[requestKey{route, code}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets)+1)}
		m.latency[route] = h
	}
	h.counts[i]++
	h.sum += sec
	h.n++
}

// write renders the metrics in the Prometheus text format (version 0.0.4).
func (m *metrics) write(b *bytes.Buffer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b.WriteString("# HELP newsdesk_http_requests_total HTTP requests answered, by route and status code.\n")
	b.WriteString("# TYPE newsdesk_http_requests_total counter\n")
	keys := make([]requestKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b requestKey) int {
		if c := strings.Compare(a.route, b.route); c != 0 {
			return c
		}
		return a.code - b.code
	})
	for _, k := range keys {
		fmt.Fprintf(b, "newsdesk_http_requests_total{route=%s,code=\"%d\"} %d\n", label(k.route), k.code, m.requests[k])
	}
	b.WriteString("# HELP newsdesk_http_request_duration_seconds Time taken to answer a request, by route.\n")
	b.WriteString("# TYPE newsdesk_http_request_duration_seconds histogram\n")
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	for _, r := range routes {
		h := m.latency[r]
		var cum uint64
		for i, c := range h.counts {
			cum += c
			le := "+Inf"
			if i < len(latencyBuckets) {
				le = strconv.FormatFloat(latencyBuckets[i], 'g', -1, 64)
			}
			fmt.Fprintf(b, "newsdesk_http_request_duration_seconds_bucket{route=%s,le=%q} %d\n", label(r), le, cum)
		}
		fmt.Fprintf(b, "newsdesk_http_request_duration_seconds_sum{route=%s} %s\n", label(r), strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(b, "newsdesk_http_request_duration_seconds_count{route=%s} %d\n", label(r), h.n)
	}
}

// label quotes a label value as the text format wants it.
func label(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) error {
	if p := parseParams(r); p.err != nil {
		return p.err
	}
	counts, err := s.db.RecordCounts(r.Context())
	if err != nil {
		return err
	}
	var b bytes.Buffer
	s.metrics.write(&b)
	b.WriteString("# HELP newsdesk_records Records in the database, by kind.\n")
	b.WriteString("# TYPE newsdesk_records gauge\n")
	for _, c := range counts {
		fmt.Fprintf(&b, "newsdesk_records{kind=%s} %d\n", label(c.Kind), c.Count)
	}
	s.writeJobs(r.Context(), &b)
	if mod, err := s.db.Modified(); err == nil && !mod.IsZero() {
		b.WriteString("# HELP newsdesk_database_modified_seconds When the database file last changed, in Unix seconds.\n")
		b.WriteString("# TYPE newsdesk_database_modified_seconds gauge\n")
		fmt.Fprintf(&b, "newsdesk_database_modified_seconds %d\n", mod.Unix())
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.WriteString("# HELP newsdesk_go_goroutines Goroutines that exist.\n# TYPE newsdesk_go_goroutines gauge\n")
	fmt.Fprintf(&b, "newsdesk_go_goroutines %d\n", runtime.NumGoroutine())
	b.WriteString("# HELP newsdesk_go_heap_bytes Bytes of allocated heap objects.\n# TYPE newsdesk_go_heap_bytes gauge\n")
	fmt.Fprintf(&b, "newsdesk_go_heap_bytes %d\n", ms.HeapAlloc)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, err = w.Write(b.Bytes())
	return err
}

// writeJobs adds the job queue's jobs by kind and state, on PostgreSQL
// (SQLite has no queue). A failure to read them is logged and leaves them
// out, so that the other metrics are still scraped.
func (s *Server) writeJobs(ctx context.Context, b *bytes.Buffer) {
	if !s.db.Postgres() {
		return
	}
	jobs, err := pipeline.QueueStates(ctx, s.db.SQL())
	if err != nil {
		s.log.Warn("metrics: the job queue", "err", err)
		return
	}
	b.WriteString("# HELP newsdesk_jobs Jobs in the PostgreSQL job queue (River's river_job), by kind and state; finished jobs are kept for a day.\n")
	b.WriteString("# TYPE newsdesk_jobs gauge\n")
	for _, j := range jobs {
		fmt.Fprintf(b, "newsdesk_jobs{kind=%s,state=%s} %d\n", label(j.Kind), label(j.State), j.Count)
	}
}
