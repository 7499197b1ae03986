package web

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// decode reads a JSON answer, failing unless it is one. Answers to a GET
// through get must be 200 or an error the test expects: see decodeAny.
func decode[T any](t *testing.T, r response) T {
	t.Helper()
	if r.status >= 500 {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var v T
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON; body %s", ct, r.body)
	}
	if err := json.Unmarshal([]byte(r.body), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.body)
	}
	return v
}

type quoteJSON struct {
	ID             int64  `json:"id"`
	Text           string `json:"text"`
	Speaker        string `json:"speaker"`
	SpeakerTitle   string `json:"speaker_title"`
	SpeakerCountry string `json:"speaker_country"`
	ArticleID      int64  `json:"article_id"`
	Published      string `json:"published"`
	PersonID       *int64 `json:"person_id"`
	Context        string `json:"context"`
	Start          int    `json:"start_offset"`
	End            int    `json:"end_offset"`
}

type quotesJSON struct {
	Quotes []quoteJSON `json:"quotes"`
	Next   *string     `json:"next"`
}

func speakers(qs []quoteJSON) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Speaker)
	}
	return out
}

// allQuotes pages through /api/v1/quotes with the query and limit given.
func allQuotes(t *testing.T, s *Server, query string, limit int) []quoteJSON {
	t.Helper()
	var all []quoteJSON
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 1000 {
			t.Fatal("paging does not end")
		}
		target := "/api/v1/quotes?limit=" + strconv.Itoa(limit) + query
		if cursor != "" {
			target += "&cursor=" + url.QueryEscape(cursor)
		}
		r := get(t, s, target)
		if r.status != http.StatusOK {
			t.Fatalf("%s: %d %s", target, r.status, r.body)
		}
		page := decode[quotesJSON](t, r)
		all = append(all, page.Quotes...)
		if page.Next == nil {
			if r.header.Get("Link") != "" {
				t.Errorf("last page has a Link: %s", r.header.Get("Link"))
			}
			return all
		}
		if !strings.Contains(r.header.Get("Link"), `rel="next"`) {
			t.Errorf("page with a next has no Link header")
		}
		cursor = *page.Next
	}
}

func TestAPIQuotesPaging(t *testing.T) {
	s := newTestServer(t, Config{})
	one := allQuotes(t, s, "", 1000)
	if len(one) < 12 {
		t.Fatalf("%d quotes in the demo, want at least 12", len(one))
	}
	if one[0].Text != hostileQuote {
		t.Errorf("the newest quote is %q, want the hostile one", one[0].Text)
	}
	for i := 1; i < len(one); i++ {
		if one[i].Published > one[i-1].Published {
			t.Errorf("not newest first: %s after %s", one[i].Published, one[i-1].Published)
		}
	}
	for _, limit := range []int{1, 2, 5} {
		paged := allQuotes(t, s, "", limit)
		if !slices.EqualFunc(paged, one, func(a, b quoteJSON) bool { return a.ID == b.ID }) {
			t.Errorf("limit %d: paging gives another list", limit)
		}
	}
	// filters stay with the cursor
	if got := allQuotes(t, s, "&speaker=vaitkiene", 1); len(got) != 2 || got[0].Speaker != "Rasa Vaitkienė" {
		t.Errorf("paged speaker filter: %v", speakers(got))
	}
}

