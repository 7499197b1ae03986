package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
)

func ExampleClient_Get() {
	// A publisher serving a Latin-1 feed without saying so, with an ETag.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/down" {
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		if r.Header.Get("If-None-Match") == `"42"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"42"`)
		w.Header().Set("Cache-Control", "max-age=900")
		w.Write([]byte("<rss version=\"2.0\"><channel><title>Not\xedcias</title></channel></rss>"))
	}))
	defer srv.Close()

	client := fetch.New(fetch.Config{})
	ctx := context.Background()

	resp, err := client.Get(ctx, fetch.Request{URL: srv.URL + "/feed"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %s, poll again in %v\n%s\n", resp.ContentType, resp.Charset, resp.MaxAge, resp.Body)

	// The next run sends the validators and learns that nothing changed.
	resp, err = client.Get(ctx, fetch.Request{URL: srv.URL + "/feed", ETag: resp.ETag})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("not modified:", resp.NotModified)

	// A failing feed: back off, unless the server asks for a longer wait.
	_, err = client.Get(ctx, fetch.Request{URL: srv.URL + "/down"})
	var se *fetch.StatusError
	if errors.As(err, &se) {
		failures := 1
		wait := max(fetch.Backoff(failures, 15*time.Minute, 24*time.Hour), se.RetryAfter)
		fmt.Println(se.Code, "retry in", wait)
	}

	// Output:
	// application/rss+xml windows-1252, poll again in 15m0s
	// <rss version="2.0"><channel><title>Notícias</title></channel></rss>
	// not modified: true
	// 503 retry in 1h0m0s
}
