// Package web is newsdesk's HTTP service over one database, read-only: a
// JSON API under /api/v1 (described by the OpenAPI document it serves at
// /api/v1/openapi.json), the newsroom's web pages (quote search, people,
// figures, feeds), /healthz and /metrics.
//
// Every handler only reads; the database should be opened with
// storage.OpenReadOnly so that nothing can write through the service.
package web

import (
	"context"
	"embed"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

//go:embed templates static openapi.json
var assets embed.FS

// Config is what a Server needs. Zero values mean the defaults.
type Config struct {
	// DB is the database served; required.
	DB *storage.DB
	// CORS adds Access-Control-Allow-Origin: * to the API's answers, so
	// that pages of other origins may call it.
	CORS bool
	// Log receives one line per request; nil logs nothing.
	Log *slog.Logger
}

// Server answers the API and the pages. It is safe for concurrent use.
type Server struct {
	db      *storage.DB
	cors    bool
	log     *slog.Logger
	metrics *metrics
	pages   map[string]*pageTemplate
	mux     *http.ServeMux
}

// route is one path the server answers; the route table below is the one
// place that lists them, for the mux, the metrics and the tests.
type route struct {
	pattern string // a ServeMux pattern without method: GET and HEAD are implied
	api     bool   // answers JSON, documented in the OpenAPI document
	handle  func(*Server, http.ResponseWriter, *http.Request) error
}

// routes lists what the server answers.
var routes = []route{
	{"/api/v1/quotes", true, (*Server).apiQuotes},
	{"/api/v1/quotes/{id}", true, (*Server).apiQuote},
	{"/api/v1/people", true, (*Server).apiPeople},
	{"/api/v1/people/{id}", true, (*Server).apiPerson},
	{"/api/v1/officials", true, (*Server).apiOfficials},
	{"/api/v1/figures", true, (*Server).apiFigures},
	{"/api/v1/articles/{id}", true, (*Server).apiArticle},
	{"/api/v1/feeds", true, (*Server).apiFeeds},
	{"/api/v1/openapi.json", true, (*Server).apiOpenAPI},
	{"/api/", true, (*Server).apiNotFound},
	{"/healthz", false, (*Server).healthz},
	{"/metrics", false, (*Server).serveMetrics},
	{"/{$}", false, (*Server).searchPage},
	{"/people/{id}", false, (*Server).personPage},
	{"/figures", false, (*Server).figuresPage},
	{"/feeds", false, (*Server).feedsPage},
	{"/static/", false, (*Server).static},
	{"/", false, (*Server).pageNotFound},
}

// New makes a Server.
func New(cfg Config) (*Server, error) {
	if cfg.DB == nil {
		return nil, errors.New("web: no database")
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{db: cfg.DB, cors: cfg.CORS, log: log, metrics: newMetrics(), pages: pages, mux: http.NewServeMux()}
	for _, rt := range routes {
		s.mux.Handle(rt.pattern, s.wrap(rt))
	}
	return s, nil
}

// ServeHTTP answers a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// wrap adds to a route's handler what every request gets: the method
// check, CORS, security headers, error answers, recovery from panics, one
// log line and the metrics.
func (s *Server) wrap(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if p := recover(); p != nil {
				s.log.Error("panic", "path", r.URL.Path, "panic", p)
				if !rec.wrote {
					s.fail(rec, r, rt.api, errInternal)
				}
			}
			d := time.Since(start)
			s.metrics.observe(rt.pattern, rec.status, d)
			if s.log.Enabled(r.Context(), slog.LevelInfo) {
				s.log.Info("request", "method", r.Method, "path", r.URL.RequestURI(), "route", rt.pattern,
					"status", rec.status, "bytes", rec.bytes, "ms", float64(d.Microseconds())/1000, "remote", r.RemoteAddr)
			}
		}()
		h := rec.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", csp)
		if rt.api && s.cors {
			h.Set("Access-Control-Allow-Origin", "*")
			h.Set("Access-Control-Expose-Headers", "ETag, Last-Modified, Link")
		}
		switch r.Method {
		case http.MethodGet, http.MethodHead:
		case http.MethodOptions:
			h.Set("Allow", "GET, HEAD, OPTIONS")
			if rt.api && s.cors {
				h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
				h.Set("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since")
				h.Set("Access-Control-Max-Age", "86400")
			}
			rec.WriteHeader(http.StatusNoContent)
			return
		default:
			h.Set("Allow", "GET, HEAD, OPTIONS")
			s.fail(rec, r, rt.api, errStatus(http.StatusMethodNotAllowed, "method %s not allowed; this service only reads", r.Method))
			return
		}
		if err := rt.handle(s, rec, r); err != nil {
			s.fail(rec, r, rt.api, err)
		}
	})
}

// csp allows nothing from outside: the pages load only their own script,
// style sheet and icon, and may not be framed.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// recorder notes the status and size of an answer.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (deadlines,
// flushing) through the recorder.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// fail answers an error: JSON for the API, a page otherwise. Errors that
// are not the client's are logged and answered without their text.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, api bool, err error) {
	if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
		// the client went away; nobody reads the answer
		if rec, ok := w.(*recorder); ok {
			rec.status = 499
		}
		return
	}
	status, msg := classify(err)
	if status >= 500 {
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
	}
	if rec, ok := w.(*recorder); ok && rec.wrote {
		return // a streamed answer broke off; the status is out already
	}
	h := w.Header()
	h.Del("ETag")
	h.Del("Last-Modified")
	if api {
		writeJSONStatus(w, status, map[string]string{"error": msg})
		return
	}
	s.errorPage(w, r, status, msg)
}