func TestAPIQuotesFilters(t *testing.T) {
	s := newTestServer(t, Config{})
	all := allQuotes(t, s, "", 1000)
	var solbergID, osloArticle int64
	for _, q := range all {
		if q.Speaker == "Ingrid Solberg" {
			solbergID, osloArticle = *q.PersonID, q.ArticleID
		}
	}
	tests := []struct {
		query string
		want  []string // speakers in order
	}{
		{"speaker=solberg", []string{"Ingrid Solberg", "Ingrid Solberg"}},
		{"speaker=I+SOLBERG", []string{"Ingrid Solberg", "Ingrid Solberg"}},
		{"q=communiques", []string{"Ingrid Solberg"}},
		{"q=%22good+faith%22", []string{"Khalid Osman"}},
		{"q=faith+OR+communiqu%C3%A9s", []string{"Ingrid Solberg", "Khalid Osman"}},
		{"q=we+-oslo&speaker=osman", nil},
		{"country=lt", []string{"Rasa Vaitkienė", "Rasa Vaitkienė"}},
		{"since=2026-11-19", []string{hostileSpeaker, "Julio Cárdenas"}},
		{"until=2026-11-16", []string{"Hassan Mahamat Abakar", "Hassan Mahamat Abakar", "Fatoumata Keita"}},
		{"since=2026-11-17T14:05:00Z&until=2026-11-17T14:05:00Z", []string{"Ingrid Solberg", "Ingrid Solberg", "Khalid Osman"}},
		{"person=" + strconv.FormatInt(solbergID, 10), []string{"Ingrid Solberg", "Ingrid Solberg"}},
		{"article=" + strconv.FormatInt(osloArticle, 10), []string{"Ingrid Solberg", "Ingrid Solberg", "Khalid Osman"}},
		{"speaker=nobody+at+all", nil},
		{"q=%E2%80%94", nil}, // only punctuation: nothing matches
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := get(t, s, "/api/v1/quotes?"+tt.query)
			if r.status != http.StatusOK {
				t.Fatalf("%d %s", r.status, r.body)
			}
			page := decode[quotesJSON](t, r)
			if page.Quotes == nil {
				t.Error(`"quotes" is null, want a list`)
			}
			if got := speakers(page.Quotes); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAPIQuotesFields(t *testing.T) {
	s := newTestServer(t, Config{})
	r := get(t, s, "/api/v1/quotes?speaker=solberg&limit=1")
	var page struct {
		Quotes []map[string]any `json:"quotes"`
	}
	page = decode[struct {
		Quotes []map[string]any `json:"quotes"`
	}](t, r)
	if len(page.Quotes) != 1 {
		t.Fatalf("%d quotes", len(page.Quotes))
	}
	q := page.Quotes[0]
	for _, f := range []string{"id", "text", "speaker", "speaker_title", "speaker_country", "organization", "article_id",
		"article_url", "article_title", "published", "feed", "cue", "person_id"} {
		if _, ok := q[f]; !ok {
			t.Errorf("quote lacks %q: %v", f, q)
		}
	}
	if q["speaker_title"] != "Foreign Minister" || q["speaker_country"] != "NO" || q["feed_title"] != "Newsdesk Demo Wire: World" ||
		!strings.HasPrefix(q["article_url"].(string), "https://demo.newsdesk.invalid/") {
		t.Errorf("quote: %v", q)
	}
}

func TestAPIQuotesStreams(t *testing.T) {
	s := newTestServer(t, Config{})
	all := allQuotes(t, s, "", 1000)

	r := get(t, s, "/api/v1/quotes?format=csv")
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", r.status, r.header.Get("Content-Type"))
	}
	recs, err := csv.NewReader(strings.NewReader(r.body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(recs[0], quoteColumns) {
		t.Errorf("header %q", recs[0])
	}
	if len(recs)-1 != len(all) {
		t.Errorf("csv has %d rows, the API %d", len(recs)-1, len(all))
	}
	if recs[1][1] != hostileQuote || recs[1][0] != strconv.FormatInt(all[0].ID, 10) {
		t.Errorf("first row %q", recs[1])
	}

	r = get(t, s, "/api/v1/quotes?format=jsonl&speaker=solberg")
	lines := strings.Split(strings.TrimSpace(r.body), "\n")
	if r.status != http.StatusOK || len(lines) != 2 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/x-ndjson") {
		t.Fatalf("jsonl: %d %q", r.status, r.body)
	}
	for _, l := range lines {
		var q map[string]any
		if err := json.Unmarshal([]byte(l), &q); err != nil || q["speaker"] != "Ingrid Solberg" {
			t.Errorf("line %s: %v", l, err)
		}
	}

	r = get(t, s, "/api/v1/quotes?format=csv&limit=3")
	if recs, _ := csv.NewReader(strings.NewReader(r.body)).ReadAll(); len(recs) != 4 {
		t.Errorf("csv with limit 3: %d records", len(recs))
	}
	r = get(t, s, "/api/v1/quotes?format=csv&speaker=nobody")
	if r.status != http.StatusOK || strings.TrimSpace(r.body) != strings.Join(quoteColumns, ",") {
		t.Errorf("empty csv: %d %q", r.status, r.body)
	}
	r = get(t, s, "/api/v1/quotes?format=csv&cursor=bogus")
	if r.status != http.StatusBadRequest || !strings.Contains(r.body, "cursor") {
		t.Errorf("csv with a bad cursor: %d %s", r.status, r.body)
	}
}

func TestAPIErrors(t *testing.T) {
	s := newTestServer(t, Config{})
	first := decode[quotesJSON](t, get(t, s, "/api/v1/quotes?limit=1&speaker=solberg"))
	otherCursor := url.QueryEscape(*first.Next)
	tests := []struct {
		target string
		status int
		says   string // part of the message
	}{
		{"/api/v1/quotes?since=yesterday", 400, "since"},
		{"/api/v1/quotes?until=2026-13-45", 400, "until"},
		{"/api/v1/quotes?since=2026-11-18&until=2026-11-17", 400, "before"},
		{"/api/v1/quotes?limit=-1", 400, "limit"},
		{"/api/v1/quotes?limit=0", 400, "limit"},
		{"/api/v1/quotes?limit=1001", 400, "limit"},
		{"/api/v1/quotes?limit=ten", 400, "limit"},
		{"/api/v1/quotes?q=%22left+the+room", 400, "quotation mark"},
		{"/api/v1/quotes?q=OR", 400, "OR"},
		{"/api/v1/quotes?q=-oslo", 400, "excluded"},
		{"/api/v1/quotes?cursor=not-ours", 400, "cursor"},
		{"/api/v1/quotes?cursor=" + otherCursor, 400, "cursor"},
		{"/api/v1/quotes?speaker=osman&cursor=" + otherCursor, 400, "cursor"},
		{"/api/v1/quotes?country=NOR", 400, "country"},
		{"/api/v1/quotes?person=abc", 400, "person"},
		{"/api/v1/quotes?person=0", 400, "person"},
		{"/api/v1/quotes?article=-3", 400, "article"},
		{"/api/v1/quotes?format=xml", 400, "format"},
		{"/api/v1/quotes?speakr=solberg", 400, "unknown parameter"},
		{"/api/v1/quotes?limit=1&limit=2", 400, "2 times"},
		{"/api/v1/quotes?q=" + strings.Repeat("a", 600), 400, "longer"},
		{"/api/v1/quotes?q=%ff%fe", 400, "UTF-8"},
		{"/api/v1/quotes?q=%zz", 400, "query string"},
		{"/api/v1/quotes/99999", 404, "not found"},
		{"/api/v1/quotes/abc", 400, "id"},
		{"/api/v1/quotes/-1", 400, "id"},
		{"/api/v1/quotes/99999999999999999999", 400, "id"},
		{"/api/v1/quotes/1?x=1", 400, "unknown parameter"},
		{"/api/v1/people/99999", 404, "not found"},
		{"/api/v1/people/x", 400, "id"},
		{"/api/v1/people?limit=5000", 400, "limit"},
		{"/api/v1/people?cursor=zzz", 400, "cursor"},
		{"/api/v1/articles/99999", 404, "not found"},
		{"/api/v1/articles/1.5", 400, "id"},
		{"/api/v1/officials?country=1", 400, "country"},
		{"/api/v1/officials?speaker=x", 400, "unknown parameter"},
		{"/api/v1/figures?kind=wounded", 400, "kind"},
		{"/api/v1/figures?kind=deaths&country=TD", 400, "no country"},
		{"/api/v1/figures?q=%22", 400, "quotation mark"},
		{"/api/v1/feeds?all=1", 400, "unknown parameter"},
		{"/api/v1/nothing", 404, "no such endpoint"},
		{"/api/v2/quotes", 404, "no such endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r := get(t, s, tt.target)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			e := decode[map[string]string](t, r)
			if !strings.Contains(e["error"], tt.says) {
				t.Errorf("error %q does not say %q", e["error"], tt.says)
			}
			if r.header.Get("ETag") != "" {
				t.Error("an error carries an ETag")
			}
		})
	}
}

func TestAPIMethods(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		r := do(t, s, m, "/api/v1/quotes")
		if r.status != http.StatusMethodNotAllowed || r.header.Get("Allow") != "GET, HEAD, OPTIONS" {
			t.Errorf("%s: %d, Allow %q", m, r.status, r.header.Get("Allow"))
		}
		if e := decode[map[string]string](t, r); !strings.Contains(e["error"], "only reads") {
			t.Errorf("%s: %v", m, e)
		}
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	res, err := http.Head(srv.URL + "/api/v1/quotes")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || len(body) != 0 || res.Header.Get("ETag") == "" {
		t.Errorf("HEAD: %d %q %v", res.StatusCode, body, res.Header)
	}
}

func TestAPIConditional(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, target := range []string{"/api/v1/quotes", "/api/v1/people", "/api/v1/officials", "/api/v1/figures", "/api/v1/feeds",
		"/api/v1/quotes?speaker=solberg"} {
		first := get(t, s, target)
		etag := first.header.Get("ETag")
		if first.status != 200 || etag == "" || first.header.Get("Last-Modified") == "" {
			t.Fatalf("%s: %d, ETag %q, Last-Modified %q", target, first.status, etag, first.header.Get("Last-Modified"))
		}
		again := get(t, s, target, "If-None-Match: "+etag)
		if again.status != http.StatusNotModified || again.body != "" {
			t.Errorf("%s with its ETag: %d %q", target, again.status, again.body)
		}
		if r := get(t, s, target, `If-None-Match: "other", W/`+etag); r.status != http.StatusNotModified {
			t.Errorf("%s with a list holding the weak ETag: %d", target, r.status)
		}
		if r := get(t, s, target, `If-None-Match: "other"`); r.status != http.StatusOK || r.body != first.body {
			t.Errorf("%s with another ETag: %d", target, r.status)
		}
	}
	// another answer has another ETag
	a := get(t, s, "/api/v1/quotes?speaker=solberg").header.Get("ETag")
	b := get(t, s, "/api/v1/quotes?speaker=osman").header.Get("ETag")
	if a == b {
		t.Error("two answers share an ETag")
	}
}

func TestAPICORS(t *testing.T) {
	plain := newTestServer(t, Config{})
	if r := get(t, plain, "/api/v1/quotes"); r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Error("CORS header without --cors")
	}
	cors := newTestServer(t, Config{CORS: true})
	r := get(t, cors, "/api/v1/quotes", "Origin: https://tools.example")
	if r.header.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(r.header.Get("Access-Control-Expose-Headers"), "ETag") {
		t.Errorf("CORS headers: %v", r.header)
	}
	pre := do(t, cors, http.MethodOptions, "/api/v1/quotes", "Origin: https://tools.example",
		"Access-Control-Request-Method: GET", "Access-Control-Request-Headers: if-none-match")
	if pre.status != http.StatusNoContent || pre.header.Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(pre.header.Get("Access-Control-Allow-Headers"), "If-None-Match") {
		t.Errorf("preflight: %d %v", pre.status, pre.header)
	}
	if r := get(t, cors, "/"); r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Error("the web page carries CORS headers")
	}
}

