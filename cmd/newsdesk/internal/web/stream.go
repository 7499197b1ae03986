package web

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

// quoteColumns are the CSV columns of a quote: the JSON fields, in order.
var quoteColumns = []string{"id", "text", "speaker", "speaker_kind", "speaker_title", "speaker_country", "speaker_country_name",
	"organization", "article_id", "article_url", "article_title", "published", "feed", "feed_title", "cue", "person_id"}

func quoteRecord(e storage.QuoteEntry) []string {
	person := ""
	if e.PersonID != nil {
		person = strconv.FormatInt(*e.PersonID, 10)
	}
	return []string{strconv.FormatInt(e.ID, 10), e.Text, e.Speaker, e.SpeakerKind, e.SpeakerTitle, e.SpeakerCountry,
		e.SpeakerCountryName, e.Organization, strconv.FormatInt(e.ArticleID, 10), e.ArticleURL, e.ArticleTitle, e.Published,
		e.Feed, e.FeedTitle, e.Cue, person}
}

// streamWindow is how long the client has to take each page of a stream.
const streamWindow = time.Minute

// pageRows is the number of rows a stream reads at a time.
const pageRows = 1000

// errStop ends an iteration early.
var errStop = errors.New("stop")

// streamQuotes writes every quote q selects (up to q.Limit when set) as
// CSV or JSON Lines, a page at a time: memory stays flat however many rows
// there are, and no read transaction stays open for the whole export.
// Nothing is written before the first page is read, so that a bad cursor
// or search is still answered with a 400.
func (s *Server) streamQuotes(w http.ResponseWriter, r *http.Request, q storage.QuoteQuery, format string) error {
	var write func(storage.QuoteEntry) error
	var flush func() error
	start := func() error {
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		if format == "jsonl" {
			h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			write = func(e storage.QuoteEntry) error { return enc.Encode(e) }
			flush = func() error { return nil }
			return nil
		}
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="quotes.csv"`)
		cw := csv.NewWriter(w)
		write = func(e storage.QuoteEntry) error { return cw.Write(quoteRecord(e)) }
		flush = func() error { cw.Flush(); return cw.Error() }
		return cw.Write(quoteColumns)
	}
	rc := http.NewResponseController(w)
	max := q.Limit
	q.Limit = pageRows
	if max > 0 {
		q.Limit = min(max, pageRows)
	}
	n := 0
	err := s.db.EachQuote(r.Context(), q, func(e storage.QuoteEntry) error {
		if max > 0 && n >= max {
			return errStop
		}
		if n == 0 {
			if err := start(); err != nil {
				return err
			}
		}
		if n%q.Limit == 0 {
			// each page gets its own window to be written in, so that a
			// long export is not cut by the server's write timeout
			rc.SetWriteDeadline(time.Now().Add(streamWindow)) //nolint:errcheck // not every writer has deadlines
		}
		n++
		return write(e)
	})
	if err != nil && !errors.Is(err, errStop) {
		return err
	}
	if n == 0 {
		if err := start(); err != nil {
			return err
		}
	}
	return flush()
}
