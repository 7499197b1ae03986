package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
)

// openAPIDoc is the served document, parsed loosely for walking it.
type openAPIDoc struct {
	OpenAPI    string                                `json:"openapi"`
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		Parameters map[string]openAPIParam `json:"parameters"`
	} `json:"components"`
}

type openAPIParam struct {
	Name    string `json:"name"`
	In      string `json:"in"`
	Example any    `json:"example"`
	Schema  struct {
		Type string `json:"type"`
		Enum []any  `json:"enum"`
	} `json:"schema"`
}

type openAPIOp struct {
	Parameters []struct {
		Ref string `json:"$ref"`
	} `json:"parameters"`
	Responses map[string]json.RawMessage `json:"responses"`
}

// checker validates exchanges with the server against the document.
type checker struct {
	t   *testing.T
	s   *Server
	v   validator.Validator
	doc openAPIDoc
}

func newChecker(t *testing.T) *checker {
	t.Helper()
	s := newTestServer(t, Config{})
	r := mustGet(t, s, "/api/v1/openapi.json")
	c := &checker{t: t, s: s}
	if err := json.Unmarshal([]byte(r.body), &c.doc); err != nil {
		t.Fatalf("the served document is not JSON: %v", err)
	}
	doc, err := libopenapi.NewDocument([]byte(r.body))
	if err != nil {
		t.Fatal(err)
	}
	v, errs := validator.NewValidator(doc)
	if len(errs) > 0 {
		t.Fatalf("validator: %v", errs)
	}
	c.v = v
	return c
}

// exchange sends a request to the server and fails unless both it and the
// answer agree with the document. It returns the status.
func (c *checker) exchange(target string, headers ...string) int {
	c.t.Helper()
	return c.send(true, target, headers...)
}

// exchangeBad sends a request the document calls invalid and checks the
// answer only.
func (c *checker) exchangeBad(target string) int {
	c.t.Helper()
	return c.send(false, target)
}

func (c *checker) send(checkRequest bool, target string, headers ...string) int {
	c.t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	rec := httptest.NewRecorder()
	c.s.ServeHTTP(rec, req)
	res := rec.Result()
	validate := c.v.ValidateHttpRequestResponse
	if !checkRequest {
		validate = c.v.ValidateHttpResponse
	}
	if ok, errs := validate(req, res); !ok {
		for _, e := range errs {
			c.t.Errorf("GET %s (%d): %s: %s", target, res.StatusCode, e.Message, e.Reason)
			for _, se := range e.SchemaValidationErrors {
				c.t.Errorf("  %s at %s", se.Reason, se.FieldPath)
			}
		}
	}
	return res.StatusCode
}

func TestOpenAPIDocumentIsValid(t *testing.T) {
	c := newChecker(t)
	if c.doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q, want 3.1.0", c.doc.OpenAPI)
	}
	if ok, errs := c.v.ValidateDocument(); !ok {
		for _, e := range errs {
			t.Errorf("document: %s: %s", e.Message, e.Reason)
			for _, se := range e.SchemaValidationErrors {
				t.Errorf("  %s at %s", se.Reason, se.FieldPath)
			}
		}
	}
}

// TestOpenAPIListsEveryRoute holds the document and the route table to
// each other: every route the server answers is documented, and nothing
// else is.
func TestOpenAPIListsEveryRoute(t *testing.T) {
	c := newChecker(t)
	var served []string
	for _, rt := range routes {
		if rt.api && strings.HasPrefix(rt.pattern, "/api/v1/") || rt.pattern == "/healthz" || rt.pattern == "/metrics" {
			served = append(served, rt.pattern)
		}
	}
	var documented []string
	for p, ops := range c.doc.Paths {
		documented = append(documented, p)
		for method := range ops {
			if method != "get" {
				t.Errorf("%s documents %s; the service only reads", p, method)
			}
		}
	}
	slices.Sort(served)
	slices.Sort(documented)
	if !slices.Equal(served, documented) {
		t.Errorf("routes served and documented differ:\nserved     %v\ndocumented %v", served, documented)
	}
}