func TestAPIQuoteDetail(t *testing.T) {
	s := newTestServer(t, Config{})
	page := decode[quotesJSON](t, mustGet(t, s, "/api/v1/quotes?q=communiques"))
	if len(page.Quotes) != 1 {
		t.Fatalf("%d quotes", len(page.Quotes))
	}
	q := decode[quoteJSON](t, mustGet(t, s, "/api/v1/quotes/"+strconv.FormatInt(page.Quotes[0].ID, 10)))
	if q.Text != "But the people of Darfur cannot eat communiqués" || !strings.Contains(q.Context, q.Text) || q.End <= q.Start {
		t.Errorf("detail: %+v", q)
	}
	// the offsets point into the article's body
	art := decode[struct {
		Body   string      `json:"body"`
		Quotes []quoteJSON `json:"quotes"`
		Troops []any       `json:"troops"`
		Deaths []any       `json:"deaths"`
		Feeds  []any       `json:"feeds"`
	}](t, mustGet(t, s, "/api/v1/articles/"+strconv.FormatInt(q.ArticleID, 10)))
	// the span holds the quotation marks around the words
	if got := string([]rune(art.Body)[q.Start:q.End]); !strings.Contains(got, q.Text) || len(got) > len(q.Text)+8 {
		t.Errorf("body at the offsets: %q", got)
	}
	if len(art.Quotes) != 3 || len(art.Deaths) == 0 || len(art.Feeds) != 1 {
		t.Errorf("article records: %d quotes, %d deaths, %d feeds", len(art.Quotes), len(art.Deaths), len(art.Feeds))
	}
}

