package fetch

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"testing"
)

func TestContentCheck(t *testing.T) {
	const (
		html = "<!DOCTYPE html><html><head><title>t</title></head><body>news</body></html>"
		pdf  = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"
		png  = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
	)
	tests := []struct {
		name        string
		page        bool
		contentType string // "-" sends none
		body        string
		wantErr     error
	}{
		{"page: html", true, "text/html; charset=utf-8", html, nil},
		{"page: xhtml", true, "application/xhtml+xml", html, nil},
		{"page: html without Content-Type", true, "-", html, nil},
		{"page: html as octet-stream", true, "application/octet-stream", html, nil},
		{"page: pdf", true, "application/pdf", pdf, ErrNotHTML},
		{"page: pdf labelled html", true, "text/html", pdf, ErrNotHTML},
		{"page: png without Content-Type", true, "-", png, ErrNotHTML},
		{"page: image", true, "image/jpeg", "\xff\xd8\xff\xe0", ErrNotHTML},
		{"page: json", true, "application/json", `{"a":1}`, ErrNotHTML},
		{"page: plain text", true, "text/plain", "just text", ErrNotHTML},
		{"feed: rss", false, "application/rss+xml", testFeed, nil},
		{"feed: served as text/html", false, "text/html", testFeed, nil},
		{"feed: served as octet-stream", false, "application/octet-stream", testFeed, nil},
		{"feed: pdf", false, "application/pdf", pdf, ErrNotFeed},
		{"feed: png labelled xml", false, "application/xml", png, ErrNotFeed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testContentCheck(t, tc.contentType, tc.body, Request{Page: tc.page}, tc.wantErr)
		})
	}
}

// TestContentCheckText: a page request that accepts plain text (Text) takes
// text/plain, and text with no Content-Type, as well as HTML, and still
// refuses binary content and other types.
func TestContentCheckText(t *testing.T) {
	tests := []struct {
		name        string
		contentType string // "-" sends none
		body        string
		wantErr     error
		wantType    string
	}{
		{"plain text", "text/plain; charset=utf-8", "Minister Ana Lopez said so.", nil, "text/plain"},
		{"plain text without Content-Type", "-", "Minister Ana Lopez said so.", nil, "text/plain"},
		{"html", "text/html", "<!DOCTYPE html><html><body>news</body></html>", nil, "text/html"},
		{"pdf labelled text", "text/plain", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", ErrNotHTML, ""},
		{"image", "image/png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrNotHTML, ""},
		{"json", "application/json", `{"a":1}`, ErrNotHTML, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp := testContentCheck(t, tc.contentType, tc.body, Request{Page: true, Text: true}, tc.wantErr)
			if resp != nil && resp.ContentType != tc.wantType {
				t.Errorf("ContentType = %q, want %q", resp.ContentType, tc.wantType)
			}
		})
	}
}

// testContentCheck serves body with contentType ("-": none) and gets it
// with req, expecting wantErr; it returns the response, if any.
func testContentCheck(t *testing.T, contentType, body string, req Request, wantErr error) *Response {
	t.Helper()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if contentType == "-" {
			w.Header()["Content-Type"] = nil // keep net/http from sniffing one
		} else {
			w.Header().Set("Content-Type", contentType)
		}
		w.Write([]byte(body))
	})
	c := newTestClient(t, Config{})
	req.URL = srv.URL
	resp, err := c.Get(context.Background(), req)
	if !errors.Is(err, wantErr) {
		t.Fatalf("got %v, want %v", err, wantErr)
	}
	if err == nil && resp.ContentType == "" {
		t.Errorf("ContentType is empty")
	}
	return resp
}

// TestNotHTMLNotDownloaded checks that a page answered with a declared PDF
// fails on the headers: a 200 MiB PDF is refused as not HTML, not read
// until it is too large.
func TestNotHTMLNotDownloaded(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Length", strconv.Itoa(200<<20))
		streamZeros(w, 200<<20)
	})
	c := newTestClient(t, Config{MaxBodyBytes: 1 << 20})
	_, err := c.Get(context.Background(), Request{URL: srv.URL, Page: true})
	if !errors.Is(err, ErrNotHTML) {
		t.Fatalf("got %v, want ErrNotHTML", err)
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"text opening like a BMP", "BMW sales rose by a tenth in the spring, the carmaker said.\n", "text/plain; charset=utf-8"},
		{"text opening like an MP3", "ID3 chips were in short supply, traders said.\n", "text/plain; charset=utf-8"},
		{"BMP header", "BM\x36\x10\x0e\x00\x00\x00\x00\x00\x36\x00\x00\x00(\x00", "image/bmp"},
		{"MP3 header", "ID3\x03\x00\x00\x00\x00\x0fvTIT2", "audio/mpeg"},
		{"long signature trusted", "%PDF-1.4 a document in plain ASCII\n", "application/pdf"},
		{"plain text", "Talks resumed on Monday.\n", "text/plain; charset=utf-8"},
	} {
		if got := Sniff([]byte(tc.body)); got != tc.want {
			t.Errorf("%s: Sniff = %q, want %q", tc.name, got, tc.want)
		}
	}
}
