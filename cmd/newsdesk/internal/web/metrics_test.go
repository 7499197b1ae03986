package web

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sampleRE is a sample line of the Prometheus text format.
var sampleRE = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (\S+)$`)

// parseExposition checks the text format line by line and returns each
// sample's value by its name and labels as written.
func parseExposition(t *testing.T, text string) map[string]float64 {
	t.Helper()
	typed := map[string]string{}
	out := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if rest, ok := strings.CutPrefix(line, "# TYPE "); ok {
			f := strings.Fields(rest)
			if len(f) != 2 || !strings.Contains(" counter gauge histogram summary untyped ", " "+f[1]+" ") {
				t.Errorf("bad TYPE line %q", line)
				continue
			}
			typed[f[0]] = f[1]
			continue
		}
		if strings.HasPrefix(line, "# HELP ") {
			continue
		}
		m := sampleRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("not a sample line: %q", line)
			continue
		}
		base := m[1]
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			if b, ok := strings.CutSuffix(m[1], suffix); ok && typed[b] == "histogram" {
				base = b
			}
		}
		if typed[base] == "" {
			t.Errorf("sample %s has no TYPE before it", m[1])
		}
		v, err := strconv.ParseFloat(m[3], 64)
		if err != nil {
			t.Errorf("value of %q: %v", line, err)
		}
		out[m[1]+m[2]] = v
	}
	return out
}

func TestMetrics(t *testing.T) {
	s := newTestServer(t, Config{})
	for range 3 {
		mustGet(t, s, "/api/v1/quotes")
	}
	get(t, s, "/api/v1/quotes?limit=-1")
	get(t, s, "/api/v1/quotes/99999")
	get(t, s, "/no/such/page")
	mustGet(t, s, "/")

	r := mustGet(t, s, "/metrics")
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	m := parseExposition(t, r.body)
	want := map[string]float64{
		`newsdesk_http_requests_total{route="/api/v1/quotes",code="200"}`:                 3,
		`newsdesk_http_requests_total{route="/api/v1/quotes",code="400"}`:                 1,
		`newsdesk_http_requests_total{route="/api/v1/quotes/{id}",code="404"}`:            1,
		`newsdesk_http_requests_total{route="/",code="404"}`:                              1,
		`newsdesk_http_requests_total{route="/{$}",code="200"}`:                           1,
		`newsdesk_http_request_duration_seconds_count{route="/api/v1/quotes"}`:            4,
		`newsdesk_http_request_duration_seconds_bucket{route="/api/v1/quotes",le="+Inf"}`: 4,
		`newsdesk_records{kind="quotes"}`:                                                 12,
		`newsdesk_records{kind="articles"}`:                                               6,
		`newsdesk_records{kind="feeds"}`:                                                  4,
	}
	for k, v := range want {
		if got, ok := m[k]; !ok || got != v {
			t.Errorf("%s = %v (present %v), want %v", k, got, ok, v)
		}
	}
	// buckets rise to the count
	prev := -1.0
	for _, le := range append(latencyBucketLabels(), "+Inf") {
		v, ok := m[`newsdesk_http_request_duration_seconds_bucket{route="/api/v1/quotes",le="`+le+`"}`]
		if !ok || v < prev {
			t.Errorf("bucket le=%s: %v (present %v) after %v", le, v, ok, prev)
		}
		prev = v
	}
	for k := range m {
		if strings.HasPrefix(k, "newsdesk_jobs") {
			t.Errorf("SQLite has no job queue, yet %s", k)
		}
	}
	if m["newsdesk_go_goroutines"] <= 0 || m["newsdesk_database_modified_seconds"] <= 0 {
		t.Error("process or database gauges missing")
	}
}

func latencyBucketLabels() []string {
	var out []string
	for _, b := range latencyBuckets {
		out = append(out, strconv.FormatFloat(b, 'g', -1, 64))
	}
	return out
}

func TestLabelEscaping(t *testing.T) {
	if got := label("a\"b\\c\nd"); got != `"a\"b\\c\nd"` {
		t.Errorf("label: %s", got)
	}
}
