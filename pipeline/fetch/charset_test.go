package fetch

import (
	"bytes"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		body        string
		want        string // expected output, or a substring of it when wantSub
		wantSub     bool
		wantCharset string
	}{
		{
			name:        "latin-1 feed without declaration",
			contentType: "application/rss+xml",
			body:        "<rss><channel><title>Not\xedcias de S\xe3o Paulo</title></channel></rss>",
			want:        "<rss><channel><title>Notícias de São Paulo</title></channel></rss>",
			wantCharset: "windows-1252",
		},
		{
			name:        "windows-1251 feed with declaration",
			contentType: "text/xml",
			body:        `<?xml version="1.0" encoding="windows-1251"?><rss><title>` + "\xcd\xee\xe2\xee\xf1\xf2\xe8" + `</title></rss>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><rss><title>Новости</title></rss>`,
			wantCharset: "windows-1251",
		},
		{
			name:        "single-quoted declaration, leading blank line",
			body:        "\n<?xml version='1.0' encoding='ISO-8859-1' ?>\n<rss><title>Caf\xe9</title></rss>",
			want:        "\n<?xml version='1.0' encoding='UTF-8' ?>\n<rss><title>Café</title></rss>",
			wantCharset: "windows-1252",
		},
		{
			name:        "charset only in header",
			contentType: "application/rss+xml; charset=ISO-8859-1",
			body:        "<rss><title>Caf\xe9</title></rss>",
			want:        "<rss><title>Café</title></rss>",
			wantCharset: "windows-1252",
		},
		{
			name:        "header says utf-8, bytes and declaration are latin-1",
			contentType: "text/xml; charset=utf-8",
			body:        `<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>J` + "\xfc" + `rgen</title></rss>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><rss><title>Jürgen</title></rss>`,
			wantCharset: "windows-1252",
		},
		{
			name:        "declaration beats a default header charset",
			contentType: "text/xml; charset=ISO-8859-1",
			body:        `<?xml version="1.0" encoding="windows-1251"?><t>` + "\xcc\xee\xf1\xea\xe2\xe0" + `</t>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><t>Москва</t>`,
			wantCharset: "windows-1251",
		},
		{
			name:        "stale latin-1 declaration on utf-8 bytes",
			body:        `<?xml version="1.0" encoding="ISO-8859-1"?><t>Café</t>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><t>Café</t>`,
			wantCharset: "utf-8",
		},
		{
			name:        "ascii body with latin-1 declaration",
			body:        `<?xml version="1.0" encoding="ISO-8859-1"?><t>Cafe</t>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><t>Cafe</t>`,
			wantCharset: "windows-1252",
		},
		{
			name:        "utf-16 declaration without BOM is ignored",
			body:        `<?xml version="1.0" encoding="UTF-16"?><t>Café</t>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><t>Café</t>`,
			wantCharset: "utf-8",
		},
		{
			name:        "unknown label",
			body:        `<?xml version="1.0" encoding="bogus"?><t>Café</t>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><t>Café</t>`,
			wantCharset: "utf-8",
		},
		{
			name:        "koi8-r declaration",
			body:        `<?xml version="1.0" encoding="KOI8-R"?><t>` + "\xf0\xd2\xc9\xcd\xc5\xd2" + `</t>`,
			want:        `<?xml version="1.0" encoding="UTF-8"?><t>Пример</t>`,
			wantCharset: "koi8-r",
		},
		{
			name:        "latin-1 with byte runs that are valid utf-8",
			body:        "<t>\xab\xa0dou\xe9\xa0\xbb, \xab\xa0surdou\xe9\xa0\xbb, caf\xe9</t>",
			want:        "<t>«\u00a0doué\u00a0», «\u00a0surdoué\u00a0», café</t>",
			wantCharset: "windows-1252",
		},
		{
			name:        "utf-8 with a stray latin-1 byte",
			body:        "<t>Café and caf\xe9</t>",
			want:        "<t>Café and café</t>",
			wantCharset: "utf-8",
		},
		{
			name:        "utf-8 BOM is dropped",
			body:        "\xef\xbb\xbf<?xml version=\"1.0\"?><t>Café</t>",
			want:        `<?xml version="1.0"?><t>Café</t>`,
			wantCharset: "utf-8",
		},
		{
			name:        "utf-16le with BOM",
			body:        "\xff\xfe" + utf16le(`<?xml version="1.0" encoding="UTF-16"?><t>Café</t>`),
			want:        `<?xml version="1.0" encoding="UTF-8"?><t>Café</t>`,
			wantCharset: "utf-16le",
		},
		{
			name:        "html meta charset",
			contentType: "text/html",
			body:        `<html><head><meta charset="windows-1251"><title>` + "\xcd\xee\xe2\xee\xf1\xf2\xe8" + `</title>`,
			want:        "Новости",
			wantSub:     true,
			wantCharset: "windows-1251",
		},
		{
			name:        "html http-equiv without Content-Type header",
			body:        `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Caf` + "\xe9" + `</title>`,
			want:        "<title>Café</title>",
			wantSub:     true,
			wantCharset: "windows-1252",
		},
		{
			name:        "html header beats meta",
			contentType: "text/html; charset=windows-1251",
			body:        `<html><head><meta charset="iso-8859-1"><title>` + "\xcd\xee\xe2\xee\xf1\xf2\xe8" + `</title>`,
			want:        "Новости",
			wantSub:     true,
			wantCharset: "windows-1251",
		},
		{
			name:        "html meta on utf-8 bytes is stale",
			contentType: "text/html",
			body:        `<html><head><meta charset="iso-8859-1"><title>Café</title>`,
			want:        "<title>Café</title>",
			wantSub:     true,
			wantCharset: "utf-8",
		},
		{
			name:        "json feed",
			contentType: "application/feed+json",
			body:        `{"title":"Café"}`,
			want:        `{"title":"Café"}`,
			wantCharset: "utf-8",
		},
		{
			name:        "empty",
			want:        "",
			wantCharset: "utf-8",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, charset := toUTF8([]byte(tc.body), tc.contentType)
			if tc.wantSub && !strings.Contains(string(got), tc.want) || !tc.wantSub && string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if charset != tc.wantCharset {
				t.Errorf("charset %q, want %q", charset, tc.wantCharset)
			}
		})
	}
}

