package web

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

// quoteParams are the parameters of /api/v1/quotes, as of the quotes command.
var quoteParams = []string{"speaker", "country", "org", "q", "since", "until", "person", "article", "limit", "cursor", "format"}

// quoteQuery reads the filters of a quote listing.
func quoteQuery(p *params) storage.QuoteQuery {
	q := storage.QuoteQuery{Speaker: p.str("speaker"), Country: p.country(), Org: p.str("org"), Search: p.search("q"),
		PersonID: p.id("person"), ArticleID: p.id("article"), Cursor: p.str("cursor")}
	q.Since, q.Until = p.dates()
	return q
}

// Pages of the listings: the rows under their name, then the cursor of the
// next page, null on the last.
type (
	quotesAnswer struct {
		Quotes []storage.QuoteEntry `json:"quotes"`
		Next   *string              `json:"next"`
	}
	peopleAnswer struct {
		People []storage.PersonSummary `json:"people"`
		Next   *string                 `json:"next"`
	}
	officialsAnswer struct {
		Officials []storage.OfficialEntry `json:"officials"`
		Next      *string                 `json:"next"`
	}
	figuresAnswer struct {
		Figures []storage.FigureEntry `json:"figures"`
		Next    *string               `json:"next"`
	}
)

// orNull is s, or nil for "".
func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// setNextLink adds an RFC 8288 Link to the next page, for clients that
// follow links rather than read the body.
func setNextLink(w http.ResponseWriter, r *http.Request, next string) {
	if next == "" {
		return
	}
	q := r.URL.Query()
	q.Set("cursor", next)
	u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
	w.Header().Set("Link", "<"+u.String()+`>; rel="next"`)
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) error {
	p := parseParams(r, quoteParams...)
	q := quoteQuery(p)
	format := p.oneOf("format", "json", "json", "jsonl", "csv")
	explicitLimit := p.str("limit") != ""
	q.Limit = p.limit()
	if p.err != nil {
		return p.err
	}
	if format != "json" {
		if !explicitLimit {
			q.Limit = 0 // every row
		}
		return s.streamQuotes(w, r, q, format)
	}
	page, err := s.db.ListQuotes(r.Context(), q)
	if err != nil {
		return err
	}
	setNextLink(w, r, page.Next)
	return s.writeJSON(w, r, quotesAnswer{page.Quotes, orNull(page.Next)})
}

func (s *Server) apiQuote(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	if p := parseParams(r); p.err != nil {
		return p.err
	}
	d, err := s.db.Quote(r.Context(), id)
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, d)
}

func (s *Server) apiPeople(w http.ResponseWriter, r *http.Request) error {
	p := parseParams(r, "q", "limit", "cursor")
	q := storage.PeopleQuery{Name: p.str("q"), Limit: p.limit(), Cursor: p.str("cursor")}
	if p.err != nil {
		return p.err
	}
	page, err := s.db.ListPeople(r.Context(), q)
	if err != nil {
		return err
	}
	setNextLink(w, r, page.Next)
	return s.writeJSON(w, r, peopleAnswer{page.People, orNull(page.Next)})
}

// latestQuotes is how many of a person's quotes their record carries.
const latestQuotes = 20

// personAnswer is a person with their latest quotes; quotes_next continues
// them at /api/v1/quotes?person=ID&cursor=....
type personAnswer struct {
	storage.PersonDetail
	LatestQuotes []storage.QuoteEntry `json:"latest_quotes"`
	QuotesNext   *string              `json:"quotes_next"`
}

func (s *Server) apiPerson(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	if p := parseParams(r); p.err != nil {
		return p.err
	}
	a, err := s.person(r.Context(), id, latestQuotes, "")
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, a)
}

// person reads a person and a page of their quotes.
func (s *Server) person(ctx context.Context, id int64, limit int, cursor string) (personAnswer, error) {
	d, err := s.db.Person(ctx, id)
	if err != nil {
		return personAnswer{}, err
	}
	quotes, err := s.db.ListQuotes(ctx, storage.QuoteQuery{PersonID: id, Limit: limit, Cursor: cursor})
	if err != nil {
		return personAnswer{}, err
	}
	return personAnswer{PersonDetail: d, LatestQuotes: quotes.Quotes, QuotesNext: orNull(quotes.Next)}, nil
}