func TestAPIPeople(t *testing.T) {
	s := newTestServer(t, Config{})
	type personJSON struct {
		ID     int64  `json:"id"`
		Name   string `json:"name"`
		Quotes int    `json:"quotes"`
		Roles  []struct {
			Title, Country, Organization string
		} `json:"roles"`
		FirstSeen     string      `json:"first_seen"`
		LastSeen      string      `json:"last_seen"`
		RolesOverTime []any       `json:"roles_over_time"`
		LatestQuotes  []quoteJSON `json:"latest_quotes"`
	}
	list := decode[struct {
		People []personJSON `json:"people"`
		Next   *string      `json:"next"`
	}](t, mustGet(t, s, "/api/v1/people?q=solberg"))
	if len(list.People) != 1 {
		t.Fatalf("people: %+v", list)
	}
	p := list.People[0]
	if p.Name != "Ingrid Solberg" || p.Quotes != 2 || len(p.Roles) != 1 || p.Roles[0].Title != "Foreign Minister" ||
		p.Roles[0].Country != "NO" || p.FirstSeen != "2026-11-17T14:05:00Z" || list.Next != nil {
		t.Errorf("Solberg: %+v", p)
	}
	d := decode[personJSON](t, mustGet(t, s, "/api/v1/people/"+strconv.FormatInt(p.ID, 10)))
	if d.Name != p.Name || len(d.RolesOverTime) != 1 || len(d.LatestQuotes) != 2 || d.LatestQuotes[0].Speaker != "Ingrid Solberg" {
		t.Errorf("detail: %+v", d)
	}
	everyone := decode[struct {
		People []personJSON `json:"people"`
	}](t, mustGet(t, s, "/api/v1/people"))
	for i := 1; i < len(everyone.People); i++ {
		if everyone.People[i].Quotes > everyone.People[i-1].Quotes {
			t.Errorf("not the most quoted first: %v", everyone.People)
		}
	}
}

