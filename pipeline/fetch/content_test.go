package fetch

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
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

// checkSniffText fails when sniffText answers for b and its answer is not
// http.DetectContentType's.
func checkSniffText(t testing.TB, b []byte) {
	t.Helper()
	if ct, ok := sniffText(b); ok {
		if want := http.DetectContentType(b); ct != want {
			t.Fatalf("sniffText(%.60q) = %q, DetectContentType says %q", b, ct, want)
		}
	}
}

// TestSniffTextAgrees checks the shortcut of Sniff against
// http.DetectContentType: every first two bytes, before texts that are
// plain, hold a byte no text holds (within the first 512 bytes and after),
// hold markup after white space, or "LP" at 34; every byte at each of the
// first 40 places of a text; and every signature the shortcut leaves alone.
func TestSniffTextAgrees(t *testing.T) {
	tails := []string{"", "x", "F87a", "IFF\x00\x00\x00\x00WEBPVP8", "\x03\x04 zip", "d\x00\x00\x00\x06",
		"e said the talks had stalled.\n", strings.Repeat("ab ", 200) + "\x01",
		strings.Repeat("ab ", 100) + "\x01", strings.Repeat("x", 32) + "LP and more", "  \n<html>", "\x1b\x0c\r\t ok"}
	for c0 := range 256 {
		for c1 := range 256 {
			for _, tail := range tails {
				checkSniffText(t, append([]byte{byte(c0), byte(c1)}, tail...))
			}
		}
		checkSniffText(t, []byte{byte(c0)})
	}
	text := []byte("Talks resumed on Monday in Geneva, officials said, after a week of delays.\n")
	for i := range 40 {
		for c := range 256 {
			b := bytes.Clone(text)
			b[i] = byte(c)
			checkSniffText(t, b)
			checkSniffText(t, append([]byte(" \t\r\n\f"), b...))
		}
	}
	for _, sig := range []string{"<!DOCTYPE HTML>", "<p>", " <?xml ", "%PDF-", "%!PS-Adobe-", "BM", "GIF87a", "GIF89a",
		"RIFF\x00\x00\x00\x00WEBPVP", "FORM\x00\x00\x00\x00AIFF", "ID3", "OggS\x00", "MThd\x00\x00\x00\x06",
		"RIFF\x00\x00\x00\x00AVI ", "RIFF\x00\x00\x00\x00WAVE", "OTTO", "ttcf", "wOFF", "wOF2", "PK\x03\x04",
		"Rar!\x1A\x07\x00", "Rar!\x1A\x07\x01\x00", strings.Repeat("a", 34) + "LP"} {
		b := []byte(sig + " and some text")
		if _, ok := sniffText(b); ok {
			t.Errorf("sniffText answers for %q, a signature", sig)
		}
	}
	if ct, ok := sniffText(text); !ok || ct != "text/plain; charset=utf-8" {
		t.Errorf("sniffText(%q) = %q, %v; want text/plain", text, ct, ok)
	}
}

func FuzzSniffText(f *testing.F) {
	for _, s := range []string{"plain text", "BMW", "<p>", " x", strings.Repeat("a", 34) + "LP", "a\x01"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkSniffText(t, b) })
}