// utf16le encodes ASCII and Latin-1 s as UTF-16LE.
func utf16le(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}

// TestCharsetOverHTTP fetches legacy-encoded feeds and a page through the
// client, as they come from publishers.
func TestCharsetOverHTTP(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		page                    bool
		want, wantCharset       string
	}{
		{
			name:        "latin-1 feed without declaration",
			contentType: "application/rss+xml",
			body:        "<rss version=\"2.0\"><channel><title>\xdaltimas Not\xedcias</title></channel></rss>",
			want:        "Últimas Notícias",
			wantCharset: "windows-1252",
		},
		{
			name:        "windows-1251 feed with declaration",
			contentType: "text/xml",
			body:        `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>` + "\xcd\xee\xe2\xee\xf1\xf2\xe8" + `</title></channel></rss>`,
			want:        "Новости",
			wantCharset: "windows-1251",
		},
		{
			name:        "latin-1 page with meta",
			contentType: "text/html",
			body:        `<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Fr` + "\xe9" + `d` + "\xe9" + `ric</title></head></html>`,
			page:        true,
			want:        "Frédéric",
			wantCharset: "windows-1252",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				w.Write([]byte(tc.body))
			})
			resp := mustGet(t, newTestClient(t, Config{}), Request{URL: srv.URL, Page: tc.page})
			if !bytes.Contains(resp.Body, []byte(tc.want)) || resp.Charset != tc.wantCharset {
				t.Errorf("got %q as %s, want %q as %s", resp.Body, resp.Charset, tc.want, tc.wantCharset)
			}
			if tc.page {
				return
			}
			feed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			if feed.Title != tc.want {
				t.Errorf("gofeed title %q, want %q", feed.Title, tc.want)
			}
		})
	}
}

