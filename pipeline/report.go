package pipeline

import (
	"fmt"
	"net/url"
	"sync"
)

// Report sums up a run.
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

// SourcesFailed reports whether any feed could not be fetched or read.
func (r *Report) SourcesFailed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.FeedsFailed > 0
}

func urlJoin(base, ref string) (string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", err
	}
	return b.ResolveReference(r).String(), nil
}
