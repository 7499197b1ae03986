package pipeline

import (
	"fmt"
	"sync"
)

// Report sums up a run. Its counts are of feeds (fetched, unchanged since
// the last fetch, failed) and of articles: new, updated (stored before,
// text changed), unchanged (stored before; linked to this feed if it was
// not yet) and failed (skipped). Failures has a line for each failure.
type Report struct {
	mu sync.Mutex

	FeedsFetched      int       `json:"feeds_fetched"`
	FeedsUnchanged    int       `json:"feeds_unchanged"`
	FeedsFailed       int       `json:"feeds_failed"`
	ArticlesNew       int       `json:"articles_new"`
	ArticlesUpdated   int       `json:"articles_updated"`
	ArticlesUnchanged int       `json:"articles_unchanged"`
	ArticlesFailed    int       `json:"articles_failed"`
	Records           int       `json:"records"`
	Seconds           float64   `json:"seconds"`
	Failures          []Failure `json:"failures"`
}

// Failure is one source or article that could not be ingested.
type Failure struct {
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Err    string `json:"error"`
}

func (r *Report) add(f func(*Report)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(r)
}

// Summary is the closing line of a run.
func (r *Report) Summary() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return fmt.Sprintf("feeds: %d fetched, %d unchanged, %d failed; articles: %d new, %d updated, %d unchanged, %d failed; %d records; %.1fs",
		r.FeedsFetched, r.FeedsUnchanged, r.FeedsFailed, r.ArticlesNew, r.ArticlesUpdated, r.ArticlesUnchanged,
		r.ArticlesFailed, r.Records, r.Seconds)
}

// String is the failure as one line: source, URL, what went wrong.
func (f Failure) String() string {
	if f.URL == "" {
		return f.Source + ": " + f.Err
	}
	return f.Source + ": " + f.URL + ": " + f.Err
}

// SourcesFailed reports whether any feed could not be fetched or read. A
// page that fails is a failed article, not a failed source: it is in
// Failures, but it does not make the run partial.
func (r *Report) SourcesFailed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.FeedsFailed > 0
}