// TestCharsetCorpus converts real feeds and pages with quirky encodings
// from the shared corpus and checks a known string in each; for feeds, it
// also checks that gofeed reads the result without converting it again.
func TestCharsetCorpus(t *testing.T) {
	tests := []struct {
		file        string // under shared/corpus/feeds
		contentType string // as a server might send it
		want        string
		wantCharset string
		feedTitle   string // "" for no gofeed check
	}{
		{"miniflux/parser-testdata/encoding_WINDOWS-1251.xml", "text/xml", "Новый цитатник Рунета", "windows-1251", "iBash.Org.Ru"},
		{"miniflux/parser-testdata/encoding_ISO-8859-1.xml", "application/rss+xml", "Viele Spieler wünschen sich", "windows-1252", "Golem.de"},
		{"miniflux/parser-testdata/no_encoding_ISO-8859-1.xml", "application/rss+xml", "nombre d'études", "windows-1252", "Flux RSS du magazine de psychologie Le Cercle Psy"},
		{"rss-parser/encoding.rss", "text/xml; charset=utf-8", "Jornal de Notícias - Últimas Notícias", "windows-1252", "Jornal de Notícias - Últimas Notícias"},
		{"rss-parser/uolNoticias.rss", "text/xml", "<description>Últimas Notícias</description>", "windows-1252", "UOL Noticias"},
		{"feed-rs/fixture/rss0/rss_0.91_encoding_2.xml", "", "Tribunal de Justiça do Estado", "windows-1252", ""},
		{"miniflux/encoding-testdata/utf8-incorrect-prolog.xml", "", "Café", "utf-8", ""},
		{"miniflux/encoding-testdata/invalid-prolog.xml", "", "Café", "utf-8", ""},
		{"miniflux/encoding-testdata/windows-1252.xml", "", "Euro €", "windows-1252", "Euro €"},
		{"miniflux/encoding-testdata/windows-1252-incorrect-prolog.xml", "", "Euro €", "utf-8", "Euro €"},
		{"miniflux/encoding-testdata/koi8r.xml", "", "Пример RSS ленты", "koi8-r", "Пример RSS ленты"},
		{"miniflux/xml-testdata/iso88591_utf8_mismatch.xml", "", "<to>Anaïs</to>", "windows-1252", ""},
		{"miniflux/encoding-testdata/iso-8859-1.html", "text/html", "<title>Frédéric</title>", "windows-1252", ""},
		{"miniflux/encoding-testdata/iso-8859-1-meta-after-1024.html", "text/html", "<title>Frédéric</title>", "windows-1252", ""},
		{"miniflux/encoding-testdata/utf8-meta-after-1024.html", "text/html", "<title>Frédéric</title>", "utf-8", ""},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			got, charset := toUTF8(sharedFile(t, "corpus/feeds/"+tc.file), tc.contentType)
			if !bytes.Contains(got, []byte(tc.want)) || charset != tc.wantCharset {
				t.Errorf("got charset %s, want %q as %s", charset, tc.want, tc.wantCharset)
			}
			if tc.feedTitle == "" {
				return
			}
			feed, err := gofeed.NewParser().Parse(bytes.NewReader(got))
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			if !strings.HasPrefix(feed.Title, tc.feedTitle) {
				t.Errorf("gofeed title %q, want %q", feed.Title, tc.feedTitle)
			}
		})
	}
}