func (s *Server) apiOfficials(w http.ResponseWriter, r *http.Request) error {
	p := parseParams(r, "name", "country", "org", "q", "since", "until", "person", "article", "limit", "cursor")
	q := storage.OfficialQuery{Name: p.str("name"), Country: p.country(), Org: p.str("org"), Search: p.search("q"),
		PersonID: p.id("person"), ArticleID: p.id("article"), Limit: p.limit(), Cursor: p.str("cursor")}
	q.Since, q.Until = p.dates()
	if p.err != nil {
		return p.err
	}
	page, err := s.db.ListOfficials(r.Context(), q)
	if err != nil {
		return err
	}
	setNextLink(w, r, page.Next)
	return s.writeJSON(w, r, officialsAnswer{page.Officials, orNull(page.Next)})
}

// figureQuery reads the filters of a figure listing that the API and the
// figures page share: kind, country and dates.
func figureQuery(p *params) storage.FigureQuery {
	q := storage.FigureQuery{Kind: p.oneOf("kind", "", storage.FigureTroops, storage.FigureDeaths), Country: p.country()}
	q.Since, q.Until = p.dates()
	if q.Kind == storage.FigureDeaths && q.Country != "" {
		p.fail(badRequest("death tolls have no country; country applies to troops"))
	}
	return q
}

func (s *Server) apiFigures(w http.ResponseWriter, r *http.Request) error {
	p := parseParams(r, "kind", "country", "q", "since", "until", "article", "limit", "cursor")
	q := figureQuery(p)
	q.Search, q.ArticleID, q.Cursor, q.Limit = p.search("q"), p.id("article"), p.str("cursor"), p.limit()
	if p.err != nil {
		return p.err
	}
	page, err := s.db.ListFigures(r.Context(), q)
	if err != nil {
		return err
	}
	setNextLink(w, r, page.Next)
	return s.writeJSON(w, r, figuresAnswer{page.Figures, orNull(page.Next)})
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	if p := parseParams(r); p.err != nil {
		return p.err
	}
	a, err := s.db.Article(r.Context(), id)
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, a)
}

// feedAnswer is a feed's health.
type feedAnswer struct {
	ID    int64  `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	// Health sums the state up: "ok", "failing" (the last fetch failed),
	// or "new" (never fetched).
	Health        string  `json:"health"`
	LastStatus    string  `json:"last_status"` // ok, unchanged, failed, or "" before the first fetch
	LastError     string  `json:"last_error"`
	ErrorCount    int     `json:"error_count"` // failures in a row
	LastFetchedAt *string `json:"last_fetched_at"`
	NextFetchAt   *string `json:"next_fetch_at"` // null: due now
	Articles      int     `json:"articles"`
}

func feedAnswers(feeds []storage.Feed) []feedAnswer {
	out := make([]feedAnswer, 0, len(feeds))
	for _, f := range feeds {
		a := feedAnswer{ID: f.ID, URL: f.URL, Title: f.Title, LastStatus: f.LastStatus, LastError: f.LastError,
			ErrorCount: f.ErrorCount, LastFetchedAt: timeOrNil(f.LastFetchedAt), NextFetchAt: timeOrNil(f.NextFetchAt), Articles: f.Articles}
		switch {
		case f.LastStatus == "":
			a.Health = "new"
		case f.LastStatus == storage.FeedFailed:
			a.Health = "failing"
		default:
			a.Health = "ok"
		}
		out = append(out, a)
	}
	return out
}

func timeOrNil(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(time.RFC3339)
	return &s
}

func (s *Server) apiFeeds(w http.ResponseWriter, r *http.Request) error {
	if p := parseParams(r); p.err != nil {
		return p.err
	}
	feeds, err := s.db.Feeds(r.Context())
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, map[string]any{"feeds": feedAnswers(feeds)})
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, err = w.Write(b)
	return err
}

func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) error {
	return errStatus(http.StatusNotFound, "no such endpoint: %s (the API is described at /api/v1/openapi.json)", r.URL.Path)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.db.Ping(ctx); err != nil {
		s.log.Error("health check failed", "err", err)
		writeJSONStatus(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "the database does not answer"})
		return nil
	}
	writeJSONStatus(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}
