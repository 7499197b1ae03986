package main

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

// A URL serving text/plain is extracted as text, as the same text in a
// file is (only "url" differs); HTML served as text/plain is still reduced
// to its article, and binary content is refused.
func TestExtractURLPlainText(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>Chad</title></head><body><nav>Home | World</nav>" +
		"<article><p>" + strings.TrimSpace(textChad) + "</p></article></body></html>"
	mux := http.NewServeMux()
	serve := func(path, contentType, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", contentType)
			w.Write([]byte(body))
		})
	}
	serve("/a.txt", "text/plain; charset=utf-8", strings.ReplaceAll(textChad+textPeru, "\n", "\r\n"))
	serve("/latin1.txt", "text/plain; charset=iso-8859-1", "Les soldats fran\xe7ais quittent le Niger.\n")
	serve("/page.txt", "text/plain", page)
	serve("/logo.txt", "text/plain", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	code, out, stderr := extractRun(t, "", "extract", srv.URL+"/a.txt")
	docs := extracted(t, out)
	if code != 0 || len(docs) != 1 {
		t.Fatalf("text/plain URL: exit %d, %d documents, stderr %q", code, len(docs), stderr)
	}
	_, fileOut, _ := extractRun(t, "", "extract", writeFile(t, t.TempDir(), "a.txt", textChad+textPeru))
	want := extracted(t, fileOut)[0]
	if docs[0].URL == nil || *docs[0].URL != srv.URL+"/a.txt" {
		t.Errorf("url = %v, want %s", docs[0].URL, srv.URL+"/a.txt")
	}
	got := docs[0]
	got.URL = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("text/plain URL extracted as\n%+v\nwant, as from a file,\n%+v", got, want)
	}
	if len(got.Troops) == 0 || len(got.Deaths) == 0 {
		t.Errorf("text/plain URL: no troops or deaths found in %q", got.Body)
	}

	code, out, stderr = extractRun(t, "", "extract", srv.URL+"/latin1.txt")
	if docs := extracted(t, out); code != 0 || len(docs) != 1 || !strings.Contains(docs[0].Body, "français") {
		t.Errorf("latin-1 text/plain URL: exit %d, stderr %q, output %s", code, stderr, out)
	}

	code, out, stderr = extractRun(t, "", "extract", srv.URL+"/page.txt")
	docs = extracted(t, out)
	if code != 0 || len(docs) != 1 || strings.Contains(docs[0].Body, "<") || strings.Contains(docs[0].Body, "Home | World") ||
		!strings.Contains(docs[0].Body, "Hassan Mahamat Abakar") {
		t.Errorf("HTML served as text/plain: exit %d, stderr %q, output %s; want the article alone", code, stderr, out)
	}

	code, out, stderr = extractRun(t, "", "extract", srv.URL+"/logo.txt")
	if code != 2 || out != "" || !strings.Contains(stderr, "/logo.txt") {
		t.Errorf("binary served as text/plain: exit %d, stdout %q, stderr %q; want exit 2 and an error", code, out, stderr)
	}
}
