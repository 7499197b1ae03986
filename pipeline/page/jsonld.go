package page

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// linkedData is what the page's JSON-LD (schema.org) says about its article.
type linkedData struct {
	Headline      string
	Authors       []string
	DatePublished string
	ArticleBody   string
	Publisher     string
	Language      string
	URL           string
}

// articleTypes are the schema.org types that describe the page's article.
// A page often carries several objects (Organization, BreadcrumbList,
// WebSite...); only these say anything about the story itself.
var articleTypes = map[string]int{
	"newsarticle": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3,
	"opinionnewsarticle": 3, "reviewnewsarticle": 3, "backgroundnewsarticle": 3,
	"article": 2, "blogposting": 2, "liveblogposting": 2, "socialmediaposting": 1,
	"scholarlyarticle": 1, "techarticle": 1, "report": 1, "review": 1,
}

// readJSONLD collects the article object from every JSON-LD script of the
// page. Broken JSON (a common sight) is repaired where cheaply possible and
// otherwise skipped.
func readJSONLD(doc *goquery.Document) *linkedData {
	var best map[string]any
	bestRank := 0
	doc.Find(`script[type]`).Each(func(_ int, s *goquery.Selection) {
		t, _ := s.Attr("type")
		if !strings.EqualFold(strings.TrimSpace(t), "application/ld+json") {
			return
		}
		v, ok := decodeJSONLD(s.Text())
		if !ok {
			return
		}
		walkJSONLD(v, 0, func(obj map[string]any) {
			rank := 0
			for _, t := range typesOf(obj) {
				if r := articleTypes[strings.ToLower(t)]; r > rank {
					rank = r
				}
			}
			if rank == 0 {
				return
			}
			// An object with a body or a headline beats an empty stub of a
			// better-ranked type.
			if stringOf(obj["articleBody"]) != "" {
				rank += 4
			}
			if stringOf(obj["headline"]) != "" {
				rank += 2
			}
			if rank > bestRank {
				best, bestRank = obj, rank
			}
		})
	})
	if best == nil {
		return &linkedData{}
	}
	ld := &linkedData{
		Headline:      cleanText(stringOf(best["headline"])),
		DatePublished: strings.TrimSpace(stringOf(best["datePublished"])),
		ArticleBody:   stringOf(best["articleBody"]),
		Language:      strings.TrimSpace(stringOf(best["inLanguage"])),
		URL:           strings.TrimSpace(stringOf(best["url"])),
	}
	if ld.Headline == "" {
		ld.Headline = cleanText(stringOf(best["name"]))
	}
	ld.Authors = namesOf(best["author"])
	if pubs := namesOf(best["publisher"]); len(pubs) > 0 {
		ld.Publisher = pubs[0]
	}
	return ld
}

// decodeJSONLD parses the text of a JSON-LD script, repairing the usual
// damage: HTML comment or CDATA wrappers and raw control characters (line
// breaks inside strings), which strict JSON rejects.
func decodeJSONLD(text string) (any, bool) {
	text = strings.TrimSpace(text)
	for _, w := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		text = strings.TrimPrefix(text, w)
	}
	for _, w := range []string{"-->", "//]]>", "]]>"} {
		text = strings.TrimSuffix(strings.TrimSpace(text), w)
	}
	var v any
	if err := json.Unmarshal([]byte(text), &v); err == nil {
		return v, true
	}
	repaired := strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, text)
	if err := json.Unmarshal([]byte(repaired), &v); err == nil {
		return v, true
	}
	return nil, false
}

// maxJSONLDDepth bounds the walk over nested JSON-LD values.
const maxJSONLDDepth = 8

// walkJSONLD calls fn for every object in v: top-level objects, the members
// of arrays and @graph lists, and objects nested in properties (a WebPage's
// mainEntity is often the article).
func walkJSONLD(v any, depth int, fn func(map[string]any)) {
	if depth > maxJSONLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkJSONLD(e, depth+1, fn)
		}
	case map[string]any:
		fn(x)
		for k, e := range x {
			switch e.(type) {
			case []any, map[string]any:
				if k != "author" && k != "publisher" {
					walkJSONLD(e, depth+1, fn)
				}
			}
		}
	}
}

// typesOf returns an object's @type values (a string or a list of them).
func typesOf(obj map[string]any) []string {
	switch t := obj["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// stringOf returns v when it is a string, the first string of a list, or
// the "@value" of a value object; "" otherwise.
func stringOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		for _, e := range x {
			if s := stringOf(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return s
		}
	}
	return ""
}

// namesOf returns the names in an author or publisher value: a string, a
// Person/Organization object with a name, or a list of those.
func namesOf(v any) []string {
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch x := v.(type) {
		case string:
			if s := cleanText(x); s != "" && !strings.HasPrefix(s, "http") {
				out = append(out, s)
			}
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			if n, ok := x["name"]; ok {
				add(n, depth+1)
			}
		}
	}
	add(v, 0)
	return out
}