func TestAPIOfficialsFiguresFeeds(t *testing.T) {
	s := newTestServer(t, Config{})
	off := decode[struct {
		Officials []struct {
			Person  string `json:"person"`
			Title   string `json:"title"`
			Country string `json:"country"`
		} `json:"officials"`
	}](t, mustGet(t, s, "/api/v1/officials?country=no"))
	if len(off.Officials) != 1 || off.Officials[0].Person != "Ingrid Solberg" {
		t.Errorf("officials of Norway: %+v", off)
	}
	type figure struct {
		Kind         string `json:"kind"`
		Count        int64  `json:"count"`
		Country      string `json:"country"`
		ArticleTitle string `json:"article_title"`
		ArticleURL   string `json:"article_url"`
	}
	troops := decode[struct {
		Figures []figure `json:"figures"`
	}](t, mustGet(t, s, "/api/v1/figures?kind=troops&country=td"))
	if len(troops.Figures) != 1 || troops.Figures[0].Count != 1500 || troops.Figures[0].ArticleURL == "" {
		t.Errorf("troops of Chad: %+v", troops)
	}
	deaths := decode[struct {
		Figures []figure `json:"figures"`
	}](t, mustGet(t, s, "/api/v1/figures?kind=deaths"))
	if len(deaths.Figures) == 0 {
		t.Error("no death tolls")
	}
	for _, f := range deaths.Figures {
		if f.Kind != "deaths" || f.ArticleTitle == "" {
			t.Errorf("death toll: %+v", f)
		}
	}
	feeds := decode[struct {
		Feeds []feedAnswer `json:"feeds"`
	}](t, mustGet(t, s, "/api/v1/feeds"))
	if len(feeds.Feeds) != 4 {
		t.Fatalf("%d feeds", len(feeds.Feeds))
	}
	for _, f := range feeds.Feeds[:3] {
		if f.Health != "ok" || f.LastFetchedAt == nil || f.Articles == 0 {
			t.Errorf("demo feed: %+v", f)
		}
	}
	// the hostile article's feed was never fetched, only named
	if f := feeds.Feeds[3]; f.Health != "new" || f.LastFetchedAt != nil {
		t.Errorf("unfetched feed: %+v", f)
	}
}

func TestHealthz(t *testing.T) {
	s := newTestServer(t, Config{})
	if r := get(t, s, "/healthz"); r.status != 200 || decode[map[string]string](t, r)["status"] != "ok" {
		t.Errorf("healthz: %d %s", r.status, r.body)
	}
	db := openDemo(t)
	broken := newTestServer(t, Config{DB: db})
	db.Close()
	if r := get(t, broken, "/healthz"); r.status != http.StatusServiceUnavailable {
		t.Errorf("healthz on a closed database: %d %s", r.status, r.body)
	}
}
