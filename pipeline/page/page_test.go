package page

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseRejectsNonHTML(t *testing.T) {
	for name, in := range map[string]string{
		"empty":       "",
		"white space": " \n\t ",
		"binary":      "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"plain text":  "just a sentence, with no markup at all",
	} {
		doc, err := Parse([]byte(in), "")
		if !errors.Is(err, ErrNotHTML) {
			t.Errorf("%s: err = %v, want ErrNotHTML", name, err)
		}
		if doc != nil {
			t.Errorf("%s: doc = %+v, want nil", name, doc)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "page: ") {
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
}

func TestParseAcceptsFragments(t *testing.T) {
	for _, in := range []string{
		"<p>A paragraph alone.</p>",
		"<!-- only a comment -->",
		"<html></html>",
		"<div><span>unclosed",
		"<<<>>> <x",
		"<html><body>" + strings.Repeat("<div>", 3000) + "deep" + "</body></html>",
		"<html><body>" + strings.Repeat("<div><b><i><table><tr><td>", 1000) + "deeper" + "</body></html>",
	} {
		doc, err := Parse([]byte(in), "")
		if err != nil {
			t.Errorf("Parse(%.40q) failed: %v", in, err)
			continue
		}
		checkBodyShape(t, doc.Body)
	}
}

// TestNoCodeInBody checks that script, style, noscript and template text
// never reaches the body, wherever it sits.
func TestNoCodeInBody(t *testing.T) {
	para := "<p>This paragraph is real article text, long enough to be scored as prose by the extractor, with commas, too.</p>"
	page := "<html><head><style>HEADSTYLE{}</style></head><body><article>" +
		para + "<script>SCRIPTTEXT()</script>" + para +
		"<style>STYLETEXT{}</style><noscript>NOSCRIPTTEXT</noscript><template>TEMPLATETEXT</template>" +
		"<p>Inline <script>INLINESCRIPT()</script>script inside a paragraph of the article, which must not leak.</p>" +
		para + "<svg><text>SVGTEXT</text></svg></article></body></html>"
	doc, err := Parse([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Body, "real article text") {
		t.Fatalf("body lost the article: %q", doc.Body)
	}
	for _, bad := range []string{"HEADSTYLE", "SCRIPTTEXT", "STYLETEXT", "NOSCRIPTTEXT", "TEMPLATETEXT", "INLINESCRIPT", "SVGTEXT"} {
		if strings.Contains(doc.Body, bad) {
			t.Errorf("body contains %s: %q", bad, doc.Body)
		}
	}
}

// A name's hover card (class "rollover", "tooltip", "popover") is hidden
// furniture: its text must not be glued to the name it hangs on.
func TestNoHoverCardInBody(t *testing.T) {
	para := "<p>This paragraph is real article text, long enough to be scored as prose by the extractor, with commas, too.</p>"
	for _, class := range []string{"rollover-people-block", "name-tooltip", "bio-popover"} {
		page := "<html><body><article>" + para +
			`<p>Gov. <a href="/p/1">Dana Price</a><span class="` + class + `"><a href="/p/1">Dana Lynn Price</a><a href="/s/2">Older story headline</a></span> launched the plan on Monday, officials said.</p>` +
			para + "</article></body></html>"
		doc, err := Parse([]byte(page), "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Body, "Gov. Dana Price launched the plan") || strings.Contains(doc.Body, "Dana Lynn Price") {
			t.Errorf("%s: body %q", class, doc.Body)
		}
	}
}

func TestParseIsSafeForConcurrentUse(t *testing.T) {
	page := []byte(`<html lang="en"><head><title>A - Site</title><meta property="og:site_name" content="Site"></head>
<body><article><p>One paragraph of text that is long enough to count as the article, with a comma or two, here.</p>
<p>Another paragraph of text that is long enough to count as the article, with a comma or two, here.</p></article></body></html>`)
	want, err := Parse(page, "https://example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got, err := Parse(page, "https://example.com/a")
				if err != nil || *got != *want {
					t.Errorf("concurrent Parse = %+v, %v; want %+v", got, err, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min, s int) time.Time {
		return time.Date(y, m, d, h, min, s, 0, time.UTC)
	}
	for in, want := range map[string]time.Time{
		"2019-11-19T07:03:25+00:00":       utc(2019, 11, 19, 7, 3, 25),
		"2019-11-19T07:03:25Z":            utc(2019, 11, 19, 7, 3, 25),
		"2019-11-19T07:03:25.123+0000":    utc(2019, 11, 19, 7, 3, 25).Add(123 * time.Millisecond),
		"2019-11-19T02:03:25-0500":        utc(2019, 11, 19, 7, 3, 25),
		"2019-11-19 07:03:25":             utc(2019, 11, 19, 7, 3, 25),
		"2019-11-19":                      utc(2019, 11, 19, 0, 0, 0),
		"Tue, 19 Nov 2019 07:03:25 +0000": utc(2019, 11, 19, 7, 3, 25),
		"November 19, 2019":               utc(2019, 11, 19, 0, 0, 0),
		"Published: 19 November 2019":     utc(2019, 11, 19, 0, 0, 0),
		"1574146975":                      utc(2019, 11, 19, 7, 2, 55),
		"":                                {},
		"yesterday":                       {},
		"0001-01-01T00:00:00Z":            {},
	} {
		if got := parseDate(in); !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	for _, c := range []struct{ title, site, h1, want string }{
		{"Storm closes the coast road - BBC News", "BBC News", "", "Storm closes the coast road"},
		{"Storm closes the coast road | CNN", "", "", "Storm closes the coast road"},
		{"CNN | Storm closes the coast road today", "", "", "Storm closes the coast road today"},
		{"The Daily :: Storm closes the coast road", "", "", "Storm closes the coast road"},
		{"Review: a quiet film about a loud band", "", "", "Review: a quiet film about a loud band"},
		{"Storm closes road - Local - The Daily Paper Online", "", "Storm closes road", "Storm closes road"},
		{"No separator at all", "Site", "", "No separator at all"},
	} {
		if got := stripSiteName(c.title, c.site, c.h1); got != c.want {
			t.Errorf("stripSiteName(%q, %q, %q) = %q, want %q", c.title, c.site, c.h1, got, c.want)
		}
	}
}

func TestCleanByline(t *testing.T) {
	for in, want := range map[string]string{
		"By Jane Doe":                            "Jane Doe",
		"  by   Jane Doe ":                       "Jane Doe",
		"Jane Doe - Apr 16, 2015 8:02 pm UTC":    "Jane Doe",
		"Jane Doe January 18, 2017 11:00 PM PST": "Jane Doe",
		"Jane Doe @janedoe":                      "Jane Doe",
		"Par Jean Dupont":                        "Jean Dupont",
		"Bylines Weekly":                         "Bylines Weekly",
	} {
		if got := cleanByline(in); got != want {
			t.Errorf("cleanByline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeLang(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "EN-us": "en-US", "pt_BR": "pt-BR", "en-US,en;q=0.9": "en-US", "": "", "1234": "", "x": "",
	} {
		if got := normalizeLang(in); got != want {
			t.Errorf("normalizeLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFurnitureLines(t *testing.T) {
	for text, furniture := range map[string]bool{
		"Updated 10:01 pm PST, Tuesday, November 19, 2019":                               true,
		"Nov. 20, 2019 5:52 AM EST":                                                      true,
		"By Jane Doe":                                                                    true,
		"Sign up for our newsletter to get the news in your inbox":                       true,
		"Read more: Another story elsewhere":                                             true,
		"(Reporting by A. Writer; Editing by B. Editor)":                                 true,
		"By the end of November 2019, the river had risen by two metres.":                false,
		"1 Kyle Driver 5040 5 1 17 27":                                                   false,
		"The council met on November 19, 2019 to discuss the budget for the new year.":   false,
		"Subscribers will pay more from January, the company said in a statement today.": false,
	} {
		if got := furnitureReason(text) != ""; got != furniture {
			t.Errorf("furnitureReason(%q) = %q, want furniture=%v", text, furnitureReason(text), furniture)
		}
	}
}

func TestJSONLDRepair(t *testing.T) {
	page := "<html><head><script type=\"application/ld+json\">\n<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Line\nbreak inside\", \"author\": {\"name\": \"A. Writer\"}}\n-->\n</script></head><body></body></html>"
	doc, err := Parse([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Line break inside" || doc.Byline != "A. Writer" {
		t.Errorf("got title %q byline %q", doc.Title, doc.Byline)
	}
}

func TestCanonicalURL(t *testing.T) {
	page := func(head string) []byte { return []byte("<html><head>" + head + "</head><body></body></html>") }
	for _, c := range []struct{ head, pageURL, want string }{
		{`<link rel="canonical" href="/a/b">`, "https://example.com/x?y=1", "https://example.com/a/b"},
		{`<meta property="og:url" content="https://example.com/og">`, "", "https://example.com/og"},
		{`<link rel="canonical" href="/rel">`, "", ""},
		{`<link rel="canonical" href="javascript:alert(1)">`, "https://example.com/", ""},
		{`<base href="https://cdn.example.net/dir/"><link rel="canonical" href="page">`, "", "https://cdn.example.net/dir/page"},
	} {
		doc, err := Parse(page(c.head), c.pageURL)
		if err != nil {
			t.Fatal(err)
		}
		if doc.URL != c.want {
			t.Errorf("%s on %q: URL = %q, want %q", c.head, c.pageURL, doc.URL, c.want)
		}
	}
}

func TestInvalidUTF8StaysValid(t *testing.T) {
	page := []byte("<html><body><article><p>Broken \xff\xfe bytes in a paragraph that is long enough to be kept as text, really.</p></article></body></html>")
	doc, err := Parse(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(doc.Body) || !strings.Contains(doc.Body, "Broken") {
		t.Errorf("body %q", doc.Body)
	}
}

// TestHugePageIsLinear guards against a walk that grows with the square
// of the page. It counts bytes allocated, not time, so a busy machine
// cannot fail it: a quadratic build of the body would allocate about a
// hundred times as much for ten times the paragraphs. The time itself is
// BenchmarkParseHugePage's.
func TestHugePageIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	small, big := parseAllocs(t, 2000), parseAllocs(t, 20000)
	if big > 15*small {
		t.Errorf("2000 paragraphs allocated %d bytes, 20000 allocated %d: not linear", small, big)
	}
}

// hugePage is a page whose content holds n plain paragraphs.
func hugePage(n int) []byte {
	para := "<p>Some words of a paragraph, with commas, and more words to make it long enough to count.</p>\n"
	return []byte("<html><body><div class=content>" + strings.Repeat(para, n) + "</div></body></html>")
}

// parseAllocs returns the bytes Parse allocates on hugePage(n).
func parseAllocs(t *testing.T, n int) uint64 {
	page := hugePage(n)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := Parse(page, ""); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func ExampleParse() {
	page := []byte(`<html lang="en"><head>
<title>Bridge reopens after repairs | Town Herald</title>
<meta property="og:site_name" content="Town Herald">
<meta name="author" content="By Sam Reed">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Bridge reopens after repairs</h1>
<p>The old river bridge reopened to traffic on Thursday morning, two months after cracks were found in one of its piers during a routine inspection.</p>
<p>Engineers said the repaired pier is now stronger than the original, and that the weight limit for lorries has been lifted.</p>
<p class="share">Share this story</p>
</article>
<footer>Copyright Town Herald</footer>
</body></html>`)
	doc, err := Parse(page, "https://herald.example/news/bridge")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.SiteName, "|", doc.Byline, "|", doc.Language, "|", doc.Published.Format("2006-01-02"))
	fmt.Println(doc.Body)
	// Output:
	// Bridge reopens after repairs
	// Town Herald | Sam Reed | en | 2024-05-02
	// The old river bridge reopened to traffic on Thursday morning, two months after cracks were found in one of its piers during a routine inspection.
	// Engineers said the repaired pier is now stronger than the original, and that the weight limit for lorries has been lifted.
}

// TestDeeplyNestedHTML: 100,000 nested elements are parsed without
// exhausting the stack, and the article inside them is still found.
func TestDeeplyNestedHTML(t *testing.T) {
	const depth = 100000
	text := "The harbour council voted on Tuesday to keep the winter ferry running, officials said."
	page := "<html><body>" + strings.Repeat("<div>", depth) + "<p>" + text + "</p>" +
		strings.Repeat("</div>", depth) + "</body></html>"
	doc, err := Parse([]byte(page), "https://example.com/deep")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if !strings.Contains(doc.Body, text) {
		t.Errorf("body %q does not hold the article", doc.Body)
	}
}
