package web

import (
	"bytes"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

// pageTemplate is a page's template: the layout with the page's blocks.
type pageTemplate = template.Template

// pageNames are the templates under templates/, besides the layout.
var pageNames = []string{"search", "person", "figures", "feeds", "error"}

var templateFuncs = template.FuncMap{
	"day":   datePart,
	"count": func(n int64) string { return formatCount(float64(n)) },
	"f1":    func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
	"when":  when,
}

func parsePages() (map[string]*pageTemplate, error) {
	base, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(assets, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*pageTemplate{}
	for _, name := range pageNames {
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(assets, "templates/"+name+".html")
		}
		if err != nil {
			return nil, err
		}
		out[name] = t
	}
	return out, nil
}

// view is what the layout shows around a page.
type view struct {
	Title  string
	Active string // the navigation entry to mark
	Data   any
}

// render writes a page: the whole of it is made before the first byte
// goes out, so that a failing template is a clean error.
func (s *Server) render(w http.ResponseWriter, status int, name string, v view) error {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout.html", v); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if err := s.render(w, status, "error", view{Title: http.StatusText(status), Data: msg}); err != nil {
		s.log.Error("error page", "err", err)
		http.Error(w, msg, status)
	}
}

func (s *Server) pageNotFound(w http.ResponseWriter, r *http.Request) error {
	return errStatus(http.StatusNotFound, "There is no page at %s.", r.URL.Path)
}

// quoteView is a quote as a result list shows it.
type quoteView struct {
	storage.QuoteEntry
	Segments []storage.Segment // the text, search hits marked
	Outlet   string
	Citation string
}

func quoteViews(quotes []storage.QuoteEntry, search storage.Search) []quoteView {
	out := make([]quoteView, len(quotes))
	for i, q := range quotes {
		out[i] = quoteView{QuoteEntry: q, Segments: storage.Highlight(q.Text, search), Outlet: outlet(q)}
		out[i].Citation = citation(q, out[i].Outlet)
	}
	return out
}

// outlet names where a quote was published: the feed's title, else the
// article's host.
func outlet(q storage.QuoteEntry) string {
	if q.FeedTitle != "" {
		return q.FeedTitle
	}
	if u, err := url.Parse(q.ArticleURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return ""
}

// citation is a quote with its source on one line, to paste into copy:
// “Text,” Speaker, Title (State), Outlet, 2026-11-17, URL
func citation(q storage.QuoteEntry, outlet string) string {
	parts := []string{"“" + oneLine(q.Text) + "”", oneLine(q.Speaker)}
	role := oneLine(q.SpeakerTitle)
	if place := firstOf(q.SpeakerCountryName, q.Organization); place != "" {
		if role != "" {
			role += " (" + oneLine(place) + ")"
		} else {
			role = oneLine(place)
		}
	}
	for _, p := range []string{role, oneLine(outlet), datePart(q.Published), q.ArticleURL} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// when shows an RFC 3339 time to the minute, "2026-11-17 14:05 UTC".
func when(s *string) string {
	if s == nil {
		return ""
	}
	t, err := time.Parse(time.RFC3339, *s)
	if err != nil {
		return *s
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// datePart is the day of an RFC 3339 time.
func datePart(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// searchForm is the search box and filters as the user filled them in.
type searchForm struct {
	Q, Speaker, Country, Since, Until string
}

type searchData struct {
	Form      searchForm
	Error     string
	Quotes    []quoteView
	Next      string // URL of the next page, "" on the last
	First     string // URL of the first page when this is a later one
	Countries []storage.Country
	Filtered  bool // any filter is set
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	p := pageParams(r)
	d := searchData{Form: searchForm{Q: p.v.Get("q"), Speaker: p.v.Get("speaker"), Country: p.v.Get("country"),
		Since: p.v.Get("since"), Until: p.v.Get("until")}}
	d.Filtered = d.Form != searchForm{}
	q := storage.QuoteQuery{Speaker: p.str("speaker"), Country: p.country(), Search: p.search("q"), Cursor: p.str("cursor"), Limit: 25}
	q.Since, q.Until = p.dates()
	countries, err := s.db.Countries(r.Context())
	if err != nil {
		return err
	}
	d.Countries = countries
	status := http.StatusOK
	if p.err == nil {
		page, err := s.db.ListQuotes(r.Context(), q)
		if err != nil {
			if st, _ := classify(err); st != http.StatusBadRequest {
				return err
			}
			p.err = err
		}
		d.Quotes = quoteViews(page.Quotes, q.Search)
		if page.Next != "" {
			d.Next = withCursor(r, page.Next)
		}
		if q.Cursor != "" {
			d.First = withCursor(r, "")
		}
	}
	if p.err != nil {
		status = http.StatusBadRequest
		_, d.Error = classify(p.err)
	}
	return s.render(w, status, "search", view{Title: "Quotes", Active: "quotes", Data: d})
}

// withCursor is the request's URL with its cursor set, or dropped for "".
func withCursor(r *http.Request, cursor string) string {
	q := r.URL.Query()
	if cursor == "" {
		q.Del("cursor")
	} else {
		q.Set("cursor", cursor)
	}
	u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
	return u.String()
}

type personData struct {
	Person personAnswer
	Quotes []quoteView
	Next   string
	First  string
}

func (s *Server) personPage(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	p := pageParams(r)
	cursor := p.str("cursor")
	a, err := s.person(r.Context(), id, 25, cursor)
	if err != nil {
		return err
	}
	d := personData{Person: a, Quotes: quoteViews(a.LatestQuotes, storage.Search{})}
	if a.QuotesNext != nil {
		d.Next = withCursor(r, *a.QuotesNext)
	}
	if cursor != "" {
		d.First = withCursor(r, "")
	}
	return s.render(w, http.StatusOK, "person", view{Title: a.Name, Data: d})
}

type feedsData struct {
	Feeds []feedAnswer
}

func (s *Server) feedsPage(w http.ResponseWriter, r *http.Request) error {
	feeds, err := s.db.Feeds(r.Context())
	if err != nil {
		return err
	}
	return s.render(w, http.StatusOK, "feeds", view{Title: "Feeds", Active: "feeds", Data: feedsData{Feeds: feedAnswers(feeds)}})
}

// staticFiles are the embedded style sheet, script and icon.
var staticFiles = func() http.Handler {
	sub, err := fs.Sub(assets, "static")
	if err != nil {
		panic(err) // the embed directive guarantees the folder
	}
	return http.StripPrefix("/static/", http.FileServerFS(sub))
}()

func (s *Server) static(w http.ResponseWriter, r *http.Request) error {
	if strings.HasSuffix(r.URL.Path, "/") {
		return errStatus(http.StatusNotFound, "There is no page at %s.", r.URL.Path)
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	staticFiles.ServeHTTP(w, r)
	return nil
}

// PersonLink is the page of the speaker, "" when a body speaks.
func (q quoteView) PersonLink() string {
	if q.PersonID == nil {
		return ""
	}
	return "/people/" + strconv.FormatInt(*q.PersonID, 10)
}
