package pipeline

import (
	"errors"
	"fmt"

	"github.com/newsdesk/newsdesk/extract"
)

// ErrExtractFailed is wrapped by the error of an extraction that panicked.
var ErrExtractFailed = errors.New("pipeline: extraction failed")

// Extract runs the extractor over one article's body. A panic in a rule
// (a shape of text no rule was written for) becomes an error wrapping
// ErrExtractFailed, so that the article fails alone: an ingest, a
// re-extraction or a batch of `newsdesk extract` goes on with the others.
func Extract(ex *extract.Extractor, body string) (*extract.Result, error) {
	return guarded(ex.Extract, body)
}

// guarded calls f, turning its panic into an error.
func guarded(f func(string) *extract.Result, body string) (res *extract.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: %v", ErrExtractFailed, p)
		}
	}()
	return f(body), nil
}