// demoIDs are ids of the demo database to fill path parameters with.
func demoIDs(t *testing.T, s *Server) map[string]string {
	t.Helper()
	ids := map[string]string{}
	for path, q := range map[string]string{
		"/api/v1/quotes/{id}":   "SELECT MIN(id) FROM quotes",
		"/api/v1/people/{id}":   "SELECT id FROM people WHERE name = 'Ingrid Solberg'",
		"/api/v1/articles/{id}": "SELECT MIN(id) FROM articles",
	} {
		var id int64
		if err := s.db.SQL().QueryRow(q).Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids[path] = fmt.Sprint(id)
	}
	return ids
}

// TestOpenAPIAgreesWithHandlers sends every route, with each documented
// parameter set to its example, and checks each exchange against the
// document; then the errors the document lists.
func TestOpenAPIAgreesWithHandlers(t *testing.T) {
	c := newChecker(t)
	ids := demoIDs(t, c.s)
	for path, ops := range c.doc.Paths {
		var op openAPIOp
		if err := json.Unmarshal(ops["get"], &op); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		base := strings.Replace(path, "{id}", ids[path], 1)
		if st := c.exchange(base); st != http.StatusOK {
			t.Errorf("GET %s: %d", base, st)
		}
		var queryNames []string
		for _, ref := range op.Parameters {
			p, ok := c.doc.Components.Parameters[strings.TrimPrefix(ref.Ref, "#/components/parameters/")]
			if !ok {
				t.Errorf("%s: parameter %s is not in components", path, ref.Ref)
				continue
			}
			if p.In != "query" {
				continue
			}
			queryNames = append(queryNames, p.Name)
			if p.Example == nil {
				continue // the cursor: checked below with a real one
			}
			target := base + "?" + url.Values{p.Name: {fmt.Sprint(p.Example)}}.Encode()
			// every documented parameter is one the handler knows
			if st := c.exchange(target); st != http.StatusOK {
				t.Errorf("GET %s: %d for a documented parameter", target, st)
			}
		}
		// and only those: any other name is a 400, as documented
		if strings.HasPrefix(path, "/api/") && path != "/api/v1/openapi.json" {
			if st := c.exchangeBad(base + "?undocumented=1"); st != http.StatusBadRequest {
				t.Errorf("GET %s?undocumented=1: %d, want 400", base, st)
			}
		}
		if slices.Contains(queryNames, "limit") {
			if st := c.exchangeBad(base + "?limit=0"); st != http.StatusBadRequest {
				t.Errorf("GET %s?limit=0: %d", base, st)
			}
		}
		if _, ok := op.Responses["404"]; ok {
			if st := c.exchange(strings.Replace(path, "{id}", "987654321", 1)); st != http.StatusNotFound {
				t.Errorf("%s with an unknown id: %d", path, st)
			}
		}
		if _, ok := op.Responses["304"]; ok {
			etag := get(t, c.s, base).header.Get("ETag")
			if st := c.exchange(base, "If-None-Match: "+etag); st != http.StatusNotModified {
				t.Errorf("GET %s with its ETag: %d", base, st)
			}
		}
	}
	// a real cursor, and the streams
	first := decode[quotesJSON](t, mustGet(t, c.s, "/api/v1/quotes?limit=2"))
	c.exchange("/api/v1/quotes?limit=2&cursor=" + url.QueryEscape(*first.Next))
	// (the JSON Lines stream is no single JSON value, which the validator
	// would want; TestAPIQuotesStreams reads it)
	c.exchange("/api/v1/quotes?format=csv")
	c.exchangeBad("/api/v1/quotes?since=yesterday")
	c.exchange("/api/v1/quotes?since=2026-11-17&until=2026-11-18&country=NO&speaker=solberg&q=room&limit=5")
}