// TestCharsetCorpusSweep runs every feed in the shared corpus through
// toUTF8: the output must be UTF-8 with no other encoding declared, a feed
// that was already clean UTF-8 must come out byte for byte, and a feed
// gofeed could parse before must still parse.
func TestCharsetCorpusSweep(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "corpus", "feeds")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".serde.json") {
			return err
		}
		switch filepath.Ext(path) {
		case ".xml", ".rss", ".atom", ".json", ".html":
		default:
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		got, _ := toUTF8(raw, "")
		if !utf8.Valid(got) {
			t.Errorf("%s: output is not valid UTF-8", path)
		}
		if label, _ := xmlDeclEncoding(got); label != "" && !strings.EqualFold(label, "utf-8") {
			t.Errorf("%s: output still declares %s", path, label)
		}
		if utf8.Valid(raw) && !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
			if label, _ := xmlDeclEncoding(raw); (label == "" || strings.EqualFold(label, "utf-8")) && !bytes.Equal(got, raw) {
				t.Errorf("%s: clean UTF-8 input was changed", path)
			}
		}
		if _, err := gofeed.NewParser().Parse(bytes.NewReader(raw)); err == nil {
			if _, err := gofeed.NewParser().Parse(bytes.NewReader(got)); err != nil {
				t.Errorf("%s: gofeed parsed the original but not the conversion: %v", path, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files", n)
}

// FuzzToUTF8 checks the invariants of charset conversion on any bytes:
// no panic, valid UTF-8 out, no other encoding left in an XML declaration,
// and UTF-8 input with non-ASCII text kept as it is.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf`+"\xe9</t>"), "text/xml")
	f.Add([]byte(`<?xml version='1.0' encoding='windows-1251'?><t>`+"\xcd\xee</t>"), "application/rss+xml; charset=utf-8")
	f.Add([]byte("\xff\xfe<\x00?\x00x\x00"), "")
	f.Add([]byte(`<meta charset="koi8-r"><p>`+"\xf0\xd2</p>"), "text/html")
	f.Add([]byte("Caf\xc3\xa9 \xe9"), "text/plain; charset=bogus")
	f.Add([]byte(`<?xml encoding="UTF-16"?>`), "")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		got, charset := toUTF8(body, contentType)
		if !utf8.Valid(got) {
			t.Fatalf("invalid UTF-8 out of %q (%s)", body, charset)
		}
		if charset == "" {
			t.Fatalf("no charset for %q", body)
		}
		if label, _ := xmlDeclEncoding(got); label != "" && !strings.EqualFold(label, "utf-8") {
			t.Fatalf("declaration still says %q in %q", label, got)
		}
		if utf8.Valid(body) && !isASCII(body) && !bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) {
			if want := fixXMLDecl(body); !bytes.Equal(got, want) {
				t.Fatalf("UTF-8 input %q changed to %q", body, got)
			}
		}
	})
}

// TestToUTF8SniffedIsToUTF8 checks that passing Sniff's answer along
// changes nothing, a byte-order mark before HTML included (the mark
// sniffs as text/plain, the page after it as HTML).
func TestToUTF8SniffedIsToUTF8(t *testing.T) {
	for _, s := range []string{
		"plain text, caf\xc3\xa9",
		"plain text, caf\xe9",
		"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body></html>",
		"\xef\xbb\xbf<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body></html>",
		"\xef\xbb\xbfcaf\xc3\xa9",
		"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xe9</rss>",
		"\xff\xfeh\x00i\x00",
	} {
		b := []byte(s)
		want, wantName := ToUTF8(bytes.Clone(b))
		got, gotName := ToUTF8Sniffed(bytes.Clone(b), Sniff(b))
		if !bytes.Equal(got, want) || gotName != wantName {
			t.Errorf("%q: ToUTF8Sniffed %q (%s), ToUTF8 %q (%s)", s, got, gotName, want, wantName)
		}
	}
}

// TestOpensXMLDecl checks that the byte loop ahead of xmlDecl turns away
// only documents the regexp finds no declaration in.
func TestOpensXMLDecl(t *testing.T) {
	for _, in := range []string{
		`<?xml version="1.0" encoding="ISO-8859-1"?><rss/>`,
		" \r\n\t<?xml version='1.0'?>",
		"<?xml?>", "<?xmlns?>", "<?XML version=\"1.0\"?>", "\ufeff<?xml version=\"1.0\"?>",
		"<html><?xml version=\"1.0\"?>", "plain text\n<?xml version=\"1.0\"?>",
		strings.Repeat(" ", declPrefix-3) + "<?xml version=\"1.0\"?>", "", "  ", "<?xm",
	} {
		b := []byte(in)
		want := xmlDecl().Find(b[:min(len(b), declPrefix)]) != nil
		if opens := opensXMLDecl(b); want && !opens {
			t.Errorf("opensXMLDecl(%q) = false, but the regexp finds a declaration", in)
		}
		if _, _, has := encodingValue(b); has != want {
			t.Errorf("encodingValue(%q) has a declaration = %v, want %v", in, has, want)
		}
	}
}

// BenchmarkToUTF8Text converts a plain-text article, as newsdesk extract
// does for each file it reads (the XML declaration is looked for twice):
//
//	go test ./pipeline/fetch -run '^$' -bench ToUTF8Text -benchmem
func BenchmarkToUTF8Text(b *testing.B) {
	body := []byte(strings.Repeat("Ministers met in Brussels on Monday to discuss the budget.\n", 40))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ToUTF8Sniffed(body, "text/plain; charset=utf-8")
	}
}
